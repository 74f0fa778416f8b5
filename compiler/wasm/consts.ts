// This file implements constants: the scalar parts of an SSA Const of any
// type. Integers wrap to their width (sub-word ones kept extended in i32),
// floats are converted from the checker's exact rationals with correct
// rounding (ties to even, subnormals included), strings become (address of
// interned bytes, length), and `value: undefined` is the zero value of any
// type (all parts zero).

import { InternalError } from '../syntax/diagnostics.js';
import type { ConstValue } from '../types/index.js';
import type * as ir from '../ssa/ir.js';
import type { Expr } from './module.js';
import { intInfo, isComplexType, isFloatType, isStringType, partsOf, basicKind, hasPointers } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { BasicKind } from '../types/index.js';

export function constParts(fl: FunctionLowerer, c: ir.Const): Expr[] {
  const mod = fl.mod;
  const v = c.value;
  if (v === undefined || v.kind === 'unknown')
    return partsOf(c.type).map((p) => (p.big === undefined ? mod.zero(p.scalar) : fl.ml.callRuntime(hasPointers(c.type) ? 'alloc' : 'allocNoscan', [mod.const('i32', p.big)])));
  const t = c.type;
  if (isStringType(t)) {
    if (v.kind !== 'string') throw new InternalError(`string constant with a ${v.kind} value`);
    if (v.value.length === 0) return [mod.zero('i32'), mod.zero('i64')];
    return [mod.const('i32', fl.ml.data.intern(v.value)), mod.const('i64', v.value.length)];
  }
  const ii = intInfo(t);
  if (ii) return [mod.const(ii.scalar, wrapInt(constToBigInt(v), ii.bits, ii.signed))];
  const ft = isFloatType(t);
  if (ft) return [floatConst(fl, ft, v)];
  const ct = isComplexType(t);
  if (ct) {
    const [re, im] = v.kind === 'complex' ? [v.re, v.im] : [v, { kind: 'int', value: 0n } as ConstValue];
    return [floatConst(fl, ct, re), floatConst(fl, ct, im)];
  }
  if (basicKind(t) === BasicKind.Bool) {
    if (v.kind !== 'bool') throw new InternalError('bool constant without a bool value');
    return [mod.const('i32', v.value ? 1 : 0)];
  }
  throw new InternalError(`constant of unexpected type ${t.kind}`);
}

export function constToBigInt(v: ConstValue): bigint {
  switch (v.kind) {
    case 'int':
      return v.value;
    case 'float':
      return v.num / v.den;
    case 'bool':
      return v.value ? 1n : 0n;
    case 'complex':
      return constToBigInt(v.re);
    default:
      throw new InternalError(`integer constant with a ${v.kind} value`);
  }
}

export function wrapInt(x: bigint, bits: number, signed: boolean): bigint {
  return signed ? BigInt.asIntN(bits, x) : BigInt.asUintN(bits, x);
}

function floatConst(fl: FunctionLowerer, s: 'f32' | 'f64', v: ConstValue): Expr {
  let num: bigint;
  let den: bigint;
  if (v.kind === 'int') [num, den] = [v.value, 1n];
  else if (v.kind === 'float') [num, den] = [v.num, v.den];
  else if (v.kind === 'complex') return floatConst(fl, s, v.re);
  else throw new InternalError(`float constant with a ${v.kind} value`);
  if (s === 'f64') return fl.mod.f64Bits(ratToFloatBits(num, den, 52, 11));
  const bits = ratToFloatBits(num, den, 23, 8);
  return fl.m.f32.const_bits(Number(bits) | 0);
}

function bitLen(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** ratToFloatBits rounds num/den to the nearest IEEE binary float (ties to even) and returns its bits. */
export function ratToFloatBits(num: bigint, den: bigint, mantBits: number, expBits: number): bigint {
  const neg = num < 0n;
  if (neg) num = -num;
  const signBit = neg ? 1n << BigInt(mantBits + expBits) : 0n;
  if (num === 0n) return signBit;
  const bias = (1 << (expBits - 1)) - 1;
  const emin = 1 - bias; // exponent of the smallest normal
  // e such that 2^e <= num/den < 2^(e+1)
  let e = bitLen(num) - bitLen(den);
  if (e >= 0 ? num < den << BigInt(e) : num << BigInt(-e) < den) e--;
  if (e < emin) e = emin; // subnormal: fixed scale
  // scaled = num/den * 2^(mantBits - e), integer part q and remainder
  const sh = mantBits - e;
  const n2 = sh >= 0 ? num << BigInt(sh) : num;
  const d2 = sh >= 0 ? den : den << BigInt(-sh);
  let q = n2 / d2;
  const r = n2 - q * d2;
  // round to nearest even
  if (2n * r > d2 || (2n * r === d2 && (q & 1n) === 1n)) q++;
  if (bitLen(q) > mantBits + 1) {
    q >>= 1n;
    e++;
  }
  const emax = bias;
  if (e > emax) return signBit | (((1n << BigInt(expBits)) - 1n) << BigInt(mantBits)); // ±Inf
  if (bitLen(q) <= mantBits) return signBit | q; // subnormal (biased exponent 0)
  const biased = BigInt(e + bias);
  return signBit | (biased << BigInt(mantBits)) | (q & ((1n << BigInt(mantBits)) - 1n));
}
