// This file implements the emitX helpers: block creation, control flow edges,
// and the construction and appending of instructions to the current block.

import { InternalError } from '../syntax/diagnostics.js';
import { NoPos, type Pos } from '../syntax/pos.js';
import type { ConstValue } from '../types/constant.js';
import type { Type } from '../types/type.js';
import type {
  Alloc,
  BasicBlock,
  BinaryOpKind,
  BinOp,
  Call,
  CallCommon,
  Const,
  Extract,
  Field,
  FieldAddr,
  Index,
  IndexAddr,
  Instruction,
  Phi,
  UnOp,
  Value,
} from './ir.js';
import type { FunctionBuilder } from './func.js';
import { mustDeref, newPointer, tInt, tString, underlying } from './typeutil.js';

export function newBlock(fb: FunctionBuilder, comment: string): BasicBlock {
  const b: BasicBlock = { index: fb.fn.blocks.length, comment, instrs: [], preds: [], succs: [] };
  fb.fn.blocks.push(b);
  return b;
}

/** currentBlock returns the block being filled, starting an unreachable one after a control instruction. */
export function currentBlock(fb: FunctionBuilder): BasicBlock {
  if (!fb.current) fb.current = newBlock(fb, 'unreachable');
  return fb.current;
}

export function emit<T extends Instruction>(fb: FunctionBuilder, instr: T): T {
  const b = currentBlock(fb);
  instr.block = b;
  b.instrs.push(instr);
  return instr;
}

export function addEdge(from: BasicBlock, to: BasicBlock): void {
  from.succs.push(to);
  to.preds.push(from);
}

export function emitJump(fb: FunctionBuilder, target: BasicBlock, pos: Pos = NoPos): void {
  const b = fb.current;
  if (!b) return; // dead code: no edge
  emit(fb, { kind: 'Jump', pos });
  addEdge(b, target);
  fb.current = undefined;
}

export function emitIf(fb: FunctionBuilder, cond: Value, t: BasicBlock, f: BasicBlock, pos: Pos = NoPos): void {
  const b = currentBlock(fb);
  emit(fb, { kind: 'If', pos, cond });
  addEdge(b, t);
  addEdge(b, f);
  fb.current = undefined;
}

export function emitReturn(fb: FunctionBuilder, results: Value[], pos: Pos): void {
  emit(fb, { kind: 'Return', pos, results });
  fb.current = undefined;
}

export function emitPanicInstr(fb: FunctionBuilder, x: Value, pos: Pos): void {
  emit(fb, { kind: 'Panic', pos, x });
  fb.current = undefined;
}

/** emitRuntimeErrorPanic panics with a run-time error (a runtime.Error) of message msg. */
export function emitRuntimeErrorPanic(fb: FunctionBuilder, msg: string, pos: Pos): void {
  const x: Value = { kind: 'Const', type: tString(), value: { kind: 'string', value: msg } };
  emit(fb, { kind: 'Panic', pos, x, runtimeError: true });
  fb.current = undefined;
}

// ---------------------------------------------------------------------------
// Constants

export function constOf(type: Type, value: ConstValue | undefined): Const {
  return { kind: 'Const', type, value };
}

export function zeroConst(type: Type): Const {
  return { kind: 'Const', type, value: undefined };
}

export function intConst(n: number | bigint, type: Type = tInt()): Const {
  return { kind: 'Const', type, value: { kind: 'int', value: BigInt(n) } };
}

export function boolConst(b: boolean, type: Type): Const {
  return { kind: 'Const', type, value: { kind: 'bool', value: b } };
}

// ---------------------------------------------------------------------------
// Value instructions

export function emitAlloc(fb: FunctionBuilder, elem: Type, comment: string, pos: Pos, heap = true): Alloc {
  return emit(fb, { kind: 'Alloc', id: -1, type: newPointer(elem), heap, comment, pos });
}

export function emitLoad(fb: FunctionBuilder, addr: Value, pos: Pos = NoPos): UnOp {
  return emit(fb, { kind: 'UnOp', id: -1, type: mustDeref(addr.type), op: '*', x: addr, commaOk: false, pos });
}

export function emitStore(fb: FunctionBuilder, addr: Value, val: Value, pos: Pos = NoPos): void {
  emit(fb, { kind: 'Store', addr, val, pos });
}

export function emitBinOp(fb: FunctionBuilder, op: BinaryOpKind, x: Value, y: Value, type: Type, pos: Pos): BinOp {
  return emit(fb, { kind: 'BinOp', id: -1, type, op, x, y, pos });
}

export function emitUnOp(fb: FunctionBuilder, op: '-' | '^' | '!' | '<-', x: Value, type: Type, pos: Pos, commaOk = false): UnOp {
  return emit(fb, { kind: 'UnOp', id: -1, type, op, x, commaOk, pos });
}

/** fieldType returns the type of field i of the struct type st (or of the struct a pointer points to). */
export function fieldOf(structType: Type, i: number): { name: string; type: Type } {
  const u = underlying(structType);
  if (u.kind !== 'Struct') throw new InternalError(`field of non-struct ${u.kind}`);
  const f = u.fields[i];
  if (!f) throw new InternalError(`no field #${i}`);
  return { name: f.name, type: f.type };
}

export function emitFieldAddr(fb: FunctionBuilder, x: Value, field: number, pos: Pos): FieldAddr {
  const ft = fieldOf(mustDeref(x.type), field).type;
  return emit(fb, { kind: 'FieldAddr', id: -1, type: newPointer(ft), x, field, pos });
}

export function emitField(fb: FunctionBuilder, x: Value, field: number, pos: Pos): Field {
  const ft = fieldOf(x.type, field).type;
  return emit(fb, { kind: 'Field', id: -1, type: ft, x, field, pos });
}

export function emitIndexAddr(fb: FunctionBuilder, x: Value, index: Value, elem: Type, pos: Pos): IndexAddr {
  return emit(fb, { kind: 'IndexAddr', id: -1, type: newPointer(elem), x, index, pos });
}

export function emitIndex(fb: FunctionBuilder, x: Value, index: Value, elem: Type, pos: Pos): Index {
  return emit(fb, { kind: 'Index', id: -1, type: elem, x, index, pos });
}

export function emitExtract(fb: FunctionBuilder, tuple: Value, index: number, pos: Pos = NoPos): Extract {
  const t = tuple.type;
  if (t.kind !== 'Tuple') throw new InternalError('extract from non-tuple');
  return emit(fb, { kind: 'Extract', id: -1, type: t.vars[index]!.type, tuple, index, pos });
}

export function emitCall(fb: FunctionBuilder, call: CallCommon, type: Type, pos: Pos): Call {
  return emit(fb, { kind: 'Call', id: -1, type, call, pos });
}

/** newPhi creates a phi at the front of block b (edges to be filled by the caller, in preds order). */
export function newPhi(b: BasicBlock, type: Type, comment: string, pos: Pos = NoPos): Phi {
  const phi: Phi = { kind: 'Phi', id: -1, type, edges: [], comment, pos, block: b };
  let k = 0;
  while (k < b.instrs.length && b.instrs[k]!.kind === 'Phi') k++;
  b.instrs.splice(k, 0, phi);
  return phi;
}
