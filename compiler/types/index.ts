// This file is the public surface of the type checker: checkPackage and the
// helpers later stages use (identical, underlying, typeString, sizes,
// predicates, lookup, the universe and package unsafe).

import type * as ast from '../syntax/ast.js';
import { UnsupportedError } from '../syntax/diagnostics.js';
import type { CheckConfig } from './check.js';
import { Checker } from './check.js';
import { objDecl } from './decl.js';
import type { CheckedPackage } from './info.js';
import { initOrder } from './initorder.js';
import { setMethodResolver } from './instantiate.js';
import type { Package } from './object.js';
import { Scope } from './object.js';
import { defaultType, isUntyped } from './predicates.js';
import * as C from './const-arith.js';
import { collectObjects } from './resolver.js';
import { testUniverse, universe } from './universe.js';
import { computeFileVersions } from './version.js';
import { directCycles } from './cycles.js';

export type { CheckConfig } from './check.js';
export type { CheckedPackage, Info, TypeAndValue, Selection, Initializer, OperandMode } from './info.js';
export type * from './type.js';
export { BasicKind } from './type.js';
export type * from './object.js';
export { Scope } from './object.js';
export type { ConstValue } from './constant.js';
export { Typ, universe, universeByte, universeRune, universeError, universeComparable, emptyInterface, invalidType } from './universe.js';
export { unsafePackage } from './unsafe.js';
export {
  underlying, identical, identicalIgnoreTags, defaultType, comparable, hasNil, isBoolean, isInteger, isUnsigned, isFloat,
  isComplex, isNumeric, isString, isUntyped, isTyped, isOrdered, isConstType, isPointer, isInterface, isUnsafePointer,
  isExported, isValid, isNamed, componentTypes,
} from './predicates.js';
export { typeString, typeKey, typeStringWithLocals, relativeTo, pathQualifier } from './typestring.js';
export type { Qualifier } from './typestring.js';
export { sizeof, alignof, offsetsof, PtrSize } from './sizes.js';
export { lookupFieldOrMethod, methodSet, missingMethod, hasPtrRecv } from './lookup.js';
export type { LookupResult, MethodSetEntry } from './lookup.js';
export { constString, exactString, toNumber, representable, parseLiteral } from './const-arith.js';
export { subst, makeSubstMap } from './subst.js';
export type { SubstMap } from './subst.js';
export { instantiateNamed, instantiateSignature } from './instantiate.js';

/** checkPackage type-checks the files of one package. Errors go to config.diags. */
export function checkPackage(config: CheckConfig, path: string, files: ast.File[]): CheckedPackage {
  const name = files[0]?.pkgName.name ?? '';
  const parent = config.testBuiltins ? testUniverse : universe;
  const pkg: Package = { path, name, scope: new Scope(parent, `package ${path}`), imports: [], complete: false };
  const check = new Checker(config, pkg, files);
  computeFileVersions(check);
  const savedResolver = setMethodResolver((f) => objDecl(check, f));
  try {
    guard(check, () => collectObjects(check));
    directCycles(check);
    packageObjects(check);
    processDelayed(check);
  } finally {
    setMethodResolver(savedResolver);
  }
  guard(check, () => initOrder(check));
  unusedImports(check);
  unusedVars(check);
  if (check.errorCount === 0) check.mono.report(check); // (as types2: only for packages without errors)
  if (check.errorCount === 0) for (const pos of check.missingBodies) check.error(pos, 'missing function body');
  recordUntyped(check);
  pkg.complete = true;
  return { pkg, files, info: check.info };
}

/** guard runs f, turning an UnsupportedError into a diagnostic so that checking continues. */
function guard(check: Checker, f: () => void): void {
  try {
    f();
  } catch (e) {
    if (e instanceof UnsupportedError) {
      check.error(e.pos, e.message);
      return;
    }
    throw e;
  }
}

/** packageObjects checks all package-level declarations: types first, then the rest in source order. */
function packageObjects(check: Checker): void {
  const objs = [...check.objMap.keys()];
  const types = objs.filter((o) => o.kind === 'TypeName');
  const aliasesLast = [...types.filter((o) => !(o.kind === 'TypeName' && o.isAlias)), ...types.filter((o) => o.kind === 'TypeName' && o.isAlias)];
  for (const o of aliasesLast) guard(check, () => objDecl(check, o));
  for (const o of objs) if (o.kind !== 'TypeName') guard(check, () => objDecl(check, o));
}

function processDelayed(check: Checker): void {
  // delayed actions may add more delayed actions
  for (let i = 0; i < check.delayed.length; i++) {
    const f = check.delayed[i]!;
    guard(check, f);
  }
}

function unusedImports(check: Checker): void {
  for (const p of check.pkgNames) {
    if (p.used) continue;
    const path = JSON.stringify(p.imported.path);
    if (p.name !== p.imported.name && p.name !== '.') check.softError(p.pos, `${path} imported as ${p.name} and not used`);
    else check.softError(p.pos, `${path} imported and not used`);
  }
}

function unusedVars(check: Checker): void {
  const unused = check.localVars.filter((v) => !v.used && v.name !== '_').sort((a, b) => a.pos - b.pos);
  for (const v of unused) check.softError(v.pos, `declared and not used: ${v.name}`);
}

/** recordUntyped records the remaining untyped expressions: with their default type when the value fits, else as is. */
function recordUntyped(check: Checker): void {
  for (const [e, u] of check.untyped) {
    let t = u.type;
    if (isUntyped(t)) {
      const d = defaultType(t);
      if (d !== t && d.kind === 'Basic') {
        if (u.val === undefined || C.representable(u.val, d.basic).ok) t = d;
      }
    }
    let val = u.val;
    if (val && t !== u.type && t.kind === 'Basic') {
      const r = C.representable(val, t.basic);
      if (r.ok) val = r.value;
    }
    check.info.types.set(e, u.mode === 'constant' ? { mode: u.mode, type: t, value: val } : { mode: u.mode, type: t });
  }
  check.untyped.clear();
}
