// This file implements selector expressions x.f: qualified identifiers
// (pkg.Name), field selections, method values and method expressions, with
// the Selection records (embedded-field path, implicit indirection).

import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { objDecl } from './decl.js';
import { exprString } from './exprstring.js';
import { exprOrType } from './expr.js';
import type { Selection } from './info.js';
import type { Func, Var } from './object.js';
import type { Operand } from './operand.js';
import { invalidOperand } from './operand.js';
import { isExported, isValid, underlying } from './predicates.js';
import { lookupFieldOrMethod } from './lookup.js';
import { nonGenericType } from './instexpr.js';
import type { Signature, Type } from './type.js';
import { BasicKind } from './type.js';
import { Typ } from './universe.js';

/** qualifiedIdent resolves pkg.Name when x is a package name; undefined when x is not one. */
function qualifiedIdent(check: Checker, e: ast.SelectorExpr): Operand | undefined {
  if (e.x.kind !== 'Ident') return undefined;
  const obj = check.env.scope.lookupParent(e.x.name);
  if (!obj || obj.kind !== 'PkgName') return undefined;
  check.recordUse(e.x, obj);
  obj.used = true;
  const pkg = obj.imported;
  const exp = pkg.scope.lookup(e.sel.name);
  if (!exp) {
    if (pkg.fake || e.sel.name === '_') return invalidOperand(e); // the import failed (reported)
    // as gc: suggest an exported name that differs only in case
    const alt = [...pkg.scope.elems.keys()].find((n) => n.toLowerCase() === e.sel.name.toLowerCase() && isExported(n));
    check.error(e.sel.pos, `undefined: ${exprString(e)}${alt ? ` (but have ${alt})` : ''}`);
    return invalidOperand(e);
  }
  if (!isExported(e.sel.name)) {
    check.error(e.sel.pos, `name ${e.sel.name} not exported by package ${pkg.name}`);
  }
  check.recordUse(e.sel, exp);
  switch (exp.kind) {
    case 'Const':
      return { mode: 'constant', expr: e, type: exp.type, val: exp.value };
    case 'TypeName':
      return { mode: 'typexpr', expr: e, type: exp.type };
    case 'Var':
      return { mode: 'variable', expr: e, type: exp.type };
    case 'Func':
      return { mode: 'value', expr: e, type: exp.type };
    case 'Builtin':
      return { mode: 'builtin', expr: e, type: Typ[BasicKind.Invalid]!, builtin: exp.builtin };
    default:
      check.error(e.sel.pos, `undefined: ${exprString(e)}`);
      return invalidOperand(e);
  }
}

function recordSelection(check: Checker, e: ast.SelectorExpr, sel: Selection): void {
  check.info.selections.set(e, sel);
}

export function selector(check: Checker, e: ast.SelectorExpr): Operand {
  const q = qualifiedIdent(check, e);
  if (q) return q;
  const x = exprOrType(check, e.x);
  if (x.mode === 'invalid' || !nonGenericType(check, x)) return invalidOperand(e);
  if (x.mode === 'builtin') {
    check.error(e.pos, `invalid use of ${check.op(x)} in selector expression`);
    return invalidOperand(e);
  }
  const name = e.sel.name;
  const resolve = (f: Func): void => objDecl(check, f);
  const r = lookupFieldOrMethod(x.type, x.mode === 'variable', check.pkg, name, resolve);
  if (r.kind !== 'found') {
    if (!isValid(underlying(x.type))) return invalidOperand(e);
    if (r.kind === 'ambiguous') {
      check.error(e.sel.pos, `ambiguous selector ${exprString(e.x)}.${name}`);
    } else if (r.kind === 'needsPointer') {
      if (x.mode === 'typexpr') {
        check.error(e.sel.pos, `invalid method expression ${exprString(e.x)}.${name} (needs pointer receiver (*${check.ts(x.type)}).${name})`);
      } else {
        check.error(e.sel.pos, `cannot call pointer method ${name} on ${check.ts(x.type)}`);
      }
    } else {
      check.error(e.sel.pos, `${exprString(e.x)}.${name} undefined (${lookupError(check, x.type, name)})`);
    }
    return invalidOperand(e);
  }
  const obj = r.obj;
  check.recordUse(e.sel, obj);
  if (x.mode === 'typexpr') {
    if (obj.kind !== 'Func') {
      check.error(e.sel.pos, `${exprString(e.x)}.${name} undefined (type ${check.ts(x.type)} has no method ${name})`);
      return invalidOperand(e);
    }
    const sig = obj.type;
    // As types2, the receiver is named when the parameters are (`func(t T, x int)`; `_` if it has no name).
    const named = sig.params.vars.length > 0 && sig.params.vars[0]!.name !== '';
    const recvName = named ? sig.recv?.name || '_' : '';
    const recvVar: Var = { kind: 'Var', name: recvName, pos: sig.recv?.pos ?? 0, pkg: check.pkg, type: x.type, isField: false, embedded: false, isGlobal: false };
    const type: Signature = {
      kind: 'Signature',
      params: { kind: 'Tuple', vars: [recvVar, ...sig.params.vars] },
      results: sig.results,
      variadic: sig.variadic,
    };
    recordSelection(check, e, { kind: 'MethodExpr', recv: x.type, obj, index: r.index, indirect: r.indirect, type });
    check.addDep(obj);
    return { mode: 'value', expr: e, type };
  }
  if (obj.kind === 'Var') {
    recordSelection(check, e, { kind: 'FieldVal', recv: x.type, obj, index: r.index, indirect: r.indirect, type: obj.type });
    const mode = x.mode === 'variable' || r.indirect ? 'variable' : 'value';
    return { mode, expr: e, type: obj.type };
  }
  const sig = obj.type;
  const type: Signature = { kind: 'Signature', params: sig.params, results: sig.results, variadic: sig.variadic };
  recordSelection(check, e, { kind: 'MethodVal', recv: x.type, obj, index: r.index, indirect: r.indirect, type });
  check.addDep(obj);
  return { mode: 'value', expr: e, type };
}

/** lookupError explains why x.name was not found, as gc: a pointer to an interface, or a name that
 * differs in case or is not exported (general lookups, or struct literal keys). */
export function lookupError(check: Checker, t: Type, name: string, structFields?: readonly Var[]): string {
  const structLit = structFields !== undefined;
  const u = underlying(t);
  if (!structLit && u.kind === 'Pointer' && (u.elem.kind === 'TypeParam' || underlying(u.elem).kind === 'Interface')) {
    return u.elem.kind === 'TypeParam' ? `type ${check.ts(t)} is pointer to type parameter, not type parameter` : `type ${check.ts(t)} is pointer to interface, not interface`;
  }
  // a name differing in case: among the literal's fields, or any field or method
  let obj: Var | Func | undefined;
  if (structFields) obj = structFields.find((f) => f.name.toLowerCase() === name.toLowerCase());
  else {
    const r = lookupFieldOrMethod(t, true, check.pkg, name, undefined, true);
    if (r.kind === 'found') obj = r.obj;
  }
  let e: 'missing' | 'misspelled' | 'unexported' | 'inaccessible' = 'missing';
  const alt = obj?.name ?? '';
  const tail = (s: string): string => [...s].slice(1).join('');
  if (obj) {
    if (obj.pkg === check.pkg) e = 'misspelled';
    else if (isExported(name)) {
      if (isExported(alt)) e = 'misspelled';
      else if (tail(name) === tail(alt)) e = 'unexported';
    } else if (isExported(alt)) {
      if (tail(name) === tail(alt)) e = 'misspelled';
    } else if (name === alt) e = 'inaccessible';
  }
  if (e === 'misspelled' && alt === name) e = 'missing';
  const ts = check.ts(t);
  if (structLit) {
    switch (e) {
      case 'missing': return `unknown field ${name} in struct literal of type ${ts}`;
      case 'misspelled': return `unknown field ${name} in struct literal of type ${ts}, but does have ${alt}`;
      case 'unexported': return `unknown field ${name} in struct literal of type ${ts}, but does have unexported ${alt}`;
      case 'inaccessible': return `cannot refer to unexported field ${alt} in struct literal of type ${ts}`;
    }
  }
  const what = obj?.kind === 'Var' ? 'field' : 'method';
  switch (e) {
    case 'missing': return `type ${ts} has no field or method ${name}`;
    case 'misspelled': return `type ${ts} has no field or method ${name}, but does have ${what} ${alt}`;
    case 'unexported': return `type ${ts} has no field or method ${name}, but does have unexported ${what} ${alt}`;
    case 'inaccessible': return `cannot refer to unexported ${what} ${alt}`;
  }
}
