// This file implements the values of the compile-time interpreter of package
// initialisers (staticinit.ts): a known value is its exact memory
// representation (the bytes a store of it would write, layout.ts offsets,
// padding zero) plus, for escape tracking, which static object each pointer
// word in it points into. It converts SSA constants to that form and a known
// value back to the scalar constants the lowering uses in place of the value.

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Type } from '../types/index.js';
import { BasicKind } from '../types/index.js';
import type { MemKind, Scalar } from './module.js';
import { basicKind, intInfo, isComplexType, isFloatType, isStringType, partsOf, sizeof, forEachPointer, hasPointers } from './layout.js';
import { constToBigInt, ratToFloatBits, wrapInt } from './consts.js';
import type { StaticData } from './data.js';

/** Obj is a piece of memory whose contents the interpreter tracks: a package variable or an
 * object it allocated at compile time. Once escaped (its address reached code that runs at run
 * time, or a call may have touched it) its image is final and every later access runs as code. */
export interface Obj {
  readonly addr: number;
  readonly size: number;
  escaped: boolean;
  /** offset (in the object) of each pointer word known to point into another object */
  readonly ptrs: Map<number, Obj>;
}

/** KV is a known value: its memory bytes and the objects its pointer words point into. */
export interface KV {
  readonly bytes: Uint8Array;
  readonly ptrs: ReadonlyMap<number, Obj>;
}

/** ConstPart is one materialised scalar part: a wasm constant of type s with these bits. */
export interface ConstPart {
  readonly s: Scalar;
  readonly bits: bigint;
}

const memSize: Record<MemKind, number> = { i8s: 1, i8u: 1, i16s: 2, i16u: 2, i32: 4, i64: 8, f32: 4, f64: 8 };

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** readMem reads a scalar of memory kind k at off as the bits of its wasm value (sub-words extended). */
export function readMem(b: Uint8Array, off: number, k: MemKind): bigint {
  const d = view(b);
  switch (k) {
    case 'i8s':
      return BigInt(d.getInt8(off));
    case 'i8u':
      return BigInt(d.getUint8(off));
    case 'i16s':
      return BigInt(d.getInt16(off, true));
    case 'i16u':
      return BigInt(d.getUint16(off, true));
    case 'i32':
    case 'f32':
      return BigInt(d.getUint32(off, true));
    case 'i64':
    case 'f64':
      return d.getBigUint64(off, true);
  }
}

export function writeMem(b: Uint8Array, off: number, k: MemKind, v: bigint): void {
  const n = memSize[k];
  const u = BigInt.asUintN(n * 8, v);
  for (let i = 0; i < n; i++) b[off + i] = Number((u >> BigInt(8 * i)) & 0xffn);
}

export function u32(kv: KV, off = 0): number {
  return view(kv.bytes).getUint32(off, true);
}

export function i64(kv: KV, off = 0): bigint {
  return view(kv.bytes).getBigInt64(off, true);
}

/** intValue reads a known integer value of type t (its Go value, sign per t). */
export function intValue(kv: KV, t: Type): bigint | undefined {
  const ii = intInfo(t);
  if (!ii) return undefined;
  const p = partsOf(t)[0]!;
  const raw = readMem(kv.bytes, 0, p.mem);
  return wrapInt(raw, ii.bits, ii.signed);
}

/** pointerKV is a known pointer (or other one-word address) value. */
export function pointerKV(addr: number, obj: Obj | undefined): KV {
  const bytes = new Uint8Array(4);
  writeMem(bytes, 0, 'i32', BigInt(addr));
  return { bytes, ptrs: obj ? new Map([[0, obj]]) : new Map() };
}

/** sliceKV is a known slice value {ptr, len, cap}. */
export function sliceKV(ptr: number, len: bigint, cap: bigint, obj: Obj | undefined): KV {
  const bytes = new Uint8Array(24);
  writeMem(bytes, 0, 'i32', BigInt(ptr));
  writeMem(bytes, 8, 'i64', len);
  writeMem(bytes, 16, 'i64', cap);
  return { bytes, ptrs: obj ? new Map([[0, obj]]) : new Map() };
}

/** subKV is the value at [off, off+size) of a known value (a field or an element). */
export function subKV(kv: KV, off: number, size: number): KV {
  const ptrs = new Map<number, Obj>();
  for (const [o, obj] of kv.ptrs) if (o >= off && o < off + size) ptrs.set(o - off, obj);
  return { bytes: kv.bytes.slice(off, off + size), ptrs };
}

function floatBits(s: 'f32' | 'f64', v: ir.Const['value']): bigint {
  if (!v) return 0n;
  if (v.kind === 'complex') return floatBits(s, v.re);
  let num: bigint;
  let den: bigint;
  if (v.kind === 'int') [num, den] = [v.value, 1n];
  else if (v.kind === 'float') [num, den] = [v.num, v.den];
  else throw new InternalError(`float constant with a ${v.kind} value`);
  return s === 'f64' ? ratToFloatBits(num, den, 52, 11) : ratToFloatBits(num, den, 23, 8);
}

/** constKV is the memory representation of an SSA constant (strings point to their interned bytes). */
export function constKV(data: StaticData, c: ir.Const): KV {
  const t = c.type;
  const bytes = new Uint8Array(sizeof(t));
  const v = c.value;
  const kv: KV = { bytes, ptrs: new Map() };
  if (v === undefined || v.kind === 'unknown') return kv;
  if (isStringType(t)) {
    if (v.kind !== 'string') throw new InternalError(`string constant with a ${v.kind} value`);
    if (v.value.length > 0) writeMem(bytes, 0, 'i32', BigInt(data.intern(v.value)));
    writeMem(bytes, 8, 'i64', BigInt(v.value.length));
    return kv;
  }
  const ii = intInfo(t);
  if (ii) {
    writeMem(bytes, 0, partsOf(t)[0]!.mem, wrapInt(constToBigInt(v), ii.bits, ii.signed));
    return kv;
  }
  const ft = isFloatType(t);
  if (ft) {
    writeMem(bytes, 0, ft, floatBits(ft, v));
    return kv;
  }
  const ct = isComplexType(t);
  if (ct) {
    const im = v.kind === 'complex' ? v.im : undefined;
    writeMem(bytes, 0, ct, floatBits(ct, v));
    writeMem(bytes, ct === 'f32' ? 4 : 8, ct, floatBits(ct, im));
    return kv;
  }
  if (basicKind(t) === BasicKind.Bool) {
    if (v.kind !== 'bool') throw new InternalError('bool constant without a bool value');
    bytes[0] = v.value ? 1 : 0;
    return kv;
  }
  throw new InternalError(`constant of unexpected type ${t.kind}`);
}

/** materialise returns the scalar parts of a known value of type t; a big part (layout.ts) gets
 * an immutable static snapshot of its bytes, as a loaded big value would get a heap one. */
export function materialise(data: StaticData, t: Type, kv: KV): ConstPart[] {
  return partsOf(t).map((p) => {
    if (p.big === undefined) return { s: p.scalar, bits: readMem(kv.bytes, p.offset, p.mem) };
    const addr = data.reserveStatic(p.big, 8);
    data.imageAt(addr, p.big)!.set(kv.bytes.subarray(p.offset, p.offset + p.big));
    // the snapshot is t itself when t is big; else some big field of it: every word may point
    if (p.big === sizeof(t)) forEachPointer(t, addr, (q) => data.notePointer(q));
    else if (hasPointers(t)) for (let q = 0; q + 4 <= p.big; q += 4) data.notePointer(addr + q);
    return { s: 'i32', bits: BigInt(addr) };
  });
}
