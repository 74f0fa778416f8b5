// This file implements string operations: concatenation (runtime
// concatstring2), comparison (runtime cmpstring / eqstring), indexing a byte
// with a bounds check, and `range` over a string. A string is (ptr i32,
// len i64). The range iterator is three locals (ptr, len, byte position);
// Next decodes ASCII inline and calls runtime.decoderune for multi-byte
// sequences, which yields (0xFFFD, width 1) for invalid UTF-8 as Go does.

import { InternalError, UnsupportedError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Expr } from './module.js';
import { T, tupleType } from './module.js';
import { isStringType, underlying } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { boundsCheck, indexToI64 } from './checks.js';

export function lowerStringBinOp(fl: FunctionLowerer, b: ir.BinOp): Expr[] {
  const m = fl.m;
  const xs = fl.get(b.x);
  const ys = fl.get(b.y);
  switch (b.op) {
    case '+':
      return fl.defineMulti(b, fl.ml.callRuntime('concatstring2', [...xs, ...ys], b.pos));
    case '==':
      return fl.define(b, [stringEqual(fl, xs, ys)]);
    case '!=':
      return fl.define(b, [m.i32.eqz(stringEqual(fl, xs, ys))]);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const c = fl.ml.callRuntime('cmpstring', [...xs, ...ys], b.pos);
      const z = fl.mod.i64(0);
      const r = { '<': m.i64.lt_s, '<=': m.i64.le_s, '>': m.i64.gt_s, '>=': m.i64.ge_s }[b.op];
      return fl.define(b, [r.call(m.i64, c, z)]);
    }
    default:
      throw new InternalError(`string operator ${b.op}`);
  }
}

/** stringEqual compares two strings given as (ptr, len) parts. */
export function stringEqual(fl: FunctionLowerer, xs: Expr[], ys: Expr[]): Expr {
  return fl.ml.callRuntime('eqstring', [...xs, ...ys]);
}

/** lowerStringIndex loads s[i] (a byte) after a bounds check. */
export function lowerStringIndex(fl: FunctionLowerer, ix: ir.Index): Expr[] {
  const m = fl.m;
  if (!isStringType(ix.x.type)) throw new InternalError('string index of a non-string');
  const chk = boundsCheck(fl, ix, () => fl.get(ix.x)[1]!);
  const addr = m.i32.add(fl.get(ix.x)[0]!, m.i32.wrap(indexToI64(fl, ix.index)));
  return [chk, ...fl.define(ix, [m.i32.load8_u(0, 1, addr)])];
}

interface Iter {
  readonly ptr: number;
  readonly len: number;
  readonly pos: number;
}

const iters = new WeakMap<ir.Range, Iter>();

export function lowerRange(fl: FunctionLowerer, r: ir.Range): Expr[] {
  const m = fl.m;
  const u = underlying(r.x.type);
  if (u.kind === 'Map') throw new UnsupportedError('range over a map', r.pos);
  if (!isStringType(u)) throw new UnsupportedError(`range over ${u.kind}`, r.pos);
  const it: Iter = { ptr: fl.newLocal('i32'), len: fl.newLocal('i64'), pos: fl.newLocal('i64') };
  iters.set(r, it);
  const [p, n] = fl.get(r.x);
  return [m.local.set(it.ptr, p!), m.local.set(it.len, n!), m.local.set(it.pos, fl.mod.i64(0))];
}

export function lowerNext(fl: FunctionLowerer, nx: ir.Next): Expr[] {
  const m = fl.m;
  if (!nx.isString) throw new UnsupportedError('range over a map', nx.pos);
  const r = nx.iter;
  if (r.kind !== 'Range') throw new InternalError('Next of a non-Range');
  const it = iters.get(r);
  if (!it) throw new InternalError('Next before its Range');
  const [ok, k, v] = fl.localsOf(nx) as [number, number, number];
  const pos = () => m.local.get(it.pos, T.i64);
  const b = fl.newLocal('i32');
  const pair = fl.newLocal(tuple2());
  const decode = [
    m.local.set(pair, fl.ml.callRuntime('decoderune', [m.local.get(it.ptr, T.i32), m.local.get(it.len, T.i64), pos()])),
    m.local.set(v, m.tuple.extract(m.local.get(pair, tuple2()), 0)),
    m.local.set(it.pos, m.tuple.extract(m.local.get(pair, tuple2()), 1)),
  ];
  const ascii = [m.local.set(v, m.local.get(b, T.i32)), m.local.set(it.pos, m.i64.add(pos(), fl.mod.i64(1)))];
  const more = m.block(null, [
    m.local.set(ok, m.i32.const(1)),
    m.local.set(k, pos()),
    m.local.set(b, m.i32.load8_u(0, 1, m.i32.add(m.local.get(it.ptr, T.i32), m.i32.wrap(pos())))),
    m.if(m.i32.lt_u(m.local.get(b, T.i32), m.i32.const(0x80)), m.block(null, ascii), m.block(null, decode)),
  ]);
  const done = m.block(null, [m.local.set(ok, m.i32.const(0)), m.local.set(k, fl.mod.i64(0)), m.local.set(v, m.i32.const(0))]);
  return [m.if(m.i64.lt_s(pos(), m.local.get(it.len, T.i64)), more, done)];
}

function tuple2(): number {
  return tupleType(['i32', 'i64']);
}
