// This file implements range over functions (Go 1.23): `for k, v := range f
// { body }` becomes a call f(yield) where yield is a closure built from the
// body. Inside it, `continue` returns true; `break`, `return` and branches to
// statements outside the loop record an exit code in a variable of the
// enclosing function (`next`) and return false; after f returns, the
// enclosing function dispatches on that code (returning the recorded results,
// jumping to the branch target, or passing the exit further out when it is
// itself such a loop body). Calling yield again after it returned false
// panics, as in Go.
//
// A defer in the body runs when the enclosing function returns: a function
// whose range-over-func loop bodies (at any depth) defer calls makes a defer
// frame token at entry (`DeferFrame`, kept in the variable `rangefunc.frame`),
// and every defer of it and of those bodies names the token (`defer f() at t`).

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import { BasicKind } from '../types/index.js';
import type { Pos } from '../syntax/pos.js';
import type { Label, Var } from '../types/object.js';
import type { Signature } from '../types/type.js';
import type { BasicBlock, Value } from './ir.js';
import {
  boolConst,
  emit,
  emitBinOp,
  emitCall,
  emitExtract,
  emitIf,
  emitJump,
  emitLoad,
  emitRuntimeErrorPanic,
  emitReturn,
  emitStore,
  intConst,
  newBlock,
} from './emit.js';
import { FunctionBuilder, type LabelTargets } from './func.js';
import { newFunction } from './create.js';
import { emitConv } from './build-conv.js';
import { declareLocal } from './build-assign.js';
import { buildFunctionBody, finishFunction } from './build-func.js';
import { varAddress } from './build-closure.js';
import { emitReturnOf, labelTargets, popTargets, pushTargets, stmtList } from './build-stmt.js';
import { isBlank, lvalue, lvalueStore } from './lvalue.js';
import { basic, newVar, signatureOf, tBool, tInt, underlying } from './typeutil.js';
import { expr, typeOf } from './build-expr.js';
import { children, containsDefer, type Walkable } from './walk.js';

// States of `next` besides the exit codes of branches (1, 2, ...); Go's abi.RF_* states.
const codeReady = 0; // the body may be called
const codeBreak = -1;
const codeReturn = -2;
const codeDone = -3; // the loop is over
const codePanic = -4; // the body is running (or panicked)

/** rangePanic panics with a range function state error (a runtime.Error, as Go's). */
function rangePanic(fb: FunctionBuilder, what: string, pos: Pos): void {
  emitRuntimeErrorPanic(fb, `runtime error: range function ${what}`, pos);
}

/** checkState continues when n, the state loaded from next, is want; else it sets the state to
 * codePanic (as gc does: the iterator must not swallow this panic either) and panics with the
 * message of the first matching state (undefined matches any). */
function checkState(fb: FunctionBuilder, next: Value, n: Value, want: number, bad: [number | undefined, string][], pos: Pos): void {
  const ok = newBlock(fb, 'rangefunc.ok');
  const fail = newBlock(fb, 'rangefunc.bad');
  emitIf(fb, emitBinOp(fb, '==', n, intConst(want), tBool(), pos), ok, fail, pos);
  fb.current = fail;
  emitStore(fb, next, intConst(codePanic), pos);
  for (const [code, what] of bad) {
    if (code === undefined) {
      rangePanic(fb, what, pos);
      break;
    }
    const hit = newBlock(fb, 'rangefunc.state');
    const miss = newBlock(fb, 'rangefunc.state');
    emitIf(fb, emitBinOp(fb, '==', n, intConst(code), tBool(), pos), hit, miss, pos);
    fb.current = hit;
    rangePanic(fb, what, pos);
    fb.current = miss;
  }
  fb.current = ok;
}

/** An exit of a loop body to a statement of an enclosing function. */
interface Exit {
  readonly code: number;
  readonly tok: 'break' | 'continue' | 'goto';
  readonly label: Label;
}

/** RangeFuncCtx is the state of a function built from the body of a range-over-func loop. */
export interface RangeFuncCtx {
  /** The enclosing function's variable holding the exit code. */
  readonly next: Var;
  /** Where `return` stores its operands: the named results, or variables of the outermost function. */
  readonly results: Var[];
  readonly named: boolean;
  readonly realSig: Signature;
  /** Labels declared inside the body (branches to other labels leave the body). */
  readonly ownLabels: Set<Label>;
  readonly exits: Exit[];
}

function collectLabels(fb: FunctionBuilder, n: Walkable, out: Set<Label>): void {
  if (n.kind === 'FuncLit') return;
  if (n.kind === 'LabeledStmt') {
    const o = fb.info.defs.get(n.label);
    if (o?.kind === 'Label') out.add(o);
  }
  for (const c of children(n)) collectLabels(fb, c, out);
}

function exitCode(ctx: RangeFuncCtx, tok: Exit['tok'], label: Label): number {
  const found = ctx.exits.find((e) => e.tok === tok && e.label === label);
  if (found) return found.code;
  const code = ctx.exits.length + 1;
  ctx.exits.push({ code, tok, label });
  return code;
}

/** leaveBody records an exit code and returns false from the yield function. */
function leaveBody(fb: FunctionBuilder, ctx: RangeFuncCtx, code: number, pos: Pos): void {
  emitStore(fb, varAddress(fb, ctx.next, pos), intConst(code), pos);
  emitReturn(fb, [boolConst(false, tBool())], pos);
}

/** rangeFuncReturn builds `return x, y` inside a loop body: store the results, then leave. */
export function rangeFuncReturn(fb: FunctionBuilder, ctx: RangeFuncCtx, s: ast.ReturnStmt): void {
  const vars = ctx.realSig.results.vars;
  let vals = s.results.map((r) => expr(fb, r));
  if (vals.length === 1 && vars.length > 1) vals = vars.map((_, i) => emitExtract(fb, vals[0]!, i, s.pos)); // return f()
  vals.forEach((v, i) => emitStore(fb, varAddress(fb, ctx.results[i]!, s.pos), emitConv(fb, v, vars[i]!.type, s.pos), s.pos));
  leaveBody(fb, ctx, codeReturn, s.pos);
}

/** rangeFuncBranch handles break/continue/goto whose target lies outside the body; false if it does not. */
export function rangeFuncBranch(fb: FunctionBuilder, ctx: RangeFuncCtx, s: ast.BranchStmt, label: Label | undefined): boolean {
  if (!label || s.tok === 'fallthrough') return false;
  if (s.tok === 'goto' ? ctx.ownLabels.has(label) : fb.labels.has(label)) return false;
  leaveBody(fb, ctx, exitCode(ctx, s.tok, label), s.pos);
  return true;
}

/** bindIterVars declares or assigns the iteration variables from the yield function's parameters,
 * one after the other (unlike other range loops, gc assigns `for i, x[i] = range f` in sequence). */
function bindIterVars(fb: FunctionBuilder, s: ast.RangeStmt): void {
  [s.key, s.value].forEach((e, i) => {
    const p = fb.fn.params[i];
    if (!e || !p || isBlank(e)) return;
    if (s.tok === ':=' && e.kind === 'Ident') {
      const obj = fb.info.defs.get(e);
      if (obj?.kind === 'Var') emitStore(fb, declareLocal(fb, obj, e.pos), emitConv(fb, p, fb.typ(obj.type), e.pos), e.pos);
      return;
    }
    lvalueStore(fb, lvalue(fb, e), p, e.pos);
  });
}

/** buildYield builds the body function: check, bind, body, with break/continue targets. */
function buildYield(sub: FunctionBuilder, s: ast.RangeStmt, ctx: RangeFuncCtx, label: Label | undefined): void {
  sub.rangeFunc = ctx;
  buildFunctionBody(sub, undefined, undefined, s.body, (fb) => {
    const n = emitLoad(fb, varAddress(fb, ctx.next, s.pos), s.pos);
    checkState(fb, varAddress(fb, ctx.next, s.pos), n, codeReady, [
      [codePanic, 'continued iteration after loop body panic'],
      [codeDone, 'continued iteration after whole loop exit'],
      [undefined, 'continued iteration after function for loop body returned false'],
    ], s.pos);
    emitStore(fb, varAddress(fb, ctx.next, s.pos), intConst(codePanic), s.pos);
    bindIterVars(fb, s);
    const brk = newBlock(fb, 'rangefunc.break');
    const cont = newBlock(fb, 'rangefunc.continue');
    const lt: LabelTargets = { breakBlock: brk, continueBlock: cont };
    if (label) fb.labels.set(label, lt);
    pushTargets(fb, { breakBlock: brk, continueBlock: cont }, undefined);
    stmtList(fb, s.body.stmts);
    emitJump(fb, cont);
    popTargets(fb);
    fb.current = brk;
    leaveBody(fb, ctx, codeBreak, s.pos);
    fb.current = cont;
    emitStore(fb, varAddress(fb, ctx.next, s.pos), intConst(codeReady), s.pos);
    emitReturn(fb, [boolConst(true, tBool())], s.pos);
  });
}

/** resultVars returns where a `return` inside the body stores the results. */
function resultVars(fb: FunctionBuilder, pos: Pos): { vars: Var[]; named: boolean; sig: Signature } {
  if (fb.rangeFunc) return { vars: fb.rangeFunc.results, named: fb.rangeFunc.named, sig: fb.rangeFunc.realSig };
  const res = fb.sig.results.vars;
  if (res.some((v) => v.name !== '' && v.name !== '_') && fb.resultSlots) return { vars: [...res], named: true, sig: fb.sig };
  const vars = res.map((v, i) => newVar(`rangefunc.result${i}`, v.type));
  for (const v of vars) declareLocal(fb, v, pos);
  return { vars, named: false, sig: fb.sig };
}

export function rangeFuncStmt(fb: FunctionBuilder, s: ast.RangeStmt, lt: LabelTargets | undefined): void {
  const f = expr(fb, s.x);
  const yieldT = signatureOf(f.type).params.vars[0]!.type;
  const next = newVar('rangefunc.next', tInt());
  declareLocal(fb, next, s.pos);
  const { vars, named, sig } = resultVars(fb, s.pos);
  const ownLabels = new Set<Label>();
  collectLabels(fb, s.body, ownLabels);
  const ctx: RangeFuncCtx = { next, results: vars, named, realSig: sig, ownLabels, exits: [] };
  const label = lt ? [...fb.labels].find(([, t]) => t === lt)?.[0] : undefined;
  const parent = fb.fn;
  const fn = newFunction({ name: `${parent.name}$${parent.anonFuncs.length + 1}`, type: signatureOf(yieldT), pos: s.pos, pkg: parent.pkg, parent });
  parent.anonFuncs.push(fn);
  fb.prog.addFunction(fn);
  const sub = new FunctionBuilder(fb.prog, fb.pkg, fn, fb);
  sub.deferFrame = fb.deferFrame;
  buildYield(sub, s, ctx, label);
  finishFunction(sub);
  const yieldV: Value = fn.freeVars.length
    ? emit(fb, { kind: 'MakeClosure', id: -1, type: fn.type, fn, bindings: sub.freeVarObjs.map((o) => varAddress(fb, o, s.pos)), pos: s.pos })
    : fn;
  emitCall(fb, { mode: 'call', value: f, args: [emitConv(fb, yieldV, yieldT, s.pos)] }, signatureOf(f.type).results, s.pos);
  dispatchExits(fb, ctx, s.pos);
}

/** rangeFuncDefers reports whether n has a range-over-func loop whose body defers a call. */
function rangeFuncDefers(fb: FunctionBuilder, n: Walkable): boolean {
  if (n.kind === 'FuncLit') return false;
  if (n.kind === 'RangeStmt' && underlying(typeOf(fb, n.x)).kind === 'Signature' && containsDefer(n.body)) return true;
  return children(n).some((c) => rangeFuncDefers(fb, c));
}

/** declareDeferFrame gives a function that defers a defer frame token when a range-over-func loop
 * body of it defers calls (called at entry, after the parameters and result slots). */
export function declareDeferFrame(fb: FunctionBuilder, body: ast.BlockStmt): void {
  if (!rangeFuncDefers(fb, body)) return;
  const v = newVar('rangefunc.frame', basic(BasicKind.UnsafePointer));
  const a = declareLocal(fb, v, body.pos);
  emitStore(fb, a, emit(fb, { kind: 'DeferFrame', id: -1, type: v.type, pos: body.pos }), body.pos);
  fb.deferFrame = v;
}

/** dispatchExits continues after f returned: return, branch out, or fall through to the next statement. */
function dispatchExits(fb: FunctionBuilder, ctx: RangeFuncCtx, pos: Pos): void {
  const addr = varAddress(fb, ctx.next, pos);
  const n = emitLoad(fb, addr, pos);
  emitStore(fb, addr, intConst(codeDone), pos);
  // the iterator returned normally although the body panicked: it recovered the body's panic
  const missing = newBlock(fb, 'rangefunc.recovered');
  const fine = newBlock(fb, 'rangefunc.returned');
  emitIf(fb, emitBinOp(fb, '==', n, intConst(codePanic), tBool(), pos), missing, fine, pos);
  fb.current = missing;
  rangePanic(fb, 'recovered a loop body panic and did not resume panicking', pos);
  fb.current = fine;
  const done = newBlock(fb, 'rangefunc.done');
  const cases: [number, (fb: FunctionBuilder) => void][] = [[codeReturn, (b) => propagateReturn(b, ctx, pos)]];
  for (const e of ctx.exits) cases.push([e.code, (b) => propagateBranch(b, e, pos)]);
  for (const [code, build] of cases) {
    const hit = newBlock(fb, 'rangefunc.exit');
    const miss = newBlock(fb, 'rangefunc.next');
    emitIf(fb, emitBinOp(fb, '==', n, intConst(code), tBool(), pos), hit, miss, pos);
    fb.current = hit;
    build(fb);
    fb.current = miss;
  }
  emitJump(fb, done);
  fb.current = done;
}

function propagateReturn(fb: FunctionBuilder, ctx: RangeFuncCtx, pos: Pos): void {
  if (fb.rangeFunc) {
    leaveBody(fb, fb.rangeFunc, codeReturn, pos);
    return;
  }
  if (ctx.named) emitReturnOf(fb, undefined, pos);
  else emitReturnOf(fb, ctx.results.map((v) => emitLoad(fb, varAddress(fb, v, pos), pos)), pos);
}

function propagateBranch(fb: FunctionBuilder, e: Exit, pos: Pos): void {
  const outer = fb.rangeFunc;
  const local = e.tok === 'goto' ? !outer || outer.ownLabels.has(e.label) : fb.labels.has(e.label);
  if (!local) {
    if (!outer) throw new InternalError('branch target not found', pos);
    leaveBody(fb, outer, exitCode(outer, e.tok, e.label), pos);
    return;
  }
  const lt = labelTargets(fb, e.label);
  let target: BasicBlock | undefined;
  if (e.tok === 'goto') target = lt.gotoBlock ??= newBlock(fb, `label.${e.label.name}`);
  else target = e.tok === 'break' ? lt.breakBlock : lt.continueBlock;
  if (!target) throw new InternalError(`no ${e.tok} target for ${e.label.name}`, pos);
  emitJump(fb, target, pos);
}
