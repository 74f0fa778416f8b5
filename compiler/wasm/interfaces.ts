// This file implements the interface instructions (layout and dispatch
// design: runtime/go/runtime/README.md, "Type descriptors").
//  - MakeInterface: (descriptor address, data word). Pointer-shaped values are
//    the data word; others are copied into a fresh heap box (immutable). It
//    also marks the type boxed, so _start fills its method table (typeinfo.ts).
//  - ChangeInterface: no change of representation (both words are kept).
//  - TypeAssert to a concrete type: one compare of the type word with the
//    descriptor address, then the value is the data word or a load from the
//    box; to an interface type: runtime.assertI (nil for the empty interface
//    is the only failure). Failures without comma-ok call runtime helpers
//    with Go's `interface conversion: …` messages.
//    x.(I) with x already of type I bound by a method value x.M is how the
//    builder nil-checks it: it panics with Go's nil dereference instead.
//  - invoke: nil check of the type word (Go's nil dereference panic), then
//    runtime.itabfn(type, method id) gives the table index of the method's
//    interface entry, called with call_indirect (data word first). Each call
//    site caches its last (type, index) pair in two globals, so a
//    monomorphic site skips the lookup.
//  - == / != on interfaces: runtime.efaceeq (panics on uncomparable types).

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Signature, Type } from '../types/index.js';
import { identical } from '../types/index.js';
import { T, tupleType, type Expr, type Scalar } from './module.js';
import { partsOf, scalarsOf, sizeof, underlying, hasPointers } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { loadParts, storeParts, heapAlloc } from './memory.js';
import { fail } from './checks.js';
import { constParts } from './consts.js';
import { isDirect, typeInfo } from './typeinfo.js';

/** descAddr returns the descriptor of t (created by the pre-pass). */
function descAddr(fl: FunctionLowerer, t: Type): number {
  const ti = typeInfo(fl.ml);
  if (!ti.lookup(t)) throw new InternalError('type descriptor missed by the pre-pass');
  return ti.descriptor(t);
}

/** boxParts returns the two parts of the interface value holding x (of concrete type x.type). */
export function boxParts(fl: FunctionLowerer, x: ir.Value): Expr[] {
  const m = fl.m;
  const t = x.type;
  const desc = descAddr(fl, t);
  typeInfo(fl.ml).useType(t);
  if (isDirect(t)) return [m.i32.const(desc), fl.get1(x)];
  const size = sizeof(t);
  if (size === 0 || partsOf(t).length === 0) return [m.i32.const(desc), heapAlloc(fl, m.i32.const(0))];
  const p = fl.newLocal('i32');
  const ptr = () => m.local.get(p, T.i32);
  const data = m.block(
    null,
    [m.local.set(p, heapAlloc(fl, m.i32.const(size), !hasPointers(t))), ...storeParts(fl, t, ptr, fl.get(x)), ptr()],
    T.i32,
  );
  return [m.i32.const(desc), data];
}

export function lowerMakeInterface(fl: FunctionLowerer, i: ir.MakeInterface): Expr[] {
  if (fl.skipped.has(i)) return [];
  fl.nonNil.add(i);
  return fl.define(i, boxParts(fl, i.x));
}

export function lowerChangeInterface(fl: FunctionLowerer, i: ir.ChangeInterface): Expr[] {
  const x = i.x;
  fl.alias(i, () => fl.get(x));
  return [];
}

function isInterface(t: Type): boolean {
  return underlying(t).kind === 'Interface';
}

function methodCount(t: Type): number {
  const u = underlying(t);
  if (u.kind !== 'Interface') return 0;
  return (u.allMethods ?? u.methods).length;
}

const boundCache = new WeakMap<ir.Function, Set<ir.Value>>();

/** boundReceivers lists the values bound as receivers of method-value closures (`M$bound`) in fn. */
function boundReceivers(fn: ir.Function): Set<ir.Value> {
  let set = boundCache.get(fn);
  if (!set) {
    set = new Set();
    for (const b of fn.blocks)
      for (const i of b.instrs)
        if (i.kind === 'MakeClosure' && i.fn.name.endsWith('$bound')) for (const v of i.bindings) set.add(v);
    boundCache.set(fn, set);
  }
  return set;
}

export function lowerTypeAssert(fl: FunctionLowerer, a: ir.TypeAssert): Expr[] {
  const m = fl.m;
  const want = a.assertedType;
  const tw = () => fl.get(a.x)[0]!;
  const dw = () => fl.get(a.x)[1]!;
  if (isInterface(want) && !a.commaOk && identical(want, a.x.type) && boundReceivers(fl.fn).has(a)) {
    // x.(I) with x of type I is the builder's nil check of a method value: Go's nil dereference
    return [fail(fl, m.i32.eqz(tw()), 'panicNil'), ...fl.define(a, [tw(), dw()])];
  }
  if (isInterface(want)) {
    const empty = methodCount(want) === 0;
    const it = descAddr(fl, want);
    const ok = () => (empty ? m.i32.ne(tw(), m.i32.const(0)) : fl.ml.callRuntime('assertI', [tw(), m.i32.const(it)]));
    if (!a.commaOk) {
      return [fail(fl, m.i32.eqz(ok()), 'assertIPanic', [tw(), m.i32.const(it)]), ...fl.define(a, [tw(), dw()])];
    }
    const okl = fl.newLocal('i32');
    const okv = () => m.local.get(okl, T.i32);
    return [
      m.local.set(okl, ok()),
      ...fl.define(a, [m.select(okv(), tw(), m.i32.const(0)), m.select(okv(), dw(), m.i32.const(0)), okv()]),
    ];
  }
  const desc = descAddr(fl, want);
  const isWant = () => m.i32.eq(tw(), m.i32.const(desc));
  const value = (): Expr[] => (isDirect(want) ? [dw()] : loadParts(fl, want, dw));
  if (!a.commaOk) {
    const iface = descAddr(fl, a.x.type);
    return [
      fail(fl, m.i32.eqz(isWant()), 'panicdottype', [tw(), m.i32.const(desc), m.i32.const(iface)]),
      ...fl.define(a, value()),
    ];
  }
  const ls = fl.localsOf(a);
  const n = ls.length - 1;
  const zero = constParts(fl, { kind: 'Const', type: want, value: undefined });
  const vals = value();
  return [
    m.local.set(ls[n]!, isWant()),
    m.if(
      m.local.get(ls[n]!, T.i32),
      fl.mod.seq(vals.map((e, k) => m.local.set(ls[k]!, e))),
      fl.mod.seq(zero.map((e, k) => m.local.set(ls[k]!, e))),
    ),
  ];
}

/** lowerInvoke lowers an interface method call `x.M(args)`. */
export function lowerInvoke(fl: FunctionLowerer, c: ir.Call, x: ir.Value, sig: Signature, args: ir.Value[], id: number): Expr[] {
  const m = fl.m;
  const params: Scalar[] = ['i32'];
  for (const v of sig.params.vars) params.push(...scalarsOf(v.type));
  const results: Scalar[] = [];
  for (const v of sig.results.vars) results.push(...scalarsOf(v.type));
  const [t, d] = fl.get(x);
  const flat: Expr[] = [];
  for (const arg of args) flat.push(...fl.get(arg));
  // one-entry inline cache per call site: (last dynamic type, its method's table index)
  const site = inlineCacheSite(fl);
  const tl = fl.newLocal('i32');
  const fnl = fl.newLocal('i32');
  const tv = () => m.local.get(tl, T.i32);
  const lookup = m.if(
    m.i32.eq(tv(), m.global.get(site.type, T.i32)),
    m.local.set(fnl, m.global.get(site.fn, T.i32)),
    m.block(null, [
      m.local.set(fnl, fl.ml.callRuntime('itabfn', [tv(), m.i32.const(id)])),
      m.global.set(site.type, tv()),
      m.global.set(site.fn, m.local.get(fnl, T.i32)),
    ]),
  );
  const call = m.call_indirect('fns', m.local.get(fnl, T.i32), [d!, ...flat], tupleType(params), tupleType(results));
  return [m.local.set(tl, t!), fail(fl, m.i32.eqz(tv()), 'panicNil'), lookup, ...fl.defineMulti(c, call)];
}

const siteCounts = new WeakMap<object, number>();

/** inlineCacheSite adds the two globals of a new invoke site's inline cache. */
function inlineCacheSite(fl: FunctionLowerer): { type: string; fn: string } {
  const n = siteCounts.get(fl.ml) ?? 0;
  siteCounts.set(fl.ml, n + 1);
  const site = { type: `ic.t${n}`, fn: `ic.f${n}` };
  fl.mod.addMutableGlobal(site.type, 'i32', 0);
  fl.mod.addMutableGlobal(site.fn, 'i32', 0);
  return site;
}

/** invokeCall is the entry point from calls.ts for mode 'invoke'. */
export function invokeCall(fl: FunctionLowerer, c: ir.Call): Expr[] {
  const cc = c.call;
  if (cc.mode !== 'invoke') throw new InternalError('invokeCall of a non-invoke call');
  const id = typeInfo(fl.ml).invokeId(cc.method);
  return lowerInvoke(fl, c, cc.value, cc.method.type as Signature, cc.args, id);
}

/** ifaceEqual compares two interface values given their parts (runtime.efaceeq); an i32 boolean. */
export function ifaceEqual(fl: FunctionLowerer, xs: Expr[], ys: Expr[]): Expr {
  return fl.ml.callRuntime('efaceeq', [...xs, ...ys]);
}
