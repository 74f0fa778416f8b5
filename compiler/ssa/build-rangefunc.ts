// This file implements range over functions (Go 1.23): `for k, v := range f
// { body }` becomes a call f(yield) where yield is a closure built from the
// body. Inside it, `continue` returns true; `break`, `return` and branches to
// statements outside the loop record an exit code in a variable of the
// enclosing function (`next`) and return false; after f returns, the
// enclosing function dispatches on that code (returning the recorded results,
// jumping to the branch target, or passing the exit further out when it is
// itself such a loop body). Calling yield again after it returned false
// panics, as in Go.

import type * as ast from '../syntax/ast.js';
import { InternalError, UnsupportedError } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import type { Label, Var } from '../types/object.js';
import type { Signature } from '../types/type.js';
import type { BasicBlock, Value } from './ir.js';
import {
  boolConst,
  emit,
  emitBinOp,
  emitCall,
  emitIf,
  emitJump,
  emitLoad,
  emitPanicInstr,
  emitReturn,
  emitStore,
  intConst,
  newBlock,
} from './emit.js';
import { FunctionBuilder, type LabelTargets } from './func.js';
import { newFunction } from './create.js';
import { emitConv } from './build-conv.js';
import { expr } from './build-expr.js';
import { declareLocal } from './build-assign.js';
import { buildFunctionBody, finishFunction } from './build-func.js';
import { varAddress } from './build-closure.js';
import { emitReturnOf, labelTargets, popTargets, pushTargets, stmtList } from './build-stmt.js';
import { isBlank, lvalue, lvalueStore } from './lvalue.js';
import { newVar, signatureOf, tAny, tBool, tInt, tString } from './typeutil.js';
import { children, containsDefer, type Walkable } from './walk.js';

const codeBreak = -1;
const codeReturn = -2;
const codeDone = -3;

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
  const vals = s.results.map((r) => expr(fb, r));
  if (vals.length === 1 && vars.length > 1) throw new UnsupportedError('return of a multi-value call in a range-over-func loop body', s.pos);
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

/** bindIterVars declares or assigns the iteration variables from the yield function's parameters. */
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
    const ok = newBlock(fb, 'rangefunc.body');
    const bad = newBlock(fb, 'rangefunc.again');
    const n = emitLoad(fb, varAddress(fb, ctx.next, s.pos), s.pos);
    emitIf(fb, emitBinOp(fb, '==', n, intConst(0), tBool(), s.pos), ok, bad, s.pos);
    fb.current = bad;
    const msg = 'runtime error: range function continued iteration after function for loop body returned false';
    emitPanicInstr(fb, emitConv(fb, { kind: 'Const', type: tString(), value: { kind: 'string', value: msg } }, tAny(), s.pos), s.pos);
    fb.current = ok;
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
  if (containsDefer(s.body)) throw new UnsupportedError('defer in a range-over-func loop body', s.pos);
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
  buildYield(sub, s, ctx, label);
  finishFunction(sub);
  const yieldV: Value = fn.freeVars.length
    ? emit(fb, { kind: 'MakeClosure', id: -1, type: fn.type, fn, bindings: sub.freeVarObjs.map((o) => varAddress(fb, o, s.pos)), pos: s.pos })
    : fn;
  emitCall(fb, { mode: 'call', value: f, args: [emitConv(fb, yieldV, yieldT, s.pos)] }, signatureOf(f.type).results, s.pos);
  dispatchExits(fb, ctx, s.pos);
}

/** dispatchExits continues after f returned: return, branch out, or fall through to the next statement. */
function dispatchExits(fb: FunctionBuilder, ctx: RangeFuncCtx, pos: Pos): void {
  const addr = varAddress(fb, ctx.next, pos);
  const n = emitLoad(fb, addr, pos);
  emitStore(fb, addr, intConst(codeDone), pos);
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
