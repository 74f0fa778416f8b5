// Tests of the SSA builder: small programs are parsed, checked and built;
// every function must pass the sanity checker, and the printed IR of a few
// programs is compared with expected text.

import { printFunction, printProgram, sanityCheck } from './index.js';
import type { Function, Instruction, Program } from './ir.js';
import { buildSource, insane } from './testutil.js';

function fn(prog: Program, name: string): Function {
  const f = prog.byName.get(name) ?? prog.functions.find((g) => g.name === name);
  if (!f) throw new Error(`no function ${name}; have ${prog.functions.map((g) => g.name).join(' ')}`);
  return f;
}

function instrs(f: Function): Instruction[] {
  return f.blocks.flatMap((b) => b.instrs);
}

function kinds(f: Function): string[] {
  return instrs(f).map((i) => i.kind);
}

function sane(src: string): Program {
  const { prog } = buildSource(src);
  expect(insane(prog)).toEqual([]);
  return prog;
}

describe('ssa builder', () => {
  test('fib: parameters are lifted, recursion is a static call', () => {
    const prog = sane(`package main
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func main() { println(fib(10)) }
`);
    expect(printFunction(fn(prog, 'main.fib'))).toBe(
      [
        'func main.fib(n int) int:',
        '0: entry                                 P:[] S:[1 2]',
        '\tt0 = n < 2:int',
        '\tif t0 goto 1 else 2',
        '1: if.then                               P:[0] S:[]',
        '\treturn n',
        '2: if.done                               P:[0] S:[]',
        '\tt1 = n - 1:int',
        '\tt2 = main.fib(t1)',
        '\tt3 = n - 2:int',
        '\tt4 = main.fib(t3)',
        '\tt5 = t2 + t4',
        '\treturn t5',
        '',
      ].join('\n'),
    );
  });

  test('loop variables become phis', () => {
    const prog = sane(`package main
func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}
func main() { println(sum(10)) }
`);
    expect(printFunction(fn(prog, 'main.sum'))).toBe(
      [
        'func main.sum(n int) int:',
        '0: entry                                 P:[] S:[1]',
        '\tjump 1',
        '1: for.loop                              P:[0 2] S:[2 3]',
        '\tt0 = phi [0: 0:int, 2: t3] #s',
        '\tt1 = phi [0: 0:int, 2: t4] #i',
        '\tt2 = t1 < n',
        '\tif t2 goto 2 else 3',
        '2: for.body                              P:[1] S:[1]',
        '\tt3 = t0 + t1',
        '\tt4 = t1 + 1:int',
        '\tjump 1',
        '3: for.done                              P:[1] S:[]',
        '\treturn t0',
        '',
      ].join('\n'),
    );
  });

  test('escape analysis marks allocations that do not outlive the call as local', () => {
    const prog = sane(`package main
type T struct{ a, b int }
func (t *T) set(v int) { t.a = v }
func keep(p *T) {}
func f() int {
	var arr [10]int
	for i := range arr {
		arr[i] = i
	}
	p := &T{1, 2}
	p.b = 3
	q := &T{}
	keep(q)
	var s T
	s.set(4)
	return arr[3] + p.a + p.b + s.a
}
func main() { println(f()) }
`);
    const allocs = instrs(fn(prog, 'main.f')).flatMap((i) => (i.kind === 'Alloc' ? [`${i.comment}:${i.heap ? 'heap' : 'local'}`] : []));
    expect(allocs).toEqual(['arr:local', 'complit:local', 'complit:heap', 's:heap']);
  });

  test('scalar locals and parameters are lifted away', () => {
    const prog = sane(`package main
func g(a, b int) (int, bool) {
	x := a
	if b > a {
		x = b
	}
	ok := x > 10
	return x, ok
}
func main() { println(g(1, 2)) }
`);
    expect(kinds(fn(prog, 'main.g'))).not.toContain('Alloc');
    expect(kinds(fn(prog, 'main.g'))).toContain('Phi');
  });

  test('3-clause loop variables captured by a closure get a fresh variable per iteration', () => {
    const prog = sane(`package main
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for j := 0; j < 3; j++ {
		println(j)
	}
	println(len(fs))
}
`);
    const main = fn(prog, 'main.main');
    const ptrPhis = instrs(main).filter((i) => i.kind === 'Phi' && i.type.kind === 'Pointer');
    expect(ptrPhis.map((p) => (p.kind === 'Phi' ? p.comment : ''))).toEqual(['i']);
    const iAllocs = instrs(main).filter((i) => i.kind === 'Alloc' && i.comment === 'i');
    expect(iAllocs.length).toBe(2); // the first iteration's, and the per-iteration copy
    expect(instrs(main).some((i) => i.kind === 'Alloc' && i.comment === 'j')).toBe(false);
  });

  test('closures are named after their parent and capture by reference', () => {
    const prog = sane(`package main
func main() {
	x := 1
	f := func() func() int {
		return func() int { x++; return x }
	}
	println(f()())
}
`);
    const inner = fn(prog, 'main.main$1$1');
    expect(inner.freeVars.map((v) => v.name)).toEqual(['x']);
    expect(fn(prog, 'main.main$1').freeVars.map((v) => v.name)).toEqual(['x']);
    expect(inner.parent?.name).toBe('main.main$1');
    expect(kinds(fn(prog, 'main.main'))).toContain('MakeClosure');
  });

  test('functions without bodies are external', () => {
    const prog = sane(`package main
//go:wasmimport env hello
func hello(x int32) int32
func main() { println(hello(1)) }
`);
    expect(fn(prog, 'main.hello').external).toBe('wasmimport');
    expect(fn(prog, 'main.hello').directives).toEqual([{ name: 'go:wasmimport', args: ['env', 'hello'] }]);
    expect(fn(prog, 'main.hello').blocks).toEqual([]);
  });

  test('defers of a range-over-func loop body name the enclosing function\'s frame token', () => {
    const prog = sane(`package main
func seq(yield func(int) bool) {}
func main() {
	defer println(0)
	for x := range seq {
		defer println(x)
	}
}
`);
    const outer = printFunction(fn(prog, 'main.main'));
    expect(outer).toContain('t1 = deferframe');
    expect(outer).toMatch(/defer println\(0:int\) at t\d+/);
    expect(outer).toContain('rundefers');
    const body = printFunction(fn(prog, 'main.main$1'));
    expect(body).toMatch(/defer println\(arg0\) at t\d+/);
    expect(body).not.toContain('rundefers');
  });

  test('return of a multi-value call in a range-over-func loop body', () => {
    const prog = sane(`package main
func seq(yield func(int) bool) { yield(1) }
func two(x int) (int, int) { return x, x + 1 }
func f() (int, int) {
	for x := range seq {
		return two(x)
	}
	return 0, 0
}
func main() { println(f()) }
`);
    expect(printFunction(fn(prog, 'main.f$1'))).toMatch(/extract t\d+ #1/);
  });

  test('the sanity checker reports broken functions', () => {
    const prog = sane(`package main
func f(a int) int {
	b := a * 2
	if b > 3 {
		return b
	}
	return a
}
func main() { println(f(2)) }
`);
    const f = fn(prog, 'main.f');
    const b0 = f.blocks[0]!;
    const ctrl = b0.instrs.pop()!;
    expect(sanityCheck(f).join('\n')).toMatch(/does not end with a control instruction/);
    b0.instrs.push(ctrl);
    expect(sanityCheck(f)).toEqual([]);
    const ret = f.blocks[2]!.instrs.find((i) => i.kind === 'Return');
    const mul = b0.instrs.find((i) => i.kind === 'BinOp' && i.op === '*');
    if (!ret || ret.kind !== 'Return' || !mul) throw new Error('unexpected shape');
    f.blocks[1]!.instrs.unshift({ ...(mul as object), block: f.blocks[1] } as Instruction);
    expect(sanityCheck(f).join('\n')).toMatch(/duplicate register/);
  });

  test('printProgram lists packages, globals and every function', () => {
    const { prog } = buildSource(`package main
var counter = 3
func bump() { counter++ }
func main() { bump(); println(counter) }
`);
    const text = printProgram(prog);
    expect(text).toContain('package main');
    expect(text).toContain('var main.counter int');
    expect(text).toContain('func main.bump():');
    expect(text).toContain('func main.init():');
    expect(printFunction(fn(prog, 'main.init'))).toContain('*main.counter = 3:int');
  });

  test('generics: one function per instantiation, named with its type arguments, no type parameter left', () => {
    const prog = sane(`package main
type Number interface{ ~int | ~float64 }
type List[T any] struct{ items []T }
func (l *List[T]) Push(x T) { l.items = append(l.items, x) }
func (l List[T]) Len() int { return len(l.items) }
func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
func Sum[T Number](a, b T) T { return a + b }
type Lener interface{ Len() int }
func main() {
	var l List[int]
	l.Push(1)
	var i Lener = &l
	println(i.Len(), Sum(1, 2), Sum(1.5, 2))
	_ = Map([]int{1}, func(x int) string { return "s" })
}
`);
    for (const name of ['main.Map[int,string]', 'main.(*List[int]).Push', 'main.List[int].Len', 'main.(*List[int]).Len', 'main.Sum[int]', 'main.Sum[float64]']) fn(prog, name);
    expect(prog.functions.some((f) => f.name === 'main.Map' || f.name === 'main.Sum' || f.name.includes('[T'))).toBe(false);
    expect(printFunction(fn(prog, 'main.Sum[float64]'))).toContain('t0 = a + b');
    expect(printFunction(fn(prog, 'main.main'))).toContain('main.Sum[float64](1.5:float64, 2:float64)');
  });
});
