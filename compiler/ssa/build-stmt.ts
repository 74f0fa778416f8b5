// This file implements the statement dispatcher and the simple statements:
// blocks, expression statements, send, go/defer, return (with named results
// and deferred calls), if/else, labels, break/continue/goto/fallthrough.
// Loops, ranges, switches and assignments live in their own files.

import type * as ast from '../syntax/ast.js';
import { InternalError, assertNever } from '../syntax/diagnostics.js';
import type { Label } from '../types/object.js';
import type { BasicBlock, Value } from './ir.js';
import { emit, emitExtract, emitJump, emitLoad, emitReturn, emitStore, newBlock } from './emit.js';
import type { FunctionBuilder, LabelTargets, Targets } from './func.js';
import { emitConv } from './build-conv.js';
import { emitCond, expr, exprOrNone } from './build-expr.js';
import { callCommonOf } from './build-call.js';
import { assignStmt, incDecStmt, varDecl } from './build-assign.js';
import { forStmt } from './build-loop.js';
import { rangeStmt } from './build-range.js';
import { switchStmt, typeSwitchStmt } from './build-switch.js';
import { selectStmt } from './build-select.js';
import { rangeFuncBranch, rangeFuncReturn } from './build-rangefunc.js';
import { underlying } from './typeutil.js';
import { varAddress } from './build-closure.js';

export function stmtList(fb: FunctionBuilder, list: ast.Stmt[]): void {
  for (const s of list) stmt(fb, s);
}

/** stmt builds one statement; a pending label (from LabeledStmt) is handed to loops and switches. */
export function stmt(fb: FunctionBuilder, s: ast.Stmt): void {
  const label = fb.pendingLabel;
  fb.pendingLabel = undefined;
  switch (s.kind) {
    case 'BadStmt':
      throw new InternalError('bad statement', s.pos);
    case 'EmptyStmt':
      return;
    case 'DeclStmt':
      if (s.decl.tok === 'var') for (const spec of s.decl.specs) if (spec.kind === 'ValueSpec') varDecl(fb, spec);
      return;
    case 'LabeledStmt':
      return labeledStmt(fb, s);
    case 'ExprStmt':
      exprOrNone(fb, s.x);
      return;
    case 'SendStmt':
      return sendStmt(fb, s);
    case 'IncDecStmt':
      return incDecStmt(fb, s);
    case 'AssignStmt':
      return assignStmt(fb, s);
    case 'GoStmt':
      emit(fb, { kind: 'Go', call: callCommonOf(fb, s.call), pos: s.pos });
      return;
    case 'DeferStmt':
      return deferStmt(fb, s);
    case 'ReturnStmt':
      return returnStmt(fb, s);
    case 'BranchStmt':
      return branchStmt(fb, s);
    case 'BlockStmt':
      return stmtList(fb, s.stmts);
    case 'IfStmt':
      return ifStmt(fb, s);
    case 'SwitchStmt':
      return switchStmt(fb, s, label);
    case 'TypeSwitchStmt':
      return typeSwitchStmt(fb, s, label);
    case 'SelectStmt':
      return selectStmt(fb, s, label);
    case 'ForStmt':
      return forStmt(fb, s, label);
    case 'RangeStmt':
      return rangeStmt(fb, s, label);
    default:
      return assertNever(s);
  }
}

function sendStmt(fb: FunctionBuilder, s: ast.SendStmt): void {
  const ch = expr(fb, s.chan);
  const ct = underlying(ch.type);
  if (ct.kind !== 'Chan') throw new InternalError('send to a non-channel', s.pos);
  const x = emitConv(fb, expr(fb, s.value), ct.elem, s.pos);
  emit(fb, { kind: 'Send', chan: ch, x, pos: s.pos });
}

/** returnResults evaluates the operands of a return statement, converted to the result types. */
function returnResults(fb: FunctionBuilder, s: ast.ReturnStmt): Value[] {
  const results = fb.sig.results.vars;
  let vals: Value[];
  if (s.results.length === 1 && results.length > 1) {
    const t = expr(fb, s.results[0]!);
    vals = results.map((_, i) => emitExtract(fb, t, i, s.pos));
  } else {
    vals = s.results.map((r) => expr(fb, r));
  }
  return vals.map((v, i) => emitConv(fb, v, results[i]!.type, s.pos));
}

/** emitReturnOf returns vals (or, when undefined, the current values of the named results). */
export function emitReturnOf(fb: FunctionBuilder, vals: Value[] | undefined, pos: number): void {
  const slots = fb.resultSlots;
  let results = vals ?? [];
  if (slots) {
    if (vals) vals.forEach((v, i) => emitStore(fb, slots[i]!, v, pos));
    if (fb.hasDefer) emit(fb, { kind: 'RunDefers', pos });
    results = slots.map((a) => emitLoad(fb, a, pos));
  } else if (fb.hasDefer) {
    emit(fb, { kind: 'RunDefers', pos });
  }
  emitReturn(fb, results, pos);
}

function deferStmt(fb: FunctionBuilder, s: ast.DeferStmt): void {
  const call = callCommonOf(fb, s.call);
  if (fb.rangeFunc && !fb.deferFrame) throw new InternalError('defer in a range-over-func loop body without a frame', s.pos);
  const frame = fb.deferFrame ? emitLoad(fb, varAddress(fb, fb.deferFrame, s.pos), s.pos) : undefined;
  emit(fb, frame ? { kind: 'Defer', call, frame, pos: s.pos } : { kind: 'Defer', call, pos: s.pos });
}

function returnStmt(fb: FunctionBuilder, s: ast.ReturnStmt): void {
  if (fb.rangeFunc) return rangeFuncReturn(fb, fb.rangeFunc, s);
  const vals = s.results.length ? returnResults(fb, s) : undefined;
  emitReturnOf(fb, vals, s.pos);
}

function ifStmt(fb: FunctionBuilder, s: ast.IfStmt): void {
  if (s.init) stmt(fb, s.init);
  const then = newBlock(fb, 'if.then');
  const done = newBlock(fb, 'if.done');
  const els = s.else ? newBlock(fb, 'if.else') : done;
  emitCond(fb, s.cond, then, els);
  fb.current = then;
  stmtList(fb, s.body.stmts);
  emitJump(fb, done);
  if (s.else) {
    fb.current = els;
    stmt(fb, s.else);
    emitJump(fb, done);
  }
  fb.current = done;
}

export function labelTargets(fb: FunctionBuilder, obj: Label): LabelTargets {
  let lt = fb.labels.get(obj);
  if (!lt) {
    lt = {};
    fb.labels.set(obj, lt);
  }
  return lt;
}

function labelOf(fb: FunctionBuilder, id: ast.Ident): Label {
  const obj = fb.info.defs.get(id) ?? fb.info.uses.get(id);
  if (obj?.kind !== 'Label') throw new InternalError(`unresolved label ${id.name}`, id.pos);
  return obj;
}

function labeledStmt(fb: FunctionBuilder, s: ast.LabeledStmt): void {
  const lt = labelTargets(fb, labelOf(fb, s.label));
  lt.gotoBlock ??= newBlock(fb, `label.${s.label.name}`);
  emitJump(fb, lt.gotoBlock);
  fb.current = lt.gotoBlock;
  fb.pendingLabel = lt;
  stmt(fb, s.stmt);
}

/** pushTargets enters a breakable statement; the label, if any, gets the same targets. */
export function pushTargets(fb: FunctionBuilder, t: Omit<Targets, 'tail'>, label: LabelTargets | undefined): void {
  fb.targets = { ...t, tail: fb.targets };
  if (label) {
    label.breakBlock = t.breakBlock;
    label.continueBlock = t.continueBlock;
  }
}

export function popTargets(fb: FunctionBuilder): void {
  fb.targets = fb.targets?.tail;
}

function findTarget(fb: FunctionBuilder, pick: (t: Targets) => BasicBlock | undefined): BasicBlock | undefined {
  for (let t = fb.targets; t; t = t.tail) {
    const b = pick(t);
    if (b) return b;
  }
  return undefined;
}

function branchStmt(fb: FunctionBuilder, s: ast.BranchStmt): void {
  let target: BasicBlock | undefined;
  const label = s.label ? labelOf(fb, s.label) : undefined;
  if (fb.rangeFunc && rangeFuncBranch(fb, fb.rangeFunc, s, label)) return;
  const lt = label ? labelTargets(fb, label) : undefined;
  switch (s.tok) {
    case 'break':
      target = lt ? lt.breakBlock : findTarget(fb, (t) => t.breakBlock);
      break;
    case 'continue':
      target = lt ? lt.continueBlock : findTarget(fb, (t) => t.continueBlock);
      break;
    case 'goto':
      if (!lt) throw new InternalError('goto without label', s.pos);
      lt.gotoBlock ??= newBlock(fb, `label.${s.label!.name}`);
      target = lt.gotoBlock;
      break;
    case 'fallthrough':
      target = fb.targets?.fallthroughBlock;
      break;
    default:
      return assertNever(s.tok);
  }
  if (!target) throw new InternalError(`no target for ${s.tok}`, s.pos);
  emitJump(fb, target, s.pos);
}


