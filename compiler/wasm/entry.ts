// This file implements the program entry `_start` (WASI command): it fills in
// the static closure objects of functions used as values, runs each package's
// init in Program.packages order (runtime first, main last), then main.main,
// then returns, which WASI reports as exit status 0. Runtime panics end the
// program earlier through proc_exit(2). Built last, after every reachable
// function was lowered (so all static closures are known).

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
}

export function buildStart(ml: ModuleLowerer): void {
  const m = ml.m;
  const body: Expr[] = [];
  for (const [addr, idx] of ml.closureInits) body.push(m.i32.store(0, 4, m.i32.const(addr), m.i32.const(idx)));
  for (const pkg of ml.prog.packages) body.push(m.call(ml.funcName(pkg.init), [], T.none), startCheck(ml));
  body.push(m.call(ml.funcName(ml.prog.byName.get('main.main')!), [], T.none), startCheck(ml));
  ml.mod.addFunction('_start', T.none, T.none, [], m.block(null, body));
  ml.mod.exportFunction('_start', '_start');
}
