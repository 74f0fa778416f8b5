// This file runs every golden program of testdata/ (discovered, not listed):
// compiled once through the compiler API, the module runs under both engines:
// runtime/host under Node (in a child process `gowasm run app.wasm`, so that a
// program that loops forever is stopped by a timeout instead of blocking the
// test worker) and wasmtime (tests/run_wasmtime.py; the PyPI `wasmtime`
// package embeds the real engine). Under each, stdout, stderr (panic traces
// normalised) and the exit status must equal what real Go printed (NAME.out /
// NAME.err / NAME.exit from `npm run golden`). testdata/errors/ programs must
// fail to compile with go build's diagnostics.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompileResult } from '../compiler/index.js';
import { compileGolden, expectGoldenRun, goldenPrograms } from './helpers/golden.js';

const programs = goldenPrograms();
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-golden-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('there are golden programs in every area', () => {
  expect(programs.length).toBeGreaterThanOrEqual(45);
  const areas = new Set(programs.map((p) => p.rel.split('/')[1]));
  for (const a of ['basics', 'control', 'strings', 'slices', 'structs', 'programs', 'panics', 'errors']) {
    expect(areas).toContain(a);
  }
});

test('python3 can import wasmtime (the second engine)', () => {
  const r = spawnSync('python3', ['-c', 'import wasmtime'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      'the wasmtime engine is not available: install it with `python3 -m pip install wasmtime` ' +
        `(python3 said: ${r.error?.message ?? r.stderr.trim()})`,
    );
  }
});

describe.each(programs.map((p) => [p.rel, p] as const))('%s', (_rel, p) => {
  // Tests of a file run in order in one worker: the second engine reuses the first one's build.
  let built: Promise<CompileResult> | undefined;
  const build = (): Promise<CompileResult> => (built ??= compileGolden(p));
  const wasmPath = join(tmp, `${p.rel.replace(/[/.]/g, '_')}.wasm`);

  test('matches native Go', async () => {
    const b = await build();
    if (p.compileError) {
      expect({ stderr: b.diagnostics, exit: b.exitCode }).toEqual({ stderr: p.stderr, exit: p.exit });
      return;
    }
    expect(b.diagnostics).toBe('');
    expect(b.wasm).toBeDefined();
    expectGoldenRun(b.wasm!, wasmPath, p);
  });

  if (!p.compileError) {
    test('matches native Go under wasmtime', async () => {
      const b = await build();
      expect(b.diagnostics).toBe('');
      expectGoldenRun(b.wasm!, wasmPath, p, 'wasmtime');
    });
  }
});
