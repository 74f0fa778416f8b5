// Builds every golden program under testdata/ (except testdata/errors) with
// the runtime package (and the std packages it imports, through the driver)
// and checks that every function of the program is sane.
// A directory testdata/AREA/.../NAME/ is one multi-file program.

import { join } from 'node:path';
import { compile } from '../driver.js';
import { buildGolden, goldenPrograms, importsStd, insane, repoRoot } from './testutil.js';

const programs = goldenPrograms(join(repoRoot, 'testdata'));

describe('testdata programs build to sane SSA', () => {
  test('there are programs', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  test.each(programs.map((p) => [p.rel, p] as const))('%s', async (_rel, p) => {
    if (importsStd(p.files)) {
      // Built through the driver (the loader resolves the std); with debug on, it sanity-checks
      // every function of the program, std ones included, before linking (linking rewrites calls
      // to implementations whose parameter types differ nominally) and reports each problem.
      const r = await compile({ files: p.files, stopAfter: 'ssa', debug: true });
      expect(r.diagnostics).toBe('');
      expect(r.program!.byName.get('main.main')).toBeDefined();
      return;
    }
    const { prog } = buildGolden(p);
    expect(insane(prog)).toEqual([]);
    expect(prog.byName.get('main.main')).toBeDefined();
    expect(prog.byName.get('runtime.init')).toBeDefined();
    expect(prog.byName.get('runtime.memmove')?.external).toBe('intrinsic');
    expect(prog.packages.map((p) => p.path)).toEqual(['runtime', 'main']);
  });
});
