// This file implements the WASI preview 1 functions a gowasm program needs for
// stdio, clocks, randomness, arguments, environment and exit, in JavaScript.
//
// Why not node:wasi for these: Node 20.20's node:wasi crashes the process
// (SIGSEGV, or V8 fatal "Runtime_Abort") on programs whose memory grows to a
// few thousand pages (measured: bench/binary-trees at -O2 crashed 6 runs of 6
// under node:wasi, 0 of 4 with this implementation; jest processes running
// many modules in-process crashed too). A program that imports a WASI function
// not implemented here (files through path_open, ...) still runs under
// node:wasi: run.ts and worker-source.ts decide with `coversImports`.
//
// createJsWasi is one self-contained function (it uses no module-level name;
// host I/O comes in `io`) because the worker thread's source embeds its text
// (worker-source.ts uses createJsWasi.toString()).

import { randomFillSync } from 'node:crypto';
import { readSync, writeSync } from 'node:fs';

export interface JsWasiOptions {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Host file descriptors for the program's fds 0, 1 and 2. */
  readonly stdin?: number;
  readonly stdout?: number;
  readonly stderr?: number;
}

/** Host I/O used by the implementation (node:fs and node:crypto functions). */
export interface JsWasiIO {
  writeSync(fd: number, buf: Uint8Array): number;
  readSync(fd: number, buf: Uint8Array): number;
  randomFillSync(buf: Uint8Array): unknown;
}

/** nodeIO is JsWasiIO over node:fs and node:crypto. */
export const nodeIO: JsWasiIO = {
  writeSync: (fd, buf) => writeSync(fd, buf),
  readSync: (fd, buf) => readSync(fd, buf),
  randomFillSync: (buf) => randomFillSync(buf),
};

export interface JsWasi {
  /** Whether every wasi_snapshot_preview1 import of the module is implemented here. */
  coversImports(module: WebAssembly.Module): boolean;
  importObject(): WebAssembly.Imports;
  /** start runs _start and returns the exit status (0 when _start returns); traps propagate. */
  start(instance: WebAssembly.Instance): number;
}

/** createJsWasi returns a WASI preview 1 implementation for one module instance. */
export function createJsWasi(opts: JsWasiOptions, io: JsWasiIO): JsWasi {
  const ESUCCESS = 0;
  const EBADF = 8;
  const EINVAL = 28;
  const ENOSYS = 52;
  const exitTag = { exit: true };
  let memory: WebAssembly.Memory | undefined;
  const fds = [opts.stdin ?? 0, opts.stdout ?? 1, opts.stderr ?? 2];
  const enc = new TextEncoder();
  const argv = opts.args.map((a) => enc.encode(a + '\0'));
  const envv = Object.entries(opts.env).map(([k, v]) => enc.encode(k + '=' + v + '\0'));
  const view = (): DataView => new DataView(memory!.buffer);
  const bytes = (ptr: number, len: number): Uint8Array => new Uint8Array(memory!.buffer, ptr, len);
  const putStrings = (list: Uint8Array[], ptrs: number, buf: number): number => {
    const dv = view();
    let p = buf;
    list.forEach((s, i) => {
      dv.setUint32(ptrs + 4 * i, p, true);
      bytes(p, s.length).set(s);
      p += s.length;
    });
    return ESUCCESS;
  };
  const putSizes = (list: Uint8Array[], countPtr: number, sizePtr: number): number => {
    const dv = view();
    dv.setUint32(countPtr, list.length, true);
    dv.setUint32(sizePtr, list.reduce((n, s) => n + s.length, 0), true);
    return ESUCCESS;
  };
  // iovecs walks an iovec array: {buf i32, len i32} each.
  const iovecs = (iovs: number, n: number): [number, number][] => {
    const dv = view();
    const out: [number, number][] = [];
    for (let i = 0; i < n; i++) out.push([dv.getUint32(iovs + 8 * i, true), dv.getUint32(iovs + 8 * i + 4, true)]);
    return out;
  };
  const functions: Record<string, (...args: never[]) => number | void> = {
    args_sizes_get: (c: number, s: number) => putSizes(argv, c, s),
    args_get: (p: number, b: number) => putStrings(argv, p, b),
    environ_sizes_get: (c: number, s: number) => putSizes(envv, c, s),
    environ_get: (p: number, b: number) => putStrings(envv, p, b),
    clock_res_get: (_id: number, out: number) => {
      view().setBigUint64(out, 1000n, true);
      return ESUCCESS;
    },
    clock_time_get: (id: number, _precision: bigint, out: number) => {
      let ns: bigint;
      if (id === 0) ns = BigInt(Date.now()) * 1000000n;
      else if (id === 1) ns = process.hrtime.bigint();
      else if (id === 2 || id === 3) ns = BigInt(Math.round(process.cpuUsage().user * 1000));
      else return EINVAL;
      view().setBigUint64(out, ns, true);
      return ESUCCESS;
    },
    fd_write: (fd: number, iovs: number, n: number, nwritten: number) => {
      const host = fds[fd];
      if (host === undefined || fd === 0) return EBADF;
      let total = 0;
      for (const [p, len] of iovecs(iovs, n)) {
        let off = 0;
        while (off < len) {
          try {
            off += io.writeSync(host, bytes(p + off, len - off));
          } catch (e) {
            // A non-blocking pipe that is full: wait 1 ms and retry, as a blocking write would.
            if ((e as { code?: string }).code !== 'EAGAIN') throw e;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          }
        }
        total += len;
      }
      view().setUint32(nwritten, total, true);
      return ESUCCESS;
    },
    fd_read: (fd: number, iovs: number, n: number, nread: number) => {
      if (fd !== 0) return EBADF;
      let total = 0;
      for (const [p, len] of iovecs(iovs, n)) {
        let got = 0;
        try {
          got = io.readSync(fds[0]!, bytes(p, len));
        } catch (e) {
          const code = (e as { code?: string }).code;
          if (code !== 'EOF' && code !== 'EAGAIN') throw e;
        }
        total += got;
        if (got < len) break;
      }
      view().setUint32(nread, total, true);
      return ESUCCESS;
    },
    fd_fdstat_get: (fd: number, out: number) => {
      if (fds[fd] === undefined) return EBADF;
      bytes(out, 24).fill(0);
      const dv = view();
      dv.setUint8(out, 2); // filetype: character device
      dv.setBigUint64(out + 8, 0xffffffffn, true); // rights base
      dv.setBigUint64(out + 16, 0xffffffffn, true); // rights inheriting
      return ESUCCESS;
    },
    fd_prestat_get: () => EBADF, // no preopened directories
    fd_prestat_dir_name: () => EBADF,
    fd_close: (fd: number) => (fds[fd] === undefined ? EBADF : ESUCCESS),
    random_get: (p: number, n: number) => {
      io.randomFillSync(bytes(p, n));
      return ESUCCESS;
    },
    sched_yield: () => ESUCCESS,
    proc_exit: (code: number) => {
      throw { tag: exitTag, code };
    },
    proc_raise: () => ENOSYS,
  };
  return {
    coversImports: (module) =>
      WebAssembly.Module.imports(module).every((i) => i.module !== 'wasi_snapshot_preview1' || i.name in functions),
    importObject: () => ({ wasi_snapshot_preview1: functions as unknown as WebAssembly.ModuleImports }),
    start(instance) {
      const mem = instance.exports['memory'];
      if (!(mem instanceof WebAssembly.Memory)) throw new Error('module does not export its memory');
      memory = mem;
      const start = instance.exports['_start'];
      if (typeof start !== 'function') throw new Error('module has no _start');
      try {
        (start as () => void)();
        return 0;
      } catch (e) {
        if (e !== null && typeof e === 'object' && (e as { tag?: unknown }).tag === exitTag) return (e as { code: number }).code;
        throw e;
      }
    },
  };
}
