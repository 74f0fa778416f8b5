// This file implements call expressions: function and method calls with
// argument passing (variadic, f(g()) spreading, f(s...)), and the dispatch
// of conversions T(x) and builtin calls.

import type * as ast from '../syntax/ast.js';
import { genericCall, nonGenericType } from './instexpr.js';
import { assignment, typeSummary } from './assignments.js';
import { builtinCall } from './builtins.js';
import type { Checker } from './check.js';
import { conversion } from './conversions.js';
import { exprString } from './exprstring.js';
import { expr, exprOrGeneric, multiExpr, rawExpr } from './expr.js';
import type { Operand } from './operand.js';
import { invalidOperand } from './operand.js';
import { isValid, underlying } from './predicates.js';
import type { Signature, Type } from './type.js';
import { commonUnder, coreUnder, isConstraintInterface } from './typeparams/typeset.js';

export function callExpr(check: Checker, e: ast.CallExpr): Operand {
  const x = rawExpr(check, e.fun);
  switch (x.mode) {
    case 'invalid':
      useExprs(check, e.args);
      return invalidOperand(e);
    case 'typexpr':
      if (!nonGenericType(check, x)) {
        useExprs(check, e.args);
        return invalidOperand(e);
      }
      return conversionCall(check, e, x.type);
    case 'builtin':
      return builtinCall(check, e, x.builtin!);
    default:
      break;
  }
  if (x.mode === 'novalue') {
    check.error(x.expr!.pos, `${exprString(x.expr!)} (no value) used as value`);
    useExprs(check, e.args);
    return invalidOperand(e);
  }
  // all types of a type parameter's set must have one underlying type, a signature
  const cu = commonUnder(x.type, (t) => check.ts(t), (t, ut) => (ut && t && ut.kind !== 'Signature' ? `${check.ts(t)} is not a function` : undefined));
  const u = cu.type ?? coreUnder(x.type);
  if (cu.err !== undefined || u.kind !== 'Signature') {
    // as gc, the arguments of a non-function call are not evaluated (so they do not count as uses)
    check.error(x.expr!.pos, `invalid operation: cannot call ${check.op(x)}: ${cu.err ?? `${check.ts(x.type)} is not a function`}`);
    return invalidOperand(e);
  }
  if (u.typeParams && u.typeParams.length > 0) return genericCall(check, e, x, u);
  const args = callArgs(check, e.args);
  argumentsCheck(check, e, u, args);
  const results = u.results.vars;
  if (results.length === 0) return { mode: 'novalue', expr: e, type: u.results };
  if (results.length === 1) return { mode: 'value', expr: e, type: results[0]!.type };
  return { mode: 'value', expr: e, type: u.results };
}

/** useExprs evaluates expressions only for their side effects on Info (after an error). */
export function useExprs(check: Checker, es: ast.Expr[]): void {
  for (const e of es) {
    if (e.kind === 'KeyValueExpr') continue;
    rawExpr(check, e);
  }
}

function conversionCall(check: Checker, e: ast.CallExpr, T: Type): Operand {
  if (e.args.length !== 1) {
    if (e.args.length === 0) check.error(e.rparen, `missing argument in conversion to ${check.ts(T)}`);
    else check.error(e.args[1]!.pos, `too many arguments in conversion to ${check.ts(T)}`);
    useExprs(check, e.args);
    return invalidOperand(e);
  }
  if (e.hasDots) {
    check.error(e.args[0]!.pos, `invalid use of ... in conversion to ${check.ts(T)}`);
    useExprs(check, e.args);
    return invalidOperand(e);
  }
  const x = expr(check, e.args[0]!, T);
  if (x.mode === 'invalid') return invalidOperand(e);
  const tu = underlying(T);
  if (tu.kind === 'Interface' && T.kind !== 'TypeParam' && isConstraintInterface(tu)) {
    check.error(e.pos, `cannot use interface ${check.ts(T)} in conversion (contains specific type constraints or is comparable)`);
    return invalidOperand(e);
  }
  conversion(check, x, T);
  return { ...x, expr: e };
}

/** callArgs evaluates call arguments; a single multi-valued call is spread. */
export function callArgs(check: Checker, args: ast.Expr[]): Operand[] {
  if (args.length === 1) {
    let a = args[0]!;
    while (a.kind === 'ParenExpr') a = a.x;
    if (a.kind === 'CallExpr') return multiExpr(check, args[0]!);
  }
  // generic function arguments are instantiated from their parameter's type (argumentsCheck, infer)
  return args.map((a) => exprOrGeneric(check, a));
}

function tupleString(check: Checker, types: Type[], variadic: boolean): string {
  return '(' + types.map((t, i) => (variadic && i === types.length - 1 && t.kind === 'Slice' ? '...' + check.ts(t.elem) : typeSummary(check, t))).join(', ') + ')';
}

/** argumentsCheck checks the arguments of a call against the signature. */
export function argumentsCheck(check: Checker, e: ast.CallExpr, sig: Signature, args: Operand[]): void {
  const params = sig.params.vars;
  const nargs = args.length;
  const npars = params.length;
  let ptypes: Type[] = params.map((p) => p.type);
  const ddd = e.hasDots;
  if (sig.variadic) {
    if (ddd) {
      // f(s...): the last argument is passed as the variadic slice; f()... is not permitted when f() has several values
      if (e.args.length === 1 && nargs > 1) {
        check.error(e.pos, `cannot use ... with ${nargs}-valued ${exprString(e.args[0]!)}`);
        return;
      }
    } else if (nargs >= npars - 1) {
      const last = params[npars - 1]!.type;
      const elem = last.kind === 'Slice' ? last.elem : last;
      ptypes = [...ptypes.slice(0, npars - 1)];
      for (let i = npars - 1; i < nargs; i++) ptypes.push(elem);
    } else {
      ptypes = ptypes.slice(0, npars - 1);
    }
  } else if (ddd) {
    check.error(e.args[e.args.length - 1]!.pos, `have (...) but function is not variadic: ${exprString(e.fun)}`.replace(/^have \(\.\.\.\) but function is not variadic: (.*)$/, 'cannot use ... in call to non-variadic $1'));
    return;
  }
  const wantN = sig.variadic && !ddd ? Math.max(npars - 1, nargs) : npars;
  if (nargs !== wantN || (sig.variadic && !ddd && nargs < npars - 1)) {
    const tooFew = nargs < (sig.variadic && !ddd ? npars - 1 : npars);
    // at the first extra argument (a multi-valued call's position for its extra values), else the last one
    const at = tooFew ? (e.args.length > 0 ? e.args[e.args.length - 1]!.pos : e.pos) : e.args[npars]?.pos ?? (e.args.length === 1 ? e.args[0]!.pos : e.rparen);
    const have = '(' + args.map((a) => typeSummary(check, a.type)).join(', ') + (ddd ? '...' : '') + ')';
    const want = tupleString(check, params.map((p) => p.type), sig.variadic);
    check.error(at, `${tooFew ? 'not enough' : 'too many'} arguments in call to ${exprString(e.fun)}\n\thave ${have}\n\twant ${want}`);
    return;
  }
  if (args.some((a) => a.mode === 'invalid')) return;
  const context = `argument to ${exprString(e.fun)}`;
  args.forEach((a, i) => {
    const t = ptypes[i];
    if (t && isValid(t)) assignment(check, a, t, context);
  });
}
