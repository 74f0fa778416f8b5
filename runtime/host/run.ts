// This file implements runWasm: it runs a WASI preview 1 command module under
// Node's node:wasi and returns its exit status (from proc_exit, 0 when _start
// returns, 2 after a trap, which is reported on stderr as a Go runtime panic).

import { writeSync } from 'node:fs';
import { loadWasi } from './quiet-wasi.js';
import { formatTrap, isTrap, PANIC_EXIT_STATUS } from './trap.js';

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
  /** Guest path → host directory; default { '.': process.cwd() } (as `wasmtime --dir=.`). */
  readonly preopens?: Readonly<Record<string, string>>;
  /** Print the JS stack of a trap (GOWASM_DEBUG=1). */
  readonly debug?: boolean;
}

export interface RunResult {
  readonly exitCode: number;
  /** Set when the program ended by a trap. */
  readonly trap?: string;
}

function definedEnv(env: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

/** runWasm compiles, instantiates and starts a WASI command module. */
export async function runWasm(bytes: Uint8Array, opts: RunOptions = {}): Promise<RunResult> {
  const { WASI } = await loadWasi();
  const stderr = opts.stderr ?? 2;
  const wasi = new WASI({
    version: 'preview1',
    args: [opts.programName ?? 'main.wasm', ...(opts.args ?? [])],
    env: definedEnv(opts.env),
    preopens: { ...(opts.preopens ?? { '.': process.cwd() }) },
    stdin: opts.stdin ?? 0,
    stdout: opts.stdout ?? 1,
    stderr,
    returnOnExit: true,
  });
  // Compiled modules are never backed by a SharedArrayBuffer, which is all the narrower type excludes.
  const module = await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject() as WebAssembly.Imports);
  try {
    const code = wasi.start(instance);
    return { exitCode: code };
  } catch (err) {
    if (!isTrap(err)) throw err;
    writeSync(stderr, formatTrap(err, opts.debug ?? false));
    return { exitCode: PANIC_EXIT_STATUS, trap: err.message };
  }
}
