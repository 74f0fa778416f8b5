// Peer suite: the `// run` programs of the installed Go toolchain's test/
// directory that import nothing are built to SSA and interpreted; they must be
// sane, exit 0 (they panic on failure) and print their NAME.out when it exists.
// Programs using what the interpreter does not model are only built and
// checked (listed with the reason). GOROOT_TEST_DIRS=fixedbugs,... selects
// other directories (fixedbugs takes minutes; several of its programs need
// runtime behaviour the interpreter does not model). typeparam/ checks
// generics by instantiation.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './interp.js';
import { build, insane } from './testutil.js';
import type { Program } from './ir.js';

function goroot(): string | undefined {
  try {
    return execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

const root = goroot();
const dir = root ? join(root, 'test') : '';
const subdirs = (process.env.GOROOT_TEST_DIRS ?? '.,ken,interface,chan,typeparam').split(',');
const programs =
  root && existsSync(dir)
    ? subdirs.flatMap((sub) =>
        readdirSync(join(dir, sub))
          .filter((f) => f.endsWith('.go'))
          .sort()
          .map((f) => (sub === '.' ? f : `${sub}/${f}`))
          .filter((f) => {
            const src = readFileSync(join(dir, f), 'utf8');
            return src.startsWith('// run\n') && !/^import\b/m.test(src);
          }),
      )
    : [];

/** Programs the interpreter cannot run (they are still built and sanity-checked). */
const notInterpreted: Record<string, string> = {
  'divmod.go': 'too slow to interpret (hundreds of millions of instructions)',
  'zerosize.go': 'the interpreter does not give zero-size allocations one shared address',
  'convert4.go': 'the interpreter does not model slice-to-array-pointer conversions',
  'ken/cplx2.go': 'the interpreter does not model complex arithmetic',
  'interface/noeq.go': 'the interpreter does not panic on comparing uncomparable dynamic types',
  'interface/returntype.go': 'the interpreter does not check method signatures in type assertions',
};

/** Programs using what the builder does not support yet: building must report exactly this. */
const unsupported: Record<string, string> = {};

/** Programs the type checker (compiler/types) still rejects wrongly: building must fail with its diagnostic. */
const checkerRejects: Record<string, string> = {};

/** usesConcurrency reports whether prog has goroutines or channel operations (not interpreted). */
function usesConcurrency(prog: Program): boolean {
  return prog.functions.some((f) =>
    f.blocks.some((b) =>
      b.instrs.some((i) => ['MakeChan', 'Go', 'Select', 'Send'].includes(i.kind) || (i.kind === 'UnOp' && i.op === '<-')),
    ),
  );
}

describe('GOROOT/test run programs', () => {
  (programs.length ? test.each(programs) : test.skip.each(['none']))('%s', (name) => {
    const file = join(dir, name);
    if (checkerRejects[name]) {
      expect(() => build([{ name: file, src: readFileSync(file) }])).toThrow(checkerRejects[name]);
      return;
    }
    if (unsupported[name]) {
      expect(() => build([{ name: file, src: readFileSync(file) }])).toThrow(unsupported[name]);
      return;
    }
    const built = build([{ name: file, src: readFileSync(file) }]);
    expect(insane(built.prog)).toEqual([]);
    if (notInterpreted[name] || usesConcurrency(built.prog)) return;
    const r = run(built.prog);
    const out = Buffer.from(r.stdout + r.stderr, 'latin1').toString('utf8');
    const want = join(dir, name.replace(/\.go$/, '.out'));
    if (existsSync(want)) expect(out).toBe(readFileSync(want, 'utf8'));
    expect({ exit: r.exit, out: r.exit ? out : '' }).toEqual({ exit: 0, out: '' });
  });
});
