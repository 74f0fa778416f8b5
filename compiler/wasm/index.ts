// This file is the public surface of the wasm backend: emitProgram lowers an
// SSA Program (compiler/ssa/ir.ts) to a validated WASI preview 1 command
// module (exports `memory` and `_start`, imports only wasi_snapshot_preview1).

import { InternalError } from '../syntax/diagnostics.js';
import type { Function, Program } from '../ssa/ir.js';
import { buildStart, scheduleEntry } from './entry.js';
import { operands, reachableFunctions } from '../ssa/index.js';
import { globalAddress, placeGlobals } from './globals.js';
import { evaluateStaticInits } from './staticinit.js';
import { ModuleLowerer } from './lower.js';
import { collectTypes, typeInfo } from './typeinfo.js';
import { emitTypeHelpers } from './typehelpers.js';
import { optimizeModule, optPresets, type OptPreset } from './optimize.js';
import { asyncify, usesGoroutines } from './goroutines.js';
import { UnwindingGlobal } from './panics.js';
import { FuncNamesGlobal, funcNameTable, funcNamesBound, runtimeRefsOutside, wantsFuncNames } from './funcnames.js';
import { PcTableGlobal, TraceGlobal, TraceTable, traceTableBound, tracedFunctions } from './traceback.js';
import { insertDataSection, withDataText } from './datasection.js';

export interface EmitOptions {
  readonly optLevel: 0 | 1 | 2 | 3;
  readonly shrinkLevel: 0 | 1 | 2;
  readonly debugNames: boolean;
  /** For debugging the backend: return the module's text instead of its binary. */
  readonly text?: boolean;
}

export { optPresets, type OptPreset };

/** Go's default runtime.MemProfileRate in a program that reads memory profiles. */
const DefaultMemProfileRate = 512 * 1024;

/** internStrings interns every string constant of the program (data.ts explains why up front). */
function internStrings(ml: ModuleLowerer, prog: Program): void {
  for (const f of prog.functions) if (f.nilReceiverPanic) ml.data.intern(f.nilReceiverPanic);
  for (const f of prog.functions)
    for (const b of f.blocks)
      for (const i of b.instrs) {
        for (const o of operands(i))
          if (o.kind === 'Const' && o.value?.kind === 'string' && o.value.value.length > 0) ml.data.intern(o.value.value);
      }
}

/** liveView is prog restricted to the functions that can run (the pre-passes' input): reachable from
 * the package inits, main.main and every runtime function (the lowering calls runtime helpers by
 * name, so all of package runtime is a root). */
function liveView(prog: Program): Program {
  if (prog.reachable) return { ...prog, functions: prog.reachable }; // the lazy builder's walk
  const roots: Function[] = prog.packages.map((p) => p.init);
  const main = prog.byName.get('main.main');
  if (main) roots.push(main);
  for (const p of prog.packages) if (p.path === 'runtime') roots.push(...p.functions);
  return { ...prog, functions: reachableFunctions(prog, roots) };
}

function build(prog: Program, opts: Omit<EmitOptions, 'text'>): ModuleLowerer {
  const ml = new ModuleLowerer(prog);
  ml.shrink = opts.shrinkLevel > 0;
  try {
    const live = liveView(prog);
    ml.goroutines = usesGoroutines(live);
    internStrings(ml, live);
    collectTypes(ml, live);
    ml.data.freeze(prog.functions.length + 1);
    placeGlobals(ml);
    evaluateStaticInits(ml, live);
    // memory profiles: sampled only when the program can read them (runtime/go/runtime/memprof.go);
    // then runtime.MemProfileRate starts at Go's default (as Go's linker decides), else at 0
    const refs = runtimeRefsOutside(live);
    ml.memProfile = refs.has('runtime.MemProfile');
    const rate = prog.packages.find((p) => p.path === 'runtime')?.globals.find((g) => g.name === 'runtime.MemProfileRate');
    if (ml.memProfile && rate) ml.data.patchU32(globalAddress(ml, rate), DefaultMemProfileRate);
    const traced = tracedFunctions(live, ml.memProfile);
    // the memory must exist before lowering: its initial size covers the call-site table, laid out
    // after lowering, by a bound (traceback.ts)
    ml.funcNames = wantsFuncNames(refs);
    const tableBound = (traced.size > 0 ? traceTableBound(prog.fset, traced) : 0) + (ml.funcNames ? funcNamesBound(prog.fset, live) : 0);
    ml.mod.setMemory(Math.ceil((ml.data.heapStart() + tableBound) / 65536) + 1, []); // segments: added to the binary (datasection.ts)
    ml.mod.addMutableGlobal('__sp', 'i32', ml.data.stackTop());
    ml.mod.addMutableGlobal(UnwindingGlobal, 'i32', 0);
    if (traced.size > 0) {
      ml.trace = new TraceTable(prog.fset, traced);
      ml.mod.addMutableGlobal(TraceGlobal, 'i32', 0);
    }
    emitTypeHelpers(ml);
    scheduleEntry(ml);
    ml.lowerAll();
    // method entries and call trampolines that types used by static init wait for (typeinfo.ts);
    // built once the memory exists, then whatever they reach is lowered
    typeInfo(ml).memoryReady();
    ml.lowerAll();
    // reflect's type constructors can return any descriptor (typeinfo.ts, completeTypelinks)
    if (typeInfo(ml).completeTypelinks()) ml.lowerAll();
    buildStart(ml);
    // the call-site table (traceback.ts) goes after the static memory: the heap starts after it
    const trace = ml.trace;
    if (trace) {
      ml.mod.addConstGlobal(PcTableGlobal, 'i32', ml.data.appendTail((at) => trace.bytes(at)));
    }
    // the names of func values' code (funcnames.ts), when FuncForPC can ask
    if (ml.funcNames) ml.mod.addConstGlobal(FuncNamesGlobal, 'i32', ml.data.appendTail((at) => funcNameTable(prog.fset, ml.funcValues, at)));
    if (ml.data.tailSize() > tableBound) throw new InternalError('the call-site or function name table outgrew its bound (traceback.ts, funcnames.ts)');
    ml.mod.addConstGlobal('__heap_base', 'i32', ml.data.heapStart());
    ml.mod.setTable(ml.table);
    if (!ml.mod.validate()) throw new InternalError('the wasm backend produced an invalid module (details above)');
    return ml;
  } catch (e) {
    ml.mod.dispose();
    throw e;
  }
}

/** optimize runs the optimisation preset, and Asyncify when the program has goroutines. */
function optimize(ml: ModuleLowerer, opts: Omit<EmitOptions, 'text'>): void {
  const preset = { optLevel: opts.optLevel, shrinkLevel: opts.shrinkLevel };
  if (ml.goroutines) asyncify(ml.mod, opts.optLevel, opts.shrinkLevel, () => optimizeModule(ml.mod, preset));
  else optimizeModule(ml.mod, preset);
}

export function emitProgram(prog: Program, opts: EmitOptions): Uint8Array {
  const ml = build(prog, opts);
  try {
    optimize(ml, opts);
    return insertDataSection(ml.mod.emit(opts.debugNames), ml.data.segments());
  } finally {
    ml.mod.dispose();
  }
}

/** emitText returns the module in binaryen's text format (for tests and --emit=wat debugging),
 * with the data segments that emitProgram writes into the binary. */
export function emitText(prog: Program, opts: Omit<EmitOptions, 'text'>): string {
  const ml = build(prog, opts);
  try {
    optimize(ml, opts);
    return withDataText(ml.mod.emitText(), ml.data.segments());
  } finally {
    ml.mod.dispose();
  }
}
