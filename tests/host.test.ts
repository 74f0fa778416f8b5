// This file tests runtime/host's runWasm on hand-assembled WASI modules:
// output to the given fds, exit status from proc_exit, arguments, and traps
// reported as Go runtime panics with status 2.

import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goTrapMessage, runWasm } from '../runtime/host/index.js';
import { ARGC_EXIT_WAT, helloWat, trapWat, wat2wasm } from './helpers/wat.js';

const dir = mkdtempSync(join(tmpdir(), 'gowasm-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function capture(wasm: Uint8Array, args: string[] = []): Promise<{ code: number; out: string; err: string }> {
  const outPath = join(dir, `out${n}`);
  const errPath = join(dir, `err${n++}`);
  const out = openSync(outPath, 'w');
  const err = openSync(errPath, 'w');
  try {
    const r = await runWasm(wasm, { args, stdout: out, stderr: err });
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
