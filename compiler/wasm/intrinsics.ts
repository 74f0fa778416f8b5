// This file implements the intrinsics: functions the backend expands inline
// at each call site. Two kinds:
//   - bodyless functions of package runtime (without //go:wasmimport): the ABI
//     documented in runtime/go/runtime/README.md, keyed by short name;
//   - std functions whose Wasm instruction has exactly Go's semantics, keyed by
//     link name: bodyless ones (math.archFloor: assembly in Go's tree) and ones
//     with a Go body that gc also intrinsifies (math.Sqrt, math/bits.Len64...).
// Any other bodyless function the program reaches is a compile error naming it.

import { UnsupportedError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import { isWasmImport } from '../ssa/index.js';
import type { Expr } from './module.js';
import { T } from './module.js';
import type { FunctionLowerer } from './lower.js';
import { asyncifyCall } from './goroutines.js';
import { UnwindingGlobal } from './panics.js';
import { PcTableGlobal, TraceGlobal } from './traceback.js';
import { FuncNamesGlobal } from './funcnames.js';
import { typeInfo } from './typeinfo.js';

type Expander = (fl: FunctionLowerer, a: Expr[]) => Expr;

const intrinsics: Record<string, Expander> = {
  // func memoryGrow(pages int32) int32 — memory.grow; -1 on failure
  memoryGrow: (fl, a) => fl.m.memory.grow(a[0]!),
  // func memorySize() int32 — current size in 64 KiB pages
  memorySize: (fl) => fl.m.memory.size(),
  // func heapStart() uintptr — first address after static data
  heapStart: (fl) => fl.m.global.get('__heap_base', T.i32),
  // func gcDataStart() uintptr, gcDataEnd() uintptr, gcDataMap() uintptr — static memory and its
  // pointer map (a bit per word that may hold a heap pointer: data.ts)
  gcDataStart: (fl) => fl.m.i32.const(fl.ml.data.rootsStart()),
  gcDataEnd: (fl) => fl.m.i32.const(fl.ml.data.stackLimit()),
  gcDataMap: (fl) => fl.m.i32.const(fl.ml.data.pointerMap()),
  // func ctz32(x uint32) uint32 — count trailing zeros
  ctz32: (fl, a) => fl.m.i32.ctz(a[0]!),
  // func stackTop() uintptr — the shadow stack's top (its initial __sp)
  stackTop: (fl) => fl.m.i32.const(fl.ml.data.stackTop()),
  // func memmove(dst, src unsafe.Pointer, n uintptr)
  memmove: (fl, a) => fl.m.memory.copy(a[0]!, a[1]!, a[2]!),
  // func memclr(p unsafe.Pointer, n uintptr)
  memclr: (fl, a) => fl.m.memory.fill(a[0]!, fl.m.i32.const(0), a[1]!),
  // func trap()
  trap: (fl) => fl.m.unreachable(),
  // func unwinding() bool / func setUnwinding(b bool) — the panic unwinding flag (panics.ts)
  unwinding: (fl) => fl.m.global.get(UnwindingGlobal, T.i32),
  setUnwinding: (fl, a) => fl.m.global.set(UnwindingGlobal, a[0]!),
  // func traceTop() uintptr / setTraceTop(p uintptr) / pcTable() uintptr — call stacks
  // (traceback.ts); without them in the program: 0, nothing
  traceTop: (fl) => (fl.ml.trace ? fl.m.global.get(TraceGlobal, T.i32) : fl.m.i32.const(0)),
  setTraceTop: (fl, a) => (fl.ml.trace ? fl.m.global.set(TraceGlobal, a[0]!) : fl.m.drop(a[0]!)),
  pcTable: (fl) => (fl.ml.trace ? fl.m.global.get(PcTableGlobal, T.i32) : fl.m.i32.const(0)),
  // func funcTable() uintptr — the names of func values' code (funcnames.ts); 0 without FuncForPC
  funcTable: (fl) => (fl.ml.funcNames ? fl.m.global.get(FuncNamesGlobal, T.i32) : fl.m.i32.const(0)),
  // func getsp() uintptr / func setsp(sp uintptr) — the shadow stack pointer
  getsp: (fl) => fl.m.global.get('__sp', T.i32),
  setsp: (fl, a) => fl.m.global.set('__sp', a[0]!),
  // func typelinks() unsafe.Pointer — the table of every type descriptor for reflect's type
  // constructors (typeinfo.ts emitTypelinks), nil when the program has none of them
  typelinks: (fl) => fl.m.i32.const(typeInfo(fl.ml).typelinks),
  // func memProfileOn() bool — the program can read memory profiles (index.ts)
  memProfileOn: (fl) => fl.m.i32.const(fl.ml.memProfile ? 1 : 0),
  // func asyncifyOn() bool — the program has goroutines (goroutines.ts)
  asyncifyOn: (fl) => fl.m.i32.const(fl.ml.goroutines ? 1 : 0),
  // Asyncify's functions (traps without goroutines)
  asyncStartUnwind: (fl, a) => asyncifyCall(fl.ml, 'start_unwind', a),
  asyncStopUnwind: (fl) => asyncifyCall(fl.ml, 'stop_unwind', []),
  asyncStartRewind: (fl, a) => asyncifyCall(fl.ml, 'start_rewind', a),
  asyncStopRewind: (fl) => asyncifyCall(fl.ml, 'stop_rewind', []),
  // func float64bits(f float64) uint64
  float64bits: (fl, a) => fl.m.i64.reinterpret(a[0]!),
  // func float64frombits(b uint64) float64
  float64frombits: (fl, a) => fl.m.f64.reinterpret(a[0]!),
  // func float32bits(f float32) uint32
  float32bits: (fl, a) => fl.m.i32.reinterpret(a[0]!),
  // func float32frombits(b uint32) float32
  float32frombits: (fl, a) => fl.m.f32.reinterpret(a[0]!),
};

/** Std functions served by one Wasm instruction (see the file comment). Results of type int are i64. */
const stdIntrinsics: Record<string, Expander> = {
  'math.archFloor': (fl, a) => fl.m.f64.floor(a[0]!),
  'math.archCeil': (fl, a) => fl.m.f64.ceil(a[0]!),
  'math.archTrunc': (fl, a) => fl.m.f64.trunc(a[0]!),
  'math.Floor': (fl, a) => fl.m.f64.floor(a[0]!),
  'math.Ceil': (fl, a) => fl.m.f64.ceil(a[0]!),
  'math.Trunc': (fl, a) => fl.m.f64.trunc(a[0]!),
  'math.RoundToEven': (fl, a) => fl.m.f64.nearest(a[0]!),
  'math.Sqrt': (fl, a) => fl.m.f64.sqrt(a[0]!),
  'math.Abs': (fl, a) => fl.m.f64.abs(a[0]!),
  'math.Copysign': (fl, a) => fl.m.f64.copysign(a[0]!, a[1]!),
  'math.Float64bits': (fl, a) => fl.m.i64.reinterpret(a[0]!),
  'math.Float64frombits': (fl, a) => fl.m.f64.reinterpret(a[0]!),
  'math.Float32bits': (fl, a) => fl.m.i32.reinterpret(a[0]!),
  'math.Float32frombits': (fl, a) => fl.m.f32.reinterpret(a[0]!),
  'math/bits.LeadingZeros64': (fl, a) => fl.m.i64.clz(a[0]!),
  'math/bits.LeadingZeros32': (fl, a) => fl.m.i64.extend_u(fl.m.i32.clz(a[0]!)),
  'math/bits.TrailingZeros64': (fl, a) => fl.m.i64.ctz(a[0]!),
  'math/bits.TrailingZeros32': (fl, a) => fl.m.i64.extend_u(fl.m.i32.ctz(a[0]!)),
  'math/bits.OnesCount64': (fl, a) => fl.m.i64.popcnt(a[0]!),
  'math/bits.OnesCount32': (fl, a) => fl.m.i64.extend_u(fl.m.i32.popcnt(a[0]!)),
  'math/bits.Len64': (fl, a) => fl.m.i64.sub(fl.mod.i64(64n), fl.m.i64.clz(a[0]!)),
  'math/bits.Len32': (fl, a) => fl.m.i64.extend_u(fl.m.i32.sub(fl.m.i32.const(32), fl.m.i32.clz(a[0]!))),
  'math/bits.RotateLeft64': (fl, a) => fl.m.i64.rotl(a[0]!, a[1]!),
  'math/bits.RotateLeft32': (fl, a) => fl.m.i32.rotl(a[0]!, fl.m.i32.wrap(a[1]!)),
};

function expanderOf(fn: ir.Function): Expander | undefined {
  if (fn.pkg === 'runtime') {
    return fn.blocks.length === 0 ? intrinsics[fn.name.slice('runtime.'.length)] : undefined;
  }
  return stdIntrinsics[fn.name];
}

/** isIntrinsic reports whether calls of fn are expanded inline by the backend: a bodyless runtime
 * function (unknown ones are reported at the call), or a std function listed above. */
export function isIntrinsic(fn: ir.Function): boolean {
  if (fn.pkg === 'runtime') return fn.blocks.length === 0 && !isWasmImport(fn);
  return expanderOf(fn) !== undefined;
}

export function intrinsicCall(fl: FunctionLowerer, fn: ir.Function, args: ir.Value[], c: ir.Call): Expr {
  const x = expanderOf(fn);
  if (!x) throw new UnsupportedError(`runtime intrinsic ${fn.name} (bodyless function unknown to the backend)`, c.pos);
  const flat: Expr[] = [];
  for (const a of args) flat.push(...fl.get(a));
  return x(fl, flat);
}

export const intrinsicNames: readonly string[] = Object.keys(intrinsics);
