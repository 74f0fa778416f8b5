// compile-worker: the worker thread of scripts/lib/compile-pool.mjs. It loads
// compile() from workerData.dist and compiles one job ({ id?, files, cwd, goexperiment?, gcflags? }) per
// message, replying { id, exitCode, diagnostics, wasm } (the module bytes
// transferred) or { id, threw } when the compiler throws.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { compile } = await import(pathToFileURL(join(workerData.dist, 'compiler', 'index.js')).href);

parentPort.on('message', async (job) => {
  let reply;
  try {
    const r = await compile({ files: job.files, cwd: job.cwd, optLevel: workerData.optLevel, goexperiment: job.goexperiment, gcflags: job.gcflags });
    reply = { id: job.id, exitCode: r.exitCode, diagnostics: r.diagnostics, wasm: r.wasm };
  } catch (e) {
    reply = { id: job.id, threw: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  parentPort.postMessage(reply, reply.wasm ? [reply.wasm.buffer] : []);
});
