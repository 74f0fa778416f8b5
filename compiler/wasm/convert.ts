// This file implements Convert: every numeric pair, string <-> []byte/[]rune
// and integer -> string (runtime helpers), unsafe.Pointer <-> *T/uintptr (no
// change: all are i32), and slice -> array. Integer conversions wrap/extend
// and then re-normalise to the target width. Float -> integer never traps: it
// uses trunc_sat, guarded so that NaN and out-of-range values give what gc
// gives on linux/amd64 (the oracle).

import { InternalError, UnsupportedError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import { identical } from '../types/index.js';
import type { Expr } from './module.js';
import { intInfo, isComplexType, isFloatType, isStringType, underlying, type IntInfo } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { normalize } from './arith.js';
import { lowerSliceToArray } from './slices.js';

export function lowerConvert(fl: FunctionLowerer, c: ir.Convert): Expr[] {
  const from = c.x.type;
  const to = c.type;
  const fu = underlying(from);
  const tu = underlying(to);
  // A conversion between types of identical underlying type changes nothing (in generic code
  // the builder cannot tell: S(x) with S ~[]E instantiated with []E's own type, or a named one).
  if (identical(fu, tu)) return fl.define(c, fl.get(c.x));
  // chan T to <-chan T or chan<- T: the same channel pointer
  if (fu.kind === 'Chan' && tu.kind === 'Chan') return fl.define(c, fl.get(c.x));
  if (isStringType(tu)) return toString(fl, c, fu);
  if (isStringType(fu)) return fromString(fl, c, tu);
  if (tu.kind === 'Array' && fu.kind === 'Slice') return lowerSliceToArray(fl, c);
  const fi = intInfo(fu);
  const ti = intInfo(tu);
  const ff = isFloatType(fu);
  const tf = isFloatType(tu);
  // pointers, unsafe.Pointer and uintptr are all i32
  const fPtr = fi?.bits === 32 && !fi.signed ? true : fu.kind === 'Pointer';
  const tPtr = ti?.bits === 32 && !ti.signed ? true : tu.kind === 'Pointer';
  if (fu.kind === 'Pointer' || tu.kind === 'Pointer') {
    if (fPtr && tPtr) return fl.define(c, [fl.get1(c.x)]);
  }
  const x = fl.get1.bind(fl, c.x);
  if (fi && ti) return fl.define(c, [intToInt(fl, x(), fi, ti)]);
  if (fi && tf) return fl.define(c, [intToFloat(fl, x(), fi, tf)]);
  if (ff && ti) return fl.define(c, [floatToInt(fl, x, ff, ti)]);
  if (ff && tf) return fl.define(c, [floatToFloat(fl, x(), ff, tf)]);
  const fc = isComplexType(fu);
  const tc = isComplexType(tu);
  if (fc && tc) {
    const [re, im] = fl.get(c.x);
    return fl.define(c, [floatToFloat(fl, re!, fc, tc), floatToFloat(fl, im!, fc, tc)]);
  }
  throw new UnsupportedError(`conversion from ${fu.kind} to ${tu.kind}`, c.pos);
}

export function intToInt(fl: FunctionLowerer, e: Expr, f: IntInfo, t: IntInfo): Expr {
  const m = fl.m;
  let r = e;
  if (f.scalar === 'i64' && t.scalar === 'i32') r = m.i32.wrap(e);
  else if (f.scalar === 'i32' && t.scalar === 'i64') r = f.signed ? m.i64.extend_s(e) : m.i64.extend_u(e);
  if (t.bits < 32 && (t.bits < f.bits || t.signed !== f.signed)) r = normalize(fl, r, t);
  return r;
}

function intToFloat(fl: FunctionLowerer, e: Expr, f: IntInfo, t: 'f32' | 'f64'): Expr {
  const o = t === 'f32' ? fl.m.f32 : fl.m.f64;
  if (f.scalar === 'i64') return f.signed ? o.convert_s.i64(e) : o.convert_u.i64(e);
  return f.signed ? o.convert_s.i32(e) : o.convert_u.i32(e);
}

/**
 * floatToInt converts as gc on linux/amd64 does (the oracle): a 64-bit CVTTSD2SQ gives MinInt64
 * for NaN and out-of-range values, a 32-bit CVTTSD2SL gives MinInt32; int8..int32, uint8 and
 * uint16 use the 32-bit form, int64 and uint32 the 64-bit one (then truncate), and uint64 is
 * x < 2^63 ? cvt64(x) : cvt64(x - 2^63) | MinInt64.
 */
function floatToInt(fl: FunctionLowerer, x: () => Expr, f: 'f32' | 'f64', t: IntInfo): Expr {
  const m = fl.m;
  const o = f === 'f32' ? m.f32 : m.f64;
  const cvt64 = (e: () => Expr): Expr =>
    m.if(o.lt(e(), o.const(2 ** 63)), f === 'f32' ? m.i64.trunc_s_sat.f32(e()) : m.i64.trunc_s_sat.f64(e()), fl.mod.i64(-(2n ** 63n)));
  const cvt32 = (e: () => Expr): Expr =>
    m.if(o.lt(e(), o.const(2 ** 31)), f === 'f32' ? m.i32.trunc_s_sat.f32(e()) : m.i32.trunc_s_sat.f64(e()), m.i32.const(-(2 ** 31)));
  if (t.scalar === 'i64' && t.signed) return cvt64(x);
  if (t.scalar === 'i64') {
    const large = () => o.sub(x(), o.const(2 ** 63));
    return m.if(o.lt(x(), o.const(2 ** 63)), cvt64(x), m.i64.or(cvt64(large), fl.mod.i64(-(2n ** 63n))));
  }
  if (t.bits === 32 && !t.signed) return m.i32.wrap(cvt64(x));
  return normalize(fl, cvt32(x), t);
}

function floatToFloat(fl: FunctionLowerer, e: Expr, f: 'f32' | 'f64', t: 'f32' | 'f64'): Expr {
  if (f === t) return e;
  return t === 'f32' ? fl.m.f32.demote(e) : fl.m.f64.promote(e);
}

function sliceElemKind(t: ReturnType<typeof underlying>): 'byte' | 'rune' | undefined {
  if (t.kind !== 'Slice') return undefined;
  const ii = intInfo(t.elem);
  if (ii?.bits === 8 && !ii.signed) return 'byte';
  if (ii?.bits === 32 && ii.signed) return 'rune';
  return undefined;
}

function toString(fl: FunctionLowerer, c: ir.Convert, fu: ReturnType<typeof underlying>): Expr[] {
  const m = fl.m;
  if (isStringType(fu)) return fl.define(c, fl.get(c.x));
  const ii = intInfo(fu);
  if (ii) {
    let e = fl.get1(c.x);
    // values that do not fit in an int64 are invalid code points anyway
    if (ii.scalar === 'i32') e = ii.signed ? m.i64.extend_s(e) : m.i64.extend_u(e);
    else if (!ii.signed) e = m.select(m.i64.lt_s(fl.get1(c.x), fl.mod.i64(0)), fl.mod.i64(-1), e);
    return fl.defineMulti(c, fl.ml.callRuntime('intstring', [e], c.pos));
  }
  const k = sliceElemKind(fu);
  if (k === 'byte') return fl.defineMulti(c, fl.ml.callRuntime('slicebytetostring', fl.get(c.x), c.pos));
  if (k === 'rune') return fl.defineMulti(c, fl.ml.callRuntime('slicerunetostring', fl.get(c.x), c.pos));
  throw new InternalError(`conversion to string from ${fu.kind}`);
}

function fromString(fl: FunctionLowerer, c: ir.Convert, tu: ReturnType<typeof underlying>): Expr[] {
  const k = sliceElemKind(tu);
  if (k === 'byte') return fl.defineMulti(c, fl.ml.callRuntime('stringtoslicebyte', fl.get(c.x), c.pos));
  if (k === 'rune') return fl.defineMulti(c, fl.ml.callRuntime('stringtoslicerune', fl.get(c.x), c.pos));
  throw new UnsupportedError(`conversion from string to ${tu.kind}`, c.pos);
}
