// End-to-end tests of the backend and the runtime package through the whole
// pipeline: each compiler/wasm/testdata/NAME.go is compiled (with package
// runtime) at -O0 and -O2 and run under runtime/host's WASI; its stderr (print/println
// output, or a panic up to "goroutine 1 [running]:") must equal NAME.stderr,
// which was produced by running the program with go1.26.8. Programs named
// panic_* must also exit with status 2.

import { describe, expect, test } from '@jest/globals';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJsWasi, nodeIO } from '../../runtime/host/wasi.js';
import { compile } from '../driver.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, 'testdata');
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-sem-'));
let seq = 0;

async function run(wasm: Uint8Array): Promise<{ code: number; stderr: string }> {
  const errPath = join(tmp, `${seq++}.err`);
  const fd = openSync(errPath, 'w');
  try {
    const wasi = createJsWasi({ args: [], env: {}, stderr: fd }, nodeIO);
    const mod = await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
    const inst = await WebAssembly.instantiate(mod, wasi.importObject());
    return { code: wasi.start(inst), stderr: readFileSync(errPath, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

/** Keep a panic report up to its goroutine header; drop native Go's SIGSEGV line. */
function normalize(s: string): string {
  const lines = s.split('\n').filter((l) => !/^\[signal .*\]$/.test(l));
  const g = lines.indexOf('goroutine 1 [running]:');
  return g >= 0 ? `${lines.slice(0, g + 1).join('\n')}\n` : lines.join('\n');
}

const programs = readdirSync(dataDir)
  .filter((f) => f.endsWith('.go'))
  .map((f) => f.slice(0, -3));

describe.each([0, 2] as const)('-O%d', (optLevel) => {
  test.each(programs)('%s', async (name) => {
    const r = await compile({ files: [join(dataDir, `${name}.go`)], optLevel, debugNames: true });
    expect(r.diagnostics).toBe('');
    const got = await run(r.wasm!);
    const want = readFileSync(join(dataDir, `${name}.stderr`), 'utf8');
    expect(normalize(got.stderr)).toBe(normalize(want));
    expect(got.code).toBe(name.startsWith('panic_') ? 2 : 0);
  });
});
