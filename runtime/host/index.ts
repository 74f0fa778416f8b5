// This file implements the public surface of runtime/host, the JS side of a
// gowasm program: the WASI runner for Node.

export { DEFAULT_STACK_SIZE_MB, runWasm } from './run.js';
export type { RunOptions, RunResult } from './run.js';
export { goTrapMessage, isStackOverflow, PANIC_EXIT_STATUS, STACK_OVERFLOW_REPORT } from './trap.js';
