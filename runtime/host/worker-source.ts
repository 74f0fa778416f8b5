// This file implements the code of the worker thread that runs a WASI module
// (see run.ts). It is plain JavaScript in a string, started with
// `new Worker(WORKER_SOURCE, { eval: true })`, so that the same code runs from
// dist/ and from the TypeScript sources under jest. The thread gets a large
// native stack (resourceLimits.stackSizeMb): V8 keeps wasm frames on the native
// stack, and the main thread's stack is fixed by `ulimit -s` (8 MB), which
// `node --stack-size` cannot raise (a larger value segfaults instead of throwing).
//
// Protocol: workerData = { programName, args, env, preopens, stdin, stdout,
// stderr }; the parent posts the module's bytes (the worker compiles them: a Module compiled
// on the parent thread never tiers up in the worker); the worker posts
// back one result: { kind: 'exit', code } | { kind: 'trap', message, stack }
// | { kind: 'error', message, stack }.

import { createJsWasi } from './wasi.js';

export const WORKER_SOURCE = `
'use strict';
const createJsWasi = ${createJsWasi.toString()};
const nodeIO = { writeSync: require('node:fs').writeSync, readSync: require('node:fs').readSync, randomFillSync: require('node:crypto').randomFillSync, fs: require('node:fs') };
const { parentPort, workerData } = require('node:worker_threads');
// Drop node:wasi's ExperimentalWarning, emitted on first load (as quiet-wasi.ts does).
const originalEmitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const first = rest[0];
  let type = typeof first === 'string' ? first : first && typeof first === 'object' ? first.type : undefined;
  if (warning instanceof Error && type === undefined) type = warning.name;
  const text = String(warning instanceof Error ? warning.message : warning);
  if (type === 'ExperimentalWarning' && text.includes('WASI')) return;
  return originalEmitWarning.call(process, warning, ...rest);
};
parentPort.once('message', async (bytes) => {
  let result;
  try {
    const module = await WebAssembly.compile(bytes);
    const d = workerData;
    // Our JS WASI when it covers the module's imports (node:wasi crashes on large memories: wasi.ts).
    let wasi = createJsWasi({ args: d.args, env: d.env, stdin: d.stdin, stdout: d.stdout, stderr: d.stderr, preopens: d.preopens }, nodeIO);
    if (!wasi.coversImports(module)) {
      const { WASI } = require('node:wasi');
      const nodeWasi = new WASI({
        version: 'preview1', args: d.args, env: d.env, preopens: d.preopens,
        stdin: d.stdin, stdout: d.stdout, stderr: d.stderr, returnOnExit: true,
      });
      wasi = { importObject: () => nodeWasi.getImportObject(), start: (i) => nodeWasi.start(i) };
    }
    const instance = await WebAssembly.instantiate(module, wasi.importObject());
    try {
      result = { kind: 'exit', code: wasi.start(instance) };
    } catch (err) {
      const trap = err instanceof WebAssembly.RuntimeError || err instanceof RangeError;
      result = { kind: trap ? 'trap' : 'error', message: String(err && err.message), stack: String(err && err.stack) };
    }
  } catch (err) {
    result = { kind: 'error', message: String(err && err.message), stack: String(err && err.stack) };
  }
  parentPort.postMessage(result);
});
`;
