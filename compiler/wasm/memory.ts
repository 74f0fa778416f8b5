// This file implements the instructions that touch memory through pointers:
// Alloc (heap: runtime.alloc; non-escaping: a zeroed slot in the function's
// shadow-stack frame), loads (`*p`) and Stores of any type part by part at the
// layout's offsets, FieldAddr/Field, and IndexAddr/Index on slices, arrays and
// pointers to arrays, with the nil and bounds checks ir.ts leaves implicit.
// An array value indexed by a variable is spilled to a frame slot first.

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Type } from '../types/index.js';
import type { Expr } from './module.js';
import { alignof, partsOf, sizeof, underlying, offsetsof, fieldPartRange, isBig, hasPointers } from './layout.js';
import { T } from './module.js';
import { allocOnHeap, type FunctionLowerer } from './lower.js';
import { boundsCheck, indexToI64, nilCheck } from './checks.js';
import { lowerStringIndex } from './strings.js';

export function pointee(t: Type): Type {
  const u = underlying(t);
  if (u.kind !== 'Pointer') throw new InternalError(`expected a pointer type, got ${u.kind}`);
  return u.elem;
}

/** loadParts reads a value of type t at addr (addr() must be cheap to repeat). A big part is
 * copied into a fresh heap snapshot. */
export function loadParts(fl: FunctionLowerer, t: Type, addr: () => Expr, extraOffset = 0): Expr[] {
  const m = fl.m;
  return partsOf(t).map((p) => {
    if (p.big === undefined) return fl.mod.load(p.mem, p.offset + extraOffset, addr());
    const tmp = fl.newLocal('i32');
    const off = p.offset + extraOffset;
    const src = off === 0 ? addr() : m.i32.add(addr(), m.i32.const(off));
    return m.block(
      null,
      [
        m.local.set(tmp, heapAlloc(fl, m.i32.const(p.big), !hasPointers(t))),
        m.memory.copy(m.local.get(tmp, T.i32), src, m.i32.const(p.big)),
        m.local.get(tmp, T.i32),
      ],
      T.i32,
    );
  });
}

/** storeParts writes the parts of a value of type t at addr (a big part is copied out of its snapshot). */
export function storeParts(fl: FunctionLowerer, t: Type, addr: () => Expr, vals: Expr[], extraOffset = 0): Expr[] {
  const m = fl.m;
  return partsOf(t).map((p, i) => {
    if (p.big === undefined) return fl.mod.store(p.mem, p.offset + extraOffset, addr(), vals[i]!);
    const off = p.offset + extraOffset;
    return m.memory.copy(off === 0 ? addr() : m.i32.add(addr(), m.i32.const(off)), vals[i]!, m.i32.const(p.big));
  });
}

/** clearPointers zeroes the words of a value of type t at addr that may hold heap pointers (a big
 * part: all its bytes). For a copy in the frame that is no longer needed: the collector scans
 * frames, and it would keep the objects alive. Stores of zero, not memory.fill: this runs after
 * every map access with such a key, and a small fill is slower. */
export function clearPointers(fl: FunctionLowerer, t: Type, addr: () => Expr): Expr[] {
  const m = fl.m;
  return partsOf(t)
    .filter((p) => p.ptr)
    .map((p) => {
      if (p.big === undefined) return m.i32.store(p.offset, 4, addr(), m.i32.const(0));
      return fl.mod.memoryFill(p.offset === 0 ? addr() : m.i32.add(addr(), m.i32.const(p.offset)), m.i32.const(0), m.i32.const(p.big));
    });
}

/** heapAlloc calls runtime.alloc for `size` zeroed bytes (allocNoscan when they never hold
 * pointers: the collector does not look inside). */
export function heapAlloc(fl: FunctionLowerer, size: Expr, noscan = false): Expr {
  return fl.ml.callRuntime(noscan ? 'allocNoscan' : 'alloc', [size]);
}

export function lowerAlloc(fl: FunctionLowerer, a: ir.Alloc): Expr[] {
  const m = fl.m;
  const t = pointee(a.type);
  const size = sizeof(t);
  fl.nonNil.add(a);
  // an array of uintptr(unsafe.Pointer(p)) arguments is scanned: a goroutine or deferred call given
  // it keeps the pointed-to objects alive until it runs (Go's unsafe.Pointer rule 4, uintptrescapes)
  if (allocOnHeap(a)) return fl.define(a, [heapAlloc(fl, m.i32.const(size), !hasPointers(t) && !fl.holdsUintptrPointers(a))]);
  const slot = fl.allocSlot(a);
  const out = fl.define(a, [slot()]);
  if (size > 0) out.push(fl.mod.memoryFill(slot(), m.i32.const(0), m.i32.const(size)));
  return out;
}

export function lowerLoad(fl: FunctionLowerer, u: ir.UnOp): Expr[] {
  const chk = nilCheck(fl, u.x);
  const vals = loadParts(fl, pointee(u.x.type), () => fl.get1(u.x));
  return [...(chk ? [chk] : []), ...fl.define(u, vals)];
}

export function lowerStore(fl: FunctionLowerer, s: ir.Store): Expr[] {
  const chk = nilCheck(fl, s.addr);
  const t = pointee(s.addr.type);
  const v = s.val;
  if (v.kind === 'Const' && (v.value === undefined || v.value.kind === 'unknown') && partsOf(t).some((p) => p.big !== undefined)) {
    // `*p = T{}` of a T with big parts: zero the memory (a big zero constant would be a fresh heap snapshot)
    return [...(chk ? [chk] : []), fl.mod.memoryFill(fl.get1(s.addr), fl.m.i32.const(0), fl.m.i32.const(sizeof(t)))];
  }
  return [...(chk ? [chk] : []), ...storeParts(fl, t, () => fl.get1(s.addr), fl.get(v))];
}

export function lowerFieldAddr(fl: FunctionLowerer, f: ir.FieldAddr): Expr[] {
  const st = underlying(pointee(f.x.type));
  if (st.kind !== 'Struct') throw new InternalError('FieldAddr of a non-struct');
  const off = offsetsof(st)[f.field]!;
  const chk = nilCheck(fl, f.x);
  fl.nonNil.add(f);
  const addr = off === 0 ? fl.get1(f.x) : fl.m.i32.add(fl.get1(f.x), fl.m.i32.const(off));
  return [...(chk ? [chk] : []), ...fl.define(f, [addr])];
}

export function lowerField(fl: FunctionLowerer, f: ir.Field): Expr[] {
  const st = underlying(f.x.type);
  if (st.kind !== 'Struct') throw new InternalError('Field of a non-struct');
  if (isBig(f.x.type)) {
    // read the field out of the immutable snapshot (a big field is a pointer into it)
    const off = offsetsof(st)[f.field]!;
    const at = () => fl.m.i32.add(fl.get1(f.x), fl.m.i32.const(off));
    return fl.define(f, isBig(f.type) ? [at()] : loadParts(fl, f.type, at));
  }
  const [start, n] = fieldPartRange(st, f.field);
  const x = f.x;
  fl.alias(f, () => fl.get(x).slice(start, start + n));
  return [];
}

/** scaledIndex computes base + i32(idx) * elemSize. */
function elemAddr(fl: FunctionLowerer, base: Expr, idx: ir.Value, elemSize: number): Expr {
  const m = fl.m;
  const i32idx = m.i32.wrap(indexToI64(fl, idx));
  const off = elemSize === 1 ? i32idx : m.i32.mul(i32idx, m.i32.const(elemSize));
  return m.i32.add(base, off);
}

export function lowerIndexAddr(fl: FunctionLowerer, ia: ir.IndexAddr): Expr[] {
  const u = underlying(ia.x.type);
  fl.nonNil.add(ia);
  if (u.kind === 'Slice') {
    const es = sizeof(u.elem);
    const chk = boundsCheck(fl, ia, () => fl.get(ia.x)[1]!);
    return [chk, ...fl.define(ia, [elemAddr(fl, fl.get(ia.x)[0]!, ia.index, es)])];
  }
  if (u.kind === 'Pointer') {
    const at = underlying(u.elem);
    if (at.kind !== 'Array') throw new InternalError('IndexAddr of a pointer to a non-array');
    const out: Expr[] = [];
    const nc = nilCheck(fl, ia.x);
    if (nc) out.push(nc);
    out.push(boundsCheck(fl, ia, () => fl.mod.i64(at.len)));
    return [...out, ...fl.define(ia, [elemAddr(fl, fl.get1(ia.x), ia.index, sizeof(at.elem))])];
  }
  throw new InternalError(`IndexAddr of ${u.kind}`);
}

export function lowerIndex(fl: FunctionLowerer, ix: ir.Index): Expr[] {
  const u = underlying(ix.x.type);
  if (u.kind === 'Basic') return lowerStringIndex(fl, ix);
  if (u.kind !== 'Array') throw new InternalError(`Index of ${u.kind}`);
  const n = partsOf(u.elem).length;
  const x = ix.x;
  const es = sizeof(u.elem);
  if (isBig(ix.x.type)) {
    const chk = boundsCheck(fl, ix, () => fl.mod.i64(u.len));
    const at = () => elemAddr(fl, fl.get1(x), ix.index, es);
    return [chk, ...fl.define(ix, isBig(u.elem) ? [at()] : loadParts(fl, u.elem, at))];
  }
  if (ix.index.kind === 'Const') {
    const k = Number(ix.index.value?.kind === 'int' ? ix.index.value.value : 0n);
    if (k >= 0 && k < u.len) {
      fl.alias(ix, () => fl.get(x).slice(k * n, (k + 1) * n));
      return [];
    }
  }
  // spill the array to the frame, then load the element; a copy holding pointers is cleared after
  // (the collector scans frames: it would keep the array's objects alive until the function returns)
  const slot = fl.frameSlot(sizeof(u), alignof(u));
  const out: Expr[] = [boundsCheck(fl, ix, () => fl.mod.i64(u.len))];
  out.push(...storeParts(fl, u, slot, fl.get(x)));
  out.push(...fl.define(ix, loadParts(fl, u.elem, () => elemAddr(fl, slot(), ix.index, es))));
  out.push(...clearPointers(fl, u, slot));
  return out;
}
