// This file implements func values. A func value is a pointer to a closure
// object { fn: i32 table index, free variables... } laid out like a struct
// (free variables at their aligned offsets after the index). Calling one loads
// the index and does call_indirect with the closure pointer as a hidden first
// argument (calls.ts); a closure body reads its free variables from that
// pointer in its prologue (lower.ts). MakeClosure allocates the object on the
// heap. A top-level Function used as a value is a static closure object in
// static memory (data.ts), initialised by _start, whose table entry is a wrapper `name$fv` that drops the
// closure pointer and calls the function directly.

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Type } from '../types/index.js';
import { T, tupleType, wtype, type Expr } from './module.js';
import { alignof, alignUp, partsOf, sizeof, hasPointers } from './layout.js';
import type { FunctionLowerer, ModuleLowerer } from './lower.js';
import { bodylessError, funcSig } from './calls.js';
import { heapAlloc, storeParts } from './memory.js';

/** closureFreeVarOffsets gives the byte offset of each free variable in a closure object. */
export function closureFreeVarOffsets(types: Type[]): number[] {
  let off = 4;
  return types.map((t) => {
    off = alignUp(off, alignof(t));
    const o = off;
    off += sizeof(t);
    return o;
  });
}

function closureSize(types: Type[]): number {
  const offs = closureFreeVarOffsets(types);
  if (types.length === 0) return 4;
  return alignUp(offs[offs.length - 1]! + sizeof(types[types.length - 1]!), 8);
}

/** tableEntry returns the table index to store in a closure object for fn. */
function tableEntry(ml: ModuleLowerer, fn: ir.Function): number {
  const slot = funcValueSlot(ml, fn);
  ml.funcValues.set(slot, fn); // its code pointer's name (funcnames.ts)
  return slot;
}

function funcValueSlot(ml: ModuleLowerer, fn: ir.Function): number {
  const sig = funcSig(fn);
  if (sig.hasCtx) return ml.tableSlot(ml.funcName(fn));
  let w = ml.wrappers.get(fn);
  if (!w) {
    if (fn.blocks.length === 0 && !fn.directives.some((d) => d.name.endsWith('wasmimport'))) throw bodylessError(fn, fn.pos);
    w = `${fn.name}$fv`;
    ml.wrappers.set(fn, w);
    const target = ml.funcName(fn);
    const m = ml.m;
    const params = ['i32' as const, ...sig.params];
    const args = sig.params.map((s, i) => m.local.get(i + 1, wtype(s)));
    ml.mod.addFunction(w, tupleType(params), tupleType(sig.results), [], m.call(target, args, tupleType(sig.results)));
  }
  return ml.tableSlot(w);
}

/** funcValueAddress returns the address of the static closure object of a Function used as a value. */
export function funcValueAddress(ml: ModuleLowerer, fn: ir.Function): number {
  let a = ml.staticClosures.get(fn);
  if (a === undefined) {
    if (fn.freeVars.length > 0) throw new InternalError(`closure ${fn.name} used without MakeClosure`);
    a = ml.data.reserveClosure();
    ml.staticClosures.set(fn, a);
    ml.closureInits.push([a, tableEntry(ml, fn)]);
  }
  return a;
}

export function lowerMakeClosure(fl: FunctionLowerer, mc: ir.MakeClosure): Expr[] {
  const m = fl.m;
  const fn = mc.fn;
  if (fn.freeVars.length !== mc.bindings.length) throw new InternalError('MakeClosure binding count mismatch');
  const types = fn.freeVars.map((f) => f.type);
  const idx = tableEntry(fl.ml, fn);
  const p = fl.newLocal('i32');
  const ptr = () => m.local.get(p, T.i32);
  const out: Expr[] = [m.local.set(p, heapAlloc(fl, m.i32.const(closureSize(types)), !types.some(hasPointers))), m.i32.store(0, 4, ptr(), m.i32.const(idx))];
  const offs = closureFreeVarOffsets(types);
  mc.bindings.forEach((b, i) => {
    if (partsOf(types[i]!).length > 0) out.push(...storeParts(fl, types[i]!, ptr, fl.get(b), offs[i]!));
  });
  fl.nonNil.add(mc);
  return [...out, ...fl.define(mc, [ptr()])];
}
