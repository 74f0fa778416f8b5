// Tests of the unwinding analysis (panics.ts): which functions make their
// callers test the panic flag, and that the emitted module only tests it
// after calls that may panic. End-to-end behaviour of defer/panic/recover is
// covered by the golden programs in testdata/defer.

import { describe, expect, test } from '@jest/globals';
import { build } from '../ssa/testutil.js';
import { emitText } from './index.js';
import { mayPanicSet } from './panics.js';

const src = `package main

func leaf(a, b int) int { return a + b }

func indexes(s []int, i int) int { return s[i] }

func callsIndexes(s []int) int { return indexes(s, 1) }

func callsLeaf() int { return leaf(1, 2) }

func explicit() { panic("x") }

func deferred() (r int) {
	defer func() { r = 1 }()
	return leaf(2, 3)
}

func main() {
	println(callsLeaf(), callsIndexes([]int{1, 2}), deferred())
	explicit()
}
`;

describe('mayPanicSet', () => {
  const { prog } = build([{ name: 'm.go', src }], true);
  const set = mayPanicSet(prog);
  const may = (name: string) => set.has(prog.byName.get(name)!);

  test('functions without panicking instructions or calls are not marked', () => {
    expect(may('main.leaf')).toBe(false);
    expect(may('main.callsLeaf')).toBe(false);
  });

  test('implicit checks, panic, RunDefers and callers of marked functions are marked', () => {
    expect(may('main.indexes')).toBe(true);
    expect(may('main.callsIndexes')).toBe(true);
    expect(may('main.explicit')).toBe(true);
    expect(may('main.deferred')).toBe(true);
  });

  test('runtime: panic starters and their callers are marked, printing helpers are not', () => {
    expect(may('runtime.gopanic')).toBe(true);
    expect(may('runtime.panicIndex')).toBe(true);
    expect(may('runtime.makeslice')).toBe(true);
    expect(may('runtime.printint')).toBe(false);
    expect(may('runtime.alloc')).toBe(false);
  });

  test('the module tests the flag after calls that may panic only', () => {
    const wat = emitText(prog, { optLevel: 0, shrinkLevel: 0, debugNames: true });
    const body = (name: string) => {
      const start = wat.indexOf(`(func $${name} `);
      expect(start).toBeGreaterThanOrEqual(0);
      const next = wat.indexOf('\n (func ', start + 1);
      return wat.slice(start, next < 0 ? undefined : next);
    };
    // callsLeaf calls a function that cannot panic: no flag test, no early return
    expect(body('main.callsLeaf')).not.toMatch(/global\.get \$__unwinding/);
    // callsIndexes tests the flag after calling indexes
    expect(body('main.callsIndexes')).toMatch(/global\.get \$__unwinding/);
    // a function with defer has the unwind block
    expect(body('main.deferred')).toMatch(/\$unwind/);
  });
});
