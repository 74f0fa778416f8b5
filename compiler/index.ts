// This file implements the public API of the compiler package: what the CLI,
// the tests and embedders use. Stages are reached through compile(); the SSA
// printer is re-exported for `gowasm ssa`.

export { checkOnly, compile, compilerVersion, formatDiagnostics, COMPILE_ERROR_EXIT, MAX_ERRORS, parseOnly } from './driver.js';
export type { CompileOptions, CompileResult, OptLevel, ShrinkLevel } from './driver.js';
export { findGoToolchain, goMinor, loadProgram, packageRoot, resolveInputs, SUPPORTED_GO_MINORS } from './loader/index.js';
export type { GoToolchain, LoadedPackage, LoadedProgram, LoadOptions } from './loader/index.js';
export { printFunction, printProgram } from './ssa/index.js';
