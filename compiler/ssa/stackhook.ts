// This file implements gc's `-d=maymorestack=PKG.FUNC` testing hook
// (compiler/gcflags.ts): every function of the instrumented packages that
// could grow the stack calls the hook first. gc puts the call in the stack
// check of the prologue, which functions marked //go:nosplit and small leaf
// functions do not have; here a function gets the call unless it is
// //go:nosplit, is the hook itself, or calls no function (gc also
// instruments leaves with big frames: gowasm has no frame size at this
// level). The hook must be a func().

import type { DiagnosticList } from '../syntax/diagnostics.js';
import { NoPos } from '../syntax/pos.js';
import type { GcFlags } from '../gcflags.js';
import type { Function, Program } from './ir.js';
import { newTuple } from './typeutil.js';

/** StackHook is the resolved -d=maymorestack setting. */
export interface StackHook {
  readonly hook: Function;
  /** The packages whose functions call it: 'all' (package runtime excepted: its functions run
   * inside the allocator and the scheduler), or import paths. */
  readonly packages: 'all' | ReadonlySet<string>;
}

/** instrumented reports whether fn gets the hook call (before its body is built). */
export function instrumented(h: StackHook, fn: Function): boolean {
  if (fn === h.hook || fn.directives.some((d) => d.name === 'go:nosplit')) return false;
  if (h.packages === 'all') return fn.pkg !== 'runtime' && !fn.pkg.startsWith('runtime/');
  return h.packages.has(fn.pkg);
}

/** insertStackHook puts the call to the hook first in fn's entry block, when fn calls any function. */
export function insertStackHook(h: StackHook, fn: Function): void {
  const calls = fn.blocks.some((b) =>
    b.instrs.some((i) => i.kind === 'Go' || i.kind === 'Defer' || (i.kind === 'Call' && i.call.mode !== 'builtin')),
  );
  const entry = fn.blocks[0];
  if (!calls || !entry) return;
  entry.instrs.unshift({ kind: 'Call', id: -1, type: newTuple(), call: { mode: 'call', value: h.hook, args: [] }, pos: fn.pos, block: entry });
}

/** resolveStackHook finds the hook named by -d=maymorestack among prog's functions; undefined
 * after reporting why it cannot be one. */
export function resolveStackHook(prog: Program, setting: NonNullable<GcFlags['maymorestack']>, diags: DiagnosticList): StackHook | undefined {
  const fn = prog.byName.get(setting.hook);
  if (!fn) {
    diags.error(NoPos, `-d=maymorestack: function ${setting.hook} is not defined`);
    return undefined;
  }
  if (fn.type.params.vars.length > 0 || fn.type.results.vars.length > 0 || fn.type.variadic) {
    diags.error(fn.pos, `-d=maymorestack: ${setting.hook} must be a func()`);
    return undefined;
  }
  return { hook: fn, packages: setting.packages === 'all' ? 'all' : new Set(setting.packages) };
}
