// This file implements slices: make (runtime.makeslice checks the lengths and
// allocates), slicing of slices, strings and pointers to arrays with Go's
// bounds checks and messages, slice→array(-pointer) conversion, append (in
// place when the capacity allows, else runtime.growslice, which reproduces
// Go's growth policy and size classes, told whether gc would have given the
// slice a stack buffer, see escape.ts) and copy (memory.copy, which handles
// overlap). A slice is (ptr i32, len i64, cap i64).

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Expr } from './module.js';
import { T, tupleType } from './module.js';
import { elemOf, hasPointers, isStringType, sizeof, underlying } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { fail, indexToI64, nilCheck } from './checks.js';
import { pointee, loadParts } from './memory.js';
import { appendMayEscape } from './escape.js';

function elemSize(t: ir.Value['type']): number {
  const e = elemOf(t);
  if (!e) throw new InternalError('element type of a non-sequence');
  return sizeof(e);
}

export function lowerMakeSlice(fl: FunctionLowerer, ms: ir.MakeSlice): Expr[] {
  const m = fl.m;
  const es = elemSize(ms.type);
  const len = () => indexToI64(fl, ms.len);
  const cap = () => indexToI64(fl, ms.cap);
  const hasPtr = hasPointers(elemOf(ms.type)!);
  const ptr = fl.ml.callRuntime('makeslice', [m.i32.const(es), len(), cap(), m.i32.const(hasPtr ? 1 : 0)], ms.pos);
  return fl.define(ms, [ptr, len(), cap()]);
}

/** mulSize makes i32(x) * size for an i64 count x. */
function byteOffset(fl: FunctionLowerer, x: Expr, size: number): Expr {
  const m = fl.m;
  const w = m.i32.wrap(x);
  return size === 1 ? w : m.i32.mul(w, m.i32.const(size));
}

export function lowerSlice(fl: FunctionLowerer, s: ir.Slice): Expr[] {
  const m = fl.m;
  const u = underlying(s.x.type);
  const out: Expr[] = [];
  const lo = () => (s.low ? indexToI64(fl, s.low) : fl.mod.i64(0));
  let base: () => Expr;
  let len: () => Expr;
  let cap: () => Expr;
  let isCap: boolean; // messages say "capacity" for slices, "length" for strings and arrays
  let es: number;
  if (isStringType(u)) {
    base = () => fl.get(s.x)[0]!;
    len = () => fl.get(s.x)[1]!;
    cap = len;
    isCap = false;
    es = 1;
  } else if (u.kind === 'Slice') {
    base = () => fl.get(s.x)[0]!;
    len = () => fl.get(s.x)[1]!;
    cap = () => fl.get(s.x)[2]!;
    isCap = true;
    es = sizeof(u.elem);
  } else if (u.kind === 'Pointer') {
    const at = underlying(u.elem);
    if (at.kind !== 'Array') throw new InternalError('slice of a pointer to a non-array');
    const nc = nilCheck(fl, s.x);
    if (nc) out.push(nc);
    base = () => fl.get1(s.x);
    len = () => fl.mod.i64(at.len);
    cap = len;
    isCap = false;
    es = sizeof(at.elem);
  } else throw new InternalError(`slice of ${u.kind}`);
  const hi = () => (s.high ? indexToI64(fl, s.high) : len());
  const sfx = isCap ? 'cap' : 'len';
  if (s.max) {
    const mx = () => indexToI64(fl, s.max!);
    out.push(fail(fl, m.i64.gt_u(mx(), cap()), `panicSlice3A${sfx}`, [mx(), cap()]));
    out.push(fail(fl, m.i64.gt_u(hi(), mx()), 'panicSlice3B', [hi(), mx()]));
    out.push(fail(fl, m.i64.gt_u(lo(), hi()), 'panicSlice3C', [lo(), hi()]));
  } else {
    if (s.high) out.push(fail(fl, m.i64.gt_u(hi(), cap()), `panicSliceA${sfx}`, [hi(), cap()]));
    out.push(fail(fl, m.i64.gt_u(lo(), hi()), 'panicSliceB', [lo(), hi()]));
  }
  const newLen = () => m.i64.sub(hi(), lo());
  // an empty result keeps the base pointer, so it never points past the object (as gc does)
  if (isStringType(u)) return [...out, ...fl.define(s, [m.select(m.i64.eqz(newLen()), base(), m.i32.add(base(), byteOffset(fl, lo(), 1))), newLen()])];
  const mxv = () => (s.max ? indexToI64(fl, s.max) : cap());
  const newCap = () => m.i64.sub(mxv(), lo());
  // keep the base pointer when the result has no capacity, so it never points past the object
  const ptr = m.select(m.i64.eqz(newCap()), base(), m.i32.add(base(), byteOffset(fl, lo(), es)));
  return [...out, ...fl.define(s, [ptr, newLen(), newCap()])];
}

export function lowerSliceToArrayPointer(fl: FunctionLowerer, c: ir.SliceToArrayPointer): Expr[] {
  const at = underlying(pointee(c.type));
  if (at.kind !== 'Array') throw new InternalError('SliceToArrayPointer to a non-array');
  return [sliceLenAtLeast(fl, c.x, at.len), ...fl.define(c, [fl.get(c.x)[0]!])];
}

/** sliceLenAtLeast panics as Go does when converting a shorter slice to an array (pointer). */
export function sliceLenAtLeast(fl: FunctionLowerer, x: ir.Value, n: number): Expr {
  const m = fl.m;
  const len = () => fl.get(x)[1]!;
  return fail(fl, m.i64.lt_u(len(), fl.mod.i64(n)), 'panicSliceConvert', [len(), fl.mod.i64(n)]);
}

/** lowerSliceToArray converts a slice to an array value (Convert). */
export function lowerSliceToArray(fl: FunctionLowerer, c: ir.Convert): Expr[] {
  const at = underlying(c.type);
  if (at.kind !== 'Array') throw new InternalError('slice to a non-array');
  return [sliceLenAtLeast(fl, c.x, at.len), ...fl.define(c, loadParts(fl, c.type, () => fl.get(c.x)[0]!))];
}

/** lowerAppend: append(s, elems) where elems is a slice of the same type or a string. */
export function lowerAppend(fl: FunctionLowerer, c: ir.Call, s: ir.Value, elems: ir.Value): Expr[] {
  const m = fl.m;
  const et = elemOf(s.type);
  if (!et) throw new InternalError('append to a non-slice');
  const es = sizeof(et);
  const [sp, sl, sc] = [() => fl.get(s)[0]!, () => fl.get(s)[1]!, () => fl.get(s)[2]!];
  const src = () => fl.get(elems)[0]!;
  const n = () => fl.get(elems)[1]!;
  const p = fl.newLocal('i32');
  const cp = fl.newLocal('i64');
  const nl = fl.newLocal('i64');
  const pair = fl.newLocal(tupleType(['i32', 'i64']));
  const pt = tupleType(['i32', 'i64']);
  const grow = m.block(null, [
    m.local.set(
      pair,
      fl.ml.callRuntime('growslice', [
        sp(),
        sl(),
        sc(),
        m.local.get(nl, T.i64),
        m.i32.const(es),
        m.i32.const(hasPointers(et) ? 1 : 0),
        m.i32.const(appendMayEscape(fl.fn, c) ? 0 : 1),
      ]),
    ),
    m.local.set(p, m.tuple.extract(m.local.get(pair, pt), 0)),
    m.local.set(cp, m.tuple.extract(m.local.get(pair, pt), 1)),
  ]);
  const keep = m.block(null, [m.local.set(p, sp()), m.local.set(cp, sc())]);
  const out: Expr[] = [
    m.local.set(nl, m.i64.add(sl(), n())),
    m.if(m.i64.gt_u(m.local.get(nl, T.i64), sc()), grow, keep),
    m.memory.copy(
      m.i32.add(m.local.get(p, T.i32), byteOffset(fl, sl(), es)),
      src(),
      byteOffset(fl, n(), es),
    ),
  ];
  return [...out, ...fl.define(c, [m.local.get(p, T.i32), m.local.get(nl, T.i64), m.local.get(cp, T.i64)])];
}

/** lowerCopy: copy(dst, src) for a slice or string src; returns the count. */
export function lowerCopy(fl: FunctionLowerer, c: ir.Call, dst: ir.Value, src: ir.Value): Expr[] {
  const m = fl.m;
  const et = elemOf(dst.type);
  if (!et) throw new InternalError('copy to a non-slice');
  const es = sizeof(et);
  const n = fl.newLocal('i64');
  const dl = () => fl.get(dst)[1]!;
  const sl = () => fl.get(src)[1]!;
  return [
    m.local.set(n, m.select(m.i64.lt_s(dl(), sl()), dl(), sl())),
    m.memory.copy(fl.get(dst)[0]!, fl.get(src)[0]!, byteOffset(fl, m.local.get(n, T.i64), es)),
    ...fl.define(c, [m.local.get(n, T.i64)]),
  ];
}
