// This file runs the fast subset of Go's own test suite inside `npm test`:
// `node scripts/conformance.mjs --fast`, which compiles and runs (from
// $(go env GOROOT)/test, in place) the `// run` programs of test/ken and the
// first 40 of test/*.go by name, less those listed in
// conformance/known-failures.txt. Every one of them must pass; a failure here
// is a regression. The full suite is `npm run conformance` (docs/conformance.md).

import { runFigureScript } from './helpers/figure-script.js';

test('Go test suite, fast subset (test/ken and the first test/*.go), no regressions', () => {
  // The last line is the figure: `go-test: P/N pass`; every selected test must pass.
  const what = 'conformance --fast';
  const { figure: m, out } = runFigureScript('conformance.mjs', ['--fast', '--no-peers'], /^go-test: (\d+)\/(\d+) pass$/, what, 110_000);
  if (m[1] !== m[2]) throw new Error(`${what} failed (status 0):\n${out}`);
  expect(Number(m[2])).toBeGreaterThan(0);
}, 120_000);
