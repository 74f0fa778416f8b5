// Runs compiler/ssa/testdata/*.go through the builder and the SSA interpreter
// and compares with NAME.err, the output native Go printed (print/println
// write to stderr). These programs exercise the builder's tricky cases: the
// spec's order of assignment, per-iteration loop variables, fallthrough,
// labels and goto, defer/recover with named results, promoted methods, method
// values, value semantics, strings, and generics by instantiation
// (generic_*.go). NAME.out, when present, is native Go's stdout.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './interp.js';
import { build, insane, repoRoot } from './testutil.js';

const dir = join(repoRoot, 'compiler', 'ssa', 'testdata');
const programs = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

describe('builder semantics (interpreted)', () => {
  test.each(programs)('%s', (name) => {
    const { prog } = build([{ name: join(dir, name), src: readFileSync(join(dir, name)) }]);
    expect(insane(prog)).toEqual([]);
    const r = run(prog);
    const want = readFileSync(join(dir, name.replace(/\.go$/, '.err')), 'utf8');
    expect(Buffer.from(r.stderr, 'latin1').toString('utf8')).toBe(want);
    const out = join(dir, name.replace(/\.go$/, '.out'));
    if (existsSync(out)) expect(Buffer.from(r.stdout, 'latin1').toString('utf8')).toBe(readFileSync(out, 'utf8'));
    expect(r.exit).toBe(0);
  });
});
