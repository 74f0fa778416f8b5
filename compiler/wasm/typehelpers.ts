// This file implements the functions a type descriptor points to:
//  - `equal` (ctx, p, q i32) -> i32 and `hashfn` (ctx, p, seed i32) -> i32,
//    generated per comparable type. They take a closure pointer first (unused)
//    because the descriptor holds them as Go func values, so runtime Go code
//    (maps, efaceeq) calls them as ordinary funcs. The value is walked into
//    leaves: integers, bools and pointers are compared with one load each and
//    hashed with runtime.memhash; floats compare as floats (NaN != NaN,
//    +0 == -0) and hash with f32hash/f64hash; strings use eqstring/strhash;
//    interfaces ifaceeqmem/interhash; blank struct fields are skipped; arrays
//    of many leaves loop over the element's own helper.
//  - interface entries of methods (ifaceEntry): the function an interface
//    call reaches, `(data i32, params…) -> results`. For pointer-shaped
//    receivers it is the method itself; otherwise a wrapper `M$iface` loads
//    the receiver from the box (a big receiver is passed as the box address:
//    boxes are immutable, like big-value snapshots), passing a deferred call's
//    recover() arm on to the method (defer.ts).
// Names are reserved during the pre-pass (table slots are just names), and
// the bodies are built once the memory exists (emitTypeHelpers).

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Type } from '../types/index.js';
import { identical, typeString } from '../types/index.js';
import { T, tupleType, wtype, type Expr, type MemKind, type Scalar } from './module.js';
import { offsetsof, partsOf, sizeof, underlying, isStringType, isFloatType, isComplexType } from './layout.js';
import type { ModuleLowerer } from './lower.js';
import { funcSig } from './calls.js';
import { isDirect } from './typeinfo.js';
import { passArm, recoversThrough } from './defer.js';

type Leaf =
  | { readonly kind: 'int'; readonly off: number; readonly mem: MemKind; readonly s: Scalar }
  | { readonly kind: 'float'; readonly off: number; readonly s: 'f32' | 'f64' }
  | { readonly kind: 'string' | 'iface'; readonly off: number }
  | { readonly kind: 'loop'; readonly off: number; readonly elem: Type; readonly len: number; readonly size: number };

interface Helper {
  readonly t: Type;
  readonly eq: string;
  readonly hash: string;
  built: { eq: boolean; hash: boolean };
}

interface State {
  readonly helpers: Map<string, Helper[]>;
  readonly pending: { h: Helper; what: 'eq' | 'hash' }[];
  memoryReady: boolean;
  count: number;
}

const states = new WeakMap<ModuleLowerer, State>();

function state(ml: ModuleLowerer): State {
  let s = states.get(ml);
  if (!s) {
    s = { helpers: new Map(), pending: [], memoryReady: false, count: 0 };
    states.set(ml, s);
  }
  return s;
}

/** helperName returns the wasm name of t's equal or hash function, scheduling its generation. */
export function helperName(ml: ModuleLowerer, t: Type, what: 'eq' | 'hash'): string {
  const st = state(ml);
  const key = typeString(t);
  const bucket = st.helpers.get(key) ?? [];
  st.helpers.set(key, bucket);
  let h = bucket.find((x) => x.t === t || identical(x.t, t));
  if (!h) {
    const n = st.count++;
    h = { t, eq: `type.eq$${n}`, hash: `type.hash$${n}`, built: { eq: false, hash: false } };
    bucket.push(h);
  }
  if (!h.built[what]) {
    h.built[what] = true;
    st.pending.push({ h, what });
    if (st.memoryReady) emitTypeHelpers(ml);
  }
  return h[what];
}

/** emitTypeHelpers builds every scheduled equal/hash function (call once the memory exists). */
export function emitTypeHelpers(ml: ModuleLowerer): void {
  const st = state(ml);
  st.memoryReady = true;
  // The helpers are functions of their own: runtime calls made for them must not get the
  // unwinding checks of the function being lowered (panics.ts); they just return after a panic.
  const saved = ml.current;
  ml.current = undefined;
  try {
    for (let p = st.pending.shift(); p; p = st.pending.shift()) {
      if (p.what === 'eq') buildEq(ml, p.h);
      else buildHash(ml, p.h);
    }
  } finally {
    ml.current = saved;
  }
}

function leaves(t: Type, off: number, out: Leaf[]): void {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': {
      if (isStringType(u)) out.push({ kind: 'string', off });
      else if (isFloatType(u)) out.push({ kind: 'float', off, s: isFloatType(u)! });
      else if (isComplexType(u)) {
        const s = isComplexType(u)!;
        out.push({ kind: 'float', off, s }, { kind: 'float', off: off + (s === 'f32' ? 4 : 8), s });
      } else {
        const p = partsOf(t)[0]!;
        out.push({ kind: 'int', off, mem: p.mem, s: p.scalar });
      }
      return;
    }
    case 'Pointer':
    case 'Chan':
    case 'Map':
    case 'Signature':
      out.push({ kind: 'int', off, mem: 'i32', s: 'i32' });
      return;
    case 'Interface':
      out.push({ kind: 'iface', off });
      return;
    case 'Struct': {
      const offs = offsetsof(u);
      u.fields.forEach((f, i) => {
        if (f.name !== '_') leaves(f.type, off + offs[i]!, out);
      });
      return;
    }
    case 'Array': {
      const el: Leaf[] = [];
      leaves(u.elem, 0, el);
      if (el.length * u.len <= 32) {
        const es = sizeof(u.elem);
        for (let i = 0; i < u.len; i++) leaves(u.elem, off + i * es, out);
      } else out.push({ kind: 'loop', off, elem: u.elem, len: u.len, size: sizeof(u.elem) });
      return;
    }
    default:
      throw new InternalError(`no equality for ${u.kind}`);
  }
}

const memBytes: Record<MemKind, number> = { i8s: 1, i8u: 1, i16s: 2, i16u: 2, i32: 4, i64: 8, f32: 4, f64: 8 };

/** loopLeaf iterates i over [0, len) running body(addrOffsetExpr); returns the loop statement. */
function loopLeaf(ml: ModuleLowerer, iLocal: number, len: number, body: (elemOff: () => Expr) => Expr, label: string): Expr {
  const m = ml.m;
  const i = () => m.local.get(iLocal, T.i32);
  return m.block(`${label}.done`, [
    m.local.set(iLocal, m.i32.const(0)),
    m.loop(
      `${label}.loop`,
      m.block(null, [
        m.br(`${label}.done`, m.i32.ge_u(i(), m.i32.const(len))),
        body(i),
        m.local.set(iLocal, m.i32.add(i(), m.i32.const(1))),
        m.br(`${label}.loop`),
      ]),
    ),
  ]);
}

function buildEq(ml: ModuleLowerer, h: Helper): void {
  const m = ml.m;
  const mod = ml.mod;
  const P = (off: number) => m.i32.add(m.local.get(1, T.i32), m.i32.const(off));
  const Q = (off: number) => m.i32.add(m.local.get(2, T.i32), m.i32.const(off));
  const ls: Leaf[] = [];
  leaves(h.t, 0, ls);
  const vars: number[] = [];
  const out: Expr[] = [];
  const fail = (cond: Expr) => m.if(m.i32.eqz(cond), m.return(m.i32.const(0)));
  ls.forEach((l, k) => {
    switch (l.kind) {
      case 'int': {
        const o = l.s === 'i64' ? m.i64 : m.i32;
        out.push(fail(o.eq(mod.load(l.mem, l.off, m.local.get(1, T.i32)), mod.load(l.mem, l.off, m.local.get(2, T.i32)))));
        break;
      }
      case 'float': {
        const o = l.s === 'f32' ? m.f32 : m.f64;
        out.push(fail(o.eq(mod.load(l.s, l.off, m.local.get(1, T.i32)), mod.load(l.s, l.off, m.local.get(2, T.i32)))));
        break;
      }
      case 'string': {
        const a = [mod.load('i32', l.off, m.local.get(1, T.i32)), mod.load('i64', l.off + 8, m.local.get(1, T.i32))];
        const b = [mod.load('i32', l.off, m.local.get(2, T.i32)), mod.load('i64', l.off + 8, m.local.get(2, T.i32))];
        out.push(fail(ml.callRuntime('eqstring', [...a, ...b])));
        break;
      }
      case 'iface':
        out.push(fail(ml.callRuntime('ifaceeqmem', [P(l.off), Q(l.off)])));
        break;
      case 'loop': {
        const iLocal = 3 + vars.length;
        vars.push(T.i32);
        const fn = helperName(ml, l.elem, 'eq');
        out.push(
          loopLeaf(ml, iLocal, l.len, (i) => {
            const at = (base: number) =>
              m.i32.add(m.i32.add(m.local.get(base, T.i32), m.i32.const(l.off)), m.i32.mul(i(), m.i32.const(l.size)));
            return fail(m.call(fn, [m.i32.const(0), at(1), at(2)], T.i32));
          }, `eq${k}`),
        );
        break;
      }
    }
  });
  out.push(m.i32.const(1));
  mod.addFunction(h.eq, tupleType(['i32', 'i32', 'i32']), T.i32, vars, m.block(null, out, T.i32));
}

function buildHash(ml: ModuleLowerer, h: Helper): void {
  const m = ml.m;
  const mod = ml.mod;
  const at = (off: number) => m.i32.add(m.local.get(1, T.i32), m.i32.const(off));
  const hv = () => m.local.get(2, T.i32);
  const set = (e: Expr) => m.local.set(2, e);
  const ls: Leaf[] = [];
  leaves(h.t, 0, ls);
  const vars: number[] = [];
  const out: Expr[] = [];
  ls.forEach((l, k) => {
    switch (l.kind) {
      case 'int':
        out.push(set(ml.callRuntime('memhash', [at(l.off), hv(), m.i32.const(memBytes[l.mem])])));
        break;
      case 'float':
        out.push(set(ml.callRuntime(l.s === 'f32' ? 'f32hash' : 'f64hash', [at(l.off), hv()])));
        break;
      case 'string':
        out.push(set(ml.callRuntime('strhash', [at(l.off), hv()])));
        break;
      case 'iface':
        out.push(set(ml.callRuntime('interhash', [at(l.off), hv()])));
        break;
      case 'loop': {
        const iLocal = 3 + vars.length;
        vars.push(T.i32);
        const fn = helperName(ml, l.elem, 'hash');
        out.push(
          loopLeaf(ml, iLocal, l.len, (i) => {
            const addr = m.i32.add(at(l.off), m.i32.mul(i(), m.i32.const(l.size)));
            return set(m.call(fn, [m.i32.const(0), addr, hv()], T.i32));
          }, `hash${k}`),
        );
        break;
      }
    }
  });
  out.push(hv());
  mod.addFunction(h.hash, tupleType(['i32', 'i32', 'i32']), T.i32, vars, m.block(null, out, T.i32));
}

/** ifaceEntry returns the wasm function an interface call of method fn on dynamic type t reaches. */
export function ifaceEntry(ml: ModuleLowerer, t: Type, fn: ir.Function): string {
  const recv = fn.params[0];
  if (!recv) throw new InternalError(`method ${fn.name} without a receiver`);
  const rparts = partsOf(recv.type);
  if (isDirect(t) && rparts.length === 1) return ml.funcName(fn);
  const name = `${fn.name}$iface`;
  if (ml.mod.hasFunction(name)) return name;
  const sig = funcSig(fn);
  const rest = sig.params.slice(rparts.length);
  const m = ml.m;
  const data = () => m.local.get(0, T.i32);
  const args: Expr[] = rparts.map((p) => {
    if (p.big !== undefined) return p.offset === 0 ? data() : m.i32.add(data(), m.i32.const(p.offset));
    return ml.mod.load(p.mem, p.offset, data());
  });
  rest.forEach((s, i) => args.push(m.local.get(i + 1, wtype(s))));
  const results = tupleType(sig.results);
  let body = m.call(ml.funcName(fn), args, results);
  // recover() sees through the wrapper: a deferred call of it passes its arm on (defer.ts)
  if (recoversThrough(fn)) body = m.block(null, [passArm(ml, ml.tableSlot(name), fn), body], results);
  ml.mod.addFunction(name, tupleType(['i32', ...rest]), results, [], body);
  return name;
}
