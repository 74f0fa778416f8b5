// This file implements panic unwinding without Wasm exception handling.
//
// Strategy: a panic (runtime.gopanic, the run-time error helpers of
// panic.go, runtime.Goexit) records itself in the goroutine's panic state
// (runtime/go/runtime/defer.go) and sets the unwinding flag (the wasm global
// __unwinding; the runtime reaches it through the intrinsics unwinding and
// setUnwinding), then *returns normally*. Compiled code tests the flag after every call that may
// panic and, when it is set, takes the frame's unwind exit:
//   - a function without defer: pop its shadow-stack frame and return zero
//     results (the caller tests the flag before using them);
//   - a function with defer: `br $unwind` out of its body (the Relooper output
//     is wrapped in `block $unwind`), run its deferred calls
//     (runtime.rundefers, which clears the flag around each deferred call and
//     notices recover()), then return zeros if the flag is still set, else
//     resume at the SSA recover block (which returns the named results).
// At the top, _start tests the flag after each init and main.main and calls
// runtime.fatalpanic, which prints the panics as Go does and exits 2.
//
// Which calls are tested: only non-runtime callers test (runtime code returns
// at once after starting a panic), and only after calls that may panic: a
// call-graph fixpoint (mayPanicSet) marks runtime functions reaching
// gopanic/gopanicrt/Goexit, and user functions containing any instruction
// that may panic (implicit checks, Panic, RunDefers, dynamic or interface
// calls, calls of marked functions). Cost: a `global.get` and a `br_if`
// (4 bytes) after each such call; nothing on paths that do not
// call. Implicit checks inside the runtime are runtime bugs: the helper is
// followed by runtime.fatalpanic (no unwinding in runtime code).

import type * as ir from '../ssa/ir.js';
import { T, tupleType, wtype, type Expr } from './module.js';
import type { FunctionLowerer, ModuleLowerer } from './lower.js';
import { globalAddress } from './globals.js';
import { hasDefer, runDefersCall } from './defer.js';
import { unsafeSliceMayPanic } from './builtins.js';
import { inBoundsIndexes } from '../ssa/prove.js';
import { underlying } from '../ssa/typeutil.js';
import { intInfo } from './layout.js';

/** Field offsets of runtime.deferState (defer.go). */
export const DState = { head: 0, arm: 4 } as const;

/** The wasm global holding the unwinding flag (i32 0/1). A global, not a memory byte: the test after
 * each call is `global.get; br_if`, 4 bytes instead of 9 (1,200 call sites in hello-fmt). */
export const UnwindingGlobal = '__unwinding';

/** dstateAddr is the address of the runtime's package variable dstate. */
export function dstateAddr(ml: ModuleLowerer): number {
  for (const pkg of ml.prog.packages)
    if (pkg.path === 'runtime') for (const g of pkg.globals) if (g.name === 'runtime.dstate') return globalAddress(ml, g);
  throw new Error('runtime.dstate is missing (runtime/go/runtime/defer.go)');
}

/** unwindingFlag reads the unwinding flag. */
export function unwindingFlag(fl: FunctionLowerer): Expr {
  return fl.m.global.get(UnwindingGlobal, T.i32);
}

/** isRuntime reports whether fn is exempt from unwinding: runtime code, or any code of a program
 * without the panic runtime (hand-built test programs). */
function isRuntime(fn: ir.Function, prog?: ir.Program): boolean {
  return fn.pkg === 'runtime' || (prog !== undefined && !prog.byName.has('runtime.gopanic'));
}

/** Runtime functions that start a panic (set the flag). */
const starters = new Set(['runtime.gopanic', 'runtime.gopanicrt', 'runtime.Goexit']);

const mayPanicCache = new WeakMap<ir.Program, Set<ir.Function>>();

/** mayPanicSet is the set of functions whose callers must test the flag after calling them. */
export function mayPanicSet(prog: ir.Program): Set<ir.Function> {
  let s = mayPanicCache.get(prog);
  if (s) return s;
  s = new Set<ir.Function>();
  for (const f of prog.functions) if (starters.has(f.name) || (!isRuntime(f) && hasLocalPanic(f))) s.add(f);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of prog.functions) {
      if (s.has(f)) continue;
      if (callsAny(f, s)) {
        s.add(f);
        changed = true;
      }
    }
  }
  mayPanicCache.set(prog, s);
  return s;
}

function callsAny(f: ir.Function, s: Set<ir.Function>): boolean {
  for (const b of f.blocks)
    for (const i of b.instrs) if (i.kind === 'Call' && i.call.mode === 'call' && i.call.value.kind === 'Function' && s.has(i.call.value)) return true;
  return false;
}

const safeBuiltins = new Set(['len', 'cap', 'print', 'println', 'min', 'max', 'real', 'imag', 'complex', 'recover', 'copy', 'Add', 'StringData', 'SliceData']);

/** hasLocalPanic reports whether a user function has an instruction (other than a static call) that may panic. */
function hasLocalPanic(f: ir.Function): boolean {
  return f.blocks.some((b) => b.instrs.some((i) => instrMayPanic(i, f)));
}

/** instrMayPanic reports whether an instruction of fn (other than a static call) may panic. */
export function instrMayPanic(i: ir.Instruction, fn: ir.Function): boolean {
  switch (i.kind) {
    case 'Phi':
    case 'Jump':
    case 'If':
    case 'Return':
    case 'Alloc':
    case 'Convert':
    case 'ChangeType':
    case 'Extract':
    case 'Field':
    case 'MakeClosure':
    case 'MakeInterface':
    case 'ChangeInterface':
    case 'DeferFrame':
    case 'Range':
    case 'Next':
      return false;
    case 'Defer':
      if (i.call.mode === 'invoke') return true; // a nil interface panics at the defer statement
      return false;
    case 'BinOp':
      if (i.op === '/' || i.op === '%') return divMayPanic(i);
      if (i.op === '<<' || i.op === '>>') return shiftMayPanic(i);
      return false;
    case 'IndexAddr':
    case 'Index':
      return !inBoundsIndexes(fn).has(i) || (i.kind === 'IndexAddr' && underlying(i.x.type).kind === 'Pointer'); // nil *array
    case 'TypeAssert':
      if (!i.commaOk) return true;
      return false;
    case 'Call':
      if (i.call.mode === 'builtin') {
        const name = i.call.value.name;
        if ((name === 'Slice' || name === 'String') && !unsafeSliceMayPanic(i)) return false;
        if (!safeBuiltins.has(name)) return true;
      } else if (i.call.mode === 'invoke' || i.call.value.kind !== 'Function') return true;
      return false;
    default:
      return true;
  }
}

/** divMayPanic: an integer division or remainder panics when its divisor is zero (a float one never). */
function divMayPanic(i: ir.BinOp): boolean {
  if (!intInfo(i.type)) return false;
  const y = i.y;
  return !(y.kind === 'Const' && y.value?.kind === 'int' && y.value.value !== 0n);
}

/** shiftMayPanic: a shift panics when its count is signed and negative. */
function shiftMayPanic(i: ir.BinOp): boolean {
  const y = i.y;
  if (y.kind === 'Const') return y.value?.kind === 'int' && y.value.value < 0n;
  return intInfo(y.type)?.signed ?? true;
}

/** zeroReturn pops the frame and returns zero results (the unwind exit of a function without defer). */
function zeroReturn(fl: FunctionLowerer): Expr {
  const m = fl.m;
  const zs = fl.sig.results.map((s) => fl.mod.zero(s));
  const ret = zs.length === 0 ? m.return() : zs.length === 1 ? m.return(zs[0]!) : m.return(m.tuple.make(zs));
  return m.block(null, [...fl.epilogue(), ret]);
}

/** unwindExit leaves the current function because a panic is unwinding the stack. */
export function unwindExit(fl: FunctionLowerer): Expr {
  if (isRuntime(fl.fn)) return fl.m.block(null, [fl.ml.callRuntime('fatalpanic', []), fl.m.unreachable()]);
  if (hasDefer(fl.fn)) return fl.m.br('$unwind');
  return zeroReturn(fl);
}

/** unwindCheck is `if (unwinding) <unwind exit>`. */
export function unwindCheck(fl: FunctionLowerer): Expr {
  return fl.m.if(unwindingFlag(fl), unwindExit(fl));
}

/** afterCall returns the statements to append after a lowered call of callee (undefined: a dynamic call). */
export function afterCall(fl: FunctionLowerer, callee: ir.Function | undefined): Expr[] {
  if (isRuntime(fl.fn, fl.ml.prog)) return [];
  if (callee && !mayPanicSet(fl.ml.prog).has(callee)) return [];
  return [unwindCheck(fl)];
}

/** wrapRuntimeCall adds the flag test to a call of a runtime helper made by the lowering (callRuntime). */
export function wrapRuntimeCall(ml: ModuleLowerer, fn: ir.Function, call: Expr, results: readonly ('i32' | 'i64' | 'f32' | 'f64')[]): Expr {
  const fl = ml.current;
  if (!fl) return call;
  const m = ml.m;
  if (isRuntime(fl.fn, ml.prog)) {
    // implicit checks inside the runtime: a runtime bug, reported as the panic it is
    if (fn.name.startsWith('runtime.panic') && results.length === 0 && ml.prog.byName.has('runtime.fatalpanic')) return m.block(null, [call, ml.callRuntime('fatalpanic', [])]);
    return call;
  }
  if (!mayPanicSet(ml.prog).has(fn)) return call;
  if (results.length === 0) return m.block(null, [call, unwindCheck(fl)]);
  const tt = tupleType(results);
  const tmp = fl.newLocal(results.length === 1 ? wtype(results[0]!) : tt);
  return m.block(null, [m.local.set(tmp, call), unwindCheck(fl), m.local.get(tmp, tt)], tt);
}

/** wrapBody wraps a function's Relooper body with its unwind path (functions with defer). */
export function wrapBody(fl: FunctionLowerer, body: Expr): Expr {
  if (isRuntime(fl.fn) || !hasDefer(fl.fn)) return body;
  const m = fl.m;
  const out: Expr[] = [m.block('$unwind', [body]), runDefersCall(fl), m.if(unwindingFlag(fl), zeroReturn(fl))];
  const rb = fl.fn.recoverBlock;
  if (rb) out.push(...fl.lowerBlock(rb));
  out.push(m.unreachable());
  return m.block(null, out, T.none);
}

/** lowerPanic lowers the Panic instruction: runtime.gopanic(v), then the unwind exit. */
export function lowerPanic(fl: FunctionLowerer, p: ir.Panic): Expr[] {
  // panicplain: a run-time error with the whole message (no "runtime error: " added)
  return [fl.ml.callRuntime(p.runtimeError ? 'panicplain' : 'gopanic', fl.get(p.x), p.pos), unwindExit(fl)];
}

/** schedulePanicRuntime schedules runtime.fatalpanic for _start (absent in hand-built test programs). */
export function schedulePanicRuntime(ml: ModuleLowerer): void {
  const f = ml.prog.byName.get('runtime.fatalpanic');
  if (f) ml.funcName(f);
}

/** startCheck is the statement _start runs after init and main: print the panic and exit 2
 * (with goroutines, a Goexit of main returns from fatalpanic: then leave, see entry.ts). */
export function startCheck(ml: ModuleLowerer): Expr {
  const m = ml.m;
  if (!ml.prog.byName.get('runtime.fatalpanic')) return m.nop();
  const unwinding = m.global.get(UnwindingGlobal, T.i32);
  const report = ml.callRuntime('fatalpanic', []);
  return m.if(unwinding, ml.goroutines ? m.block(null, [report, m.return()]) : report);
}
