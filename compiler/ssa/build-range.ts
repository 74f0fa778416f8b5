// This file implements `for ... range` loops. Ranges over integers, slices,
// arrays and pointers to arrays are lowered to counting loops; strings and
// maps use Range/Next; channels receive until closed. Iteration variables
// declared with := are fresh variables in each iteration (Go 1.22).

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Type } from '../types/type.js';
import type { BasicBlock, Value } from './ir.js';
import {
  emit,
  emitAlloc,
  emitBinOp,
  emitCall,
  emitExtract,
  emitIf,
  emitIndexAddr,
  emitJump,
  emitLoad,
  emitStore,
  intConst,
  newBlock,
  zeroConst,
} from './emit.js';
import type { FunctionBuilder, LabelTargets } from './func.js';
import { emitConv } from './build-conv.js';
import { expr, recordedType, typeOf } from './build-expr.js';
import { children, type Walkable } from './walk.js';
import { declareLocal } from './build-assign.js';
import { rangeFuncStmt } from './build-rangefunc.js';
import { popTargets, pushTargets, stmtList } from './build-stmt.js';
import { isBlank, lvalue, lvalueStore } from './lvalue.js';
import { defaultType, elemType, isStringType, newSignature, newTuple, tBool, tInt, tInt32, underlying } from './typeutil.js';

/** assignIterVar assigns (or declares, for :=) one iteration variable. */
function assignIterVar(fb: FunctionBuilder, s: ast.RangeStmt, e: ast.Expr | undefined, v: () => Value): void {
  if (!e || isBlank(e)) return;
  if (s.tok === ':=') {
    if (e.kind !== 'Ident') throw new InternalError('range := of a non-identifier', e.pos);
    const obj = fb.info.defs.get(e);
    if (obj?.kind !== 'Var') return;
    const a = declareLocal(fb, obj, e.pos);
    emitStore(fb, a, emitConv(fb, v(), fb.typ(obj.type), e.pos), e.pos);
    return;
  }
  lvalueStore(fb, lvalue(fb, e), v(), e.pos);
}

/** assignIterVars assigns the key and value: with `=`, as one assignment (the operands on the
 * left are evaluated before either is assigned: `for i, x[i] = range y` indexes x with the old i). */
function assignIterVars(fb: FunctionBuilder, s: ast.RangeStmt, key: () => Value, value?: () => Value): void {
  if (s.tok === ':=' || !wants(s.key) || !value || !wants(s.value)) {
    assignIterVar(fb, s, s.key, key);
    if (value) assignIterVar(fb, s, s.value, value);
    return;
  }
  const lk = lvalue(fb, s.key!);
  const lv = lvalue(fb, s.value!);
  const k = key();
  const v = value();
  lvalueStore(fb, lk, k, s.key!.pos);
  lvalueStore(fb, lv, v, s.value!.pos);
}

function wants(e: ast.Expr | undefined): boolean {
  return !!e && !isBlank(e);
}

/** loopBody builds the body of a range loop with the given break/continue targets. */
function loopBody(fb: FunctionBuilder, s: ast.RangeStmt, done: BasicBlock, cont: BasicBlock, label: LabelTargets | undefined): void {
  pushTargets(fb, { breakBlock: done, continueBlock: cont }, label);
  stmtList(fb, s.body.stmts);
  emitJump(fb, cont);
  popTargets(fb);
}

export function rangeStmt(fb: FunctionBuilder, s: ast.RangeStmt, label: LabelTargets | undefined): void {
  const xt = underlying(typeOf(fb, s.x));
  switch (xt.kind) {
    case 'Basic':
      if (isStringType(xt)) return rangeIter(fb, s, label, true);
      return rangeInt(fb, s, label);
    case 'Slice':
    case 'Array':
    case 'Pointer':
      return rangeIndexed(fb, s, label);
    case 'Map':
      return rangeIter(fb, s, label, false);
    case 'Chan':
      return rangeChan(fb, s, label);
    case 'Signature':
      return rangeFuncStmt(fb, s, label);
    default:
      throw new InternalError(`range over ${xt.kind}`, s.pos);
  }
}

/** countingLoop emits `for i := 0; i < n; i++ { each(i) }` over a hidden counter of type t. */
function countingLoop(
  fb: FunctionBuilder,
  s: ast.RangeStmt,
  label: LabelTargets | undefined,
  t: Type,
  n: Value,
  each: (i: Value) => void,
): void {
  const counter = emitAlloc(fb, t, 'rangeindex', s.pos);
  emitStore(fb, counter, zeroConst(t), s.pos);
  const loop = newBlock(fb, 'range.loop');
  const body = newBlock(fb, 'range.body');
  const post = newBlock(fb, 'range.post');
  const done = newBlock(fb, 'range.done');
  emitJump(fb, loop);
  fb.current = loop;
  const i = emitLoad(fb, counter, s.pos);
  emitIf(fb, emitBinOp(fb, '<', i, n, tBool(), s.pos), body, done, s.pos);
  fb.current = body;
  each(i);
  loopBody(fb, s, done, post, label);
  fb.current = post;
  emitStore(fb, counter, emitBinOp(fb, '+', i, oneInt(t), t, s.pos), s.pos);
  emitJump(fb, loop);
  fb.current = done;
}

function oneInt(t: Type): Value {
  return intConst(1, t);
}

function rangeInt(fb: FunctionBuilder, s: ast.RangeStmt, label: LabelTargets | undefined): void {
  let t = defaultType(typeOf(fb, s.x));
  if (s.tok === ':=' && s.key && s.key.kind === 'Ident') {
    const o = fb.info.defs.get(s.key);
    if (o?.kind === 'Var') t = fb.typ(o.type);
  }
  const n = emitConv(fb, expr(fb, s.x), t, s.pos);
  countingLoop(fb, s, label, t, n, (i) => assignIterVar(fb, s, s.key, () => i));
}

/** rangeIndexed ranges over a slice, an array or a pointer to an array. */
function rangeIndexed(fb: FunctionBuilder, s: ast.RangeStmt, label: LabelTargets | undefined): void {
  const xt = underlying(typeOf(fb, s.x));
  const needValue = wants(s.value);
  let base: Value | undefined;
  let n: Value;
  if (xt.kind === 'Slice') {
    base = expr(fb, s.x);
    n = emitCall(fb, { mode: 'builtin', value: { kind: 'Builtin', name: 'len', type: newSignature([base.type], [tInt()]) }, args: [base] }, tInt(), s.pos);
  } else {
    const arr = xt.kind === 'Array' ? xt : underlying(xt.kind === 'Pointer' ? xt.elem : xt);
    if (arr.kind !== 'Array') throw new InternalError('range over a non-array pointer', s.pos);
    n = intConst(arr.len);
    if (needValue) {
      if (xt.kind === 'Pointer') base = expr(fb, s.x);
      else {
        // The range expression is evaluated once: iterate over a copy of the array.
        const copy = emitAlloc(fb, typeOf(fb, s.x), 'rangecopy', s.pos);
        emitStore(fb, copy, expr(fb, s.x), s.pos);
        base = copy;
      }
    } else if (hasCallOrReceive(fb, s.x)) {
      // spec: the range expression is not evaluated when len(x) is constant, and it is not when x
      // has function calls or receives: `for range *f()` calls f and dereferences its result
      expr(fb, s.x);
    }
  }
  const elem = elemType(xt);
  countingLoop(fb, s, label, tInt(), n, (i) => {
    assignIterVars(fb, s, () => i, needValue ? () => emitLoad(fb, emitIndexAddr(fb, base!, i, elem, s.pos), s.pos) : undefined);
  });
}

/** rangeIter ranges over a string or a map with Range/Next. */
function rangeIter(fb: FunctionBuilder, s: ast.RangeStmt, label: LabelTargets | undefined, isString: boolean): void {
  const x = expr(fb, s.x);
  const xt = underlying(x.type);
  const [k, v]: [Type, Type] = isString ? [tInt(), tInt32()] : xt.kind === 'Map' ? [xt.key, xt.elem] : [tInt(), tInt32()];
  const it = emit(fb, { kind: 'Range', id: -1, type: newTuple(), x: isString ? emitConv(fb, x, defaultType(x.type), s.pos) : x, pos: s.pos });
  const loop = newBlock(fb, 'rangeiter.loop');
  const body = newBlock(fb, 'rangeiter.body');
  const done = newBlock(fb, 'rangeiter.done');
  emitJump(fb, loop);
  fb.current = loop;
  const next = emit(fb, { kind: 'Next', id: -1, type: newTuple(tBool(), k, v), iter: it, isString, pos: s.pos });
  emitIf(fb, emitExtract(fb, next, 0, s.pos), body, done, s.pos);
  fb.current = body;
  assignIterVars(fb, s, () => emitExtract(fb, next, 1, s.pos), () => emitExtract(fb, next, 2, s.pos));
  loopBody(fb, s, done, loop, label);
  fb.current = done;
}

function rangeChan(fb: FunctionBuilder, s: ast.RangeStmt, label: LabelTargets | undefined): void {
  const ch = expr(fb, s.x);
  const ct = underlying(ch.type);
  if (ct.kind !== 'Chan') throw new InternalError('range over a non-channel', s.pos);
  const loop = newBlock(fb, 'rangechan.loop');
  const body = newBlock(fb, 'rangechan.body');
  const done = newBlock(fb, 'rangechan.done');
  emitJump(fb, loop);
  fb.current = loop;
  const r = emit(fb, { kind: 'UnOp', id: -1, type: newTuple(ct.elem, tBool()), op: '<-', x: ch, commaOk: true, pos: s.pos });
  emitIf(fb, emitExtract(fb, r, 1, s.pos), body, done, s.pos);
  fb.current = body;
  assignIterVar(fb, s, s.key, () => emitExtract(fb, r, 0, s.pos));
  loopBody(fb, s, done, loop, label);
  fb.current = done;
}

/** hasCallOrReceive reports whether e calls a function (conversions aside) or receives from a
 * channel, outside function literals: then len(e) of an array is not a constant (spec). */
function hasCallOrReceive(fb: FunctionBuilder, e: Walkable): boolean {
  if (e.kind === 'FuncLit') return false;
  if (e.kind === 'UnaryExpr' && e.op === '<-') return true;
  if (e.kind === 'CallExpr' && recordedType(fb, e.fun)?.mode !== 'typexpr') return true;
  return children(e).some((c) => hasCallOrReceive(fb, c));
}
