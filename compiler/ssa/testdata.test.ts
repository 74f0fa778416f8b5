// Builds every golden program under testdata/ (except testdata/errors) with
// the runtime package and checks that every function of the program is sane.
// A directory testdata/AREA/.../NAME/ is one multi-file program.

import { join } from 'node:path';
import { buildGolden, goldenPrograms, insane, repoRoot } from './testutil.js';

const programs = goldenPrograms(join(repoRoot, 'testdata'));

describe('testdata programs build to sane SSA', () => {
  test('there are programs', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  test.each(programs.map((p) => [p.rel, p] as const))('%s', (_rel, p) => {
    const { prog } = buildGolden(p);
    expect(insane(prog)).toEqual([]);
    expect(prog.byName.get('main.main')).toBeDefined();
    expect(prog.byName.get('runtime.init')).toBeDefined();
    expect(prog.byName.get('runtime.memmove')?.external).toBe('intrinsic');
    expect(prog.packages.map((p) => p.path)).toEqual(['runtime', 'main']);
  });
});
