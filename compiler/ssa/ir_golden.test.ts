// Golden IR dumps: each compiler/ssa/testdata/ir/NAME.go is built (with the
// runtime package, as `gowasm ssa` builds it), sanity-checked, and package
// main's printed IR must equal NAME.ssa byte for byte, which is what
// `gowasm ssa NAME.go` prints. The dumps pin the printer's format (ir.ts
// documents each instruction's printed form) and the builder's output for
// lifting, closures and defer, interfaces, generics, range-over-func and
// channels. After an intended change to the builder or the printer, rewrite
// them with GOWASM_UPDATE_IR=1 and review the diff.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printProgram } from './index.js';
import { build, insane, repoRoot } from './testutil.js';

const dir = join(repoRoot, 'compiler', 'ssa', 'testdata', 'ir');
const programs = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();
const update = process.env.GOWASM_UPDATE_IR === '1';

describe('golden IR dumps', () => {
  test.each(programs)('%s', (name) => {
    const file = join(dir, name);
    const { prog } = build([{ name: file, src: readFileSync(file) }], true);
    expect(insane(prog)).toEqual([]);
    const got = printProgram(prog, new Set(['main']));
    const golden = file.replace(/\.go$/, '.ssa');
    if (update) writeFileSync(golden, got);
    expect(got).toBe(readFileSync(golden, 'utf8'));
  });
});
