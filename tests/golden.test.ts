// This file runs every golden program of testdata/ (discovered, not listed):
// compiled through the compiler API and run under runtime/host (node:wasi, in a
// child process `gowasm run app.wasm` so that a program that loops forever is
// stopped by a timeout instead of blocking the test worker);
// stdout, stderr (panic traces normalised) and the exit status must equal
// what real Go printed (NAME.out / NAME.err / NAME.exit from `npm run golden`).
// testdata/errors/ programs must fail to compile with go build's diagnostics.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe.each(programs.map((p) => [p.rel, p] as const))('%s', (_rel, p) => {
  test('matches native Go', async () => {
    const built = await compileGolden(p);
    if (p.compileError) {
      expect({ stderr: built.diagnostics, exit: built.exitCode }).toEqual({ stderr: p.stderr, exit: p.exit });
      return;
    }
    expect(built.diagnostics).toBe('');
    expect(built.wasm).toBeDefined();
    const wasmPath = join(tmp, `${p.rel.replace(/[/.]/g, '_')}.wasm`);
    expectGoldenRun(built.wasm!, wasmPath, p);
  });
});
