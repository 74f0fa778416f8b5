// This file implements statements: function bodies (with the "missing
// return" check), blocks and their scopes, expression/send/inc-dec/return
// statements, if, for, range (int, string, array, pointer to array, slice,
// map, chan, func iterators), expression and type switches, select, go and
// defer. Labels and gotos are checked in labels.ts.

import { isInvalid } from './operand.js';
import type * as ast from '../syntax/ast.js';
import { assertNever } from '../syntax/diagnostics.js';
import { assignment, assignStmt, initVar, initVars } from './assignments.js';
import { isStatementBuiltin } from './builtins.js';
import type { Checker } from './check.js';
import * as C from './const-arith.js';
import { declare, declStmt, newLocalVar } from './decl.js';
import { exprString } from './exprstring.js';
import { chanElem, comparison, convertUntyped, expr, rawExpr } from './expr.js';
import { labels } from './labels.js';
import { missingMethod } from './lookup.js';
import { objDecl } from './decl.js';
import type { Obj, Var } from './object.js';
import { Scope } from './object.js';
import type { Operand } from './operand.js';
import { comparable, hasNil, identical, isBoolean, isInteger, isNumeric, isString, isValid, underlying } from './predicates.js';
import { isTerminating } from './return.js';
import type { Signature, Type } from './type.js';
import { BasicKind } from './type.js';
import { typExpr } from './typexpr.js';
import { invalidType, Typ, universeRune } from './universe.js';
import { missingMethodCause, typeSummary } from './assignments.js';
import { commonUnder, coreUnder, noCoreCause, termTypes } from './typeparams/typeset.js';
import { allowVersion } from './version.js';

/** Ctx flags say which branch statements are allowed. */
interface Ctx {
  breakOk: boolean;
  continueOk: boolean;
  fallthroughOk: boolean;
  finalSwitchCase: boolean;
  inTypeSwitch: boolean;
}

const topCtx: Ctx = { breakOk: false, continueOk: false, fallthroughOk: false, finalSwitchCase: false, inTypeSwitch: false };

/** funcBody checks a function body in the function scope holding the parameters. */
export function funcBody(check: Checker, sig: Signature, body: ast.BlockStmt, scope: Scope): void {
  check.recordScope(body, scope);
  check.withEnv({ scope, sig, funcBody: body }, () => {
    stmtList(check, topCtx, body.stmts);
    // Every body: the label walk is cheap (statements only) and needs no "has a label" flag.
    labels(check, body);
    if (sig.results.vars.length > 0 && !isTerminating(check, body, undefined)) {
      check.error(body.rbrace, 'missing return');
    }
  });
}

function stmtList(check: Checker, ctx: Ctx, list: ast.Stmt[]): void {
  const inner = { ...ctx, fallthroughOk: false };
  // trailing empty statements are permitted: skip them when looking for fallthrough
  let last = list.length - 1;
  while (last >= 0 && list[last]!.kind === 'EmptyStmt') last--;
  list.forEach((s, i) => {
    const c = ctx.fallthroughOk && i === last ? ctx : inner;
    stmt(check, c, s);
  });
}

function openScope<T>(check: Checker, node: ast.Node, comment: string, f: () => T): T {
  const scope = new Scope(check.env.scope, comment);
  check.recordScope(node, scope);
  return check.withEnv({ scope }, f);
}

function simpleStmt(check: Checker, s: ast.Stmt | undefined): void {
  if (s) stmt(check, topCtx, s);
}

export function stmt(check: Checker, ctx: Ctx, s: ast.Stmt): void {
  switch (s.kind) {
    case 'BadStmt':
    case 'EmptyStmt':
      return;
    case 'DeclStmt':
      declStmt(check, s.decl);
      return;
    case 'LabeledStmt':
      stmt(check, ctx, s.stmt);
      return;
    case 'ExprStmt':
      exprStmt(check, s);
      return;
    case 'SendStmt':
      sendStmt(check, s);
      return;
    case 'IncDecStmt':
      incDec(check, s);
      return;
    case 'AssignStmt':
      assignStmt(check, s);
      return;
    case 'GoStmt':
    case 'DeferStmt':
      callStmt(check, s);
      return;
    case 'ReturnStmt':
      returnStmt(check, s);
      return;
    case 'BranchStmt':
      branchStmt(check, ctx, s);
      return;
    case 'BlockStmt':
      openScope(check, s, 'block', () => stmtList(check, { ...ctx, fallthroughOk: false }, s.stmts));
      return;
    case 'IfStmt':
      ifStmt(check, ctx, s);
      return;
    case 'SwitchStmt':
      switchStmt(check, ctx, s);
      return;
    case 'TypeSwitchStmt':
      typeSwitchStmt(check, ctx, s);
      return;
    case 'SelectStmt':
      selectStmt(check, ctx, s);
      return;
    case 'ForStmt':
      forStmt(check, ctx, s);
      return;
    case 'RangeStmt':
      rangeStmt(check, ctx, s);
      return;
    default:
      assertNever(s);
  }
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function exprStmt(check: Checker, s: ast.ExprStmt): void {
  const x = rawExpr(check, s.x);
  if (x.mode === 'invalid') return;
  let msg = 'is not used';
  if (x.mode === 'builtin') msg = 'must be called';
  else if (x.mode === 'typexpr') msg = 'is not an expression';
  else {
    const e = unparen(s.x);
    if (e.kind === 'UnaryExpr' && e.op === '<-') return;
    if (e.kind === 'CallExpr') {
      const fun = check.info.types.get(e.fun) ?? check.info.types.get(unparen(e.fun));
      if (fun?.mode === 'typexpr') {
        // a conversion is not a statement
      } else if (fun?.mode === 'builtin') {
        const b = builtinOf(check, e.fun);
        if (!b || isStatementBuiltin(b)) return;
      } else {
        return;
      }
    }
  }
  check.error(s.x.pos, `${check.op(x)} ${msg}`);
}

function builtinOf(check: Checker, fun: ast.Expr): import('./object.js').BuiltinName | undefined {
  const f = unparen(fun);
  const id = f.kind === 'Ident' ? f : f.kind === 'SelectorExpr' ? f.sel : undefined;
  if (!id) return undefined;
  const obj = check.info.uses.get(id);
  return obj?.kind === 'Builtin' ? obj.builtin : undefined;
}

function sendStmt(check: Checker, s: ast.SendStmt): void {
  const ch = expr(check, s.chan);
  const val = expr(check, s.value);
  if (ch.mode === 'invalid' || val.mode === 'invalid') return;
  const elem = chanElem(check, s.pos, ch, false);
  if (!elem) return;
  assignment(check, val, elem, 'send');
}

function incDec(check: Checker, s: ast.IncDecStmt): void {
  const op = s.inc ? '++' : '--';
  const x = expr(check, s.x);
  if (x.mode === 'invalid') return;
  if (!isNumeric(x.type)) {
    check.error(s.x.pos, `invalid operation: ${exprString(s.x)}${op} (non-numeric type ${check.ts(x.type)})`);
    return;
  }
  if (x.mode !== 'variable' && x.mode !== 'mapindex') {
    check.error(s.x.pos, `cannot assign to ${exprString(s.x)} (neither addressable nor a map index expression)`);
  }
}

function callStmt(check: Checker, s: ast.GoStmt | ast.DeferStmt): void {
  const what = s.kind === 'GoStmt' ? 'go' : 'defer';
  const call = unparen(s.call);
  if (call.kind !== 'CallExpr') {
    rawExpr(check, s.call);
    check.error(s.call.pos, `expression in ${what} must be function call`);
    return;
  }
  const x = rawExpr(check, s.call);
  if (x.mode === 'invalid') return;
  const fun = check.info.types.get(call.fun);
  if (fun?.mode === 'typexpr') {
    check.error(s.call.pos, `${what} requires function call, not conversion ${check.op(x)}`);
    return;
  }
  if (fun?.mode === 'builtin') {
    const b = builtinOf(check, call.fun);
    if (b && !isStatementBuiltin(b)) check.error(s.call.pos, `${what} discards result of ${check.op(x)}`);
  }
}

function returnStmt(check: Checker, s: ast.ReturnStmt): void {
  const sig = check.env.sig!;
  const res = sig.results.vars;
  if (s.results.length === 0 && res.length > 0 && res[0]!.name !== '') {
    for (const v of res) {
      const alt = check.env.scope.lookupParent(v.name);
      if (alt && alt !== v) {
        check.error(s.pos, `result parameter ${v.name} not in scope at return\n\t${check.fset.format(alt.pos)}: inner declaration of ${v.name}`);
      }
    }
    return;
  }
  if (s.results.length === 0 && res.length === 0) return;
  if (res.length === 0) {
    const xs = s.results.map((e) => expr(check, e));
    if (xs.some((x) => x.mode === 'invalid')) return;
    check.error(s.results[0]!.pos, `too many return values\n\thave (${xs.map((x) => summary(check, x)).join(', ')})\n\twant ()`);
    return;
  }
  if (s.results.length === 0) {
    check.error(s.pos, `not enough return values\n\thave ()\n\twant (${res.map((v) => typeSummary(check, v.type)).join(', ')})`);
    return;
  }
  initVars(check, res, s.results, true, s);
}

function summary(check: Checker, x: Operand): string {
  const t = x.type;
  if (t.kind === 'Basic' && t.basic >= BasicKind.UntypedBool) {
    if (t.basic === BasicKind.UntypedNil) return 'nil';
    if (t.basic === BasicKind.UntypedString) return 'string';
    if (t.basic === BasicKind.UntypedBool) return 'bool';
    return 'number';
  }
  return check.ts(t);
}

function branchStmt(check: Checker, _ctx: Ctx, s: ast.BranchStmt): void {
  // misplaced break/continue/fallthrough/goto are reported by the parser (syntax/branches.ts), as in gc
}

function condition(check: Checker, e: ast.Expr, what: string): void {
  const x = expr(check, e);
  if (x.mode !== 'invalid' && !isBoolean(x.type)) {
    check.error(e.pos, `non-boolean condition in ${what} statement`);
  }
}

function ifStmt(check: Checker, ctx: Ctx, s: ast.IfStmt): void {
  openScope(check, s, 'if', () => {
    simpleStmt(check, s.init);
    condition(check, s.cond, 'if');
    stmt(check, { ...ctx, fallthroughOk: false }, s.body);
    if (s.else) stmt(check, { ...ctx, fallthroughOk: false }, s.else);
  });
}

function forStmt(check: Checker, ctx: Ctx, s: ast.ForStmt): void {
  openScope(check, s, 'for', () => {
    simpleStmt(check, s.init);
    if (s.cond) condition(check, s.cond, 'for');
    // (a declaration there is a syntax error, reported by the parser, which gc's parser drops)
    if (!(s.post?.kind === 'AssignStmt' && s.post.tok === ':=')) simpleStmt(check, s.post);
    stmt(check, { ...ctx, breakOk: true, continueOk: true, fallthroughOk: false }, s.body);
  });
}

// ---------------------------------------------------------------------------
// Switches

function multipleDefaults(check: Checker, clauses: { isDefault?: boolean; pos: number; comm?: unknown }[], isSelect: boolean): void {
  let first: { pos: number } | undefined;
  for (const c of clauses) {
    const isDef = isSelect ? c.comm === undefined : c.isDefault;
    if (!isDef) continue;
    if (first) check.error(c.pos, `multiple defaults (first at ${check.fset.format(first.pos)})`);
    else first = c;
  }
}

function switchStmt(check: Checker, ctx: Ctx, s: ast.SwitchStmt): void {
  openScope(check, s, 'switch', () => {
    simpleStmt(check, s.init);
    let x: Operand;
    let tagExpr: ast.Expr;
    if (s.tag) {
      x = expr(check, s.tag);
      assignment(check, x, undefined, 'switch expression');
      if (x.mode !== 'invalid' && !comparable(x.type) && !hasNil(x.type)) {
        check.error(s.tag.pos, `cannot switch on ${check.op(x)} (${check.ts(x.type)} is not comparable)`);
        x.mode = 'invalid';
      }
      tagExpr = s.tag;
    } else {
      const pos = s.body[0]?.pos ?? s.rbrace;
      tagExpr = { kind: 'Ident', pos, name: 'true' };
      x = { mode: 'constant', expr: tagExpr, type: Typ[BasicKind.Bool]!, val: C.makeBool(true) };
    }
    multipleDefaults(check, s.body, false);
    const seen: { val: string; type: Type; pos: number }[] = [];
    s.body.forEach((clause, i) => {
      caseValues(check, x, clause.list, seen, s.tag ? tagExpr : undefined);
      openScope(check, clause, 'case', () => {
        const inner: Ctx = { ...ctx, breakOk: true, fallthroughOk: i + 1 < s.body.length, finalSwitchCase: i + 1 === s.body.length, inTypeSwitch: false };
        stmtList(check, inner, clause.body);
      });
    });
  });
}

function caseValues(check: Checker, x: Operand, values: ast.Expr[], seen: { val: string; type: Type; pos: number }[], tag: ast.Expr | undefined): void {
  for (const e of values) {
    const v = expr(check, e);
    if (x.mode === 'invalid' || v.mode === 'invalid') continue;
    convertUntyped(check, v, x.type);
    if (isInvalid(v)) continue;
    const res = comparison(check, { ...v }, { ...x }, '==', undefined, tag ?? x.expr);
    if (res.mode === 'invalid') continue;
    // duplicate detection as gc: integer, float and string constants only
    if (v.mode !== 'constant' || !v.val || v.val.kind === 'bool' || v.val.kind === 'complex') continue;
    const key = `${v.val.kind}:${C.exactString(v.val)}`;
    const dup = seen.find((p) => p.val === key && identical(p.type, v.type));
    if (dup) {
      check.error(e.pos, `duplicate case ${check.op(v)} in expression switch\n\t${check.fset.format(dup.pos)}: previous case`);
      continue;
    }
    seen.push({ val: key, type: v.type, pos: e.pos });
  }
}

function typeSwitchStmt(check: Checker, ctx: Ctx, s: ast.TypeSwitchStmt): void {
  openScope(check, s, 'type switch', () => {
    simpleStmt(check, s.init);
    let lhs: ast.Ident | undefined;
    let guard: ast.Expr;
    if (s.assign.kind === 'AssignStmt') {
      const l = s.assign.lhs[0]!;
      if (l.kind === 'Ident') lhs = l;
      guard = s.assign.rhs[0]!;
      if (lhs?.name === '_') {
        check.softError(lhs.pos, 'no new variable on left side of :=');
        lhs = undefined;
      }
    } else {
      guard = s.assign.x;
    }
    const g = unparen(guard);
    if (g.kind !== 'TypeAssertExpr' || g.type) {
      check.error(guard.pos, 'invalid syntax tree: type switch guard expected');
      return;
    }
    const x = expr(check, g.x);
    const xu = underlying(x.type);
    let bad = x.mode === 'invalid';
    if (!bad && x.type.kind === 'TypeParam') {
      check.error(g.x.pos, `cannot use type switch on type parameter value ${check.op(x)}`);
      bad = true;
    } else if (!bad && xu.kind !== 'Interface') {
      check.error(g.x.pos, `${check.op(x)} is not an interface`);
      bad = true;
    }
    if (bad || xu.kind !== 'Interface') {
      // as gc, the clauses are still checked (their case types, and bodies with an invalid variable)
      badTypeSwitch(check, ctx, s, lhs);
      return;
    }
    multipleDefaults(check, s.body, false);
    const lhsVars: Var[] = [];
    const seenTypes: { type: Type | undefined; pos: number }[] = [];
    for (const clause of s.body) {
      const T = caseTypes(check, x, xu, clause.list, seenTypes);
      typeSwitchClause(check, ctx, clause, lhs, T ?? x.type, lhsVars);
    }
    if (lhs) {
      const used = lhsVars.some((v) => v.used);
      const def: Var = { kind: 'Var', name: lhs.name, pos: lhs.pos, pkg: check.pkg, type: x.type, isField: false, embedded: false, isGlobal: false, used };
      check.recordDef(lhs, def);
      if (!used) check.softError(lhs.pos, `${lhs.name} declared and not used`);
    }
  });
}

/** typeSwitchClause checks one clause's body in its scope, with the switch variable (if any) of type t
 * declared there and collected in lhsVars (its use is checked over all clauses). */
function typeSwitchClause(check: Checker, ctx: Ctx, clause: ast.CaseClause, lhs: ast.Ident | undefined, t: Type, lhsVars: Var[]): void {
  openScope(check, clause, 'case', () => {
    if (lhs) {
      const v = newLocalVar(check, lhs, t);
      check.localVars.pop(); // usage is checked over all clauses
      check.env.scope.insert(v);
      check.info.implicits.set(clause, v);
      lhsVars.push(v);
    }
    stmtList(check, { ...ctx, breakOk: true, fallthroughOk: false, inTypeSwitch: true }, clause.body);
  });
}

/** badTypeSwitch checks the clauses of a type switch whose guard is invalid or not an interface. */
function badTypeSwitch(check: Checker, ctx: Ctx, s: ast.TypeSwitchStmt, lhs: ast.Ident | undefined): void {
  multipleDefaults(check, s.body, false);
  const lhsVars: Var[] = [];
  for (const clause of s.body) {
    for (const e of clause.list) {
      const u = unparen(e);
      if (u.kind === 'Ident' && check.env.scope.lookupParent(u.name)?.kind === 'Nil') continue;
      typExpr(check, e, false);
    }
    typeSwitchClause(check, ctx, clause, lhs, invalidType, lhsVars);
  }
  if (lhs && !lhsVars.some((v) => v.used)) check.softError(lhs.pos, `${lhs.name} declared and not used`);
}

/** caseTypes checks the types of a type switch case and returns the single case type (undefined if several or nil). */
function caseTypes(check: Checker, x: Operand, xu: Type & { kind: 'Interface' }, list: ast.Expr[], seen: { type: Type | undefined; pos: number }[]): Type | undefined {
  let single: Type | undefined;
  for (const e of list) {
    let T: Type | undefined;
    const u = unparen(e);
    if (u.kind === 'Ident' && check.env.scope.lookupParent(u.name)?.kind === 'Nil') {
      check.recordUse(u, check.env.scope.lookupParent(u.name) as Obj);
      check.recordTypeAndValue(e, 'value', x.type, undefined); // case nil: the nil interface value
      T = undefined;
    } else {
      T = typExpr(check, e, false);
      if (!isValid(T)) {
        if (list.length === 1) single = T; // the clause variable gets the invalid type: no follow-on errors
        continue;
      }
      if (underlying(T).kind !== 'Interface' && T.kind !== 'TypeParam') {
        const miss = missingMethod(T, xu, (f) => objDecl(check, f));
        if (miss) {
          const why = missingMethodCause(check, T, x.type, miss).replace(/^.*? does not implement .*? \(/, '(');
          check.error(e.pos, `impossible type switch case: ${exprString(e)}\n\t${check.op(x)} cannot have dynamic type ${check.ts(T)} ${why}`);
          continue;
        }
      }
    }
    const dup = seen.find((p) => (p.type === undefined && T === undefined) || (p.type && T && identical(p.type, T)));
    if (dup) {
      check.error(e.pos, `duplicate case ${T ? check.ts(T) : 'nil'} in type switch\n\t${check.fset.format(dup.pos)}: previous case`);
    } else {
      seen.push({ type: T, pos: e.pos });
    }
    single = list.length === 1 ? T : undefined;
  }
  return single;
}

function selectStmt(check: Checker, ctx: Ctx, s: ast.SelectStmt): void {
  multipleDefaults(check, s.body, true);
  for (const clause of s.body) {
    const c = clause.comm;
    if (c) {
      let ok = false;
      if (c.kind === 'SendStmt') ok = true;
      else if (c.kind === 'ExprStmt') ok = unparen(c.x).kind === 'UnaryExpr' && (unparen(c.x) as ast.UnaryExpr).op === '<-';
      else if (c.rhs.length === 1) {
        const r = unparen(c.rhs[0]!);
        ok = r.kind === 'UnaryExpr' && r.op === '<-';
      }
      if (!ok) {
        // as types2: the clause is not checked any further
        check.error(c.pos, 'select case must be send or receive (possibly with assignment)');
        continue;
      }
    }
    openScope(check, clause, 'case', () => {
      if (c) stmt(check, topCtx, c);
      stmtList(check, { ...ctx, breakOk: true, fallthroughOk: false }, clause.body);
    });
  }
}

// ---------------------------------------------------------------------------
// Range

type RangeKV = { ok: true; key: Type | undefined; val: Type | undefined } | { ok: false; cause: string };

function rangeKeyVal(t: Type, typeStringOf: (t: Type) => string, allow: (minor: number) => boolean = () => true): RangeKV {
  let u = coreUnder(t);
  if (u.kind === 'Pointer' && underlying(u.elem).kind === 'Array') u = underlying(u.elem);
  const intT = Typ[BasicKind.Int]!;
  switch (u.kind) {
    case 'Basic':
      if (isString(u)) return { ok: true, key: intT, val: universeRune };
      if (isInteger(u)) {
        if (!allow(22)) return { ok: false, cause: 'requires go1.22 or later' };
        return { ok: true, key: t, val: undefined };
      }
      return { ok: false, cause: '' };
    case 'Array':
    case 'Slice':
      return { ok: true, key: intT, val: u.elem };
    case 'Map':
      return { ok: true, key: u.key, val: u.elem };
    case 'Chan':
      if (u.dir === 'send') return { ok: false, cause: 'receive from send-only channel ' + typeStringOf(t) };
      return { ok: true, key: u.elem, val: undefined };
    case 'Signature': {
      if (!allow(23)) return { ok: false, cause: 'requires go1.23 or later' };
      const bad = (c: string): RangeKV => ({ ok: false, cause: `func must be func(yield func(...) bool): ${c}` });
      if (u.params.vars.length !== 1) return bad('wrong argument count');
      if (u.results.vars.length !== 0) return bad('unexpected results');
      // the yield argument may be a type parameter whose types share one underlying func type
      const cu = commonUnder(u.params.vars[0]!.type, typeStringOf);
      const cb = cu.type;
      if (cb?.kind !== 'Signature') return bad(cu.err !== undefined ? `in yield type, ${cu.err}` : 'argument is not func');
      if (cb.params.vars.length > 2) return bad('yield func has too many parameters');
      const r = cb.results.vars;
      if (r.length !== 1 || !(r[0]!.type.kind === 'Basic' && r[0]!.type.basic === BasicKind.Bool)) {
        return bad(r.length === 1 && isBoolean(r[0]!.type) ? 'yield func returns user-defined boolean, not bool' : 'yield func does not return bool');
      }
      return { ok: true, key: cb.params.vars[0]?.type, val: cb.params.vars[1]?.type };
    }
    default:
      return { ok: false, cause: '' };
  }
}

function rangeStmt(check: Checker, ctx: Ctx, s: ast.RangeStmt): void {
  const x = expr(check, s.x);
  let key: Type | undefined;
  let val: Type | undefined;
  // a type parameter ranges as the common underlying type of its set (channels must permit receiving)
  const cu = x.mode !== 'invalid' && x.type.kind === 'TypeParam'
    ? commonUnder(x.type, (t) => check.ts(t), (t, u) => (t && u?.kind === 'Chan' && u.dir === 'send' ? `receive from send-only channel ${check.ts(t)}` : undefined))
    : undefined;
  if (cu?.err !== undefined) {
    check.softError(s.x.pos, `cannot range over ${check.op(x)}: ${cu.err}`);
  } else if (x.mode !== 'invalid') {
    const r = rangeKeyVal(x.type, (t) => check.ts(t), (minor) => allowVersion(check, s.x.pos, minor));
    if (!r.ok) {
      const cause = x.type.kind === 'TypeParam' ? rangeCause(check, x.type) : r.cause;
      check.softError(s.x.pos, cause ? `cannot range over ${check.op(x)}: ${cause}` : `cannot range over ${check.op(x)}`);
    } else {
      key = r.key;
      val = r.val;
      if (!key && s.key) check.softError(s.key.pos, `range over ${check.op(x)} permits no iteration variables`);
      else if (s.value && !val) check.softError(s.value.pos, `range over ${check.op(x)} permits only one iteration variable`);
      else if (s.extra) check.softError(s.extra.pos, 'range clause permits at most two iteration variables');
    }
  }
  const rangeOverInt = x.mode !== 'invalid' && isInteger(x.type);
  openScope(check, s, 'range', () => {
    const lhs = [s.key, s.value];
    const rhs = [key, val];
    if (s.tok === ':=') {
      const vars: { id: ast.Ident; v: Var }[] = [];
      lhs.forEach((l, i) => {
        if (!l) return;
        if (l.kind !== 'Ident') {
          check.error(l.pos, `non-name ${exprString(l)} on left side of :=`);
          return;
        }
        const v = newLocalVar(check, l, invalidType);
        check.recordDef(l, v);
        if (l.name !== '_') vars.push({ id: l, v });
        const t = rhs[i];
        if (!t || !isValid(t)) {
          v.type = invalidType;
          v.used = true;
          return;
        }
        if (rangeOverInt) initVar(check, v, x, 'range clause', false);
        else initVar(check, v, { mode: 'value', expr: l, type: t }, 'assignment', false);
      });
      for (const { id, v } of vars) declare(check, id, v);
      if (vars.length === 0 && lhs.some((l) => l)) check.softError(s.pos, 'no new variables on left side of :=');
    } else if (s.key) {
      lhs.forEach((l, i) => {
        if (!l) return;
        const t = rhs[i];
        if (!t || !isValid(t)) return;
        if (rangeOverInt) {
          assignRangeVar(check, l, x, 'range clause');
          if (x.mode !== 'invalid' && !isInteger(x.type)) check.softError(l.pos, `cannot use iteration variable of type ${check.ts(x.type)}`);
        } else {
          assignRangeVar(check, l, { mode: 'value', expr: l, type: t });
        }
      });
    } else if (rangeOverInt) {
      assignment(check, x, undefined, 'range clause');
    }
    stmt(check, { ...ctx, breakOk: true, continueOk: true, fallthroughOk: false }, s.body);
  });
}

/** assignRangeVar assigns a range iteration value to an existing variable (or _). */
function assignRangeVar(check: Checker, lhs: ast.Expr, x: Operand, context = 'assignment'): void {
  const l = unparen(lhs);
  if (l.kind === 'Ident' && l.name === '_') {
    assignment(check, x, undefined, 'assignment to _ identifier');
    return;
  }
  let v: Var | undefined;
  let used = false;
  if (l.kind === 'Ident') {
    const obj = check.env.scope.lookupParent(l.name);
    if (obj?.kind === 'Var') {
      v = obj;
      used = obj.used ?? false;
    }
  }
  const z = expr(check, lhs);
  if (v) v.used = used;
  if (z.mode === 'invalid') return;
  if (z.mode !== 'variable' && z.mode !== 'mapindex') {
    check.error(lhs.pos, `cannot assign to ${exprString(lhs)} (neither addressable nor a map index expression)`);
    return;
  }
  assignment(check, x, z.type, context);
}


/** rangeCause explains why a type parameter cannot be ranged over: its types have no common underlying type. */
function rangeCause(check: Checker, t: Type): string {
  const terms = termTypes(t);
  if (!terms || terms.length === 0) return 'no specific type';
  const u0 = underlying(terms[0]!);
  for (const term of terms.slice(1)) {
    if (!identical(underlying(term), u0)) return `${check.ts(terms[0]!)} and ${check.ts(term)} have different underlying types`;
  }
  return noCoreCause(t as Type & { kind: 'TypeParam' }, 'Struct', (x) => check.ts(x)).replace(/ is not a struct$/, '');
}
