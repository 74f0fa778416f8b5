// This file implements type expressions: names (incl. qualified pkg.T),
// pointer, array (with constant length), slice, struct (with embedded
// fields and tags), function, interface (methods and embedded interfaces),
// map and channel types.

import type * as ast from '../syntax/ast.js';
import { genericAlias, genericTypeString, instantiateType, nonGenericType } from './instexpr.js';
import { isTypeTermExpr, unionType } from './tparams.js';
import { isConstraintInterface, typeSet } from './typeparams/typeset.js';
import type { Checker } from './check.js';
import * as C from './const-arith.js';
import { exprString } from './exprstring.js';
import { expr, exprOrType, rawExpr } from './expr.js';
import { objectKind } from './object.js';
import { useExprs } from './call.js';
import { ident } from './ident.js';
import type { Func, Var } from './object.js';
import { comparable, identical, isExported, isInteger, isUntyped, isValid, underlying } from './predicates.js';
import { allowVersion, verifyVersion } from './version.js';
import { signatureOf } from './signature.js';
import type { Interface, Named, Signature, Struct, Type } from './type.js';
import { BasicKind } from './type.js';
import { invalidType } from './universe.js';

/** typExpr evaluates e as a type and records it. */
export function typExpr(check: Checker, e: ast.Expr, allowGeneric: boolean): Type {
  const constraintOK = check.constraintOK;
  check.constraintOK = false;
  let t: Type;
  try {
    t = typInternal(check, e, undefined);
  } finally {
    check.constraintOK = constraintOK;
  }
  if (t.kind === 'Named' && t.typeParams && t.typeParams.length > 0 && !t.typeArgs && !allowGeneric) {
    check.error(e.pos, `cannot use generic type ${genericTypeString(check, t)} without instantiation`);
    t = invalidType;
  }
  const alias = !allowGeneric && (e.kind === 'Ident' || e.kind === 'SelectorExpr') ? genericAlias(check, e) : undefined;
  if (alias && isValid(t)) {
    const tps = alias.typeParams!.map((p) => `${p.obj.name} ${check.ts(p.constraint)}`).join(', ');
    check.error(e.pos, `cannot use generic type ${alias.name}[${tps}] without instantiation`);
    t = invalidType;
  }
  if (!constraintOK) notConstraint(check, e, t);
  check.recordTypeAndValue(e, 'typexpr', t, undefined);
  return t;
}

const constraintChecked = new WeakSet<ast.Expr>();

/** notConstraint reports a constraint interface used as an ordinary type (checked once interfaces are complete; once per expression). */
export function notConstraint(check: Checker, e: ast.Expr, t: Type): void {
  // (a type still being declared, or an instance of one, gets its underlying type later)
  const pending = t.kind === 'Named' && !isValid(t.underlying);
  if ((!pending && underlying(t).kind !== 'Interface') || constraintChecked.has(e)) return;
  constraintChecked.add(e);
  check.later(() => {
    const u = underlying(t);
    if (u.kind !== 'Interface' || !isConstraintInterface(u)) return;
    const why = typeSet(u).terms !== undefined ? 'interface contains type constraints' : 'interface is (or embeds) comparable';
    check.error(e.pos, `cannot use type ${check.ts(t)} outside a type constraint: ${why}`);
  });
}

/** definedType evaluates the right-hand side of `type T rhs`. */
export function definedType(check: Checker, e: ast.Expr, def: Named): Type {
  const t = typInternal(check, e, def);
  check.recordTypeAndValue(e, 'typexpr', t, undefined);
  return t;
}

function typInternal(check: Checker, e: ast.Expr, def: Named | undefined): Type {
  switch (e.kind) {
    case 'Ident':
    case 'SelectorExpr': {
      // as gc: a name that is not a type name is "not a type", without checking its declaration
      // (which could report a cycle instead: func f(x f)); a selector that is not pkg.Name neither
      if (e.kind === 'Ident' && e.name !== '_') {
        const obj = check.env.scope.lookupParent(e.name);
        if (obj && obj.kind !== 'TypeName') {
          check.recordUse(e, obj);
          if (obj.kind === 'Var' && obj.pkg === check.pkg) obj.used = true;
          check.error(e.pos, `${e.name} (${objectKind(obj)}) is not a type`);
          return invalidType;
        }
      }
      if (e.kind === 'SelectorExpr' && !(e.x.kind === 'Ident' && check.env.scope.lookupParent(e.x.name)?.kind === 'PkgName')) {
        const x = exprOrType(check, e.x);
        // (a generic type is reported as such first, as types2's selector does)
        if (x.mode !== 'invalid' && nonGenericType(check, x)) check.error(e.sel.pos, `${exprString(e)} is not a type`);
        return invalidType;
      }
      // (a type name is resolved directly: a pending type is no error here, as in types2)
      const x = e.kind === 'Ident' ? ident(check, e) : rawExpr(check, e);
      if (x.mode === 'invalid') return invalidType;
      if (x.mode !== 'typexpr') {
        check.error(e.pos, `${exprString(e)} is not a type`);
        return invalidType;
      }
      return x.type;
    }
    case 'ParenExpr':
      return typExpr(check, e.x, false);
    case 'StarExpr': {
      // a pointer to an invalid type is invalid (no follow-on errors through it), as in gc
      const elem = typExpr(check, e.x, false);
      return isValid(elem) ? { kind: 'Pointer', elem } : invalidType;
    }
    case 'ArrayType':
      return arrayType(check, e);
    case 'StructType':
      return structType(check, e);
    case 'FuncType':
      return signatureOf(check, e);
    case 'InterfaceType':
      return interfaceType(check, e, def);
    case 'MapType': {
      const key = typExpr(check, e.key, false);
      const elem = typExpr(check, e.value, false);
      check.later(() => {
        if (isValid(key) && !comparable(key)) check.error(e.key.pos, `invalid map key type ${check.ts(key)}${key.kind === 'TypeParam' ? ' (missing comparable constraint)' : ''}`);
      });
      return { kind: 'Map', key, elem };
    }
    case 'ChanType':
      return { kind: 'Chan', dir: e.dir, elem: typExpr(check, e.elem, false) };
    case 'IndexExpr':
      return instantiateType(check, e, check.inConstraint(() => typExpr(check, e.x, true)));
    case 'Ellipsis':
      // (a ... outside the final parameter is reported by the parser, wherever it is)
      return invalidType;
    case 'BadExpr':
      return invalidType; // a syntax error (reported)
    default:
      // as gc: not a type expression; it is then evaluated for its own errors and uses
      check.error(e.pos, `${exprString(e)} is not a type`);
      useExprs(check, [e]);
      return invalidType;
  }
}

function arrayType(check: Checker, e: ast.ArrayType): Type {
  if (!e.len) return { kind: 'Slice', elem: typExpr(check, e.elem, false) };
  if (e.len.kind === 'Ellipsis') {
    check.error(e.len.pos, 'invalid use of [...] array (outside a composite literal)');
    typExpr(check, e.elem, false);
    return invalidType;
  }
  const n = arrayLength(check, e.len);
  const elem = typExpr(check, e.elem, false);
  if (n < 0) return invalidType;
  return { kind: 'Array', elem, len: n };
}

function arrayLength(check: Checker, e: ast.Expr): number {
  if (e.kind === 'Ident' && !check.env.scope.lookupParent(e.name)) {
    check.error(e.pos, `undefined array length ${e.name} or missing type constraint`);
    return -1;
  }
  if (e.kind === 'Ident') {
    const obj = check.env.scope.lookupParent(e.name);
    if (obj && obj.kind !== 'Const') {
      check.error(e.pos, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = expr(check, e);
  if (x.mode !== 'constant') {
    if (x.mode !== 'invalid') check.error(e.pos, `array length ${check.op(x)} must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const v = C.toInt(x.val!);
    if (v.kind === 'int' && v.value >= 0n && v.value < 1n << 63n) {
      if (v.value > 0xffffffffn) {
        check.error(e.pos, `invalid array length ${check.op(x)}`);
        return -1;
      }
      return Number(v.value);
    }
  }
  check.error(e.pos, isInteger(x.type) ? `invalid array length ${check.op(x)}` : `array length ${check.op(x)} must be integer`);
  return -1;
}

function structType(check: Checker, e: ast.StructType): Struct {
  const fields: Var[] = [];
  const tags: (string | undefined)[] = [];
  const seen = new Map<string, Var>();
  const add = (id: ast.Ident | undefined, name: string, pos: number, type: Type, embedded: boolean, tag: string | undefined): void => {
    const f: Var = { kind: 'Var', name, pos, pkg: check.pkg, type, isField: true, embedded, isGlobal: false };
    if (name !== '_') {
      const old = seen.get(name);
      if (old) {
        check.error(pos, `${name} redeclared\n\t${check.fset.format(old.pos)}: other declaration of ${name}`);
        return; // the duplicate is dropped: no follow-on "ambiguous selector" errors
      }
      seen.set(name, f);
    }
    if (id) check.recordDef(id, f);
    fields.push(f);
    tags.push(tag);
  };
  for (const fld of e.fields) {
    const tag = fld.tag ? C.unquoteString(fld.tag.value) : undefined;
    const t = typExpr(check, fld.type, false);
    if (fld.names.length > 0) {
      for (const n of fld.names) add(n, n.name, n.pos, t, false, tag);
      continue;
    }
    const name = embeddedName(fld.type);
    if (!name) {
      check.error(fld.type.pos, `invalid embedded field type ${exprString(fld.type)}`);
      continue;
    }
    add(undefined, name.name, name.pos, t, true, tag);
    check.later(() => embeddedFieldCheck(check, fld.type, t));
  }
  return { kind: 'Struct', fields, tags };
}

function embeddedName(e: ast.Expr): ast.Ident | undefined {
  if (e.kind === 'StarExpr') e = e.x;
  if (e.kind === 'ParenExpr') return embeddedName(e.x);
  if (e.kind === 'Ident') return e;
  if (e.kind === 'SelectorExpr') return e.sel;
  if (e.kind === 'IndexExpr') return embeddedName(e.x);
  return undefined;
}

function embeddedFieldCheck(check: Checker, e: ast.Expr, t: Type): void {
  if (!isValid(t)) return;
  const isPtr = t.kind === 'Pointer';
  const base = isPtr ? t.elem : t;
  const u = underlying(base);
  if (base.kind === 'TypeParam') {
    check.error(e.pos, 'embedded field type cannot be a (pointer to a) type parameter');
  } else if (u.kind === 'Basic' && u.basic === BasicKind.UnsafePointer) {
    check.error(e.pos, 'embedded field type cannot be unsafe.Pointer');
  } else if (u.kind === 'Pointer') {
    check.error(e.pos, 'embedded field type cannot be a pointer');
  } else if (isPtr && u.kind === 'Interface') {
    check.error(e.pos, 'embedded field type cannot be a pointer to an interface');
  }
}

/** methodId orders interface methods: exported by name, unexported by package path and name. */
export function methodId(f: Func): string {
  return isExported(f.name) || !f.pkg ? f.name : `${f.pkg.path}.${f.name}`;
}

function interfaceType(check: Checker, e: ast.InterfaceType, def: Named | undefined): Interface {
  const iface: Interface = { kind: 'Interface', methods: [], embeddeds: [], pos: e.pos };
  const recvType: Type = def ?? iface;
  const embeddedAt = new Map<number, number>(); // embeddeds index -> position of the embedded type
  for (const f of e.elems) {
    if (f.names.length > 0 && f.type.kind === 'FuncType') {
      const name = f.names[0]!;
      const sig0 = signatureOf(check, f.type);
      check.recordTypeAndValue(f.type, 'typexpr', sig0, undefined);
      const recv: Var = { kind: 'Var', name: '', pos: name.pos, pkg: check.pkg, type: recvType, isField: false, embedded: false, isGlobal: false };
      const sig: Signature = { ...sig0, recv };
      const m: Func = { kind: 'Func', name: name.name, pos: name.pos, pkg: check.pkg, type: sig };
      if (m.name === '_') {
        check.error(name.pos, 'methods must have a unique non-blank name');
        continue;
      }
      if (iface.methods.some((x) => x.name === m.name)) check.error(name.pos, `duplicate method ${m.name}`);
      else iface.methods.push(m);
      check.recordDef(name, m);
      continue;
    }
    if (isTypeTermExpr(f.type)) {
      const u = unionType(check, f.type);
      if (isValid(u)) {
        verifyVersion(check, f.type.pos, 18, `embedding interface element ${check.ts(u)}`);
        iface.embeddeds.push(u);
      }
      continue;
    }
    const t = check.inConstraint(() => typExpr(check, f.type, false));
    if (t.kind === 'TypeParam') {
      check.error(f.type.pos, `term cannot be a type parameter`);
      continue;
    }
    if (!isValid(t)) continue;
    // (before go1.18 only interfaces could be embedded; checked once the embedded type is known)
    const at = f.type.pos;
    check.later(() => {
      const u = underlying(t);
      if (isValid(u) && u.kind !== 'Interface') verifyVersion(check, at, 18, `embedding non-interface type ${check.ts(t)}`);
    });
    iface.embeddeds.push(t);
    embeddedAt.set(iface.embeddeds.length - 1, f.type.pos);
  }
  iface.methods.sort((a, b) => (methodId(a) < methodId(b) ? -1 : methodId(a) > methodId(b) ? 1 : 0));
  const complete = (): void => {
    completeInterface(check, iface, e);
    duplicateEmbeddedMethods(check, iface, embeddedAt);
  };
  if (iface.embeddeds.length === 0) complete();
  else check.later(complete);
  return iface;
}

/**
 * duplicateEmbeddedMethods reports a method that an embedded interface brings in a second
 * time with a different signature (or at all before go1.14), at the embedding, as gc.
 */
function duplicateEmbeddedMethods(check: Checker, iface: Interface, embeddedAt: Map<number, number>): void {
  const seen = new Map<string, Func>();
  for (const m of iface.methods) seen.set(methodId(m), m);
  iface.embeddeds.forEach((t, i) => {
    const u = underlying(t);
    const pos = embeddedAt.get(i);
    if (u.kind !== 'Interface' || pos === undefined) return;
    for (const m of completeInterface(check, u, undefined)) {
      const id = methodId(m);
      const prev = seen.get(id);
      if (!prev) {
        seen.set(id, m);
        continue;
      }
      const same = identical({ ...m.type, recv: undefined }, { ...prev.type, recv: undefined });
      if (!same || !allowVersion(check, pos, 14)) check.error(pos, `duplicate method ${m.name}`);
    }
  });
}

/** completeInterface computes allMethods from the explicit and embedded methods. */
export function completeInterface(check: Checker | undefined, iface: Interface, e: ast.InterfaceType | undefined): Func[] {
  if (iface.allMethods) return iface.allMethods;
  const all: Func[] = [...iface.methods];
  iface.allMethods = all; // guards against cycles
  for (const t of iface.embeddeds) {
    const u = underlying(t);
    if (u.kind !== 'Interface') continue; // a type term: see typeparams/typeset.ts
    if (u.isComparable) iface.isComparable = true;
    for (const m of completeInterface(check, u, undefined)) {
      const prev = all.find((x) => methodId(x) === methodId(m));
      if (!prev) all.push(m);
    }
  }
  all.sort((a, b) => (methodId(a) < methodId(b) ? -1 : methodId(a) > methodId(b) ? 1 : 0));
  return all;
}
