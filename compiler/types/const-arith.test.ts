// This file tests exact constant arithmetic: literal evaluation, operations,
// representability (with float32/float64 rounding) and value printing.

import * as C from './const-arith.js';
import { BasicKind } from './type.js';

const lit = (k: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING', s: string): string => {
  const v = C.parseLiteral(k, s);
  return v ? C.exactString(v) : 'malformed';
};

describe('literals', () => {
  test('integers in every base', () => {
    expect(lit('INT', '1_000_000')).toBe('1000000');
    expect(lit('INT', '0x_FF')).toBe('255');
    expect(lit('INT', '0o17')).toBe('15');
    expect(lit('INT', '017')).toBe('15');
    expect(lit('INT', '0b101')).toBe('5');
    expect(lit('INT', '0')).toBe('0');
    expect(lit('INT', '123456789012345678901234567890')).toBe('123456789012345678901234567890');
  });
  test('floats, decimal and hexadecimal, exactly', () => {
    expect(lit('FLOAT', '0.1')).toBe('1/10');
    expect(lit('FLOAT', '1e3')).toBe('1000');
    expect(lit('FLOAT', '.5e-1')).toBe('1/20');
    expect(lit('FLOAT', '0x1p-2')).toBe('1/4');
    expect(lit('FLOAT', '0x1.8p1')).toBe('3');
    expect(lit('FLOAT', '0X.8P0')).toBe('1/2');
    expect(lit('FLOAT', '1_0.2_5')).toBe('41/4');
  });
  test('imaginary literals', () => {
    expect(lit('IMAG', '2i')).toBe('(0 + 2i)');
    expect(lit('IMAG', '0777i')).toBe('(0 + 777i)');
    expect(lit('IMAG', '0x10i')).toBe('(0 + 16i)');
  });
  test('runes and escapes', () => {
    expect(lit('CHAR', "'a'")).toBe('97');
    expect(lit('CHAR', "'\\n'")).toBe('10');
    expect(lit('CHAR', "'\\x41'")).toBe('65');
    expect(lit('CHAR', "'\\377'")).toBe('255');
    expect(lit('CHAR', "'\\u00e9'")).toBe('233');
    expect(lit('CHAR', "'\\U0001F600'")).toBe('128512');
    expect(lit('CHAR', "'é'")).toBe('233');
    expect(lit('CHAR', "'\\''")).toBe('39');
  });
  test('strings are UTF-8 bytes', () => {
    const s = (t: string): string => {
      const v = C.parseLiteral('STRING', t);
      return v?.kind === 'string' ? [...v.value].map((c) => c.charCodeAt(0).toString(16)).join(' ') : 'malformed';
    };
    expect(s('"é"')).toBe('c3 a9');
    expect(s('"\\xff\\u00e9"')).toBe('ff c3 a9');
    expect(s('"\\101\\t"')).toBe('41 9');
    expect(s('`a\r\nb`')).toBe('61 a 62');
    expect(s('"\\q"')).toBe('malformed');
  });
});

describe('arithmetic', () => {
  const i = (n: bigint) => C.makeInt(n);
  test('integer and rational operations', () => {
    expect(C.exactString(C.binaryOp(i(7n), '/', i(2n)))).toBe('3');
    expect(C.exactString(C.binaryOp(C.toFloat(i(7n)), '/', i(2n)))).toBe('7/2');
    expect(C.exactString(C.binaryOp(i(-7n), '%', i(3n)))).toBe('-1');
    expect(C.exactString(C.binaryOp(i(12n), '&^', i(10n)))).toBe('4');
    expect(C.exactString(C.shift(i(1n), '<<', 100))).toBe('1267650600228229401496703205376');
    expect(C.exactString(C.unaryOp('^', i(1n), 8))).toBe('254');
    expect(C.exactString(C.unaryOp('^', i(1n)))).toBe('-2');
  });
  test('complex operations', () => {
    const c = C.makeComplex(i(1n), i(2n));
    expect(C.exactString(C.binaryOp(c, '*', c))).toBe('(-3 + 4i)');
    expect(C.exactString(C.binaryOp(c, '/', c))).toBe('(1 + 0i)');
  });
  test('comparisons', () => {
    expect(C.compare(C.makeString('a'), '<', C.makeString('b'))).toBe(true);
    expect(C.compare(i(1n), '==', C.toFloat(i(1n)))).toBe(true);
    expect(C.compare(C.makeFloat(1n, 3n), '>', C.makeFloat(1n, 4n))).toBe(true);
  });
});

describe('representability', () => {
  test('integer ranges', () => {
    expect(C.representable(C.makeInt(127n), BasicKind.Int8).ok).toBe(true);
    expect(C.representable(C.makeInt(128n), BasicKind.Int8)).toEqual({ ok: false, why: 'overflows' });
    expect(C.representable(C.makeInt(-1n), BasicKind.Uint)).toEqual({ ok: false, why: 'overflows' });
    expect(C.representable(C.makeInt(1n << 64n), BasicKind.Uint64).ok).toBe(false);
    expect(C.representable(C.makeFloat(3n, 2n), BasicKind.Int)).toEqual({ ok: false, why: 'truncated' });
    expect(C.representable(C.makeFloat(4n, 2n), BasicKind.Int)).toEqual({ ok: true, value: C.makeInt(2n) });
  });
  test('float rounding', () => {
    const r32 = C.representable(C.makeFloat(1n, 10n), BasicKind.Float32);
    expect(r32.ok && C.toNumber(r32.value)).toBe(Math.fround(0.1));
    const r64 = C.representable(C.makeFloat(1n, 10n), BasicKind.Float64);
    expect(r64.ok && C.toNumber(r64.value)).toBe(0.1);
    expect(C.representable(C.makeInt(10n ** 309n), BasicKind.Float64)).toEqual({ ok: false, why: 'overflows' });
    expect(C.representable(C.makeInt(10n ** 39n), BasicKind.Float32)).toEqual({ ok: false, why: 'overflows' });
    // the smallest subnormal float64 rounds correctly
    const tiny = C.representable(C.makeFloat(1n, 1n << 1074n), BasicKind.Float64);
    expect(tiny.ok && C.toNumber(tiny.value)).toBe(5e-324);
  });
});

describe('printing', () => {
  test('as go/constant prints values', () => {
    expect(C.constString(C.makeFloat(1n, 10n))).toBe('0.1');
    expect(C.constString(C.makeInt(10n ** 21n))).toBe('1000000000000000000000');
    expect(C.constString(C.makeFloat(10n ** 21n + 1n, 10n))).toBe('1e+20');
    expect(C.constString(C.makeFloat(1n, 100000n))).toBe('1e-05');
    expect(C.constString(C.makeString('a"b\n'))).toBe('"a\\"b\\n"');
    expect(C.formatG(123456789)).toBe('1.23457e+08');
    expect(C.formatG(0.0001)).toBe('0.0001');
  });
});

describe('float constants far beyond float64 (past 1e±10000)', () => {
  const f = (s: string) => C.parseLiteral('FLOAT', s)!;
  test('keep their magnitude through products and quotients, as gc', () => {
    const x = f('1e100000000');
    expect(C.constString(x)).toBe('1e+100000000');
    expect(C.exactString(C.binaryOp(x, '/', f('1e99999995')))).toBe('100000');
    expect(C.exactString(C.binaryOp(x, '*', f('1e-100000000')))).toBe('1');
    expect(C.compare(f('1e-100000000'), '>', C.makeInt(0n))).toBe(true);
    expect(C.compare(C.binaryOp(x, '+', C.makeInt(1n)), '==', x)).toBe(true);
    // an exact product past 1e10000 comes back to an exact value
    let p = f('1e5000');
    for (let i = 0; i < 3; i++) p = C.binaryOp(p, '*', f('1e5000'));
    expect(C.exactString(C.binaryOp(p, '*', f('1e-19995')))).toBe('100000');
  });
  test('beyond gc\'s int32 binary exponent: too large is unknown, too small is zero', () => {
    let p = f('1e100000000');
    for (let i = 0; i < 6; i++) p = C.binaryOp(p, '*', f('1e100000000'));
    expect(p.kind).toBe('unknown');
    const q = C.binaryOp(f('1e-600000000'), '*', f('1e-600000000'));
    expect(C.sign(q)).toBe(0);
    expect(C.complexDivisorUnderflows(C.parseLiteral('IMAG', '1e-600000000i')!)).toBe(true);
  });
  test('are never representable as a float type', () => {
    expect(C.representable(f('1e100000000'), BasicKind.Float64).ok).toBe(false);
    expect(C.representable(f('1e-100000000'), BasicKind.Float64)).toEqual({ ok: true, value: C.makeFloat(0n, 1n) });
    expect(C.representable(f('1e100000000'), BasicKind.Int)).toEqual({ ok: false, why: 'truncated' });
  });
});
