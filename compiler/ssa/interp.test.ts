// Runs every golden program of testdata/ (except testdata/errors) through the
// SSA interpreter and compares its output and exit status with what native Go
// printed (NAME.out, NAME.err up to the goroutine trace, NAME.exit). Every
// program, excluded or not, is still built and sanity-checked by
// testdata.test.ts; `notModelled` below is the one list of programs the
// interpreter does not run, each with the runtime behaviour it lacks.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './interp.js';
import { buildGolden, goldenPrograms, importsStd, repoRoot } from './testutil.js';

/** normalizeErr keeps a panic's stderr up to "goroutine 1 [running]:" and drops the [signal ...] line. */
function normalizeErr(s: string): string {
  const k = s.indexOf('goroutine 1 [running]:');
  const head = k >= 0 ? s.slice(0, k + 'goroutine 1 [running]:'.length) + '\n' : s;
  return head
    .split('\n')
    .filter((l) => !l.startsWith('[signal '))
    .join('\n');
}

/** Programs whose output depends on what the interpreter does not model (the runtime behaviour each needs). */
const notModelled: Record<string, string> = {
  'testdata/programs/collatz_gcd.go': 'too slow to interpret (tens of millions of instructions)',
  'testdata/slices/cap_growth.go': 'native Go grows non-escaping slices from a 32-byte stack buffer',
  'testdata/slices/make_append.go': 'native Go grows non-escaping slices from a 32-byte stack buffer',
  'testdata/basics/overflow.go': 'prints uintptr, 32 bits on wasm32 (DESIGN.md) but 64 bits in the native golden',
  // Panic reporting and recover rules the interpreter simplifies.
  'testdata/defer/goexit.go': 'runtime.Goexit and the "no goroutines" fatal error',
  'testdata/defer/nested.go': 'the "panic: a [recovered]" chain of nested panics in the report',
  'testdata/defer/repanic.go': 'the "[recovered, repanicked]" panic report',
  // Maps: the interpreter's maps are insertion-ordered JS Maps over a snapshot.
  'testdata/maps/delete_range.go': 'entries deleted during range are not produced (the interpreter ranges over a snapshot)',
  'testdata/maps/iteration_order.go': 'randomised map iteration order',
  'testdata/maps/float_keys.go': 'complex numbers (builtin complex)',
  'testdata/basics/builtin_multivalue.go': 'complex numbers (builtin complex)',
  // Stack depth: the interpreter recurses on the JS stack.
  'testdata/panics/deep_recursion.go': 'recursion deeper than the JS stack the interpreter runs on',
  'testdata/panics/stack_overflow.go': "infinite recursion: Go's 1 GB stack limit and its fatal error report",
  // Goroutines and channels: the interpreter has no scheduler.
  'testdata/goroutines/deadlock_send.go': 'channels (the deadlock report of a blocked send)',
  'testdata/goroutines/send_closed_panic.go': 'channels (send on a closed channel)',
  'testdata/goroutines/go_nil_method.go': 'go statements (a nil interface method panics at the go statement)',
  'testdata/panics/makechan_size.go': "channels (makechan's size check)",
  // The runtime API reads the runtime's own memory (unsafe).
  'testdata/runtime/api.go': 'runtime.MemStats, Version and friends read runtime state through unsafe',
  'testdata/runtime/setfinalizer_nonpointer.go': "SetFinalizer's checks read type descriptors through unsafe",
  'testdata/runtime/call_lines.go': "runtime.Caller reads the backend's call-site table",
};

const readOr = (p: string, d: string): string => (existsSync(p) ? readFileSync(p, 'utf8') : d);

const programs = goldenPrograms(join(repoRoot, 'testdata'));
// The interpreter models the language, not unsafe memory: programs importing std packages (fmt
// and the rest run over reflect, sync/atomic, syscall...) are not interpreted; they still build
// and sanity-check in testdata.test.ts and run compiled in tests/golden.test.ts.
const runnable = programs.filter((p) => !notModelled[p.rel] && !importsStd(p.files));

describe('SSA interpreter reproduces native Go output', () => {
  test('every excluded program exists', () => {
    const rels = new Set(programs.map((p) => p.rel));
    expect(Object.keys(notModelled).filter((r) => !rels.has(r))).toEqual([]);
  });
  test.each(runnable.map((p) => [p.rel, p] as const))('%s', (_rel, p) => {
    const base = p.base;
    const { prog } = buildGolden(p);
    const r = run(prog);
    const utf8 = (b: string): string => Buffer.from(b, 'latin1').toString('utf8');
    r.stderr = utf8(r.stderr);
    r.stdout = utf8(r.stdout);
    expect(normalizeErr(r.stderr)).toBe(normalizeErr(readOr(`${base}.err`, '')));
    expect(r.stdout).toBe(readOr(`${base}.out`, ''));
    expect(r.exit).toBe(Number(readOr(`${base}.exit`, '0').trim()));
  });
});
