// This file runs the interface golden programs (testdata/interfaces/) at the
// optimisation levels the main golden test does not use (-O0 and -O3 with
// -Oz-style shrinking), so that interface dispatch, descriptors and the
// generated equal/hash functions stay valid and correct under every binaryen
// pipeline. Expected outputs are the same NAME.out/.err/.exit files written
// from real Go by `npm run golden`.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { goldenPrograms, normalizeStderr, repoRoot, runUnderNode } from './helpers/golden.js';

const programs = goldenPrograms().filter((p) => p.rel.startsWith('testdata/interfaces/'));
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-iface-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('there are interface golden programs', () => {
  expect(programs.length).toBeGreaterThanOrEqual(8);
});

describe.each([
  [0, 0],
  [3, 2],
] as const)('-O%d shrink %d', (optLevel, shrinkLevel) => {
  test.each(programs.map((p) => [p.rel, p] as const))('%s', async (_rel, p) => {
    const built = await compile({ files: [p.rel], cwd: repoRoot, optLevel, shrinkLevel });
    expect(built.diagnostics).toBe('');
    const wasmPath = join(tmp, `${p.rel.replace(/[/.]/g, '_')}_${optLevel}.wasm`);
    writeFileSync(wasmPath, built.wasm!);
    const got = runUnderNode(wasmPath);
    expect({ stdout: got.stdout, stderr: normalizeStderr(got.stderr), exit: got.exit }).toEqual({
      stdout: p.stdout,
      stderr: normalizeStderr(p.stderr),
      exit: p.exit,
    });
  });
});
