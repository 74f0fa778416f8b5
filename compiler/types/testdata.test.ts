// This file checks the repository's golden programs (testdata/**/*.go): every
// program without an expected compile error type-checks clean, and every
// program under testdata/errors reports the errors recorded from `go build`.

import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkProgram, checkSources, programsIn } from './testutil.js';
import { runtimeSources } from '../loader/index.js';
import { checkOnly } from '../driver.js';
import { importsStd } from '../ssa/testutil.js';

const root = join(import.meta.dirname, '..', '..');
const testdata = join(root, 'testdata');

/** expected compile errors of a program: the .err lines when go build (not the run) failed. */
function compileErrors(path: string): string | undefined {
  const errFile = path.replace(/\.go$/, '') + '.err';
  if (!existsSync(errFile)) return undefined;
  const text = readFileSync(errFile, 'utf8');
  const rel = relative(root, path);
  // testdata/errors/ holds compile errors only (positions may name other files: //line directives)
  if (rel.startsWith(join('testdata', 'errors') + '/')) return text;
  return text.startsWith(rel + ':') || text.startsWith(rel + '/') ? text : undefined;
}

const programs = programsIn(testdata);


describe('testdata programs type-check as with go build', () => {
  for (const prog of programs) {
    const rel = relative(root, prog.path);
    const want = compileErrors(prog.path);
    const isSyntax = want !== undefined && /syntax error/.test(want);
    if (isSyntax) continue;
    test(rel, () => {
      if (want === undefined && importsStd(prog.files)) {
        // std imports are resolved from GOROOT by the loader: check as `gowasm check` does
        expect(checkOnly({ files: prog.files, cwd: root }).diagnostics).toBe('');
        return;
      }
      const r = checkProgram(prog.files);
      if (want === undefined) expect(r.errors).toBe('');
      else {
        // gc prints "too many errors" at the 10th error's position; DiagnosticList.format (syntax) uses the 11th's
        const strip = (t: string): string => t.replace(/[^\n]*: too many errors\n$/, '');
        expect(strip(r.diags.format(r.fset))).toBe(strip(want));
      }
    });
  }
});

describe('runtime package', () => {
  test('runtime/go/runtime type-checks clean', () => {
    const r = checkSources([{ path: 'runtime', files: runtimeSources().map((f) => ({ name: relative(root, f.name), src: f.src })) }]);
    expect(r.errors).toBe('');
  });
});
