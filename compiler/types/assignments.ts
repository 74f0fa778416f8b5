// This file implements assignability (spec "Assignability"), the
// assignment of an operand to a typed destination with untyped conversion
// and Go's messages, variable initialization (incl. n:1 multi-value and
// comma-ok forms), assignment statements and short variable declarations.

import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { declare, newLocalVar } from './decl.js';
import { exprString } from './exprstring.js';
import { binary, expr, genericValue, implicitTypeAndValue, isGenericFunc, multiExpr, rawExpr, recordNil, updateExprType } from './expr.js';
import { inferFromTarget } from './instexpr.js';
import { termTypes } from './typeparams/typeset.js';
import type { Func, Var } from './object.js';
import type { Operand } from './operand.js';
import { isInvalid, isNilOperand } from './operand.js';
import { hasInvalidEmbeddedFields, lookupFieldOrMethod, missingMethod } from './lookup.js';
import { objDecl } from './decl.js';
import { defaultType, identical, isNamed, isUntyped, isValid, underlying } from './predicates.js';
import type { Tuple, Type } from './type.js';
import { BasicKind } from './type.js';
import { invalidType, Typ } from './universe.js';

export type Assignable = { ok: true } | { ok: false; cause: string };

/** assignableTo reports whether x is assignable to a variable of type T. */
export function assignableTo(check: Checker, x: Operand, T: Type): Assignable {
  if (x.mode === 'invalid' || !isValid(T) || !isValid(x.type)) return { ok: true };
  // A type whose declaration was reported (an invalid recursive type, an undefined right-hand side)
  // causes no follow-on errors. (An instance with the wrong number of type arguments is still
  // told apart from others, as types2.)
  if (invalidDecl(T) || invalidDecl(x.type)) return { ok: true };
  if (x.type.kind === 'Tuple' && x.type.vars.some((v) => !isValid(v.type))) return { ok: true };
  const V = x.type;
  if (identical(V, T)) return { ok: true };
  const Vu = underlying(V);
  const Tu = underlying(T);
  if (isUntyped(Vu)) {
    if (Tu.kind === 'Basic') {
      if (isNilOperand(x)) return { ok: Tu.basic === BasicKind.UnsafePointer, cause: '' } as Assignable;
    }
    const r = implicitTypeAndValue(check, x, T);
    return r.ok ? { ok: true } : { ok: false, cause: '' };
  }
  if (identical(Vu, Tu) && (!isNamed(V) || !isNamed(T))) return { ok: true };
  if (Tu.kind === 'Interface') {
    // (as types2's implements: an invalid type, or a pointer to one, implements anything: no follow-on errors)
    if (!isValid(Vu) || (Vu.kind === 'Pointer' && !isValid(underlying(Vu.elem)))) return { ok: true };
    const miss = missingMethod(V, Tu, (f) => objDecl(check, f));
    if (!miss) return { ok: true };
    if (miss.have && /invalid type/.test(check.ts(miss.have.type))) return { ok: true }; // an error was reported
    if (hasInvalidEmbeddedFields(V)) return { ok: true }; // an invalid embedded field may have had the method
    return { ok: false, cause: missingMethodCause(check, V, T, miss) };
  }
  if (Vu.kind === 'Interface') {
    const miss = missingMethod(T, Vu, (f) => objDecl(check, f));
    if (!miss) return { ok: false, cause: `need type assertion` };
  }
  if (Vu.kind === 'Chan' && Vu.dir === 'both' && Tu.kind === 'Chan' && identical(Vu.elem, Tu.elem)) {
    return { ok: !isNamed(V) || !isNamed(T), cause: '' } as Assignable;
  }
  // spec: "V is a type parameter and T is not a named type: x is assignable to T if every type in V's
  // type set is"; "T is a type parameter and V is not named: if x is assignable to every type in T's type set"
  // (the first type that is not assignable is named in the cause, as types2)
  const inTerms = (ts: Type[] | undefined, f: (t: Type) => Assignable, what: (t: Type) => string): Assignable => {
    if (!ts || ts.length === 0) return { ok: false, cause: '' };
    for (const t of ts) {
      const r = f(t);
      if (!r.ok) return { ok: false, cause: what(t) + (r.cause ? `\n\t${r.cause}` : '') };
    }
    return { ok: true };
  };
  if (T.kind === 'TypeParam' && !isNamed(V)) {
    return inTerms(termTypes(T), (t) => assignableTo(check, x, t), (t) => `cannot assign ${check.ts(V)} to ${check.ts(t)} (in ${check.ts(T)})`);
  }
  if (V.kind === 'TypeParam' && !isNamed(T)) {
    return inTerms(termTypes(V), (v) => assignableTo(check, { ...x, type: v }, T), (v) => `cannot assign ${check.ts(v)} (in ${check.ts(V)}) to ${check.ts(T)}`);
  }
  return { ok: false, cause: '' };
}

export function missingMethodCause(check: Checker, V: Type, T: Type, miss: NonNullable<ReturnType<typeof missingMethod>>): string {
  const head = `${check.ts(V)} does not implement ${check.ts(T)}`;
  const m = miss.method;
  // as gc, without parameter names: m(int, int) (string, error)
  const unnamed = (t: Tuple): Tuple => ({ kind: 'Tuple', vars: t.vars.map((v) => ({ ...v, name: '' })) });
  const sig = (f: Func): string => check.ts({ ...f.type, recv: undefined, params: unnamed(f.type.params), results: unnamed(f.type.results) }).replace(/^func/, '');
  switch (miss.why) {
    case 'missing': {
      const alt = lookupFieldOrMethod(V, true, m.pkg, m.name);
      if (alt.kind === 'found' && alt.obj.kind === 'Var') return `${head} (${check.ts(V)}.${m.name} is a field, not a method)`;
      if (miss.have) return `${head} (missing method ${m.name})\n\t\thave ${miss.have.name}${sig(miss.have)}\n\t\twant ${m.name}${sig(m)}`;
      return `${head} (missing method ${m.name})`;
    }
    case 'ptrToInterface':
      return `${head} (type ${check.ts(V)} is pointer to interface, not interface)`;
    case 'pointer':
      return `${head} (method ${m.name} has pointer receiver)`;
    case 'ambiguous':
      return `${head} (ambiguous selector ${check.ts(V)}.${m.name})`;
    case 'wrongType': {
      const have = miss.have!;
      return `${head} (wrong type for method ${m.name})\n\t\thave ${m.name}${sig(have)}\n\t\twant ${m.name}${sig(m)}`;
    }
  }
}

/** assignment checks that x can be assigned to a variable of type T (T undefined: the blank identifier / default type). */
export function assignment(check: Checker, x: Operand, T: Type | undefined, context: string): void {
  if (x.mode === 'invalid' || !isValid(x.type)) return;
  if (x.mode === 'value' && x.type.kind === 'Tuple') {
    check.error(x.expr!.pos, `multiple-value ${check.op(x)} in single-value context`);
    x.mode = 'invalid';
    return;
  }
  if (x.mode === 'novalue' || x.mode === 'builtin' || x.mode === 'typexpr') {
    check.error(x.expr!.pos, `cannot assign ${check.op(x)} to ${T ? check.ts(T) : '_'} in ${context}`);
    x.mode = 'invalid';
    return;
  }
  if (isGenericFunc(x)) {
    // spec: a generic function assigned to a variable of function type is instantiated from that type
    if (T && !isValid(T)) {
      x.mode = 'invalid';
      return;
    }
    if (T) inferFromTarget(check, x, T, undefined, context.startsWith('argument'));
    genericValue(check, x);
    if (isInvalid(x)) return;
  }
  if (isUntyped(x.type)) {
    let target = T;
    if (!T || underlying(T).kind === 'Interface') {
      if (!T && isNilOperand(x)) {
        check.error(x.expr!.pos, `use of untyped nil in ${context}`);
        x.mode = 'invalid';
        return;
      }
      if (!(T && isNilOperand(x))) target = defaultType(x.type);
    }
    const r = implicitTypeAndValue(check, x, target!);
    if (!r.ok) {
      let msg = `cannot use ${check.op(x)} as ${check.ts(target!)} value in ${context}`;
      if (r.why === 'truncated') msg += ' (truncated)';
      else if (r.why === 'overflows') msg += ' (overflows)';
      check.error(x.expr!.pos, msg);
      x.mode = 'invalid';
      return;
    }
    if (r.val) x.val = r.val;
    if (r.type !== x.type) {
      x.type = r.type;
      updateExprType(check, x.expr, r.type, false);
    } else if (isNilOperand(x) && T) {
      recordNil(check, x, T);
    }
  }
  if (!T) return;
  const a = assignableTo(check, x, T);
  if (!a.ok) {
    const base = `cannot use ${check.op(x)} as ${check.ts(T)} value in ${context}`;
    check.error(x.expr!.pos, a.cause ? `${base}: ${a.cause}` : base);
    x.mode = 'invalid';
  }
}

/** initVar initializes lhs with x; `typed` tells whether lhs's type was declared. */
export function initVar(check: Checker, lhs: Var, x: Operand, context: string, typed: boolean): void {
  if (x.mode === 'invalid' || !isValid(x.type) || (typed && !isValid(lhs.type))) {
    if (!typed) lhs.type = invalidType;
    return;
  }
  if (!typed) {
    let t = x.type;
    if (isUntyped(t)) {
      if (isNilOperand(x)) {
        check.error(x.expr!.pos, `use of untyped nil in ${context}`);
        lhs.type = invalidType;
        return;
      }
      t = defaultType(t);
    }
    lhs.type = t;
  }
  assignment(check, x, lhs.type, context);
}

function measure(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** assignError reports an assignment count mismatch. */
export function assignError(check: Checker, rhs: ast.Expr[], l: number, r: number): void {
  const vars = measure(l, 'variable');
  const vals = measure(r, 'value');
  const rhs0 = rhs[0]!;
  let e = rhs0;
  while (e.kind === 'ParenExpr') e = e.x;
  if (rhs.length === 1 && e.kind === 'CallExpr') {
    check.error(rhs0.pos, `assignment mismatch: ${vars} but ${exprString(e.fun)} returns ${vals}`);
    return;
  }
  check.error(rhs0.pos, `assignment mismatch: ${vars} but ${vals}`);
}

function returnError(check: Checker, at: number, rhs: Operand[], want: Tuple): void {
  at = rhs[0]?.expr?.pos ?? at;
  const have = '(' + rhs.map((x) => typeSummary(check, x.type)).join(', ') + ')';
  const wantS = '(' + want.vars.map((v) => typeSummary(check, v.type)).join(', ') + ')';
  const msg = rhs.length < want.vars.length ? 'not enough return values' : 'too many return values';
  check.error(at, `${msg}\n\thave ${have}\n\twant ${wantS}`);
}

/** typeSummary prints a type as types2 does in have/want lists ("number" for untyped numeric constants). */
export function typeSummary(check: Checker, t: Type): string {
  if (!isValid(t)) return 'unknown type';
  if (t.kind === 'Basic' && isUntyped(t)) {
    if (t.basic === BasicKind.UntypedNil) return 'nil';
    if (t.basic === BasicKind.UntypedString) return 'string';
    if (t.basic === BasicKind.UntypedBool) return 'bool';
    return 'number';
  }
  return check.ts(t);
}

/** evalRhs evaluates the right-hand sides of an l:r assignment into exactly l operands, or undefined on a count mismatch. */
function evalRhs(check: Checker, l: number, rhs: ast.Expr[], hints: (Type | undefined)[], returnStmt: ast.ReturnStmt | undefined, want: Tuple | undefined): Operand[] | undefined {
  const r = rhs.length;
  let e0 = rhs[0];
  while (e0?.kind === 'ParenExpr') e0 = e0.x;
  const isCall = r === 1 && e0?.kind === 'CallExpr';
  // (the target of a return value is its result variable)
  const desc = (i: number): string | undefined => (want ? want.vars[i]?.name || 'result variable' : undefined);
  if (l === r && !isCall) return rhs.map((e, i) => expr(check, e, hints[i], desc(i)));
  if (r !== 1) {
    const xs = rhs.map((e) => expr(check, e));
    if (returnStmt && want) returnError(check, returnStmt.pos, xs, want);
    else assignError(check, rhs, l, r);
    return undefined;
  }
  if (l === 2 && !isCall && !returnStmt) {
    // comma-ok forms: v, ok = m[k] / x.(T) / <-c (not in return statements: return m[k] is one value)
    const x = rawExpr(check, rhs[0]!);
    if (x.mode === 'commaok' || x.mode === 'mapindex') {
      const tuple: Type = { kind: 'Tuple', vars: [tupleVar(check, x.type), tupleVar(check, Typ[BasicKind.Bool]!)] };
      check.info.types.set(rhs[0]!, { mode: 'commaok', type: tuple });
      return [x, { mode: 'value', expr: rhs[0], type: Typ[BasicKind.UntypedBool]! }];
    }
    if (x.mode !== 'invalid') assignError(check, rhs, l, 1);
    return undefined;
  }
  const xs = multiExpr(check, rhs[0]!);
  if (xs.length === 1 && xs[0]!.mode === 'invalid') return undefined;
  if (xs.length !== l) {
    if (returnStmt && want) returnError(check, returnStmt.pos, xs, want);
    else assignError(check, rhs, l, xs.length);
    return undefined;
  }
  return xs;
}

function tupleVar(check: Checker, type: Type): Var {
  return { kind: 'Var', name: '', pos: 0, pkg: check.pkg, type, isField: false, embedded: false, isGlobal: false };
}

/** initVars initializes lhs from rhs (l:r with r == l, or a single multi-valued rhs). */
export function initVars(check: Checker, lhs: Var[], rhs: ast.Expr[], typed: boolean, returnStmt: ast.ReturnStmt | undefined): void {
  const context = returnStmt ? 'return statement' : 'assignment';
  const want: Tuple | undefined = returnStmt ? { kind: 'Tuple', vars: lhs } : undefined;
  const hints = lhs.map((v) => (typed || returnStmt ? v.type : undefined));
  const xs = evalRhs(check, lhs.length, rhs, hints, returnStmt, want);
  if (!xs) {
    if (!typed) for (const v of lhs) v.type = invalidType;
    return;
  }
  const ctx = returnStmt ? context : 'variable declaration';
  lhs.forEach((v, i) => initVar(check, v, xs[i]!, ctx, typed));
}

// ---------------------------------------------------------------------------
// Assignment statements

/** lhsVar checks an assignment destination and returns its type (undefined for _). */
function lhsVar(check: Checker, e: ast.Expr, report = true): Type | undefined {
  let u = e;
  while (u.kind === 'ParenExpr') u = u.x;
  if (u.kind === 'Ident' && u.name === '_') {
    check.recordDef(u, undefined as never);
    check.info.defs.delete(u);
    return undefined;
  }
  // a bare identifier on the lhs does not count as a use of the variable
  let v: Var | undefined;
  let used = false;
  if (u.kind === 'Ident') {
    const obj = check.env.scope.lookupParent(u.name);
    if (obj?.kind === 'Var' && obj.pkg === check.pkg) {
      v = obj;
      used = obj.used ?? false;
    }
  }
  const x = expr(check, e);
  if (v) v.used = used;
  if (x.mode === 'invalid') return invalidType;
  if (x.mode === 'variable' || x.mode === 'mapindex') return x.type;
  if (!report) return invalidType;
  if (x.expr?.kind === 'SelectorExpr') {
    const sel = check.info.selections.get(x.expr);
    if (sel?.kind === 'FieldVal') {
      check.error(e.pos, `cannot assign to struct field ${exprString(e)} in map`);
      return invalidType;
    }
  }
  check.error(e.pos, `cannot assign to ${exprString(e)} (neither addressable nor a map index expression)`);
  return invalidType;
}

function assignVar(check: Checker, lhs: ast.Expr, x: Operand | undefined, rhsExpr: ast.Expr | undefined): void {
  const T = lhsVar(check, lhs);
  if (!x) {
    x = expr(check, rhsExpr!, T, exprString(lhs));
  }
  if (T && !isValid(T)) return;
  assignment(check, x, T, T ? 'assignment' : 'assignment to _ identifier');
}

export function assignStmt(check: Checker, s: ast.AssignStmt): void {
  if (s.tok === ':=') {
    shortVarDecl(check, s);
    return;
  }
  if (s.tok !== '=') {
    // x op= y
    if (s.lhs.length !== 1 || s.rhs.length !== 1) {
      check.error(s.pos, `assignment operation ${s.tok} requires single-valued expressions`);
      return;
    }
    const op = s.tok.slice(0, -1) as ast.BinaryOp;
    const x = binary(check, s.lhs[0]!, s.lhs[0]!, s.rhs[0]!, op, s.tokPos);
    if (x.mode === 'invalid') return;
    // the result of the operation has the type of the lhs; check it is assignable
    const T = lhsVar(check, s.lhs[0]!);
    if (T) assignment(check, { ...x, expr: s.lhs[0] }, T, 'assignment');
    return;
  }
  const l = s.lhs.length;
  const r = s.rhs.length;
  let r0 = s.rhs[0];
  while (r0?.kind === 'ParenExpr') r0 = r0.x;
  if (l === r && !(r === 1 && r0?.kind === 'CallExpr')) {
    s.lhs.forEach((lhs, i) => assignVar(check, lhs, undefined, s.rhs[i]!));
    return;
  }
  // (as types2: with several values that do not match in number, only the count is reported)
  const types = s.lhs.map((e) => lhsVar(check, e, r === 1));
  const xs = evalRhs(check, l, s.rhs, types, undefined, undefined);
  if (!xs) return;
  xs.forEach((x, i) => {
    const T = types[i];
    if (T && !isValid(T)) return;
    assignment(check, x, T, T ? 'assignment' : 'assignment to _ identifier');
  });
}

/** shortVarDecl checks `a, b := ...`: at least one new variable on the lhs. */
export function shortVarDecl(check: Checker, s: ast.AssignStmt): void {
  const scope = check.env.scope;
  const lhsVars: Var[] = [];
  const newVars: { id: ast.Ident; v: Var }[] = [];
  const seen = new Set<string>();
  let hasErr = false;
  // as gc, an erroneous lhs gets a blank stand-in: the rest is still declared and initialized
  const dummies = new Set<Var>();
  const dummy = (e: ast.Expr): void => {
    const v: Var = { kind: 'Var', name: '_', pos: e.pos, pkg: check.pkg, type: invalidType, isField: false, embedded: false, isGlobal: false };
    dummies.add(v);
    lhsVars.push(v);
  };
  for (const e of s.lhs) {
    if (e.kind !== 'Ident') {
      rawExpr(check, e);
      check.error(e.pos, `non-name ${exprString(e)} on left side of :=`);
      hasErr = true;
      dummy(e);
      continue;
    }
    if (e.name !== '_' && seen.has(e.name)) {
      check.error(e.pos, `${e.name} repeated on left side of :=`);
      hasErr = true;
      dummy(e);
      continue;
    }
    seen.add(e.name);
    const old = e.name === '_' ? undefined : scope.lookup(e.name);
    if (old) {
      check.recordUse(e, old);
      if (old.kind === 'Var') lhsVars.push(old);
      else {
        check.error(e.pos, `cannot assign to ${e.name}`);
        hasErr = true;
        dummy(e);
      }
      continue;
    }
    const v = newLocalVar(check, e, invalidType);
    lhsVars.push(v);
    if (e.name !== '_') newVars.push({ id: e, v });
    if (e.name === '_') check.recordDef(e, v);
  }
  // for existing variables, the assignment is an ordinary assignment
  const fresh = new Set([...newVars.map((n) => n.v), ...dummies]);
  const xs = evalRhs(check, lhsVars.length, s.rhs, lhsVars.map((v) => (fresh.has(v) ? undefined : v.type)), undefined, undefined);
  if (xs) {
    lhsVars.forEach((v, i) => {
      if (fresh.has(v)) initVar(check, v, xs[i]!, 'assignment', false);
      else assignment(check, xs[i]!, v.type, 'assignment');
    });
  } else {
    for (const v of fresh) v.type = invalidType;
  }
  if (newVars.length === 0 && !hasErr) {
    check.softError(s.tokPos, 'no new variables on left side of :=');
  }
  for (const { id, v } of newVars) {
    if (id.name !== '_') declare(check, id, v);
  }
  // record the lhs identifiers' types (redeclared variables are plain assignments)
  s.lhs.forEach((e) => {
    const v = e.kind === 'Ident' ? (check.info.defs.get(e) ?? check.info.uses.get(e)) : undefined;
    if (v?.kind === 'Var' && isValid(v.type)) check.recordTypeAndValue(e, 'variable', v.type, undefined);
  });
}

/** invalidDecl reports a defined type whose underlying type is invalid because its declaration is. */
function invalidDecl(t: Type): boolean {
  return t.kind === 'Named' && !t.origin && !isValid(t.underlying);
}
