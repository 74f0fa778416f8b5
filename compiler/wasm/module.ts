// This file implements WasmModule, the only place that imports binaryen. It
// creates the module with the feature baseline the design card fixes (MVP,
// mutable globals, sign-ext, non-trapping float-to-int, bulk memory and
// multivalue; no EH, no tail calls, no wasm GC), and wraps the few generic
// operations the lowering needs keyed by our scalar kinds (load/store of a
// memory kind, constants, locals, tuples), validation, optimisation and
// emission. Other files build expressions through `m` (the raw builder), which
// they reach through this class without importing binaryen themselves.

import binaryen from 'binaryen';
import { InternalError } from '../syntax/diagnostics.js';

/** A binaryen expression reference. */
export type Expr = number;
/** A binaryen value type (possibly a tuple). */
export type WType = number;

export type Scalar = 'i32' | 'i64' | 'f32' | 'f64';
/** How a scalar is held in memory: sub-word integers are sign- or zero-extended on load. */
export type MemKind = 'i8s' | 'i8u' | 'i16s' | 'i16u' | 'i32' | 'i64' | 'f32' | 'f64';

export const T = {
  none: binaryen.none as WType,
  i32: binaryen.i32 as WType,
  i64: binaryen.i64 as WType,
  f32: binaryen.f32 as WType,
  f64: binaryen.f64 as WType,
  unreachable: binaryen.unreachable as WType,
};

export function wtype(s: Scalar): WType {
  return T[s];
}

/** tupleType makes a (possibly empty or single) result/param type from scalars. */
export function tupleType(ss: readonly Scalar[]): WType {
  if (ss.length === 0) return T.none;
  if (ss.length === 1) return wtype(ss[0]!);
  return binaryen.createType(ss.map(wtype));
}

export type RawModule = binaryen.Module;
export type Relooper = binaryen.Relooper;
export type RelooperBlock = number;

export interface DataSegmentSpec {
  readonly offset: number;
  readonly data: Uint8Array;
}

export class WasmModule {
  readonly m: binaryen.Module = new binaryen.Module();

  constructor() {
    const F = binaryen.Features;
    this.m.setFeatures(
      F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt | F.Multivalue,
    );
  }

  relooper(): Relooper {
    return new binaryen.Relooper(this.m);
  }

  // --- scalars -------------------------------------------------------------

  const(s: Scalar, v: number | bigint): Expr {
    const m = this.m;
    switch (s) {
      case 'i32':
        return m.i32.const(Number(BigInt.asIntN(32, BigInt(typeof v === 'number' ? Math.trunc(v) : v))));
      case 'i64': {
        return this.i64(v);
      }
      case 'f32':
        return m.f32.const(Number(v));
      case 'f64':
        return m.f64.const(Number(v));
    }
  }

  /** i64 makes an i64 constant (binaryen 132 takes a bigint at run time; its .d.ts still says number). */
  i64(v: number | bigint): Expr {
    const b = BigInt.asIntN(64, typeof v === 'bigint' ? v : BigInt(Math.trunc(v)));
    return (this.m.i64.const as unknown as (x: bigint) => Expr)(b);
  }

  /** constBits makes a float constant from its exact bit pattern (keeps NaN payloads and -0). */
  f64Bits(bits: bigint): Expr {
    return this.m.f64.const_bits(BigInt.asIntN(64, bits));
  }

  zero(s: Scalar): Expr {
    return this.const(s, 0);
  }

  localGet(index: number, s: Scalar | WType): Expr {
    return this.m.local.get(index, typeof s === 'string' ? wtype(s) : s);
  }

  localSet(index: number, v: Expr): Expr {
    return this.m.local.set(index, v);
  }

  load(kind: MemKind, offset: number, addr: Expr): Expr {
    const m = this.m;
    switch (kind) {
      case 'i8s':
        return m.i32.load8_s(offset, 1, addr);
      case 'i8u':
        return m.i32.load8_u(offset, 1, addr);
      case 'i16s':
        return m.i32.load16_s(offset, 2, addr);
      case 'i16u':
        return m.i32.load16_u(offset, 2, addr);
      case 'i32':
        return this.i32LoadUnsigned(offset, addr);
      case 'i64':
        return m.i64.load(offset, 8, addr);
      case 'f32':
        return m.f32.load(offset, 4, addr);
      case 'f64':
        return m.f64.load(offset, 8, addr);
    }
  }

  /**
   * i32LoadUnsigned works around a binaryen 132 bug: binaryen.js builds `i32.load` with its
   * `signed` flag set, and OptimizeInstructions then folds `i64.extend_i32_u (i32.load)` into
   * `i64.load32_s` (sign-extending a uint32!). Building the load through the C API with
   * signed=false gives the correct `i64.load32_u`.
   */
  private i32LoadUnsigned(offset: number, addr: Expr): Expr {
    // binaryen's exported C API is not in its .d.ts: (module, bytes, signed, offset, align, type, ptr, memoryName)
    const api = binaryen as unknown as {
      _BinaryenLoad(mod: number, bytes: number, signed: boolean, offset: number, align: number, type: number, ptr: number, mem: number): number;
    };
    return api._BinaryenLoad(this.m.ptr, 4, false, offset, 4, T.i32, addr, 0);
  }

  store(kind: MemKind, offset: number, addr: Expr, v: Expr): Expr {
    const m = this.m;
    switch (kind) {
      case 'i8s':
      case 'i8u':
        return m.i32.store8(offset, 1, addr, v);
      case 'i16s':
      case 'i16u':
        return m.i32.store16(offset, 2, addr, v);
      case 'i32':
        return m.i32.store(offset, 4, addr, v);
      case 'i64':
        return m.i64.store(offset, 8, addr, v);
      case 'f32':
        return m.f32.store(offset, 4, addr, v);
      case 'f64':
        return m.f64.store(offset, 8, addr, v);
    }
  }

  block(stmts: Expr[], result: WType = T.none, label: string | null = null): Expr {
    return this.m.block(label, stmts, result);
  }

  /** seq makes one statement of several (or a nop). */
  seq(stmts: Expr[]): Expr {
    if (stmts.length === 0) return this.m.nop();
    if (stmts.length === 1) return stmts[0]!;
    return this.m.block(null, stmts, T.none);
  }

  tupleMake(parts: Expr[]): Expr {
    return this.m.tuple.make(parts);
  }

  tupleExtract(t: Expr, i: number): Expr {
    return this.m.tuple.extract(t, i);
  }

  memoryFill(dst: Expr, value: Expr, size: Expr): Expr {
    return this.m.memory.fill(dst, value, size);
  }

  memoryCopy(dst: Expr, src: Expr, size: Expr): Expr {
    return this.m.memory.copy(dst, src, size);
  }

  // --- module-level --------------------------------------------------------

  addFunction(name: string, params: WType, results: WType, vars: WType[], body: Expr): void {
    this.m.addFunction(name, params, results, vars, body);
  }

  hasFunction(name: string): boolean {
    return this.m.getFunction(name) !== 0;
  }

  addImport(name: string, module: string, base: string, params: WType, results: WType): void {
    this.m.addFunctionImport(name, module, base, params, results);
  }

  addConstGlobal(name: string, s: Scalar, init: number): void {
    this.m.addGlobal(name, wtype(s), false, this.const(s, init));
  }

  addMutableGlobal(name: string, s: Scalar, init: number): void {
    this.m.addGlobal(name, wtype(s), true, this.const(s, init));
  }

  setMemory(initialPages: number, segments: DataSegmentSpec[]): void {
    this.m.setMemory(
      initialPages,
      65536,
      'memory',
      segments.map((s) => ({ offset: this.m.i32.const(s.offset), data: s.data, passive: false })),
    );
  }

  setTable(funcNames: string[]): void {
    const n = funcNames.length;
    this.m.addTable('fns', n, n);
    if (n > 0) this.m.addActiveElementSegment('fns', 'fns_init', funcNames, this.m.i32.const(0));
  }

  exportFunction(internal: string, external: string): void {
    this.m.addFunctionExport(internal, external);
  }

  validate(): boolean {
    return this.m.validate() !== 0;
  }

  /** optimize runs binaryen's pipeline at the given levels, or an explicit pass list. */
  optimize(optLevel: number, shrinkLevel: number, passes?: string[]): void {
    binaryen.setOptimizeLevel(optLevel);
    binaryen.setShrinkLevel(shrinkLevel);
    // Addresses [0, 1024) are never used (runtime/go/runtime/README.md, memory map): binaryen may
    // fold constant offsets into loads and stores.
    binaryen.setLowMemoryUnused(true);
    try {
      if (passes) this.m.runPasses(passes);
      else this.m.optimize();
    } finally {
      binaryen.setLowMemoryUnused(false);
    }
  }

  emit(debugNames: boolean): Uint8Array {
    binaryen.setDebugInfo(debugNames);
    const out = this.m.emitBinary();
    binaryen.setDebugInfo(false);
    if (!(out instanceof Uint8Array)) throw new InternalError('emitBinary returned a source-map object');
    return out;
  }

  emitText(): string {
    return this.m.emitText();
  }

  dispose(): void {
    this.m.dispose();
  }
}
