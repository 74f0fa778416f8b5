// This file implements the intrinsics: functions of package runtime declared
// without a body (and without //go:wasmimport), which the backend expands
// inline at each call site. The list is the ABI documented in
// runtime/go/runtime/README.md; any other bodyless runtime function is a
// compile error naming it.

import { UnsupportedError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Expr } from './module.js';
import { T } from './module.js';
import type { FunctionLowerer } from './lower.js';

type Expander = (fl: FunctionLowerer, a: Expr[]) => Expr;

const intrinsics: Record<string, Expander> = {
  // func memoryGrow(pages int32) int32 — memory.grow; -1 on failure
  memoryGrow: (fl, a) => fl.m.memory.grow(a[0]!),
  // func memorySize() int32 — current size in 64 KiB pages
  memorySize: (fl) => fl.m.memory.size(),
  // func heapStart() uintptr — first address after static data
  heapStart: (fl) => fl.m.global.get('__heap_base', T.i32),
  // func memmove(dst, src unsafe.Pointer, n uintptr)
  memmove: (fl, a) => fl.m.memory.copy(a[0]!, a[1]!, a[2]!),
  // func memclr(p unsafe.Pointer, n uintptr)
  memclr: (fl, a) => fl.m.memory.fill(a[0]!, fl.m.i32.const(0), a[1]!),
  // func trap()
  trap: (fl) => fl.m.unreachable(),
  // func float64bits(f float64) uint64
  float64bits: (fl, a) => fl.m.i64.reinterpret(a[0]!),
  // func float64frombits(b uint64) float64
  float64frombits: (fl, a) => fl.m.f64.reinterpret(a[0]!),
  // func float32bits(f float32) uint32
  float32bits: (fl, a) => fl.m.i32.reinterpret(a[0]!),
  // func float32frombits(b uint32) float32
  float32frombits: (fl, a) => fl.m.f32.reinterpret(a[0]!),
};

function shortName(fn: ir.Function): string {
  return fn.name.startsWith('runtime.') ? fn.name.slice('runtime.'.length) : fn.name;
}

/** isIntrinsic reports whether fn is a bodyless runtime function served by the backend. */
export function isIntrinsic(fn: ir.Function): boolean {
  return fn.pkg === 'runtime' && fn.blocks.length === 0;
}

export function intrinsicCall(fl: FunctionLowerer, fn: ir.Function, args: ir.Value[], c: ir.Call): Expr {
  const x = intrinsics[shortName(fn)];
  if (!x) throw new UnsupportedError(`runtime intrinsic ${fn.name} (bodyless function unknown to the backend)`, c.pos);
  const flat: Expr[] = [];
  for (const a of args) flat.push(...fl.get(a));
  return x(fl, flat);
}

export const intrinsicNames: readonly string[] = Object.keys(intrinsics);
