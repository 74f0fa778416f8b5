// This file implements the MakeFunc stubs behind reflect.MakeFunc and the
// func values reflect makes of method values and of Type.Method(i).Func
// (runtime/go/reflect/makefunc.go; ABI in runtime/go/runtime/README.md, "Type
// descriptors", extra record of func types). They are the reverse of the call
// trampolines (reflectcall.ts): a trampoline calls a func value of a signature
// reflect knows only at run time; a stub *is* the code of such a func value.
//
// A func value is a closure object whose first word is a table index; a call
// is `call_indirect idx (closure, parts...)`. reflect.MakeFunc returns a
// closure object `makeFuncImpl{code uint32; call func(args, results
// unsafe.Pointer, armed bool)}` whose code is the stub of its signature's
// memory shape (one stub per shape, built when the program reaches MakeFunc
// or can make method values: typeinfo.ts decides). The stub:
//
//   1. pushes a frame on the shadow stack: `[nin]` pointers to the arguments'
//      memory images, `[nout]` pointers to the results' memory (zero; the
//      handler fills them), then the images (8-aligned, one per non-big
//      argument). The frame is scanned by the collector like any frame, so
//      every pointer argument stays visible while the handler runs — the
//      caller's wasm locals are not. A big argument (layout.ts: an immutable
//      snapshot) is passed as its snapshot's address;
//   2. computes `armed`: whether the deferred call running it may recover
//      (dstate.arm equals its closure's table index, as a function containing
//      recover() checks in its prologue, defer.ts), and then clears the arm;
//      reflect passes the arm on to the Go function it finally calls, so
//      recover() in a MakeFunc handler or a method called through a method
//      value works as in Go;
//   3. calls the closure `impl.call` (offset 4 of its own closure) with
//      (frame, frame + 4*nin, armed): reflect's Go handler builds the argument
//      Values, calls the user's function and stores each result in fresh heap
//      memory whose address it writes into the results array;
//   4. if a panic is unwinding (the handler returned with the flag set), pops
//      the frame and returns zeros (its caller tests the flag, as after any
//      call); else loads the results' parts (a big result: the address of the
//      fresh memory, which nobody else holds, is its snapshot), pops the frame
//      and returns them.

import type { Signature, Type } from '../types/index.js';
import { T, tupleType, wtype, type Expr } from './module.js';
import { alignUp, partsOf, sizeof } from './layout.js';
import type { ModuleLowerer } from './lower.js';
import { indirectSig } from './calls.js';
import { moduleCells, partsKey } from './reflectcall.js';
import { DState, UnwindingGlobal, dstateAddr } from './panics.js';

/** Offset of `call` in reflect's makeFuncImpl (runtime/go/reflect/makefunc.go). */
const ImplCall = 4;

/** Stub key -> static cell of the stub's table index, and its wasm name. */
const state = moduleCells();

/** stubKey identifies a signature by its wasm shape and the memory images of its parameters and
 * results (the stub stores and loads exactly those). */
function stubKey(sig: Signature): string {
  const one = (t: Type) => `${sizeof(t)}:${partsKey(t)}`;
  const list = (vs: readonly { type: Type }[]) => vs.map((v) => `[${one(v.type)}]`).join('');
  return `${list(sig.params.vars)}>${list(sig.results.vars)}`;
}

/** reserveMakeFuncStub returns the static cell that will hold the table index of sig's stub
 * (pre-pass; the index is stored by _start once the stub is built, see makeFuncStubName). */
export function reserveMakeFuncStub(ml: ModuleLowerer, sig: Signature): number {
  const s = state(ml);
  const key = stubKey(sig);
  let a = s.objs.get(key);
  if (a === undefined) {
    a = ml.data.reserve(4, 4);
    s.objs.set(key, a);
  }
  return a;
}

/** makeFuncStubName builds (once per shape) the MakeFunc stub of sig and returns its wasm name. */
export function makeFuncStubName(ml: ModuleLowerer, sig: Signature): string {
  const s = state(ml);
  const key = stubKey(sig);
  const hit = s.names.get(key);
  if (hit) return hit;
  const name = `reflect$makefunc$${s.names.size}`;
  s.names.set(key, name);
  const m = ml.m;
  const mod = ml.mod;
  const is = indirectSig(sig);
  const nin = sig.params.vars.length;
  const nout = sig.results.vars.length;
  // frame layout: args pointers, results pointers, argument images
  let size = 4 * (nin + nout);
  const imgOff: (number | undefined)[] = sig.params.vars.map((v) => {
    const ps = partsOf(v.type);
    if (ps.length === 1 && ps[0]!.big !== undefined) return undefined;
    size = alignUp(size, 8);
    const off = size;
    size += sizeof(v.type);
    return off;
  });
  const frameSize = alignUp(Math.max(size, 1), 16);
  // locals: params (ctx, parts...), then saved sp, fp, armed
  const savedL = is.params.length;
  const fpL = savedL + 1;
  const armedL = savedL + 2;
  const local = (i: number) => m.local.get(i, T.i32);
  const fpAt = (off: number) => (off === 0 ? local(fpL) : m.i32.add(local(fpL), m.i32.const(off)));
  const dstate = () => m.i32.const(dstateAddr(ml));
  const body: Expr[] = [
    m.local.set(savedL, m.global.get('__sp', T.i32)),
    m.local.set(fpL, m.i32.sub(local(savedL), m.i32.const(frameSize))),
    m.if(
      m.i32.lt_u(m.i32.sub(local(savedL), m.i32.const(ml.data.stackLimit())), m.i32.const(frameSize)),
      m.block(null, [m.call(ml.funcName(ml.runtimeFunc('stackOverflow')), [], T.none), m.unreachable()]),
    ),
    m.global.set('__sp', local(fpL)),
    m.memory.fill(local(fpL), m.i32.const(0), m.i32.const(frameSize)),
  ];
  let k = 1; // wasm parameter index (0 is the closure)
  sig.params.vars.forEach((v, i) => {
    const ps = partsOf(v.type);
    const off = imgOff[i];
    if (off === undefined) {
      body.push(m.i32.store(i * 4, 4, local(fpL), local(k++)));
      return;
    }
    body.push(m.i32.store(i * 4, 4, local(fpL), fpAt(off)));
    for (const p of ps) {
      body.push(mod.store(p.mem, off + p.offset, local(fpL), m.local.get(k, wtype(is.params[k]!))));
      k++;
    }
  });
  // armed: a deferred call runs this closure during a panic (its table index is in dstate.arm)
  const arm = () => mod.load('i32', DState.arm, dstate());
  body.push(m.local.set(armedL, m.i32.eq(arm(), m.i32.load(0, 4, local(0)))));
  body.push(m.if(local(armedL), m.i32.store(DState.arm, 4, dstate(), m.i32.const(0))));
  const handler = () => m.i32.load(ImplCall, 4, local(0));
  body.push(
    m.call_indirect('fns', m.i32.load(0, 4, handler()), [handler(), local(fpL), fpAt(4 * nin), local(armedL)], tupleType(['i32', 'i32', 'i32', 'i32']), T.none),
  );
  const restore = () => m.global.set('__sp', local(savedL));
  const ret = (vs: Expr[]) => (vs.length === 0 ? m.return() : vs.length === 1 ? m.return(vs[0]!) : m.return(m.tuple.make(vs)));
  body.push(m.if(m.global.get(UnwindingGlobal, T.i32), m.block(null, [restore(), ret(is.results.map((r) => mod.zero(r)))])));
  const outs: Expr[] = [];
  const resTmp = armedL + 1;
  const vars = [T.i32, T.i32, T.i32];
  sig.results.vars.forEach((v, j) => {
    const r = () => m.i32.load((nin + j) * 4, 4, local(fpL));
    for (const p of partsOf(v.type)) {
      if (p.big !== undefined) outs.push(r());
      else outs.push(mod.load(p.mem, p.offset, r()));
    }
  });
  // results are read before the frame is popped, into locals
  outs.forEach((e, i) => {
    vars.push(wtype(is.results[i]!));
    body.push(m.local.set(resTmp + i, e));
  });
  body.push(restore());
  body.push(ret(is.results.map((r, i) => m.local.get(resTmp + i, wtype(r)))));
  mod.addFunction(name, tupleType(is.params), tupleType(is.results), vars, m.block(null, body));
  return name;
}
