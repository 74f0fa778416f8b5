// This file tests runtime/host's runWasm on hand-assembled WASI modules:
// output to the given fds, exit status from proc_exit, arguments, and traps
// reported as Go runtime panics with status 2; deep recursion runs on a big
// native stack, and running out of it is Go's fatal "stack overflow".

import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goTrapMessage, runWasm, STACK_OVERFLOW_REPORT } from '../runtime/host/index.js';
import { ARGC_EXIT_WAT, helloWat, trapWat, wat2wasm } from './helpers/wat.js';

const dir = mkdtempSync(join(tmpdir(), 'gowasm-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function capture(
  wasm: Uint8Array,
  args: string[] = [],
  stackSizeMb?: number,
): Promise<{ code: number; out: string; err: string }> {
  const outPath = join(dir, `out${n}`);
  const errPath = join(dir, `err${n++}`);
  const out = openSync(outPath, 'w');
  const err = openSync(errPath, 'w');
  try {
    const r = await runWasm(wasm, { args, stdout: out, stderr: err, stackSizeMb });
    return { code: r.exitCode, out: readFileSync(outPath, 'utf8'), err: readFileSync(errPath, 'utf8') };
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

test('stdout and the exit status of proc_exit', async () => {
  const r = await capture(await wat2wasm(helloWat('hello, wasi\n', 1, 7)));
  expect(r).toEqual({ code: 7, out: 'hello, wasi\n', err: '' });
});

test('stderr, and status 0 when _start returns', async () => {
  const r = await capture(await wat2wasm(helloWat('héllo ☺\n', 2)));
  expect(r).toEqual({ code: 0, out: '', err: 'héllo ☺\n' });
});

test('arguments reach the program (argv[0] is the program name)', async () => {
  const r = await capture(await wat2wasm(ARGC_EXIT_WAT), ['a', 'b', 'c']);
  expect(r.code).toBe(4);
});

test('a trap is a Go-like runtime panic with status 2', async () => {
  const r = await capture(await wat2wasm(trapWat('(unreachable)')));
  expect(r.code).toBe(2);
  expect(r.err).toBe('panic: runtime error: unreachable\n\ngoroutine 1 [running]:\n');
});

test('an integer division trap uses Go wording', async () => {
  const r = await capture(await wat2wasm(trapWat('(drop (i32.div_s (i32.const 1) (i32.const 0)))')));
  expect(r.code).toBe(2);
  expect(r.err.split('\n')[0]).toBe('panic: runtime error: integer divide by zero');
  expect(goTrapMessage('divide by zero')).toBe('integer divide by zero');
});

/** A module whose _start writes "ok\n" after recursing `depth` calls deep (forever when depth < 0). */
function recursionWat(depth: number): string {
  return `(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "ok\\0a")
  (func $down (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else (i32.add (call $down (i32.sub (local.get $n) (i32.const 1))) (i32.const 1)))))
  (func (export "_start")
    (drop (call $down (i32.const ${depth})))
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const 3))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`;
}

test('a recursion 1,000,000 calls deep completes (as Go, whose stacks grow to 1 GB)', async () => {
  const r = await capture(await wat2wasm(recursionWat(1_000_000)));
  expect(r).toEqual({ code: 0, out: 'ok\n', err: '' });
});

test("infinite recursion is Go's fatal stack overflow, status 2", async () => {
  // A small stack keeps the test fast; the report is the same at the default size.
  const r = await capture(await wat2wasm(recursionWat(-1)), [], 16);
  expect(r).toEqual({ code: 2, out: '', err: STACK_OVERFLOW_REPORT });
  expect(r.err.split('\n').slice(0, 2)).toEqual([
    'runtime: goroutine stack exceeds 1000000000-byte limit',
    'fatal error: stack overflow',
  ]);
});

test('stackSizeMb 0 runs on the calling thread (same results, small stack)', async () => {
  expect(await capture(await wat2wasm(helloWat('main thread\n', 1, 3)), [], 0)).toEqual({ code: 3, out: 'main thread\n', err: '' });
  const deep = await capture(await wat2wasm(recursionWat(-1)), [], 0);
  expect(deep).toEqual({ code: 2, out: '', err: STACK_OVERFLOW_REPORT });
});
