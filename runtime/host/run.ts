// This file implements runWasm: it runs a WASI preview 1 command module under
// our JS WASI (wasi.ts; node:wasi when the module imports more) and returns its exit status (from proc_exit, 0 when _start
// returns, 2 after a trap, which is reported on stderr as a Go runtime panic,
// or as Go's fatal "stack overflow" when the native stack ran out).
//
// The module runs in a worker thread with a native stack of stackSizeMb (1 GiB
// by default, like Go's 1 GB goroutine stack limit; pages are only committed as
// the recursion touches them): V8 keeps wasm frames on the native stack, so the
// main thread's 8 MB would stop a Go program after ~100k frames, and
// `node --stack-size` above the real stack segfaults. The module is compiled
// here while the worker starts, then handed over (a WebAssembly.Module is
// shared, not copied). The program's fds are the host's: WASI writes them
// synchronously from the worker, so output order is as in a single thread.
// If the thread cannot be created, the module runs on the main thread.
//
// V8 compiles a module under 1 MiB with its optimising tier only
// (`--no-liftoff`, set before each compile): V8 first runs wasm code from its
// baseline compiler (Liftoff) and moves a function to optimised code only for
// its next call (there is no on-stack replacement for wasm), so a program
// whose hot loop is in main, or in a function called once, would run baseline
// code to the end: 2-4x slower (the bench's mandelbrot, fannkuch). The price
// is start-up: functions are compiled lazily, on their first call, but by the
// slower compiler: ~40 ms for hello and ~70 ms for a program using fmt. A
// bigger module keeps V8's default tiering: its start-up code is big (Go's own
// wasip1 hello, 1.8 MB, would start 0.4 s later).

import { writeSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { loadWasi } from './quiet-wasi.js';
import { formatTrap, isTrap, PANIC_EXIT_STATUS } from './trap.js';
import { createJsWasi, nodeIO, type JsWasi } from './wasi.js';
import { WORKER_SOURCE } from './worker-source.js';

/** Native stack of the thread that runs the module, in MiB (Go's limit is 1 GB). */
export const DEFAULT_STACK_SIZE_MB = 1024;

export interface RunOptions {
  /** argv[0] of the program (default "main.wasm"). */
  readonly programName?: string;
  /** Arguments after argv[0]. */
  readonly args?: readonly string[];
  /** Environment of the program (default: empty, as wasmtime does). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Host file descriptors for the program's fd 0, 1 and 2 (default 0, 1, 2). */
  readonly stdin?: number;
  readonly stdout?: number;
  readonly stderr?: number;
  /** Guest path → host directory. Default: the host's root as `/`, with PWD set to the current
   * directory, as Go's own wasip1 runner does (`wasmtime run --dir=/ --env PWD=$PWD`): Go's
   * syscall resolves relative paths against $PWD, then finds the preopen that holds them. */
  readonly preopens?: Readonly<Record<string, string>>;
  /** Print the JS stack of a trap (GOWASM_DEBUG=1). */
  readonly debug?: boolean;
  /** Native stack of the worker thread in MiB (default DEFAULT_STACK_SIZE_MB); 0 runs the
   * module on the calling thread (its stack is then the process's, ~10k–100k frames). */
  readonly stackSizeMb?: number;
}

export interface RunResult {
  readonly exitCode: number;
  /** Set when the program ended by a trap. */
  readonly trap?: string;
}

interface WasiSetup {
  readonly args: string[];
  readonly env: Record<string, string>;
  readonly preopens: Record<string, string>;
  readonly stdin: number;
  readonly stdout: number;
  readonly stderr: number;
}

/** What the module's run ended with (the worker's message, or the same on the main thread). */
type Outcome =
  | { readonly kind: 'exit'; readonly code: number }
  | { readonly kind: 'trap' | 'error'; readonly message: string; readonly stack: string };

function definedEnv(env: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

/** Modules below this size run under V8's optimising tier only (header comment). */
export const OPTIMISING_TIER_MAX_BYTES = 1 << 20;

function compile(bytes: Uint8Array): Promise<WebAssembly.Module> {
  setFlagsFromString(bytes.length < OPTIMISING_TIER_MAX_BYTES ? '--no-liftoff' : '--liftoff');
  // Compiled modules are never backed by a SharedArrayBuffer, which is all the narrower type excludes.
  return WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
}

/** runOnThisThread runs the module on the calling thread. */
async function runOnThisThread(module: WebAssembly.Module, setup: WasiSetup): Promise<Outcome> {
  const jsWasi = createJsWasi(setup, nodeIO);
  let wasi: Pick<JsWasi, 'importObject' | 'start'> = jsWasi;
  if (!jsWasi.coversImports(module)) {
    const { WASI } = await loadWasi();
    const nodeWasi = new WASI({ version: 'preview1', ...setup, returnOnExit: true });
    wasi = { importObject: () => nodeWasi.getImportObject() as WebAssembly.Imports, start: (i) => nodeWasi.start(i) };
  }
  const instance = await WebAssembly.instantiate(module, wasi.importObject());
  try {
    return { kind: 'exit', code: wasi.start(instance) };
  } catch (err) {
    if (!isTrap(err)) throw err;
    return { kind: 'trap', message: err.message, stack: err.stack ?? '' };
  }
}

class WorkerStartError extends Error {}

/** runInWorker runs the module in a worker thread with a native stack of stackSizeMb;
 * it rejects with WorkerStartError when the thread could not be started. */
function runInWorker(bytes: Uint8Array, setup: WasiSetup, stackSizeMb: number): Promise<Outcome> {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: setup, resourceLimits: { stackSizeMb } });
  } catch (e) {
    return Promise.reject(new WorkerStartError(e instanceof Error ? e.message : String(e)));
  }
  return new Promise<Outcome>((resolve, reject) => {
    let settled = false;
    let started = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.once('online', () => (started = true));
    worker.once('message', (m: Outcome) => {
      settle(() => resolve(m));
      void worker.terminate();
    });
    worker.once('error', (e: Error & { code?: string }) => {
      const failedToStart = !started || e.code === 'ERR_WORKER_INIT_FAILED';
      settle(() => reject(failedToStart ? new WorkerStartError(e.message) : e));
    });
    worker.once('exit', (code) => settle(() => reject(new Error(`the program's thread ended (status ${code}) without a result`))));
    // The bytes, not a compiled module: a module compiled on this thread and posted to the worker
    // never tiers up to V8's optimising compiler there (Node 20: 5x slower on long loops).
    worker.postMessage(bytes);
  });
}

/** runWasm compiles, instantiates and starts a WASI command module. */
export async function runWasm(bytes: Uint8Array, opts: RunOptions = {}): Promise<RunResult> {
  const stderr = opts.stderr ?? 2;
  const setup: WasiSetup = {
    args: [opts.programName ?? 'main.wasm', ...(opts.args ?? [])],
    env: opts.preopens ? definedEnv(opts.env) : { ...definedEnv(opts.env), PWD: process.cwd() },
    preopens: { ...(opts.preopens ?? { '/': '/' }) },
    stdin: opts.stdin ?? 0,
    stdout: opts.stdout ?? 1,
    stderr,
  };
  // Compiled here first, so that an invalid module is reported as before (the worker compiles
  // its own copy: see runInWorker).
  const module = await compile(bytes);
  const stackSizeMb = opts.stackSizeMb ?? DEFAULT_STACK_SIZE_MB;
  let outcome: Outcome;
  if (stackSizeMb > 0) {
    try {
      outcome = await runInWorker(bytes, setup, stackSizeMb);
    } catch (e) {
      if (!(e instanceof WorkerStartError)) throw e;
      outcome = await runOnThisThread(module, setup);
    }
  } else {
    outcome = await runOnThisThread(module, setup);
  }
  switch (outcome.kind) {
    case 'exit':
      return { exitCode: outcome.code };
    case 'trap':
      writeSync(stderr, formatTrap(outcome, opts.debug ?? false));
      return { exitCode: PANIC_EXIT_STATUS, trap: outcome.message };
    case 'error': {
      const err = new Error(outcome.message);
      err.stack = outcome.stack;
      throw err;
    }
  }
}
