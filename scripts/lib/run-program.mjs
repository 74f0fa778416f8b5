// run-program: running a compiled program in a child process, for the harness
// scripts. This module owns the child's environment, its output files, the side
// channel on fd 3 (where the runner reports `trap ...` or `host ...`), the run
// timeout (SIGKILL), and the --exec-wasm child mode: a harness script run as
// `node SCRIPT --exec-wasm MODULE ARGS...` runs MODULE with runtime/host's
// runWasm, stdout and stderr inherited. The script re-executes itself (its
// own path is a parameter here) so that the child sees the script's setup.

import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** childEnv is the environment of a program run: this process's, plus extra, less the switches
 * that would change the child Node itself (NODE_OPTIONS) or its output (GOWASM_DEBUG). */
export function childEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  delete env.GOWASM_DEBUG;
  return env;
}

/** execWasmCommand is the command running a module through a script's --exec-wasm mode. */
export const execWasmCommand = (script, wasmPath, args) => [process.execPath, [script, '--exec-wasm', wasmPath, ...args]];

/** isExecWasmChild tells whether this process is a script's --exec-wasm child. */
export const isExecWasmChild = () => process.argv[2] === '--exec-wasm';

/** runProgram runs command with args in cwd, stdout written to outPath and stderr to errPath (to
 * outPath too when errPath is omitted, on one file so that the interleaving is the program's), and
 * fd 3 a pipe read as the side channel; after timeoutMs the child is killed. Resolves
 * { exit, signal, timedOut, side } once the child is gone and the files are closed. */
export function runProgram(command, args, { cwd, env, outPath, errPath, timeoutMs }) {
  return new Promise((resolvePromise) => {
    const fo = openSync(outPath, 'w');
    const fe = errPath === undefined ? fo : openSync(errPath, 'w');
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', fo, fe, 'pipe'] });
    let side = '';
    child.stdio[3]?.setEncoding('utf8');
    child.stdio[3]?.on('data', (d) => (side += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (exit, signal) => {
      clearTimeout(timer);
      closeSync(fo);
      if (fe !== fo) closeSync(fe);
      resolvePromise({ exit, signal, timedOut, side });
    });
  });
}

/** execWasmChild is the --exec-wasm child mode: it runs the module of argv[3] with the arguments
 * after it, through runWasm of the compiler in dist with options (programName, env, preopens),
 * reports a trap or a host failure on fd 3, and exits with the program's status (125 when the host
 * failed). */
export async function execWasmChild(dist, options) {
  const [wasmPath, ...args] = process.argv.slice(3);
  const { runWasm } = await import(pathToFileURL(join(dist, 'runtime', 'host', 'index.js')).href);
  let code;
  try {
    const r = await runWasm(readFileSync(wasmPath), { ...options, args });
    if (r.trap !== undefined) writeSync(3, `trap ${r.trap}\n`);
    code = r.exitCode;
  } catch (e) {
    writeSync(3, `host ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
    code = 125;
  }
  process.exit(code);
}
