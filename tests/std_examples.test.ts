// This file runs a part of `npm run conformance:std` inside `npm test`: the
// testable examples of a few std packages (read in place from GOROOT's _test.go
// files, compiled by gowasm and run), judged against their `// Output:`
// comments, less those listed in conformance/std-examples-known-failures.txt.
// Every one of them must pass; a failure here is a regression. The whole list
// of packages is `npm run conformance:std` (docs/conformance.md).

import { runFigureScript } from './helpers/figure-script.js';

/** Packages whose examples cover fmt, reflect (through fmt and sort), strconv, errors and io. */
const PACKAGES = ['fmt', 'strings', 'strconv', 'errors', 'sort', 'unicode/utf8', 'bufio', 'slices'];

test('std examples of fmt, strings, strconv, errors, sort, utf8, bufio, slices: no regressions', () => {
  // The last line is the figure: `std-examples: P/N examples pass in K packages`.
  const figure = /^std-examples: (\d+)\/(\d+) examples pass in (\d+) packages$/;
  const { figure: m } = runFigureScript('std-examples.mjs', ['--fast', '--no-cache', ...PACKAGES], figure, 'std-examples', 170_000);
  expect(Number(m[1])).toBeGreaterThan(200);
}, 180_000);
