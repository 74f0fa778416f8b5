// This file implements the WASI preview 1 functions a gowasm program needs for
// stdio, clocks, sleeping and polling (poll_oneoff), randomness, arguments,
// environment, exit, and files under preopened directories (path_open, reads,
// writes, seeks, stat, directory listing, create/remove/rename/link), in
// JavaScript over node:fs.
//
// Why not node:wasi for these: Node 20.20's node:wasi crashes the process
// (SIGSEGV, or V8 fatal "Runtime_Abort") on programs whose memory grows to a
// few thousand pages (measured: bench/binary-trees at -O2 crashed 6 runs of 6
// under node:wasi, 0 of 4 with this implementation; jest processes running
// many modules in-process crashed too). A program that imports a WASI function
// not implemented here (sockets, ...) still runs under node:wasi: run.ts and
// worker-source.ts decide with `coversImports`.
//
// Files: the fd table maps a program fd to a host fd (stdio, opened files,
// whose offset is kept here because node:fs has no lseek: reads and writes
// are positional) or to a directory (a host path: preopens from
// opts.preopens, fds 3, 4, ... in order, and directories opened with
// path_open). A path is resolved under its directory fd and may not leave
// it ("..", absolute paths: ENOTCAPABLE as wasmtime). poll_oneoff sleeps
// for the earliest clock subscription with Atomics.wait; fd subscriptions
// are ready at once (every host call here is blocking).
//
// createJsWasi is one self-contained function (it uses no module-level name;
// host I/O comes in `io`) because the worker thread's source embeds its text
// (worker-source.ts uses createJsWasi.toString()).

import { randomFillSync } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { readSync, writeSync } from 'node:fs';

export interface JsWasiOptions {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Host file descriptors for the program's fds 0, 1 and 2. */
  readonly stdin?: number;
  readonly stdout?: number;
  readonly stderr?: number;
  /** Guest path → host directory, preopened as fds 3, 4, … (needs io.fs). */
  readonly preopens?: Readonly<Record<string, string>>;
}

/** The node:fs functions the file system functions use. */
export type JsWasiFs = Pick<
  typeof nodeFs,
  | 'openSync' | 'closeSync' | 'readSync' | 'writeSync' | 'fstatSync' | 'statSync' | 'lstatSync' | 'readdirSync'
  | 'mkdirSync' | 'unlinkSync' | 'rmdirSync' | 'renameSync' | 'ftruncateSync' | 'fsyncSync' | 'fdatasyncSync'
  | 'readlinkSync' | 'symlinkSync' | 'linkSync' | 'futimesSync' | 'utimesSync' | 'lutimesSync' | 'constants'
>;

/** Host I/O used by the implementation (node:fs and node:crypto functions). */
export interface JsWasiIO {
  writeSync(fd: number, buf: Uint8Array): number;
  readSync(fd: number, buf: Uint8Array): number;
  randomFillSync(buf: Uint8Array): unknown;
  /** File system access; without it, no directory is preopened and files cannot be opened. */
  fs?: JsWasiFs;
}

/** nodeIO is JsWasiIO over node:fs and node:crypto. */
export const nodeIO: JsWasiIO = {
  writeSync: (fd, buf) => writeSync(fd, buf),
  readSync: (fd, buf) => readSync(fd, buf),
  randomFillSync: (buf) => randomFillSync(buf),
  fs: nodeFs,
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
  const EISDIR = 31;
  const ENOSYS = 52;
  const ENOTDIR = 54;
  const ESPIPE = 70;
  const ENOTCAPABLE = 76;
  // Node error codes → WASI errno.
  const ERRNO: Record<string, number> = {
    E2BIG: 1, EACCES: 2, EAGAIN: 6, EBADF: 8, EBUSY: 10, EEXIST: 20, EFBIG: 22, EINTR: 27, EINVAL: 28, EIO: 29,
    EISDIR: 31, ELOOP: 32, EMFILE: 33, EMLINK: 34, ENAMETOOLONG: 37, ENFILE: 41, ENODEV: 43, ENOENT: 44, ENOMEM: 48,
    ENOSPC: 51, ENOSYS: 52, ENOTDIR: 54, ENOTEMPTY: 55, ENOTSUP: 58, EPERM: 63, EPIPE: 64, EROFS: 69, ESPIPE: 70,
    EXDEV: 75,
  };
  const FILETYPE_CHAR = 2;
  const FILETYPE_DIR = 3;
  const FILETYPE_REG = 4;
  const FILETYPE_LINK = 7;
  const FDFLAG_APPEND = 1;
  const exitTag = { exit: true };
  let memory: WebAssembly.Memory | undefined;
  const fs = io.fs;

  /** An open program fd: a host fd (stdio or a file) or a directory (a host path). */
  interface Entry {
    host?: number;
    dir?: string;
    /** The name a preopened directory is known by in the program. */
    preopen?: string;
    stdio?: boolean;
    pos: number;
    flags: number;
  }
  const fds = new Map<number, Entry>();
  [opts.stdin ?? 0, opts.stdout ?? 1, opts.stderr ?? 2].forEach((host, fd) => fds.set(fd, { host, stdio: true, pos: 0, flags: 0 }));
  if (fs) {
    for (const [guest, host] of Object.entries(opts.preopens ?? {})) fds.set(fds.size, { dir: host, preopen: guest, pos: 0, flags: 0 });
  }
  let nextFd = fds.size;

  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const argv = opts.args.map((a) => enc.encode(a + '\0'));
  const envv = Object.entries(opts.env).map(([k, v]) => enc.encode(k + '=' + v + '\0'));
  const view = (): DataView => new DataView(memory!.buffer);
  const bytes = (ptr: number, len: number): Uint8Array => new Uint8Array(memory!.buffer, ptr, len);
  const str = (ptr: number, len: number): string => dec.decode(bytes(ptr, len));
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
  // errno runs a host call and maps a thrown Node error to its WASI errno.
  const errno = (f: () => number | void): number => {
    try {
      return f() ?? ESUCCESS;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== undefined && code in ERRNO) return ERRNO[code]!;
      throw e;
    }
  };
  const sleepMs = (ms: number): void => {
    if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  };
  const clockNow = (id: number): bigint | undefined => {
    if (id === 0) return BigInt(Date.now()) * 1000000n;
    if (id === 1) return process.hrtime.bigint();
    if (id === 2 || id === 3) return BigInt(Math.round(process.cpuUsage().user * 1000));
    return undefined;
  };
  // resolve returns the host path of `path` under directory fd dirfd, or a WASI errno.
  const resolve = (dirfd: number, ptr: number, len: number): string | number => {
    const d = fds.get(dirfd);
    if (!d) return EBADF;
    if (d.dir === undefined) return ENOTDIR;
    const parts: string[] = [];
    const path = str(ptr, len);
    if (path.startsWith('/')) return ENOTCAPABLE;
    for (const p of path.split('/')) {
      if (p === '' || p === '.') continue;
      if (p === '..') {
        if (parts.length === 0) return ENOTCAPABLE;
        parts.pop();
      } else parts.push(p);
    }
    return parts.length === 0 ? d.dir : d.dir + '/' + parts.join('/');
  };
  const filetype = (st: nodeFs.BigIntStats): number =>
    st.isFile() ? FILETYPE_REG : st.isDirectory() ? FILETYPE_DIR : st.isSymbolicLink() ? FILETYPE_LINK : st.isCharacterDevice() ? FILETYPE_CHAR : st.isBlockDevice() ? 1 : st.isFIFO() || st.isSocket() ? 6 : 0;
  // putFilestat writes a filestat (64 bytes).
  const putFilestat = (out: number, st: nodeFs.BigIntStats): void => {
    const dv = view();
    dv.setBigUint64(out, st.dev, true);
    dv.setBigUint64(out + 8, st.ino, true);
    dv.setBigUint64(out + 16, BigInt(filetype(st)), true);
    dv.setBigUint64(out + 24, st.nlink, true);
    dv.setBigUint64(out + 32, st.size, true);
    dv.setBigUint64(out + 40, st.atimeNs, true);
    dv.setBigUint64(out + 48, st.mtimeNs, true);
    dv.setBigUint64(out + 56, st.ctimeNs, true);
  };
  const statEntry = (e: Entry): nodeFs.BigIntStats =>
    e.dir !== undefined ? fs!.statSync(e.dir, { bigint: true }) : fs!.fstatSync(e.host!, { bigint: true });
  // times converts WASI (atim, mtim, fst_flags) to the seconds node's utimes takes.
  const times = (e: Entry | string, atim: bigint, mtim: bigint, flags: number): [number, number] => {
    const st = typeof e === 'string' ? fs!.statSync(e, { bigint: true }) : statEntry(e);
    const now = Date.now() / 1000;
    const a = flags & 2 ? now : flags & 1 ? Number(atim) / 1e9 : Number(st.atimeNs) / 1e9;
    const m = flags & 8 ? now : flags & 4 ? Number(mtim) / 1e9 : Number(st.mtimeNs) / 1e9;
    return [a, m];
  };
  const file = (fd: number): Entry | number => {
    const e = fds.get(fd);
    if (!e) return EBADF;
    if (e.host === undefined) return EISDIR;
    return e;
  };
  // readInto fills the iovecs from a host fd at position pos (null: the stdio stream); returns the count.
  const readInto = (host: number, iovs: number, n: number, pos: number | null): number => {
    let total = 0;
    for (const [p, len] of iovecs(iovs, n)) {
      let got = 0;
      try {
        got = pos === null ? io.readSync(host, bytes(p, len)) : fs!.readSync(host, bytes(p, len), 0, len, pos + total);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code !== 'EOF' && code !== 'EAGAIN') throw e;
      }
      total += got;
      if (got < len) break;
    }
    return total;
  };
  // writeFrom writes the iovecs to a host fd at position pos (null: stream or append); returns the count.
  const writeFrom = (host: number, iovs: number, n: number, pos: number | null, stdio: boolean): number => {
    let total = 0;
    for (const [p, len] of iovecs(iovs, n)) {
      let off = 0;
      while (off < len) {
        try {
          const data = bytes(p + off, len - off);
          off += stdio ? io.writeSync(host, data) : fs!.writeSync(host, data, 0, data.length, pos === null ? null : pos + total + off);
        } catch (e) {
          // A non-blocking pipe that is full: wait 1 ms and retry, as a blocking write would.
          if ((e as { code?: string }).code !== 'EAGAIN') throw e;
          sleepMs(1);
        }
      }
      total += len;
    }
    return total;
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
      const ns = clockNow(id);
      if (ns === undefined) return EINVAL;
      view().setBigUint64(out, ns, true);
      return ESUCCESS;
    },
    // poll_oneoff: subscriptions are 48 bytes (userdata u64, tag u8 @8, then clock {id u32 @16,
    // timeout u64 @24, precision u64 @32, flags u16 @40} or fd_readwrite {fd u32 @16}); events
    // are 32 bytes (userdata u64, error u16 @8, type u8 @10, fd_readwrite {nbytes u64 @16, flags u16 @24}).
    poll_oneoff: (inPtr: number, outPtr: number, nsubs: number, neventsPtr: number) => {
      if (nsubs === 0) return EINVAL;
      const dv = view();
      const events: [bigint, number, number][] = []; // userdata, error, type
      let wait: bigint | undefined;
      const clocks: [bigint, bigint][] = []; // userdata, remaining ns
      for (let i = 0; i < nsubs; i++) {
        const sub = inPtr + 48 * i;
        const userdata = dv.getBigUint64(sub, true);
        const tag = dv.getUint8(sub + 8);
        if (tag === 0) {
          const id = dv.getUint32(sub + 16, true);
          const timeout = dv.getBigUint64(sub + 24, true);
          const abs = (dv.getUint16(sub + 40, true) & 1) !== 0;
          const now = clockNow(id);
          if (now === undefined) {
            events.push([userdata, EINVAL, 0]);
            continue;
          }
          const left = abs ? timeout - now : timeout;
          clocks.push([userdata, left]);
          if (wait === undefined || left < wait) wait = left;
        } else if (tag === 1 || tag === 2) {
          const fd = dv.getUint32(sub + 16, true);
          events.push([userdata, fds.has(fd) ? ESUCCESS : EBADF, tag]);
        } else {
          events.push([userdata, EINVAL, tag]);
        }
      }
      // Every fd is ready at once (host calls block); otherwise sleep until the first clock.
      if (events.length === 0 && wait !== undefined) {
        sleepMs(Number(wait) / 1e6);
        for (const [userdata, left] of clocks) if (left <= wait) events.push([userdata, ESUCCESS, 0]);
      }
      const out = view();
      events.forEach(([userdata, error, type], i) => {
        const ev = outPtr + 32 * i;
        bytes(ev, 32).fill(0);
        out.setBigUint64(ev, userdata, true);
        out.setUint16(ev + 8, error, true);
        out.setUint8(ev + 10, type);
        if (type !== 0) out.setBigUint64(ev + 16, 1n, true);
      });
      out.setUint32(neventsPtr, events.length, true);
      return ESUCCESS;
    },
    fd_write: (fd: number, iovs: number, n: number, nwritten: number) => {
      const e = file(fd);
      if (typeof e === 'number') return e === EISDIR ? EBADF : e;
      if (fd === 0) return EBADF;
      return errno(() => {
        const append = (e.flags & FDFLAG_APPEND) !== 0;
        const total = writeFrom(e.host!, iovs, n, e.stdio || append ? null : e.pos, !!e.stdio);
        if (append && !e.stdio) e.pos = Number(fs!.fstatSync(e.host!).size);
        else if (!e.stdio) e.pos += total;
        view().setUint32(nwritten, total, true);
      });
    },
    fd_pwrite: (fd: number, iovs: number, n: number, offset: bigint, nwritten: number) => {
      const e = file(fd);
      if (typeof e === 'number') return e === EISDIR ? EBADF : e;
      if (e.stdio) return ESPIPE;
      return errno(() => view().setUint32(nwritten, writeFrom(e.host!, iovs, n, Number(offset), false), true));
    },
    fd_read: (fd: number, iovs: number, n: number, nread: number) => {
      const e = file(fd);
      if (typeof e === 'number') return e;
      if (e.stdio && fd !== 0) return EBADF;
      return errno(() => {
        const total = readInto(e.host!, iovs, n, e.stdio ? null : e.pos);
        if (!e.stdio) e.pos += total;
        view().setUint32(nread, total, true);
      });
    },
    fd_pread: (fd: number, iovs: number, n: number, offset: bigint, nread: number) => {
      const e = file(fd);
      if (typeof e === 'number') return e;
      if (e.stdio) return ESPIPE;
      return errno(() => view().setUint32(nread, readInto(e.host!, iovs, n, Number(offset)), true));
    },
    fd_seek: (fd: number, offset: bigint, whence: number, out: number) => {
      const e = file(fd);
      if (typeof e === 'number') return e === EISDIR ? EBADF : e;
      if (e.stdio) return ESPIPE;
      return errno(() => {
        let base = 0;
        if (whence === 1) base = e.pos;
        else if (whence === 2) base = Number(fs!.fstatSync(e.host!).size);
        else if (whence !== 0) return EINVAL;
        const to = base + Number(offset);
        if (to < 0) return EINVAL;
        e.pos = to;
        view().setBigUint64(out, BigInt(to), true);
      });
    },
    fd_tell: (fd: number, out: number) => {
      const e = file(fd);
      if (typeof e === 'number') return e === EISDIR ? EBADF : e;
      if (e.stdio) return ESPIPE;
      view().setBigUint64(out, BigInt(e.pos), true);
      return ESUCCESS;
    },
    fd_fdstat_get: (fd: number, out: number) => {
      const e = fds.get(fd);
      if (!e) return EBADF;
      let type = FILETYPE_CHAR;
      if (!e.stdio) {
        const r = errno(() => {
          type = filetype(statEntry(e));
        });
        if (r !== ESUCCESS) return r;
      }
      bytes(out, 24).fill(0);
      const dv = view();
      dv.setUint8(out, type);
      dv.setUint16(out + 2, e.flags, true);
      dv.setBigUint64(out + 8, 0x1fffffffn, true); // rights base: all
      dv.setBigUint64(out + 16, 0x1fffffffn, true); // rights inheriting: all
      return ESUCCESS;
    },
    fd_fdstat_set_flags: (fd: number, flags: number) => {
      const e = fds.get(fd);
      if (!e) return EBADF;
      e.flags = flags; // NONBLOCK is accepted: every host call here blocks
      return ESUCCESS;
    },
    fd_fdstat_set_rights: (fd: number) => (fds.has(fd) ? ESUCCESS : EBADF),
    fd_filestat_get: (fd: number, out: number) => {
      const e = fds.get(fd);
      if (!e) return EBADF;
      if (e.stdio) {
        bytes(out, 64).fill(0);
        view().setUint8(out + 16, FILETYPE_CHAR);
        return ESUCCESS;
      }
      return errno(() => putFilestat(out, statEntry(e)));
    },
    fd_filestat_set_size: (fd: number, size: bigint) => {
      const e = file(fd);
      if (typeof e === 'number') return e === EISDIR ? EBADF : e;
      return errno(() => fs!.ftruncateSync(e.host!, Number(size)));
    },
    fd_filestat_set_times: (fd: number, atim: bigint, mtim: bigint, flags: number) => {
      const e = fds.get(fd);
      if (!e || e.stdio) return EBADF;
      return errno(() => {
        const [a, m] = times(e, atim, mtim, flags);
        if (e.dir !== undefined) fs!.utimesSync(e.dir, a, m);
        else fs!.futimesSync(e.host!, a, m);
      });
    },
    fd_sync: (fd: number) => {
      const e = fds.get(fd);
      if (!e) return EBADF;
      return e.host === undefined || e.stdio ? ESUCCESS : errno(() => fs!.fsyncSync(e.host!));
    },
    fd_datasync: (fd: number) => {
      const e = fds.get(fd);
      if (!e) return EBADF;
      return e.host === undefined || e.stdio ? ESUCCESS : errno(() => fs!.fdatasyncSync(e.host!));
    },
    fd_advise: (fd: number) => (fds.has(fd) ? ESUCCESS : EBADF),
    fd_prestat_get: (fd: number, out: number) => {
      const e = fds.get(fd);
      if (!e || e.preopen === undefined) return EBADF;
      const dv = view();
      dv.setUint32(out, 0, true); // tag: dir
      dv.setUint32(out + 4, enc.encode(e.preopen).length, true);
      return ESUCCESS;
    },
    fd_prestat_dir_name: (fd: number, p: number, len: number) => {
      const e = fds.get(fd);
      if (!e || e.preopen === undefined) return EBADF;
      const name = enc.encode(e.preopen);
      if (len < name.length) return EINVAL;
      bytes(p, name.length).set(name);
      return ESUCCESS;
    },
    fd_close: (fd: number) => {
      const e = fds.get(fd);
      if (!e) return EBADF;
      fds.delete(fd);
      if (e.host !== undefined && !e.stdio) return errno(() => fs!.closeSync(e.host!));
      return ESUCCESS;
    },
    // fd_readdir writes dirents (d_next u64, d_ino u64, d_namlen u32 @16, d_type u8 @20, name @24)
    // from index `cookie` on; the last one may be cut short when the buffer is full.
    fd_readdir: (fd: number, buf: number, bufLen: number, cookie: bigint, usedPtr: number) => {
      const e = fds.get(fd);
      if (!e) return EBADF;
      if (e.dir === undefined) return ENOTDIR;
      return errno(() => {
        const names = ['.', '..', ...fs!.readdirSync(e.dir!).sort()];
        let used = 0;
        for (let i = Number(cookie); i < names.length && used < bufLen; i++) {
          const name = enc.encode(names[i]!);
          let st: nodeFs.BigIntStats | undefined;
          try {
            st = fs!.lstatSync(e.dir + '/' + names[i], { bigint: true });
          } catch {
            st = undefined;
          }
          const ent = new Uint8Array(24 + name.length);
          const dv = new DataView(ent.buffer);
          dv.setBigUint64(0, BigInt(i + 1), true);
          dv.setBigUint64(8, st ? st.ino : 0n, true);
          dv.setUint32(16, name.length, true);
          dv.setUint8(20, st ? filetype(st) : 0);
          ent.set(name, 24);
          const n = Math.min(ent.length, bufLen - used);
          bytes(buf + used, n).set(ent.subarray(0, n));
          used += n;
        }
        view().setUint32(usedPtr, used, true);
      });
    },
    // path_open: oflags CREAT 1, DIRECTORY 2, EXCL 4, TRUNC 8; rights FD_READ 1<<1, FD_WRITE 1<<6;
    // fdflags APPEND 1.
    path_open: (dirfd: number, _dirflags: number, p: number, len: number, oflags: number, rights: bigint, _inh: bigint, fdflags: number, out: number) => {
      if (!fs) return ENOSYS;
      const path = resolve(dirfd, p, len);
      if (typeof path === 'number') return path;
      return errno(() => {
        let st: nodeFs.Stats | undefined;
        try {
          st = fs.statSync(path);
        } catch {
          st = undefined;
        }
        if (st?.isDirectory() && (oflags & 1) === 0) {
          const fd = nextFd++;
          fds.set(fd, { dir: path, pos: 0, flags: fdflags });
          view().setUint32(out, fd, true);
          return ESUCCESS;
        }
        if (oflags & 2) return st ? ENOTDIR : ERRNO.ENOENT!;
        const c = fs.constants;
        const write = (rights & (1n << 6n)) !== 0n || (oflags & 8) !== 0 || (fdflags & FDFLAG_APPEND) !== 0;
        const read = (rights & (1n << 1n)) !== 0n || !write;
        let flags = read && write ? c.O_RDWR : write ? c.O_WRONLY : c.O_RDONLY;
        if (oflags & 1) flags |= c.O_CREAT;
        if (oflags & 4) flags |= c.O_EXCL;
        if (oflags & 8) flags |= c.O_TRUNC;
        if (fdflags & FDFLAG_APPEND) flags |= c.O_APPEND;
        const host = fs.openSync(path, flags, 0o666);
        const fd = nextFd++;
        fds.set(fd, { host, pos: 0, flags: fdflags });
        view().setUint32(out, fd, true);
      });
    },
    path_filestat_get: (dirfd: number, lookupFlags: number, p: number, len: number, out: number) => {
      const path = resolve(dirfd, p, len);
      if (typeof path === 'number') return path;
      return errno(() => putFilestat(out, lookupFlags & 1 ? fs!.statSync(path, { bigint: true }) : fs!.lstatSync(path, { bigint: true })));
    },
    path_filestat_set_times: (dirfd: number, lookupFlags: number, p: number, len: number, atim: bigint, mtim: bigint, flags: number) => {
      const path = resolve(dirfd, p, len);
      if (typeof path === 'number') return path;
      return errno(() => {
        const [a, m] = times(path, atim, mtim, flags);
        if (lookupFlags & 1) fs!.utimesSync(path, a, m);
        else fs!.lutimesSync(path, a, m);
      });
    },
    path_create_directory: (dirfd: number, p: number, len: number) => {
      const path = resolve(dirfd, p, len);
      return typeof path === 'number' ? path : errno(() => fs!.mkdirSync(path));
    },
    path_remove_directory: (dirfd: number, p: number, len: number) => {
      const path = resolve(dirfd, p, len);
      return typeof path === 'number' ? path : errno(() => fs!.rmdirSync(path));
    },
    path_unlink_file: (dirfd: number, p: number, len: number) => {
      const path = resolve(dirfd, p, len);
      return typeof path === 'number' ? path : errno(() => fs!.unlinkSync(path));
    },
    path_rename: (fd: number, p: number, len: number, newFd: number, np: number, nlen: number) => {
      const from = resolve(fd, p, len);
      if (typeof from === 'number') return from;
      const to = resolve(newFd, np, nlen);
      return typeof to === 'number' ? to : errno(() => fs!.renameSync(from, to));
    },
    path_link: (fd: number, _flags: number, p: number, len: number, newFd: number, np: number, nlen: number) => {
      const from = resolve(fd, p, len);
      if (typeof from === 'number') return from;
      const to = resolve(newFd, np, nlen);
      return typeof to === 'number' ? to : errno(() => fs!.linkSync(from, to));
    },
    path_symlink: (p: number, len: number, fd: number, np: number, nlen: number) => {
      const to = resolve(fd, np, nlen);
      return typeof to === 'number' ? to : errno(() => fs!.symlinkSync(str(p, len), to));
    },
    path_readlink: (fd: number, p: number, len: number, buf: number, bufLen: number, usedPtr: number) => {
      const path = resolve(fd, p, len);
      if (typeof path === 'number') return path;
      return errno(() => {
        const target = enc.encode(fs!.readlinkSync(path));
        const n = Math.min(target.length, bufLen);
        bytes(buf, n).set(target.subarray(0, n));
        view().setUint32(usedPtr, n, true);
      });
    },
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
      } finally {
        for (const e of fds.values()) if (e.host !== undefined && !e.stdio) fs?.closeSync(e.host);
        fds.clear();
      }
    },
  };
}
