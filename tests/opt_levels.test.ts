// This file runs golden programs at the optimisation levels the main golden
// test (-O1) does not use: the interface programs (testdata/interfaces/) at
// -O0 and at -O3 with -Oz-style shrinking, so that interface dispatch,
// descriptors and the generated equal/hash functions stay valid and correct
// under every binaryen pipeline; the panic and collector programs
// (testdata/panics/, testdata/runtime/gc_*) at -Oz, whose lowering differs
// (frames pushed by a shared helper: compiler/wasm/lower.ts frameHelper).
// Expected outputs are the same NAME.out/.err/.exit files written from real Go
// by `npm run golden`.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { expectGoldenRun, goldenPrograms, repoRoot } from './helpers/golden.js';

const all = goldenPrograms();
const programs = all.filter((p) => p.rel.startsWith('testdata/interfaces/'));
const shrunk = all.filter((p) => p.rel.startsWith('testdata/panics/') || p.rel.startsWith('testdata/runtime/gc_'));
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-iface-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('there are interface golden programs', () => {
  expect(programs.length).toBeGreaterThanOrEqual(8);
});

test('there are panic and collector golden programs', () => {
  expect(shrunk.length).toBeGreaterThanOrEqual(12);
});

describe.each([
  [0, 0, programs],
  [3, 2, programs],
  [2, 2, shrunk],
] as const)('-O%d shrink %d', (optLevel, shrinkLevel, list) => {
  test.each(list.map((p) => [p.rel, p] as const))('%s', async (_rel, p) => {
    const built = await compile({ files: [p.rel], cwd: repoRoot, optLevel, shrinkLevel });
    expect(built.diagnostics).toBe('');
    const wasmPath = join(tmp, `${p.rel.replace(/[/.]/g, '_')}_${optLevel}_${shrinkLevel}.wasm`);
    expectGoldenRun(built.wasm!, wasmPath, p);
  });
});
