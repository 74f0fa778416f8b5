// This file runs a subset of the golden programs (every third one that
// compiles, at least 15) under a second engine, wasmtime, through
// tests/run_wasmtime.py (the PyPI `wasmtime` package embeds the real engine).
// The same .wasm must print what native Go printed.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileGolden, goldenPrograms, normalizeStderr, repoRoot } from './helpers/golden.js';

const runner = join(repoRoot, 'tests', 'run_wasmtime.py');
const subset = goldenPrograms()
  .filter((p) => !p.compileError)
  .filter((_p, i) => i % 3 === 0);
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-wasmtime-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('python3 can import wasmtime', () => {
  const r = spawnSync('python3', ['-c', 'import wasmtime'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      'the wasmtime engine is not available: install it with `python3 -m pip install wasmtime` ' +
        `(python3 said: ${r.error?.message ?? r.stderr.trim()})`,
    );
  }
});

test('the subset is large enough', () => {
  expect(subset.length).toBeGreaterThanOrEqual(15);
});

describe.each(subset.map((p) => [p.rel, p] as const))('%s', (_rel, p) => {
  test('matches native Go under wasmtime', async () => {
    const built = await compileGolden(p);
    expect(built.diagnostics).toBe('');
    const wasmPath = join(tmp, `${p.rel.replace(/[/.]/g, '_')}.wasm`);
    writeFileSync(wasmPath, built.wasm!);
    const r = spawnSync('python3', [runner, wasmPath], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    expect(r.error).toBeUndefined();
    expect({ stdout: r.stdout, stderr: normalizeStderr(r.stderr), exit: r.status }).toEqual({
      stdout: p.stdout,
      stderr: normalizeStderr(p.stderr),
      exit: p.exit,
    });
  });
});
