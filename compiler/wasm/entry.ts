// This file implements the program entry `_start` (WASI command): it patches
// the table indices of functions used as values (static closure objects,
// method tables) into the static image (data.ts), and runs each package's
// init in Program.packages order (runtime first, main last), then main.main,
// then returns, which WASI reports as exit status 0. Runtime panics end the
// program earlier through proc_exit(2). Built last, after every reachable
// function was lowered (so all static closures are known).
//
// With goroutines (goroutines.ts), the inits and main.main are the body of
// `__gomain`, a closure that _start hands to runtime.schedmain: it runs as
// goroutine 1 under the scheduler, and the program ends when it returns.

import { InternalError } from '../syntax/diagnostics.js';
import type { ModuleLowerer } from './lower.js';
import { T, type Expr } from './module.js';
import { schedulePanicRuntime, startCheck } from './panics.js';

/** scheduleEntry makes sure every function _start calls gets lowered. */
export function scheduleEntry(ml: ModuleLowerer): void {
  for (const pkg of ml.prog.packages) ml.funcName(pkg.init);
  schedulePanicRuntime(ml);
  const main = ml.prog.byName.get('main.main');
  if (!main) throw new InternalError('program has no main.main');
  ml.funcName(main);
  if (ml.goroutines) for (const f of ['schedmain', 'alloc']) ml.funcName(ml.runtimeFunc(f));
}

export function buildStart(ml: ModuleLowerer): void {
  const m = ml.m;
  const body: Expr[] = [];
  for (const [addr, idx] of ml.closureInits) ml.data.patchU32(addr, idx);
  const run: Expr[] = [];
  for (const pkg of ml.prog.packages) run.push(m.call(ml.funcName(pkg.init), [], T.none), startCheck(ml));
  run.push(m.call(ml.funcName(ml.prog.byName.get('main.main')!), [], T.none), startCheck(ml));
  if (ml.goroutines) {
    // goroutine 1: the closure object of __gomain is made at run time (the data layout is fixed)
    ml.mod.addFunction('__gomain', T.i32, T.none, [], m.block(null, run));
    const obj = m.local.get(0, T.i32);
    body.push(m.local.set(0, m.call(ml.funcName(ml.runtimeFunc('alloc')), [m.i32.const(4)], T.i32)));
    body.push(m.i32.store(0, 4, obj, m.i32.const(ml.tableSlot('__gomain'))));
    body.push(m.call(ml.funcName(ml.runtimeFunc('schedmain')), [m.local.get(0, T.i32)], T.none));
    ml.mod.addFunction('_start', T.none, T.none, [T.i32], m.block(null, body));
  } else {
    body.push(...run);
    ml.mod.addFunction('_start', T.none, T.none, [], m.block(null, body));
  }
  ml.mod.exportFunction('_start', '_start');
}
