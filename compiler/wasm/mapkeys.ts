// This file generates the hash and equality functions of map keys that the
// runtime's generic map entry points (map.go, kind 0) call through func
// values: floats, complex numbers, structs and arrays (of anything
// comparable), and the like.
//
// A key type is flattened into leaves at byte offsets: integer-like words
// (ints, bools, pointers, chans; loaded with their layout's memory kind),
// strings, float32/float64, complex numbers and interfaces (runtime interhash
// and ifaceeqmem, iface.go: through the dynamic type's descriptor, panicking
// for unhashable dynamic types). Padding is never read. The generated functions follow the closure
// calling convention of func values (closures.ts): the closure pointer first.
//   hash  (ctx i32, p i32, seed i32) -> i32: h = seed; h = leafhash(leaf, h) for
//         each leaf, with runtime.hash64 for words, strhash for strings and
//         f32hash/f64hash/c64hash/c128hash for floats (+0 == -0, NaN random).
//   equal (ctx i32, p i32, q i32) -> i32: returns 0 at the first unequal leaf
//         (f32.eq/f64.eq for floats: NaN is unequal to itself; eqstring for
//         strings), else 1.
// Each pair gets static closure objects (data.ts) filled in by _start; they
// are generated once per key type (cached by type string).

import { UnsupportedError } from '../syntax/diagnostics.js';
import type { Type } from '../types/index.js';
import { BasicKind, typeString } from '../types/index.js';
import { T, tupleType, type Expr, type MemKind } from './module.js';
import { offsetsof, partsOf, sizeof, underlying } from './layout.js';
import type { ModuleLowerer } from './lower.js';
import { funcSig } from './calls.js';

type Leaf =
  | { readonly kind: 'word'; readonly mem: MemKind; readonly off: number }
  | { readonly kind: 'str' | 'f32' | 'f64' | 'c64' | 'c128' | 'iface'; readonly off: number };

function leaves(t: Type, off: number, out: Leaf[]): void {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case BasicKind.String:
          out.push({ kind: 'str', off });
          return;
        case BasicKind.Float32:
          out.push({ kind: 'f32', off });
          return;
        case BasicKind.Float64:
          out.push({ kind: 'f64', off });
          return;
        case BasicKind.Complex64:
          out.push({ kind: 'c64', off });
          return;
        case BasicKind.Complex128:
          out.push({ kind: 'c128', off });
          return;
        default:
          out.push({ kind: 'word', mem: partsOf(u)[0]!.mem, off });
          return;
      }
    case 'Pointer':
    case 'Chan':
      out.push({ kind: 'word', mem: 'i32', off });
      return;
    case 'Interface':
      out.push({ kind: 'iface', off });
      return;
    case 'Struct': {
      const offs = offsetsof(u);
      // blank fields take no part in == (spec), so neither in a key's hash
      u.fields.forEach((f, i) => {
        if (f.name !== '_') leaves(f.type, off + offs[i]!, out);
      });
      return;
    }
    case 'Array': {
      const es = sizeof(u.elem);
      for (let i = 0; i < u.len; i++) leaves(u.elem, off + i * es, out);
      return;
    }
    default:
      throw new UnsupportedError(`map key of type ${typeString(t)}`, 0);
  }
}

/** rtCall calls a runtime function directly: the generated functions are runtime code (no unwind
 * checks; the runtime's generic map functions test dstate.unwinding after hashing). */
function rtCall(ml: ModuleLowerer, name: string, args: Expr[]): Expr {
  const fn = ml.runtimeFunc(name);
  return ml.m.call(ml.funcName(fn), args, tupleType(funcSig(fn).results));
}

const cache = new WeakMap<ModuleLowerer, Map<string, [number, number]>>();
const eqNames = new WeakMap<ModuleLowerer, Map<string, string>>();

/** keyEqualFunc returns the name of the generated function comparing two values of type k in
 * memory: `(ctx, p, q i32) -> i32` (ctx unused); == on big structs and arrays calls it. */
export function keyEqualFunc(ml: ModuleLowerer, k: Type): string {
  keyFuncClosures(ml, k);
  return eqNames.get(ml)!.get(typeString(k))!;
}

/** hasInterfaceLeaf reports whether comparing values of type k can panic (an interface part). */
export function hasInterfaceLeaf(k: Type): boolean {
  const ls: Leaf[] = [];
  leaves(k, 0, ls);
  return ls.some((l) => l.kind === 'iface');
}
const i32 = T.i32;

/** keyFuncClosures returns the addresses of the static closure objects (hash, equal) for key type k. */
export function keyFuncClosures(ml: ModuleLowerer, k: Type): [number, number] {
  let c = cache.get(ml);
  if (!c) cache.set(ml, (c = new Map()));
  const name = typeString(k);
  const hit = c.get(name);
  if (hit) return hit;
  const ls: Leaf[] = [];
  leaves(k, 0, ls);
  const id = c.size;
  const hashName = `runtime.keyhash$${id}`;
  const eqName = `runtime.keyequal$${id}`;
  const m = ml.m;
  const params = tupleType(['i32', 'i32', 'i32']);

  // hash: local 3 = h
  const hs: Expr[] = [m.local.set(3, m.local.get(2, i32))];
  const p = () => m.local.get(1, i32);
  const h = () => m.local.get(3, i32);
  const at = (off: number) => (off === 0 ? p() : m.i32.add(p(), m.i32.const(off)));
  for (const l of ls) {
    let e: Expr;
    if (l.kind === 'word') {
      const v = ml.mod.load(l.mem, l.off, p());
      e = rtCall(ml, 'hash64', [l.mem === 'i64' ? v : m.i64.extend_u(v), h()]);
    } else {
      const fn = { str: 'strhash', f32: 'f32hash', f64: 'f64hash', c64: 'c64hash', c128: 'c128hash', iface: 'interhash' }[l.kind];
      e = rtCall(ml, fn, [at(l.off), h()]);
    }
    hs.push(m.local.set(3, e));
  }
  hs.push(h());
  ml.mod.addFunction(hashName, params, i32, [i32], m.block(null, hs, i32));

  // equal
  const q = () => m.local.get(2, i32);
  const es: Expr[] = [];
  for (const l of ls) {
    let ne: Expr;
    switch (l.kind) {
      case 'word': {
        const o = l.mem === 'i64' ? m.i64 : m.i32;
        ne = o.ne(ml.mod.load(l.mem, l.off, p()), ml.mod.load(l.mem, l.off, q()));
        break;
      }
      case 'str': {
        const s = (x: () => Expr) => [ml.mod.load('i32', l.off, x()), ml.mod.load('i64', l.off + 8, x())];
        ne = m.i32.eqz(rtCall(ml, 'eqstring', [...s(p), ...s(q)]));
        break;
      }
      case 'iface': {
        const atq = (off: number) => (off === 0 ? q() : m.i32.add(q(), m.i32.const(off)));
        ne = m.i32.eqz(rtCall(ml, 'ifaceeqmem', [at(l.off), atq(l.off)]));
        break;
      }
      default: {
        const f32 = l.kind === 'f32' || l.kind === 'c64';
        const o = f32 ? m.f32 : m.f64;
        const w = f32 ? 4 : 8;
        const n = l.kind === 'c64' || l.kind === 'c128' ? 2 : 1;
        for (let i = 0; i < n; i++) {
          const mem = f32 ? 'f32' : 'f64';
          const eq = o.eq(ml.mod.load(mem, l.off + i * w, p()), ml.mod.load(mem, l.off + i * w, q()));
          es.push(m.if(m.i32.eqz(eq), m.return(m.i32.const(0))));
        }
        continue;
      }
    }
    es.push(m.if(ne, m.return(m.i32.const(0))));
  }
  es.push(m.i32.const(1));
  ml.mod.addFunction(eqName, params, i32, [], m.block(null, es, i32));

  const closure = (fn: string) => {
    const a = ml.data.reserveClosure();
    ml.closureInits.push([a, ml.tableSlot(fn)]);
    return a;
  };
  const r: [number, number] = [closure(hashName), closure(eqName)];
  c.set(name, r);
  let en = eqNames.get(ml);
  if (!en) eqNames.set(ml, (en = new Map()));
  en.set(name, eqName);
  return r;
}
