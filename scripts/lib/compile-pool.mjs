// compile-pool: compiling Go programs with gowasm in worker threads, for the
// harness scripts (scripts/conformance.mjs, scripts/std-examples.mjs). This
// module owns the pool of compile workers (scripts/lib/compile-worker.mjs, one
// compilation at a time each, through compile() of a compiler's dist/), the
// compile timeout (the worker is terminated and a fresh one started for the
// next job), and spreading a list of jobs over the pool's slots.

import { Worker } from 'node:worker_threads';

/** The optimization level of the harness compiles: the `gowasm run` default. */
export const OPT_LEVEL = 1;

const workerFile = new URL('./compile-worker.mjs', import.meta.url);

export class CompilePool {
  /** n slots, each with at most one worker compiling with the compiler of dist (a dist/ directory). */
  constructor(n, dist, optLevel = OPT_LEVEL) {
    this.dist = dist;
    this.optLevel = optLevel;
    this.slots = Array.from({ length: n }, () => ({ worker: null }));
  }

  spawn(slot) {
    slot.worker = new Worker(workerFile, {
      workerData: { dist: this.dist, optLevel: this.optLevel },
      resourceLimits: { maxOldGenerationSizeMb: 3072 },
      stderr: true,
      stdout: true,
    });
    slot.worker.stdout.resume();
    slot.worker.stderr.resume();
  }

  /** compile runs one compilation ({ id?, files, cwd }) on slot i; resolves { exitCode, diagnostics, wasm }
   * or { threw } or { timeout }. A timeout or a dead worker ends that worker; the slot's next job starts another. */
  compile(i, job, timeoutMs) {
    const slot = this.slots[i];
    if (!slot.worker) this.spawn(slot);
    const w = slot.worker;
    return new Promise((resolvePromise) => {
      let done = false;
      const finish = (r, kill) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        w.off('message', onMsg);
        w.off('error', onErr);
        w.off('exit', onExit);
        if (kill) {
          slot.worker = null;
          w.terminate().catch(() => {});
        }
        resolvePromise(r);
      };
      const onMsg = (m) => finish(m, false);
      const onErr = (e) => finish({ threw: `worker died: ${e instanceof Error ? e.message : String(e)}` }, true);
      const onExit = (code) => finish({ threw: `worker exited with status ${code}` }, true);
      const timer = setTimeout(() => finish({ timeout: true }, true), timeoutMs);
      w.on('message', onMsg);
      w.on('error', onErr);
      w.on('exit', onExit);
      w.postMessage(job);
    });
  }

  async close() {
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }
}

/** inSlots runs fn(item, slot, index) for every item, n at a time: slot (0..n-1) runs its items one
 * after the other, taking the next unstarted item when it is free (the slot of a CompilePool). */
export async function inSlots(n, items, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async (_, slot) => {
    for (;;) {
      const k = next++;
      if (k >= items.length) return;
      await fn(items[k], slot, k);
    }
  }));
}
