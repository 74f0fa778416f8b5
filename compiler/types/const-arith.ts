// This file implements exact constant arithmetic on ConstValue: literal
// evaluation (all integer bases, decimal and hex floats, imaginary literals,
// rune and string escapes), unary/binary operations, shifts, comparisons,
// conversion between kinds, representability in a basic type (with float32 /
// float64 rounding), and Go's printing of constant values for messages.

import type { ConstValue } from './constant.js';
import { BasicKind } from './type.js';

export type IntVal = Extract<ConstValue, { kind: 'int' }>;
export type FloatVal = Extract<ConstValue, { kind: 'float' }>;

export const unknownVal: ConstValue = { kind: 'unknown' };

export function makeBool(b: boolean): ConstValue {
  return { kind: 'bool', value: b };
}
export function makeString(s: string): ConstValue {
  return { kind: 'string', value: s };
}
export function makeInt(v: bigint): ConstValue {
  return { kind: 'int', value: v };
}

function absBig(a: bigint): bigint {
  return a < 0n ? -a : a;
}
function gcd(a: bigint, b: bigint): bigint {
  a = absBig(a);
  b = absBig(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Decimal magnitudes up to this are kept exact; beyond, a decimal exponent (exp10) scales num/den. */
const exactMag10 = 10000;
/** gc's floats have an int32 binary exponent: a larger magnitude is not representable (unknown). */
const maxMag10 = (2 ** 31 - 1) / Math.log2(10);

/** mag10 estimates log10(|num/den|) (0 for zero). */
function mag10(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  return (bitLen(num) - bitLen(den)) * Math.log10(2);
}

/** makeFloat returns the reduced rational num/den (times 10^exp10, kept apart only for magnitudes past 1e±10000). */
export function makeFloat(num: bigint, den: bigint, exp10 = 0): ConstValue {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (num === 0n) return { kind: 'float', num: 0n, den: 1n };
  if (exp10 !== 0) {
    const m = mag10(num, den) + exp10;
    // beyond gc's exponent range: too large is unknown (not representable), too small is zero
    if (m > maxMag10) return unknownVal;
    if (m < -maxMag10) return { kind: 'float', num: 0n, den: 1n };
    // (num/den stay within ~1e±40000, so a magnitude this small never needs a huge power of ten)
    if (Math.abs(m) <= exactMag10) {
      if (exp10 > 0) num *= 10n ** BigInt(exp10);
      else den *= 10n ** BigInt(-exp10);
      exp10 = 0;
    }
  }
  const g = gcd(num, den);
  if (g > 1n) {
    num /= g;
    den /= g;
  }
  return exp10 === 0 ? { kind: 'float', num, den } : { kind: 'float', num, den, exp10 };
}

export function makeComplex(re: ConstValue, im: ConstValue): ConstValue {
  return complexOf(toFloat(re), toFloat(im));
}

/** complexOf pairs two float parts (unknown if either is: a part too large). */
function complexOf(re: ConstValue, im: ConstValue): ConstValue {
  return re.kind === 'float' && im.kind === 'float' ? { kind: 'complex', re, im } : unknownVal;
}

function bitLen(a: bigint): number {
  return a === 0n ? 0 : absBig(a).toString(2).length;
}

// ---------------------------------------------------------------------------
// Kind conversions

/** toInt converts v to an int value if it is integral, else returns unknown. */
export function toInt(v: ConstValue): ConstValue {
  switch (v.kind) {
    case 'int':
      return v;
    case 'float':
      // (a magnitude past 1e10000 is not made an integer, as go/constant avoids huge integers)
      return v.den === 1n && !v.exp10 ? makeInt(v.num) : unknownVal;
    case 'complex':
      return isZero(v.im) ? toInt(v.re) : unknownVal;
    default:
      return unknownVal;
  }
}

export function toFloat(v: ConstValue): ConstValue {
  switch (v.kind) {
    case 'int':
      return { kind: 'float', num: v.value, den: 1n };
    case 'float':
      return v;
    case 'complex':
      return isZero(v.im) ? toFloat(v.re) : unknownVal;
    default:
      return unknownVal;
  }
}

export function toComplex(v: ConstValue): ConstValue {
  switch (v.kind) {
    case 'int':
    case 'float':
      return { kind: 'complex', re: toFloat(v), im: { kind: 'float', num: 0n, den: 1n } };
    case 'complex':
      return v;
    default:
      return unknownVal;
  }
}

export function isZero(v: ConstValue): boolean {
  switch (v.kind) {
    case 'int':
      return v.value === 0n;
    case 'float':
      return v.num === 0n;
    case 'complex':
      return isZero(v.re) && isZero(v.im);
    default:
      return false;
  }
}

/** sign returns -1, 0 or 1 for numeric values (complex: 0 iff zero, else 1). */
export function sign(v: ConstValue): number {
  switch (v.kind) {
    case 'int':
      return v.value < 0n ? -1 : v.value > 0n ? 1 : 0;
    case 'float':
      return v.num < 0n ? -1 : v.num > 0n ? 1 : 0;
    case 'complex':
      return isZero(v) ? 0 : 1;
    default:
      return 0;
  }
}

function rank(v: ConstValue): number {
  switch (v.kind) {
    case 'int': return 1;
    case 'float': return 2;
    case 'complex': return 3;
    default: return 0;
  }
}

/** match converts x and y to the same numeric kind (the larger one). */
function match(x: ConstValue, y: ConstValue): [ConstValue, ConstValue] {
  const r = Math.max(rank(x), rank(y));
  const conv = r === 1 ? toInt : r === 2 ? toFloat : r === 3 ? toComplex : (v: ConstValue) => v;
  return [conv(x), conv(y)];
}

// ---------------------------------------------------------------------------
// Operations

function fl(v: ConstValue): FloatVal {
  return v as FloatVal;
}

function fadd(a: FloatVal, b: FloatVal, neg = false): ConstValue {
  if (a.kind !== 'float' || b.kind !== 'float') return unknownVal;
  const bn = neg ? -b.num : b.num;
  if (bn === 0n) return a;
  if (a.num === 0n) return makeFloat(bn, b.den, b.exp10);
  const ea = a.exp10 ?? 0;
  const eb = b.exp10 ?? 0;
  if (ea === eb) return makeFloat(a.num * b.den + bn * a.den, a.den * b.den, ea);
  // different decimal exponents: exactly when they are close, else the larger magnitude wins
  if (Math.abs(ea - eb) <= 4 * exactMag10) {
    const e = Math.min(ea, eb);
    const an = a.num * 10n ** BigInt(ea - e);
    const bs = bn * 10n ** BigInt(eb - e);
    return makeFloat(an * b.den + bs * a.den, a.den * b.den, e);
  }
  return mag10(a.num, a.den) + ea >= mag10(b.num, b.den) + eb ? a : makeFloat(bn, b.den, eb);
}
function fmul(a: FloatVal, b: FloatVal): ConstValue {
  if (a.kind !== 'float' || b.kind !== 'float') return unknownVal;
  return makeFloat(a.num * b.num, a.den * b.den, (a.exp10 ?? 0) + (b.exp10 ?? 0));
}
function fquo(a: FloatVal, b: FloatVal): ConstValue {
  if (a.kind !== 'float' || b.kind !== 'float') return unknownVal;
  return makeFloat(a.num * b.den, a.den * b.num, (a.exp10 ?? 0) - (b.exp10 ?? 0));
}

/** complexDivisorUnderflows reports a complex divisor whose real and imaginary parts squared are both zero (underflow). */
export function complexDivisorUnderflows(y: ConstValue): boolean {
  const c = toComplex(y);
  if (c.kind !== 'complex') return false;
  const sq = (v: ConstValue): ConstValue => fmul(fl(v), fl(v));
  return sign(sq(c.re)) === 0 && sign(sq(c.im)) === 0;
}

/** binaryOp evaluates x op y. For integer operands `/` truncates. Division by zero must be checked by the caller. */
export function binaryOp(x: ConstValue, op: string, y: ConstValue): ConstValue {
  if (x.kind === 'unknown' || y.kind === 'unknown') return unknownVal;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '&&') return makeBool(x.value && y.value);
    if (op === '||') return makeBool(x.value || y.value);
    return unknownVal;
  }
  if (x.kind === 'string' && y.kind === 'string') {
    return op === '+' ? makeString(x.value + y.value) : unknownVal;
  }
  [x, y] = match(x, y);
  if (x.kind === 'int' && y.kind === 'int') return intOp(x.value, op, y.value);
  if (x.kind === 'float' && y.kind === 'float') {
    switch (op) {
      case '+': return fadd(x, y);
      case '-': return fadd(x, y, true);
      case '*': return fmul(x, y);
      case '/': return fquo(x, y);
      default: return unknownVal;
    }
  }
  if (x.kind === 'complex' && y.kind === 'complex') return complexOp(x, op, y);
  return unknownVal;
}

function intOp(a: bigint, op: string, b: bigint): ConstValue {
  switch (op) {
    case '+': return makeInt(a + b);
    case '-': return makeInt(a - b);
    case '*': return makeInt(a * b);
    case '/': return makeInt(a / b);
    case '%': return makeInt(a % b);
    case '&': return makeInt(a & b);
    case '|': return makeInt(a | b);
    case '^': return makeInt(a ^ b);
    case '&^': return makeInt(a & ~b);
    default: return unknownVal;
  }
}

type ComplexVal = Extract<ConstValue, { kind: 'complex' }>;

function complexOp(x: ComplexVal, op: string, y: ComplexVal): ConstValue {
  const a = fl(x.re), b = fl(x.im), c = fl(y.re), d = fl(y.im);
  switch (op) {
    case '+': return complexOf(fadd(a, c), fadd(b, d));
    case '-': return complexOf(fadd(a, c, true), fadd(b, d, true));
    case '*': {
      const re = fadd(fl(fmul(a, c)), fl(fmul(b, d)), true);
      const im = fadd(fl(fmul(a, d)), fl(fmul(b, c)));
      return complexOf(re, im);
    }
    case '/': {
      // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
      const s = fl(fadd(fl(fmul(c, c)), fl(fmul(d, d))));
      const re = fquo(fl(fadd(fl(fmul(a, c)), fl(fmul(b, d)))), s);
      const im = fquo(fl(fadd(fl(fmul(b, c)), fl(fmul(a, d)), true)), s);
      return complexOf(re, im);
    }
    default:
      return unknownVal;
  }
}

/** unaryOp evaluates op x; for `^` on unsigned types, `unsignedBits` gives the width (0 for signed/untyped). */
export function unaryOp(op: string, x: ConstValue, unsignedBits = 0): ConstValue {
  switch (x.kind) {
    case 'unknown':
      return x;
    case 'bool':
      return op === '!' ? makeBool(!x.value) : unknownVal;
    case 'int':
      if (op === '+') return x;
      if (op === '-') return makeInt(-x.value);
      if (op === '^') {
        if (unsignedBits > 0) return makeInt(x.value ^ ((1n << BigInt(unsignedBits)) - 1n));
        return makeInt(~x.value);
      }
      return unknownVal;
    case 'float':
      if (op === '+') return x;
      if (op === '-') return makeFloat(-x.num, x.den, x.exp10);
      return unknownVal;
    case 'complex':
      if (op === '+') return x;
      if (op === '-') return complexOf(unaryOp('-', x.re), unaryOp('-', x.im));
      return unknownVal;
    default:
      return unknownVal;
  }
}

/** shift evaluates x << s or x >> s for an integer value x. */
export function shift(x: ConstValue, op: '<<' | '>>', s: number): ConstValue {
  const xi = toInt(x);
  if (xi.kind !== 'int') return unknownVal;
  return op === '<<' ? makeInt(xi.value << BigInt(s)) : makeInt(xi.value >> BigInt(s));
}

/** compare evaluates x op y for a comparison operator. */
export function compare(x: ConstValue, op: string, y: ConstValue): boolean {
  let c: number;
  if (x.kind === 'bool' && y.kind === 'bool') {
    c = x.value === y.value ? 0 : 1;
  } else if (x.kind === 'string' && y.kind === 'string') {
    c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  } else {
    [x, y] = match(x, y);
    if (x.kind === 'complex' && y.kind === 'complex') {
      c = compare(x.re, '==', y.re) && compare(x.im, '==', y.im) ? 0 : 1;
    } else {
      c = sign(binaryOp(x, '-', y));
    }
  }
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
    default: return false;
  }
}

// ---------------------------------------------------------------------------
// Floating-point rounding

interface FloatFormat {
  readonly mant: number; // mantissa bits incl. the implicit one
  readonly emin: number;
  readonly emax: number;
}
const float64Fmt: FloatFormat = { mant: 53, emin: -1022, emax: 1023 };
const float32Fmt: FloatFormat = { mant: 24, emin: -126, emax: 127 };

/** roundFloat rounds num/den to the nearest value of the format (ties to even); undefined on overflow. */
function roundFloat(num: bigint, den: bigint, f: FloatFormat): { q: bigint; e: number } | undefined {
  if (num === 0n) return { q: 0n, e: 0 };
  const a = absBig(num);
  let e = bitLen(a) - bitLen(den) - f.mant;
  const divide = (e: number): [bigint, bigint, bigint] => {
    const d = e >= 0 ? den << BigInt(e) : den;
    const n = e >= 0 ? a : a << BigInt(-e);
    return [n / d, n % d, d];
  };
  let [q, r, d] = divide(e);
  const top = 1n << BigInt(f.mant);
  while (q >= top) [q, r, d] = divide(++e);
  while (q < top >> 1n) [q, r, d] = divide(--e);
  if (e + f.mant - 1 < f.emin) {
    e = f.emin - f.mant + 1; // subnormal
    [q, r, d] = divide(e);
  }
  const twice = 2n * r;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
  if (q === top) {
    q >>= 1n;
    e++;
  }
  if (q !== 0n && e + bitLen(q) - 1 > f.emax) return undefined;
  return { q: num < 0n ? -q : q, e };
}

function roundedRat(v: FloatVal, f: FloatFormat): ConstValue | undefined {
  // past 1e±10000: overflow, or a value that rounds to zero
  if (v.exp10) return v.exp10 > 0 ? undefined : makeFloat(0n, 1n);
  const r = roundFloat(v.num, v.den, f);
  if (!r) return undefined;
  return r.e >= 0 ? makeFloat(r.q << BigInt(r.e), 1n) : makeFloat(r.q, 1n << BigInt(-r.e));
}

/** toNumber converts a numeric constant to the nearest float64 (Infinity on overflow). */
export function toNumber(v: ConstValue): number {
  const f = toFloat(v);
  if (f.kind !== 'float') return NaN;
  if (f.exp10) return f.exp10 > 0 ? (f.num < 0n ? -Infinity : Infinity) : f.num < 0n ? -0 : 0;
  const r = roundFloat(f.num, f.den, float64Fmt);
  if (!r) return f.num < 0n ? -Infinity : Infinity;
  return Number(r.q) * 2 ** r.e;
}

// ---------------------------------------------------------------------------
// Representability

export type RepresentResult = { ok: true; value: ConstValue } | { ok: false; why: 'truncated' | 'overflows' | 'mismatch' };

const intRanges: Partial<Record<BasicKind, [bigint, bigint]>> = {
  [BasicKind.Int8]: [-(1n << 7n), (1n << 7n) - 1n],
  [BasicKind.Int16]: [-(1n << 15n), (1n << 15n) - 1n],
  [BasicKind.Int32]: [-(1n << 31n), (1n << 31n) - 1n],
  [BasicKind.Int64]: [-(1n << 63n), (1n << 63n) - 1n],
  [BasicKind.Int]: [-(1n << 63n), (1n << 63n) - 1n],
  [BasicKind.Uint8]: [0n, (1n << 8n) - 1n],
  [BasicKind.Uint16]: [0n, (1n << 16n) - 1n],
  [BasicKind.Uint32]: [0n, (1n << 32n) - 1n],
  [BasicKind.Uint64]: [0n, (1n << 64n) - 1n],
  [BasicKind.Uint]: [0n, (1n << 64n) - 1n],
  [BasicKind.Uintptr]: [0n, (1n << 32n) - 1n],
};

/** representable checks that v can be a value of the basic kind k, returning the (rounded) value. */
export function representable(v: ConstValue, k: BasicKind): RepresentResult {
  if (v.kind === 'unknown') return { ok: true, value: v };
  const range = intRanges[k];
  if (range || k === BasicKind.UntypedInt || k === BasicKind.UntypedRune) {
    const iv = toInt(v);
    if (iv.kind !== 'int') {
      return { ok: false, why: v.kind === 'float' || v.kind === 'complex' ? 'truncated' : 'mismatch' };
    }
    // as gc: a float value that does not fit an integer type is "truncated", an integer one "overflows"
    if (range && (iv.value < range[0] || iv.value > range[1])) return { ok: false, why: v.kind === 'int' ? 'overflows' : 'truncated' };
    return { ok: true, value: iv };
  }
  switch (k) {
    case BasicKind.Float32:
    case BasicKind.Float64: {
      const f = toFloat(v);
      if (f.kind !== 'float') return { ok: false, why: v.kind === 'complex' ? 'overflows' : 'mismatch' };
      const r = roundedRat(f, k === BasicKind.Float32 ? float32Fmt : float64Fmt);
      return r ? { ok: true, value: r } : { ok: false, why: 'overflows' };
    }
    case BasicKind.UntypedFloat: {
      const f = toFloat(v);
      if (f.kind !== 'float') return { ok: false, why: v.kind === 'complex' ? 'overflows' : 'mismatch' };
      return { ok: true, value: f };
    }
    case BasicKind.Complex64:
    case BasicKind.Complex128:
    case BasicKind.UntypedComplex: {
      const c = toComplex(v);
      if (c.kind !== 'complex') return { ok: false, why: 'mismatch' };
      if (k === BasicKind.UntypedComplex) return { ok: true, value: c };
      const fmt = k === BasicKind.Complex64 ? float32Fmt : float64Fmt;
      const re = roundedRat(fl(c.re), fmt);
      const im = roundedRat(fl(c.im), fmt);
      return re && im ? { ok: true, value: { kind: 'complex', re, im } } : { ok: false, why: 'overflows' };
    }
    case BasicKind.String:
    case BasicKind.UntypedString:
      return v.kind === 'string' ? { ok: true, value: v } : { ok: false, why: 'mismatch' };
    case BasicKind.Bool:
    case BasicKind.UntypedBool:
      return v.kind === 'bool' ? { ok: true, value: v } : { ok: false, why: 'mismatch' };
    default:
      return { ok: false, why: 'mismatch' };
  }
}

// ---------------------------------------------------------------------------
// Literals

/** utf8Encode returns the UTF-8 bytes of a code point as a binary string. */
export function utf8Encode(cp: number): string {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/** parseInt parses a Go integer literal (any base, underscores). */
export function parseIntLit(text: string): bigint | undefined {
  let s = text.replace(/_/g, '');
  if (/^0[0-7]+$/.test(s)) s = '0o' + s.slice(1);
  if (/^0[oO]/.test(s)) s = '0o' + s.slice(2);
  if (/^0[xXbB]/.test(s)) s = s[0]! + s[1]!.toLowerCase() + s.slice(2);
  try {
    return BigInt(s);
  } catch {
    return undefined;
  }
}

/** parseFloatLit parses a decimal or hexadecimal floating-point literal exactly. */
export function parseFloatLit(text: string): ConstValue | undefined {
  const s = text.replace(/_/g, '');
  const hex = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
  if (hex) {
    const int = hex[1] ?? '';
    const frac = hex[2] ?? '';
    if (int + frac === '') return undefined;
    const mant = BigInt('0x' + (int + frac || '0'));
    const exp = Number(hex[3]) - 4 * frac.length;
    return exp >= 0 ? makeFloat(mant << BigInt(exp), 1n) : makeFloat(mant, 1n << BigInt(-exp));
  }
  const dec = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!dec) return undefined;
  const int = dec[1] ?? '';
  const frac = dec[2] ?? '';
  if (int + frac === '') return undefined;
  const mant = BigInt(int + frac || '0');
  const exp = Number(dec[3] ?? '0') - frac.length;
  // as gc (math/big), a binary exponent beyond the int32 range makes the literal malformed
  if (Math.abs(exp + int.length - 1) * Math.log2(10) + 1 > 2 ** 31 - 1) return undefined;
  // Exponents beyond ±10000 are far outside every float type: a decimal exponent is kept apart
  // instead of building enormous bigints (see makeFloat).
  if (Math.abs(exp) > exactMag10) return makeFloat(mant, 1n, exp);
  return exp >= 0 ? makeFloat(mant * 10n ** BigInt(exp), 1n) : makeFloat(mant, 10n ** BigInt(-exp));
}

/** parseLiteral evaluates a BasicLit's source text; undefined if malformed. */
export function parseLiteral(litKind: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING', text: string): ConstValue | undefined {
  switch (litKind) {
    case 'INT': {
      const v = parseIntLit(text);
      return v === undefined ? undefined : makeInt(v);
    }
    case 'FLOAT':
      return parseFloatLit(text);
    case 'IMAG': {
      const body = text.slice(0, -1);
      let im: ConstValue | undefined;
      if (/^0[xXbBoO]/.test(body) && !/[.pP]/.test(body)) {
        const v = parseIntLit(body);
        im = v === undefined ? undefined : makeInt(v);
      } else {
        im = parseFloatLit(body);
      }
      return im ? makeComplex(makeInt(0n), im) : undefined;
    }
    case 'CHAR': {
      const r = unquoteChar(text.slice(1, -1), "'");
      if (!r || r.rest !== '') return undefined;
      return makeInt(BigInt(r.value));
    }
    case 'STRING': {
      const s = unquoteString(text);
      return s === undefined ? undefined : makeString(s);
    }
  }
}

/** unquoteString returns the bytes (binary string) of a Go string literal. */
export function unquoteString(text: string): string | undefined {
  if (text.startsWith('`')) {
    let out = '';
    for (const ch of text.slice(1, -1)) if (ch !== '\r') out += utf8Encode(ch.codePointAt(0)!);
    return out;
  }
  let rest = text.slice(1, -1);
  let out = '';
  while (rest.length > 0) {
    const r = unquoteChar(rest, '"');
    if (!r) return undefined;
    out += r.byte ? String.fromCharCode(r.value) : utf8Encode(r.value);
    rest = r.rest;
  }
  return out;
}

interface CharResult {
  value: number;
  byte: boolean; // \x and octal escapes denote single bytes in strings
  rest: string;
}

function unquoteChar(s: string, quote: string): CharResult | undefined {
  const c = s.codePointAt(0);
  if (c === undefined) return undefined;
  if (c !== 0x5c) {
    const len = c > 0xffff ? 2 : 1;
    return { value: c, byte: false, rest: s.slice(len) };
  }
  const e = s[1];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (e === undefined) return undefined;
  if (e in simple) return { value: simple[e]!, byte: false, rest: s.slice(2) };
  if (e === quote) return { value: quote.charCodeAt(0), byte: false, rest: s.slice(2) };
  const hexN = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (hexN > 0) {
    const h = s.slice(2, 2 + hexN);
    if (!new RegExp(`^[0-9a-fA-F]{${hexN}}$`).test(h)) return undefined;
    const v = parseInt(h, 16);
    if (e !== 'x' && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))) return undefined;
    return { value: v, byte: e === 'x', rest: s.slice(2 + hexN) };
  }
  if (/^[0-7]{3}$/.test(s.slice(1, 4))) {
    const v = parseInt(s.slice(1, 4), 8);
    if (v > 255) return undefined;
    return { value: v, byte: true, rest: s.slice(4) };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Printing

/** goQuote quotes a binary string as strconv.Quote does (roughly). */
export function goQuote(s: string): string {
  let bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  bytes = new Uint8Array(0);
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (cp === 10) out += '\\n';
    else if (cp === 9) out += '\\t';
    else if (cp === 13) out += '\\r';
    else if (cp === 0xfffd) out += '\\ufffd';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

/** formatG formats a number as Go's %.6g. */
export function formatG(x: number, prec = 6): string {
  if (!isFinite(x)) return x > 0 ? '+Inf' : x < 0 ? '-Inf' : 'NaN';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [m, ex] = x.toExponential(prec - 1).split('e') as [string, string];
  const exp = Number(ex);
  if (exp < -4 || exp >= prec) {
    const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    const sgn = exp < 0 ? '-' : '+';
    return `${mant}e${sgn}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const fixed = x.toFixed(Math.max(0, prec - 1 - exp));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** formatShortest formats x as Go's %g (shortest representation that round-trips). */
export function formatShortest(x: number): string {
  const [m, ex] = x.toExponential().split('e') as [string, string];
  const exp = Number(ex);
  if (exp < -4 || exp >= 6) {
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(x);
}

/** constString prints a constant value as go/constant's String does. */
export function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'bool':
      return String(v.value);
    case 'string': {
      const q = goQuote(v.value);
      return q.length > 72 ? q.slice(0, 69) + '...' : q;
    }
    case 'int':
      return v.value.toString();
    case 'float': {
      if (v.den === 1n && bitLen(v.num) <= 53 && !v.exp10) return formatG(Number(v.num));
      const x = toNumber(v);
      // outside the float64 range: an approximate decimal form, as go/constant prints it (1e+10000)
      if (!isFinite(x) || (x === 0 && v.num !== 0n) || v.exp10) return formatHuge(v.num, v.den, v.exp10 ?? 0);
      const s = formatG(x);
      // a non-integer value whose %.6g form looks integral is printed with all its digits (as go/constant does)
      if (v.den !== 1n && isFinite(x) && !s.includes('.')) return formatShortest(x);
      return s;
    }
    case 'complex':
      return `(${constString(v.re)} + ${constString(v.im)}i)`;
    case 'unknown':
      return 'unknown';
  }
}

/** formatHuge prints num/den (beyond the float64 range) as m*10^e with a %.6g mantissa (go/constant's floatVal.String). */
function formatHuge(num: bigint, den: bigint, exp10 = 0): string {
  const neg = num < 0n;
  const n = neg ? -num : num;
  // n/den = mant * 2^exp with mant in [0.5, 1), from the top 64 bits of the quotient
  let exp = bitLen(n) - bitLen(den);
  const shift = 64 - exp;
  const q = shift >= 0 ? (n << BigInt(shift)) / den : n / (den << BigInt(-shift));
  // q ~ 2^64 * mant (mant may be just below 0.5 from the bit length estimate)
  let mant = Number(q) / 2 ** 64;
  while (mant >= 1) { mant /= 2; exp++; }
  while (mant > 0 && mant < 0.5) { mant *= 2; exp--; }
  const d = exp * (Math.LN2 / Math.LN10) + exp10;
  let e = Math.trunc(d);
  let m = mant * Math.pow(10, d - e);
  if (Math.abs(m) < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (Math.abs(m) >= 10) {
    m /= 10;
    e++;
  }
  return `${neg ? '-' : ''}${formatG(m)}e${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** exactString prints v exactly (integers in full, fractions as n/d). */
export function exactString(v: ConstValue): string {
  if (v.kind === 'float') return (v.den === 1n ? v.num.toString() : `${v.num}/${v.den}`) + (v.exp10 ? `e${v.exp10}` : '');
  return constString(v);
}
