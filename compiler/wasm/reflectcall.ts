// This file implements the call trampolines behind reflect.Value.Call
// (runtime/go/reflect/call.go; ABI in runtime/go/runtime/README.md, "Type
// descriptors", extra record of func types).
//
// reflect cannot call a func value of a signature it only knows at run time:
// wasm's call_indirect needs the flattened signature statically. So, when
// reachable code calls reflect.Value.Call or CallSlice (typeinfo.ts decides
// that in its pre-pass), every func type descriptor gets one trampoline per
// distinct memory shape of its signature (method signatures get one when
// reflect reaches methods by index or name), stored as a static closure object
// (`n4` of the func type's extra record). The trampoline is an ordinary Go func
// value of type
//
//   func(fn uint32, ctx, args, results unsafe.Pointer)
//
// whose wasm function is `(self, fn, ctx, args, results)`: args points to an
// array of pointers, one per parameter, each to the argument's memory image
// (layout.ts offsets); results to an array of pointers to zeroed memory for
// each result. It loads the arguments' scalar parts, does `call_indirect fn
// (ctx, parts...)` — a closure call (fn = the closure's table index, ctx = the
// closure pointer) or a method's interface entry (ctx = the receiver's data
// word) have the same wasm shape — and stores the results. A big (by
// reference) argument is passed as the address of its image, which reflect
// makes a fresh copy; a big result is copied out. A panic in the callee leaves
// the unwinding flag set: the trampoline has no check of its own, its caller
// in package reflect tests the flag after the (dynamic) call as any caller does.

import type { Signature, Type } from '../types/index.js';
import { T, tupleType, type Expr } from './module.js';
import { partsOf } from './layout.js';
import type { ModuleLowerer } from './lower.js';
import { indirectSig } from './calls.js';

/** Cells is a module's registry of generated functions by signature key: the static cell holding
 * each one's table index (reserved in the pre-pass) and its wasm name (built on first use). */
export interface Cells {
  readonly objs: Map<string, number>;
  readonly names: Map<string, string>;
}

/** moduleCells makes a registry of Cells per module (call trampolines here, MakeFunc stubs). */
export function moduleCells(): (ml: ModuleLowerer) => Cells {
  const states = new WeakMap<ModuleLowerer, Cells>();
  return (ml) => {
    let s = states.get(ml);
    if (!s) {
      s = { objs: new Map(), names: new Map() };
      states.set(ml, s);
    }
    return s;
  };
}

const state = moduleCells();

/** partsKey describes how a value of t lies in memory (its parts' kinds and offsets). */
export function partsKey(t: Type): string {
  return partsOf(t).map((p) => `${p.mem}@${p.offset}${p.big !== undefined ? `b${p.big}` : ''}`).join(',');
}

/** shapeKey identifies a signature by the memory shape of its parameters and results. */
function shapeKey(sig: Signature): string {
  const one = partsKey;
  const list = (vs: readonly { type: Type }[]) => vs.map((v) => `[${one(v.type)}]`).join('');
  return `${list(sig.params.vars)}>${list(sig.results.vars)}`;
}

/** methodSignature returns a method's signature without its receiver (the type of its method value). */
export function methodSignature(sig: Signature): Signature {
  return { kind: 'Signature', params: sig.params, results: sig.results, variadic: sig.variadic };
}

/** reserveTrampoline returns the static closure object of sig's trampoline (pre-pass: reserves it
 * in the data segment on first use; its table index is stored by _start, see trampolineName). */
export function reserveTrampoline(ml: ModuleLowerer, sig: Signature): number {
  const s = state(ml);
  const key = shapeKey(sig);
  let a = s.objs.get(key);
  if (a === undefined) {
    a = ml.data.reserve(4, 4);
    s.objs.set(key, a);
  }
  return a;
}

/** trampolineName builds (once per shape) the trampoline of sig and returns its wasm name. */
export function trampolineName(ml: ModuleLowerer, sig: Signature): string {
  const s = state(ml);
  const key = shapeKey(sig);
  const hit = s.names.get(key);
  if (hit) return hit;
  const name = `reflect$call$${s.names.size}`;
  s.names.set(key, name);
  const m = ml.m;
  const mod = ml.mod;
  const local = (i: number) => m.local.get(i, T.i32);
  const [fnL, ctxL, argsL, resL] = [1, 2, 3, 4];
  const args: Expr[] = [local(ctxL)];
  sig.params.vars.forEach((v, i) => {
    const base = () => m.i32.load(i * 4, 4, local(argsL));
    for (const p of partsOf(v.type)) args.push(p.big !== undefined ? base() : mod.load(p.mem, p.offset, base()));
  });
  const is = indirectSig(sig);
  const rt = tupleType(is.results);
  const call = m.call_indirect('fns', local(fnL), args, tupleType(is.params), rt);
  const body: Expr[] = [];
  const vars = is.results.length > 0 ? [rt] : [];
  if (is.results.length === 0) body.push(call);
  else {
    const tmp = 5;
    body.push(m.local.set(tmp, call));
    const val = (k: number) => (is.results.length === 1 ? m.local.get(tmp, rt) : m.tuple.extract(m.local.get(tmp, rt), k));
    let k = 0;
    sig.results.vars.forEach((v, j) => {
      const dst = () => m.i32.load(j * 4, 4, local(resL));
      for (const p of partsOf(v.type)) {
        if (p.big !== undefined) body.push(m.memory.copy(dst(), val(k), m.i32.const(p.big)));
        else body.push(mod.store(p.mem, p.offset, dst(), val(k)));
        k++;
      }
    });
  }
  mod.addFunction(name, tupleType(['i32', 'i32', 'i32', 'i32', 'i32']), T.none, vars, m.block(null, body));
  return name;
}
