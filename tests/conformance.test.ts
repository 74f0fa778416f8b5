// This file runs the fast subset of Go's own test suite inside `npm test`:
// `node scripts/conformance.mjs --fast`, which compiles and runs (from
// $(go env GOROOT)/test, in place) the `// run` programs of test/ken and the
// first 40 of test/*.go by name, less those listed in
// conformance/known-failures.txt. Every one of them must pass; a failure here
// is a regression. The full suite is `npm run conformance` (docs/conformance.md).

import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

test('Go test suite, fast subset (test/ken and the first test/*.go), no regressions', () => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.GOWASM_DEBUG;
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'conformance.mjs'), '--fast', '--no-peers'], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 110_000,
  });
  if (r.error) throw r.error;
  const out = `${r.stdout}\n${r.stderr}`;
  const last = r.stdout.trimEnd().split('\n').pop() ?? '';
  // The last line is the figure: `go-test: P/N pass`; every selected test must pass.
  const m = /^go-test: (\d+)\/(\d+) pass$/.exec(last);
  if (!m || r.status !== 0 || m[1] !== m[2]) throw new Error(`conformance --fast failed (status ${r.status}):\n${out}`);
  expect(Number(m[2])).toBeGreaterThan(0);
}, 120_000);
