// Builds every golden program under testdata/ (except testdata/errors) with
// the runtime package and checks that every function of the program is sane.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, insane, repoRoot } from './testutil.js';

function goFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'errors') out.push(...goFiles(p));
    } else if (name.endsWith('.go')) out.push(p);
  }
  return out;
}

const files = goFiles(join(repoRoot, 'testdata'));

describe('testdata programs build to sane SSA', () => {
  test('there are programs', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  test.each(files.map((f) => [relative(repoRoot, f), f]))('%s', (_rel, file) => {
    const { prog } = build([{ name: file, src: readFileSync(file) }], true);
    expect(insane(prog)).toEqual([]);
    expect(prog.byName.get('main.main')).toBeDefined();
    expect(prog.byName.get('runtime.init')).toBeDefined();
    expect(prog.byName.get('runtime.memmove')?.external).toBe('intrinsic');
    expect(prog.packages.map((p) => p.path)).toEqual(['runtime', 'main']);
  });
});
