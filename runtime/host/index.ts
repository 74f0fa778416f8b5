// This file implements the public surface of runtime/host, the JS side of a
// gowasm program: the WASI runner for Node.

export { runWasm } from './run.js';
export type { RunOptions, RunResult } from './run.js';
export { goTrapMessage, PANIC_EXIT_STATUS } from './trap.js';
