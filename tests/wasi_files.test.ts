// This file tests the file system and polling functions of our JS WASI
// (runtime/host/wasi.ts): preopens, path_open/fd_read/fd_write/fd_seek/
// fd_filestat_get, fd_readdir, paths that try to leave their directory,
// error numbers, and poll_oneoff's clock and fd subscriptions. The WASI
// functions are called from a JS function the module's _start imports, so
// they see the instance's memory. A last test runs a program built by real
// Go for wasip1 (when `go` is installed) whose os calls go through them.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWasm } from '../runtime/host/index.js';
import { createJsWasi, nodeIO } from '../runtime/host/wasi.js';
import { wat2wasm } from './helpers/wat.js';

const dir = mkdtempSync(join(tmpdir(), 'gowasm-wasi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Fn = (...args: (number | bigint)[]) => number;

/** withWasi runs body inside _start of a module with 1 page of memory, dir preopened as "/data". */
async function withWasi(body: (w: Record<string, Fn>, mem: () => DataView, put: (p: number, s: string) => number) => void): Promise<void> {
  const wasm = await wat2wasm(`(module
    (import "t" "body" (func $body))
    (memory (export "memory") 1)
    (func (export "_start") (call $body)))`);
  const wasi = createJsWasi({ args: ['t'], env: {}, preopens: { '/data': dir } }, nodeIO);
  const imports = wasi.importObject();
  const w = imports['wasi_snapshot_preview1'] as unknown as Record<string, Fn>;
  let instance: WebAssembly.Instance | undefined;
  const mem = (): DataView => new DataView((instance!.exports['memory'] as WebAssembly.Memory).buffer);
  const put = (p: number, s: string): number => {
    const b = new TextEncoder().encode(s);
    new Uint8Array(mem().buffer, p, b.length).set(b);
    return b.length;
  };
  let failure: unknown;
  const module = await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
  instance = await WebAssembly.instantiate(module, {
    ...imports,
    t: {
      body: () => {
        try {
          body(w, mem, put);
        } catch (e) {
          failure = e;
        }
      },
    },
  });
  expect(wasi.start(instance)).toBe(0);
  if (failure) throw failure;
}

const PATH = 1024;
const OUT = 2048;
const IOV = 3072;
const BUF = 4096;

test('a preopened directory is fd 3 with its guest name', async () => {
  await withWasi((w, mem) => {
    expect(w.fd_prestat_get!(3, OUT)).toBe(0);
    expect(mem().getUint32(OUT + 4, true)).toBe(5);
    expect(w.fd_prestat_dir_name!(3, PATH, 5)).toBe(0);
    expect(new TextDecoder().decode(new Uint8Array(mem().buffer, PATH, 5))).toBe('/data');
    expect(w.fd_prestat_get!(4, OUT)).toBe(8); // EBADF ends Go's preopen scan
  });
});

test('create, write, seek, read back and stat a file', async () => {
  await withWasi((w, mem, put) => {
    const n = put(PATH, 'sub/../f.txt');
    // oflags CREAT|TRUNC, rights FD_READ|FD_WRITE
    expect(w.path_open!(3, 1, PATH, n, 1 | 8, (1n << 1n) | (1n << 6n), 0n, 0, OUT)).toBe(0);
    const fd = mem().getUint32(OUT, true);
    const len = put(BUF, 'hello, wasi');
    mem().setUint32(IOV, BUF, true);
    mem().setUint32(IOV + 4, len, true);
    expect(w.fd_write!(fd, IOV, 1, OUT)).toBe(0);
    expect(mem().getUint32(OUT, true)).toBe(11);
    expect(w.fd_seek!(fd, 7n, 0, OUT)).toBe(0);
    expect(mem().getBigUint64(OUT, true)).toBe(7n);
    mem().setUint32(IOV + 4, 100, true);
    expect(w.fd_read!(fd, IOV, 1, OUT)).toBe(0);
    expect(mem().getUint32(OUT, true)).toBe(4);
    expect(new TextDecoder().decode(new Uint8Array(mem().buffer, BUF, 4))).toBe('wasi');
    expect(w.fd_filestat_get!(fd, OUT)).toBe(0);
    expect(mem().getUint8(OUT + 16)).toBe(4); // regular file
    expect(mem().getBigUint64(OUT + 32, true)).toBe(11n);
    expect(w.fd_seek!(fd, -2n, 2, OUT)).toBe(0);
    expect(mem().getBigUint64(OUT, true)).toBe(9n);
    expect(w.fd_close!(fd)).toBe(0);
    expect(w.fd_close!(fd)).toBe(8);
  });
  expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe('hello, wasi');
});

test('error numbers: missing file, escaping paths, stdio seeks', async () => {
  await withWasi((w, _mem, put) => {
    let n = put(PATH, 'missing');
    expect(w.path_open!(3, 1, PATH, n, 0, 2n, 0n, 0, OUT)).toBe(44); // ENOENT
    n = put(PATH, '../etc/passwd');
    expect(w.path_open!(3, 1, PATH, n, 0, 2n, 0n, 0, OUT)).toBe(76); // ENOTCAPABLE
    n = put(PATH, '/etc/passwd');
    expect(w.path_filestat_get!(3, 1, PATH, n, OUT)).toBe(76);
    expect(w.path_open!(9, 1, PATH, n, 0, 2n, 0n, 0, OUT)).toBe(8); // EBADF
    expect(w.fd_seek!(1, 0n, 0, OUT)).toBe(70); // ESPIPE
  });
});

test('fd_readdir lists a directory, cookie by cookie', async () => {
  mkdirSync(join(dir, 'list'));
  writeFileSync(join(dir, 'list', 'b'), '');
  mkdirSync(join(dir, 'list', 'a'));
  await withWasi((w, mem, put) => {
    const n = put(PATH, 'list');
    expect(w.path_open!(3, 1, PATH, n, 2, 1n << 14n, 0n, 0, OUT)).toBe(0); // O_DIRECTORY
    const fd = mem().getUint32(OUT, true);
    const names: string[] = [];
    let cookie = 0n;
    for (;;) {
      expect(w.fd_readdir!(fd, BUF, 256, cookie, OUT)).toBe(0);
      const used = mem().getUint32(OUT, true);
      let p = 0;
      while (p + 24 <= used) {
        const nl = mem().getUint32(BUF + p + 16, true);
        if (p + 24 + nl > used) break;
        names.push(`${new TextDecoder().decode(new Uint8Array(mem().buffer, BUF + p + 24, nl))}:${mem().getUint8(BUF + p + 20)}`);
        cookie = mem().getBigUint64(BUF + p, true);
        p += 24 + nl;
      }
      if (used < 256) break;
    }
    expect(names).toEqual(['.:3', '..:3', 'a:3', 'b:4']);
  });
});

test('poll_oneoff sleeps for a clock subscription and reports it', async () => {
  await withWasi((w, mem) => {
    const dv = mem();
    new Uint8Array(dv.buffer, BUF, 48).fill(0);
    dv.setBigUint64(BUF, 42n, true); // userdata
    dv.setUint8(BUF + 8, 0); // clock
    dv.setUint32(BUF + 16, 1, true); // monotonic
    dv.setBigUint64(BUF + 24, 30_000_000n, true); // 30 ms, relative
    const t0 = process.hrtime.bigint();
    expect(w.poll_oneoff!(BUF, OUT, 1, PATH)).toBe(0);
    expect(process.hrtime.bigint() - t0).toBeGreaterThanOrEqual(25_000_000n);
    expect(dv.getUint32(PATH, true)).toBe(1);
    expect(dv.getBigUint64(OUT, true)).toBe(42n);
  });
});

test('poll_oneoff: an fd subscription is ready at once', async () => {
  await withWasi((w, mem) => {
    const dv = mem();
    new Uint8Array(dv.buffer, BUF, 96).fill(0);
    dv.setBigUint64(BUF, 1n, true);
    dv.setUint8(BUF + 8, 1); // fd_read
    dv.setUint32(BUF + 16, 0, true);
    dv.setBigUint64(BUF + 48, 2n, true);
    dv.setUint8(BUF + 56, 0); // clock: 10 s, must not be waited for
    dv.setUint32(BUF + 64, 1, true);
    dv.setBigUint64(BUF + 72, 10_000_000_000n, true);
    const t0 = Date.now();
    expect(w.poll_oneoff!(BUF, OUT, 2, PATH)).toBe(0);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(dv.getUint32(PATH, true)).toBe(1);
    expect(dv.getBigUint64(OUT, true)).toBe(1n);
    expect(dv.getUint8(OUT + 10)).toBe(1);
  });
});

const haveGo = spawnSync('go', ['version']).status === 0;

(haveGo ? test : test.skip)("a program built by Go for wasip1 does file I/O through Go's os package", async () => {
  const src = join(dir, 'prog.go');
  writeFileSync(
    src,
    `package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	os.WriteFile("out.txt", []byte("one\\n"), 0o644)
	f, _ := os.OpenFile("out.txt", os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("two\\n")
	f.Close()
	b, err := os.ReadFile("out.txt")
	fmt.Printf("%q %v\\n", b, err)
	ents, _ := os.ReadDir(".")
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir())
	}
	_, err = os.Stat("nope")
	fmt.Println(os.IsNotExist(err))
	t := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(time.Since(t) >= 20*time.Millisecond)
	os.Exit(3)
}
`,
  );
  const work = join(dir, 'work');
  mkdirSync(work);
  const wasmPath = join(dir, 'prog.wasm');
  const built = spawnSync('go', ['build', '-o', wasmPath, src], { env: { ...process.env, GOOS: 'wasip1', GOARCH: 'wasm', GO111MODULE: 'off' } });
  expect(built.stderr.toString()).toBe('');
  const outPath = join(dir, 'prog.out');
  const { openSync, closeSync } = await import('node:fs');
  const out = openSync(outPath, 'w');
  try {
    // As Go's own wasip1 runner: the root preopened, PWD telling the program where it is.
    const r = await runWasm(readFileSync(wasmPath), { env: { PWD: work }, preopens: { '/': '/' }, stdout: out });
    expect(r.exitCode).toBe(3);
  } finally {
    closeSync(out);
  }
  expect(readFileSync(outPath, 'utf8')).toBe('"one\\ntwo\\n" <nil>\nout.txt false\ntrue\ntrue\n');
});
