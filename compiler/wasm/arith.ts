// This file implements BinOp and UnOp (except `*p`, memory.ts) on integers,
// floats, complex numbers, booleans, pointers and (through strings.ts)
// strings, plus == on structs and arrays, part by part.
//
// Integers: int/uint/int64/uint64 are i64; narrower ones are i32 kept sign- or
// zero-extended, so after each operation the result is re-normalised to its
// width (extend8_s / and 0xff ...) and wraps exactly as Go's does. Division
// checks for zero, and signed division guards MinInt / -1 (which traps in
// wasm but wraps in Go). Shifts: a negative signed count panics; a count >=
// the width gives 0 (or the sign fill for signed >>). float32 ops are f32
// instructions, so every result is rounded to single precision.

import { InternalError, UnsupportedError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Type } from '../types/index.js';
import type { Expr } from './module.js';
import { T, tupleType } from './module.js';
import { intInfo, isBig, isComplexType, isFloatType, isStringType, partsOf, underlying, basicKind, type IntInfo } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { divCheck, fail } from './checks.js';
import { lowerStringBinOp, stringEqual } from './strings.js';
import { BasicKind } from '../types/index.js';
import { ifaceEqual } from './interfaces.js';
import { hasInterfaceLeaf, keyEqualFunc } from './mapkeys.js';
import { unwindCheck } from './panics.js';

/** normalize re-extends a sub-word integer held in an i32 after an operation. */
export function normalize(fl: FunctionLowerer, e: Expr, ii: IntInfo): Expr {
  const m = fl.m;
  if (ii.bits === 8) return ii.signed ? m.i32.extend8_s(e) : m.i32.and(e, m.i32.const(0xff));
  if (ii.bits === 16) return ii.signed ? m.i32.extend16_s(e) : m.i32.and(e, m.i32.const(0xffff));
  return e;
}

const cmpOps = new Set(['==', '!=', '<', '<=', '>', '>=']);

export function lowerBinOp(fl: FunctionLowerer, b: ir.BinOp): Expr[] {
  const t = b.x.type;
  if (b.op === '<<' || b.op === '>>') return fl.define(b, [shift(fl, b)]);
  if (isStringType(t)) return lowerStringBinOp(fl, b);
  const ii = intInfo(t);
  if (ii) return intBinOp(fl, b, ii);
  const ft = isFloatType(t);
  if (ft) return fl.define(b, [floatBinOp(fl, b.op, ft, fl.get1(b.x), fl.get1(b.y))]);
  const ct = isComplexType(t);
  if (ct) return fl.define(b, complexBinOp(fl, b, ct));
  if (b.op === '==' || b.op === '!=') {
    // x == nil on an interface (`err != nil`): only the type word says whether it is nil
    const nilIface = (v: ir.Value) => v.kind === 'Const' && v.value === undefined && underlying(v.type).kind === 'Interface';
    const other = nilIface(b.y) ? b.x : nilIface(b.x) ? b.y : undefined;
    const eq = other ? fl.m.i32.eqz(fl.get(other)[0]!) : equal(fl, t, fl.get(b.x), fl.get(b.y));
    return fl.define(b, [b.op === '==' ? eq : fl.m.i32.eqz(eq)]);
  }
  throw new UnsupportedError(`operator ${b.op} on ${t.kind}`, b.pos);
}

function intBinOp(fl: FunctionLowerer, b: ir.BinOp, ii: IntInfo): Expr[] {
  const m = fl.m;
  const o = ii.scalar === 'i64' ? m.i64 : m.i32;
  const x = () => fl.get1(b.x);
  const y = () => fl.get1(b.y);
  if (cmpOps.has(b.op)) {
    const s = ii.signed;
    const r = {
      '==': () => o.eq(x(), y()),
      '!=': () => o.ne(x(), y()),
      '<': () => (s ? o.lt_s(x(), y()) : o.lt_u(x(), y())),
      '<=': () => (s ? o.le_s(x(), y()) : o.le_u(x(), y())),
      '>': () => (s ? o.gt_s(x(), y()) : o.gt_u(x(), y())),
      '>=': () => (s ? o.ge_s(x(), y()) : o.ge_u(x(), y())),
    }[b.op as '=='];
    return fl.define(b, [r()]);
  }
  let e: Expr;
  const pre: Expr[] = [];
  switch (b.op) {
    case '+':
      e = o.add(x(), y());
      break;
    case '-':
      e = o.sub(x(), y());
      break;
    case '*':
      e = o.mul(x(), y());
      break;
    case '&':
      e = o.and(x(), y());
      break;
    case '|':
      e = o.or(x(), y());
      break;
    case '^':
      e = o.xor(x(), y());
      break;
    case '&^':
      e = o.and(x(), o.xor(y(), fl.mod.const(ii.scalar, -1)));
      break;
    case '/':
    case '%': {
      const chk = divCheck(fl, b.y);
      if (chk) pre.push(chk);
      e = divide(fl, b.op, ii, x, y, b.y);
      break;
    }
    default:
      throw new InternalError(`integer operator ${b.op}`);
  }
  return [...pre, ...fl.define(b, [normalize(fl, e, ii)])];
}

function divide(fl: FunctionLowerer, op: '/' | '%', ii: IntInfo, x: () => Expr, y: () => Expr, yv: ir.Value): Expr {
  const m = fl.m;
  const o = ii.scalar === 'i64' ? m.i64 : m.i32;
  if (!ii.signed) return op === '/' ? o.div_u(x(), y()) : o.rem_u(x(), y());
  const plain = op === '/' ? o.div_s(x(), y()) : o.rem_s(x(), y());
  if (ii.bits < 32) return plain; // cannot overflow in i32
  if (yv.kind === 'Const' && yv.value?.kind === 'int' && yv.value.value !== -1n) return plain;
  // x / -1 == -x (wrapping), x % -1 == 0: avoids the wasm trap on MinInt / -1.
  const minus1 = o.eq(y(), fl.mod.const(ii.scalar, -1));
  const alt = op === '/' ? o.sub(fl.mod.const(ii.scalar, 0), x()) : fl.mod.const(ii.scalar, 0);
  return m.if(minus1, alt, plain);
}

/** shift lowers << and >>: count checks, saturating counts, and re-normalisation. */
function shift(fl: FunctionLowerer, b: ir.BinOp): Expr {
  const m = fl.m;
  const xi = intInfo(b.x.type);
  const yi = intInfo(b.y.type);
  if (!xi || !yi) throw new InternalError('shift of non-integers');
  const o = xi.scalar === 'i64' ? m.i64 : m.i32;
  const W = xi.scalar === 'i64' ? 64 : 32;
  const wt = xi.scalar === 'i64' ? T.i64 : T.i32;
  const x = () => fl.get1(b.x);
  // the count as the x's wasm type, saturated to W when too large
  let constCount: bigint | undefined;
  if (b.y.kind === 'Const') constCount = b.y.value?.kind === 'int' ? b.y.value.value : 0n;
  if (constCount !== undefined && constCount >= 0n && constCount < BigInt(W)) {
    const c = fl.mod.const(xi.scalar, Number(constCount));
    const r = b.op === '<<' ? o.shl(x(), c) : xi.signed ? o.shr_s(x(), c) : o.shr_u(x(), c);
    return normalize(fl, r, xi);
  }
  const y64 = (): Expr => {
    const e = fl.get1(b.y);
    return yi.scalar === 'i64' ? e : yi.signed ? m.i64.extend_s(e) : m.i64.extend_u(e);
  };
  const cnt = (): Expr => (xi.scalar === 'i64' ? y64() : m.i32.wrap(y64()));
  const big = () => m.i64.ge_u(y64(), fl.mod.i64(W));
  let r: Expr;
  if (b.op === '>>' && xi.signed) {
    r = o.shr_s(x(), m.if(big(), fl.mod.const(xi.scalar, W - 1), cnt()));
  } else {
    const op = b.op === '<<' ? o.shl(x(), cnt()) : o.shr_u(x(), cnt());
    r = m.if(big(), fl.mod.const(xi.scalar, 0), op);
  }
  r = normalize(fl, r, xi);
  if (yi.signed) {
    const neg = yi.scalar === 'i64' ? m.i64.lt_s(fl.get1(b.y), fl.mod.i64(0)) : m.i32.lt_s(fl.get1(b.y), m.i32.const(0));
    return m.block(null, [fail(fl, neg, 'panicShift'), r], wt);
  }
  return r;
}

export function floatBinOp(fl: FunctionLowerer, op: string, s: 'f32' | 'f64', x: Expr, y: Expr): Expr {
  const o = s === 'f32' ? fl.m.f32 : fl.m.f64;
  switch (op) {
    case '+':
      return o.add(x, y);
    case '-':
      return o.sub(x, y);
    case '*':
      return o.mul(x, y);
    case '/':
      return o.div(x, y);
    case '==':
      return o.eq(x, y);
    case '!=':
      return o.ne(x, y);
    case '<':
      return o.lt(x, y);
    case '<=':
      return o.le(x, y);
    case '>':
      return o.gt(x, y);
    case '>=':
      return o.ge(x, y);
    default:
      throw new InternalError(`float operator ${op}`);
  }
}

function complexBinOp(fl: FunctionLowerer, b: ir.BinOp, s: 'f32' | 'f64'): Expr[] {
  const m = fl.m;
  const o = s === 'f32' ? m.f32 : m.f64;
  const X = () => fl.get(b.x);
  const Y = () => fl.get(b.y);
  switch (b.op) {
    case '+':
      return [o.add(X()[0]!, Y()[0]!), o.add(X()[1]!, Y()[1]!)];
    case '-':
      return [o.sub(X()[0]!, Y()[0]!), o.sub(X()[1]!, Y()[1]!)];
    case '*':
      return [
        o.sub(o.mul(X()[0]!, Y()[0]!), o.mul(X()[1]!, Y()[1]!)),
        o.add(o.mul(X()[0]!, Y()[1]!), o.mul(X()[1]!, Y()[0]!)),
      ];
    case '==':
    case '!=': {
      const eq = m.i32.and(o.eq(X()[0]!, Y()[0]!), o.eq(X()[1]!, Y()[1]!));
      return [b.op === '==' ? eq : m.i32.eqz(eq)];
    }
    case '/': {
      // runtime.complex128div on complex128 operands (complex64 is widened, then narrowed)
      const wide = (e: Expr) => (s === 'f32' ? m.f64.promote(e) : e);
      const q = fl.newLocal(tupleType(['f64', 'f64']));
      const qt = tupleType(['f64', 'f64']);
      const call = fl.ml.callRuntime('complex128div', [...X().map(wide), ...Y().map(wide)], b.pos);
      const part = (i: number) => {
        const e = m.tuple.extract(m.local.get(q, qt), i);
        return s === 'f32' ? m.f32.demote(e) : e;
      };
      return [m.block(null, [m.local.set(q, call), part(0)], s === 'f32' ? T.f32 : T.f64), part(1)];
    }
    default:
      throw new UnsupportedError(`complex operator ${b.op}`, b.pos);
  }
}

/** bigEqual compares two big (> 32-part) values through their heap snapshots, with the equality
 * function generated for map keys of that type; comparing interfaces inside may panic. */
function bigEqual(fl: FunctionLowerer, t: Type, x: Expr, y: Expr): Expr {
  const m = fl.m;
  const eq = m.call(keyEqualFunc(fl.ml, t), [m.i32.const(0), x, y], T.i32);
  if (!hasInterfaceLeaf(t) || !fl.ml.current) return eq;
  const tmp = fl.newLocal('i32');
  return m.block(null, [m.local.set(tmp, eq), unwindCheck(fl), m.local.get(tmp, T.i32)], T.i32);
}

/** equal compares two values of type t given their parts; returns an i32 boolean. */
export function equal(fl: FunctionLowerer, t: Type, xs: Expr[], ys: Expr[]): Expr {
  const m = fl.m;
  const u = underlying(t);
  if (isBig(t)) return bigEqual(fl, t, xs[0]!, ys[0]!);
  switch (u.kind) {
    case 'Basic': {
      if (isStringType(u)) return stringEqual(fl, xs, ys);
      const ft = isFloatType(u) ?? isComplexType(u);
      if (ft) {
        const o = ft === 'f32' ? m.f32 : m.f64;
        return xs.map((x, i) => o.eq(x, ys[i]!)).reduce((a, c) => m.i32.and(a, c));
      }
      const ii = intInfo(u);
      if (ii?.scalar === 'i64') return m.i64.eq(xs[0]!, ys[0]!);
      if (ii || basicKind(u) === BasicKind.Bool) return m.i32.eq(xs[0]!, ys[0]!);
      throw new UnsupportedError(`comparison of ${u.name}`, 0);
    }
    case 'Pointer':
    case 'Chan':
    case 'Map':
    case 'Signature':
    case 'Slice': // slices compare only with nil: a nil slice has a nil data pointer
      return m.i32.eq(xs[0]!, ys[0]!);
    case 'Struct': {
      let k = 0;
      let acc: Expr = m.i32.const(1);
      for (const f of u.fields) {
        const n = partsOf(f.type).length;
        if (f.name !== '_') acc = m.i32.and(acc, equal(fl, f.type, xs.slice(k, k + n), ys.slice(k, k + n)));
        k += n;
      }
      return acc;
    }
    case 'Array': {
      const n = partsOf(u.elem).length;
      let acc: Expr = m.i32.const(1);
      for (let i = 0; i < u.len; i++)
        acc = m.i32.and(acc, equal(fl, u.elem, xs.slice(i * n, (i + 1) * n), ys.slice(i * n, (i + 1) * n)));
      return acc;
    }
    case 'Interface':
      return ifaceEqual(fl, xs, ys);
    default:
      throw new InternalError(`equal on ${u.kind}`);
  }
}

export function lowerUnOp(fl: FunctionLowerer, u: ir.UnOp): Expr[] {
  const m = fl.m;
  const t = u.x.type;
  switch (u.op) {
    case '!':
      return fl.define(u, [m.i32.eqz(fl.get1(u.x))]);
    case '-': {
      const ii = intInfo(t);
      if (ii) {
        const o = ii.scalar === 'i64' ? m.i64 : m.i32;
        return fl.define(u, [normalize(fl, o.sub(fl.mod.const(ii.scalar, 0), fl.get1(u.x)), ii)]);
      }
      const ft = isFloatType(t);
      if (ft) return fl.define(u, [(ft === 'f32' ? m.f32 : m.f64).neg(fl.get1(u.x))]);
      const ct = isComplexType(t);
      if (ct) {
        const o = ct === 'f32' ? m.f32 : m.f64;
        return fl.define(u, fl.get(u.x).map((e) => o.neg(e)));
      }
      throw new InternalError('negation of a non-number');
    }
    case '^': {
      const ii = intInfo(t);
      if (!ii) throw new InternalError('^ on a non-integer');
      const o = ii.scalar === 'i64' ? m.i64 : m.i32;
      return fl.define(u, [normalize(fl, o.xor(fl.get1(u.x), fl.mod.const(ii.scalar, -1)), ii)]);
    }
    case '<-':
      throw new InternalError('receive handled by channels.ts');
    case '*':
      throw new InternalError('load handled by memory.ts');
  }
}
