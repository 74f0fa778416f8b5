// This file tests generics in the checker: type parameter lists, constraints
// (methods, ~T unions, comparable), instantiation (explicit, inferred from
// arguments, untyped constants and constraints), constraint satisfaction,
// methods of generic types, instantiation caching and the Info the SSA
// builder reads (instances, Named.origin/typeArgs). Expected errors are
// `go build -gcflags=-e` output (go1.26), captured when the test was written;
// only the "./" before file names differs (go build prints ./a.go).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as ast from '../syntax/ast.js';
import type { Named, Signature, Type } from './type.js';
import { typeString } from './typestring.js';
import { checkSources } from './testutil.js';
import type { Checked } from './testutil.js';

function check(src: string, name = 'a.go'): Checked {
  return checkSources([{ path: 'main', files: [{ name, src }] }]);
}

/** idents lists the identifiers with the given name, in source order. */
function idents(r: Checked, name: string): ast.Ident[] {
  const out: ast.Ident[] = [];
  for (const id of [...r.info.uses.keys(), ...r.info.defs.keys()]) if (id.name === name) out.push(id);
  return out.sort((x, y) => x.pos - y.pos);
}

const errorsSrc = `package main

type Number interface{ ~int | ~float64 }
type Stringer interface{ String() string }

func Sum[T Number](xs ...T) T { var s T; for _, x := range xs { s += x }; return s }
func Str[T Stringer](x T) string { return x.String() }
func Eq[T comparable](a, b T) bool { return a == b }
func Zero[T any]() T { var z T; return z }
func Map[S ~[]E, E, R any](s S, f func(E) R) []R { return nil }
func Pair[K comparable, V any](k K, v V) {}

type List[T any] struct{ next *List[T]; v T }

func (l *List[T]) Push(v T) {}

func main() {
	_ = Sum("a", "b")
	_ = Sum[string]()
	_ = Str(1)
	_ = Eq([]int{}, nil)
	_ = Zero()
	_ = Sum(1, 2.5)
	var x List
	_ = x
	f := Zero
	_ = f
	Pair(1)
	_ = Sum(1, "a")
	var l List[int, int]
	_ = l
	Pair[int, int, int](1, 2)
	var fs []func()
	_ = Eq(fs, fs)
}
func G[T any](x T) { _ = x + x; _ = len(x); var _ int = x }
func H[T ~int | ~string](x T) T { return x + 1 }
`;

describe('generic errors, worded and placed as go build does', () => {
  test('satisfaction, inference, instantiation and operations on type parameters', () => {
    const r = check(errorsSrc);
    expect(r.errors).toBe([
      'a.go:18:9: string does not satisfy Number (string missing in ~int | ~float64)',
      'a.go:19:10: string does not satisfy Number (string missing in ~int | ~float64)',
      'a.go:20:9: int does not satisfy Stringer (missing method String)',
      'a.go:21:8: []int does not satisfy comparable',
      'a.go:22:10: in call to Zero, cannot infer T (declared at a.go:9:11)',
      'a.go:24:8: cannot use generic type List[T any] without instantiation',
      'a.go:26:7: cannot use generic function Zero without instantiation',
      'a.go:28:7: not enough arguments in call to Pair\n\thave (number)\n\twant (K, V)',
      'a.go:29:13: in call to Sum, mismatched types untyped int and untyped string (cannot infer T)',
      'a.go:30:8: too many type arguments for type List: have 2, want 1',
      'a.go:32:17: got 3 type arguments but want 2',
      'a.go:34:8: []func() does not satisfy comparable',
      'a.go:36:26: invalid operation: operator + not defined on x (variable of type T constrained by any)',
      'a.go:36:41: invalid argument: x (variable of type T constrained by any) for built-in len',
      'a.go:36:57: cannot use x (variable of type T constrained by any) as int value in variable declaration',
      'a.go:37:42: invalid operation: x + 1 (mismatched types T and untyped int)',
      '',
    ].join('\n'));
  });
});

const coreSrc = readFileSync(join(import.meta.dirname, 'testdata', 'generics_core.go'), 'utf8');

const inferSrc = readFileSync(join(import.meta.dirname, 'testdata', 'generics_infer.go'), 'utf8');

describe('generic programs that go build accepts', () => {
  test('core types: range, append, send, len, conversion, ordering; methods of generic types', () => {
    expect(check(coreSrc).errors).toBe('');
  });

  test('inference from typed and untyped arguments, constraints, and generic function arguments', () => {
    const r = check(inferSrc);
    expect(r.errors).toBe('');
    const inst = (name: string, n = 0): { targs: string[]; type: string } => {
      const id = idents(r, name).filter((x) => r.info.instances.has(x))[n]!;
      const i = r.info.instances.get(id)!;
      return { targs: i.typeArgs.map((t) => typeString(t)), type: typeString(i.type) };
    };
    // var f func(int) int = Id: instantiated from the variable's type
    expect(inst('Id', 0)).toEqual({ targs: ['int'], type: 'func(x int) int' });
    // Apply(3, Id[int]) and Apply(3, Id): T from 3 (int), R through the function argument
    expect(inst('Apply', 0)).toEqual({ targs: ['int', 'int'], type: 'func(x int, f func(int) int) int' });
    expect(inst('Apply', 1)).toEqual({ targs: ['int', 'int'], type: 'func(x int, f func(int) int) int' });
    expect(inst('Id', 2)).toEqual({ targs: ['int'], type: 'func(x int) int' });
    // Keys(map[string]int{}): K and V by constraint type inference from M's core type
    expect(inst('Keys')).toEqual({ targs: ['map[string]int', 'string', 'int'], type: 'func(m map[string]int) []string' });
    // Max(1, 2.5): the default type of the largest untyped kind, float64
    expect(inst('Max')).toEqual({ targs: ['float64'], type: 'func(a float64, b float64) float64' });
  });
});

// Inference that needs types2's unifier: channel directions (a directed channel is kept, whatever the
// argument order), a core type of channels of one element type, methods of a constraint inferring a
// result type, joined type parameters of generic function arguments.
const unifySrc = `package main

func Both[T any](a, b T) T { return a }

func Recv[T any, C chan T | <-chan T](ch C) T { return <-ch }

type X struct{}

func (X) M() int { return 42 }

func CallM[T interface {
	X
	M() R
}, R any](t T) R {
	return t.M()
}

func Apply[A, B any](f func(A) B, a A) B { return f(a) }

func Id[T any](x T) T { return x }

func main() {
	var c chan int
	var r <-chan int
	_ = Both(c, r)
	_ = Both(r, c)
	_ = Recv(c)
	_ = CallM(X{})
	_ = Apply(Id, 3)
}
`;

describe('inference as types2 unifies', () => {
  test('directed channels, channel core types, constraint methods, generic function arguments', () => {
    const r = check(unifySrc);
    expect(r.errors).toBe('');
    const inst = (name: string, n = 0): string[] => {
      const id = idents(r, name).filter((x) => r.info.instances.has(x))[n]!;
      return r.info.instances.get(id)!.typeArgs.map((t) => typeString(t));
    };
    expect(inst('Both', 0)).toEqual(['<-chan int']);
    expect(inst('Both', 1)).toEqual(['<-chan int']);
    expect(inst('Recv')).toEqual(['int', 'chan int']);
    expect(inst('CallM')).toEqual(['main.X', 'int']);
    expect(inst('Apply')).toEqual(['int', 'int']);
    expect(inst('Id')).toEqual(['int']);
  });
});

describe('instantiated types carry origin and type arguments, and are cached', () => {
  test('Stack[int] twice is one Named; its methods are instantiated with an origin', () => {
    const r = check(coreSrc);
    const vars = [...r.info.defs.values()].filter((o) => o.kind === 'Var' && (o.name === 's' || o.name === 't'));
    const st = (vars.find((v) => v.name === 's' && (v as { type: Type }).type.kind === 'Named') as { type: Named }).type;
    const t = vars.find((v) => v.name === 't' && (v as { type: Type }).type.kind === 'Named') as { type: Type };
    expect(t.type).toBe(st);
    expect(st.origin?.obj.name).toBe('Stack');
    expect(st.origin?.typeParams?.map((p) => p.obj.name)).toEqual(['T']);
    expect(st.typeArgs!.map((a) => typeString(a))).toEqual(['int']);
    expect(typeString(st.underlying)).toBe('struct{items []int}');
    const pop = st.methods.find((m) => m.name === 'Pop')!;
    expect(pop.origin).toBe(st.origin!.methods.find((m) => m.name === 'Pop'));
    expect(typeString({ ...pop.type, recv: undefined } as Signature)).toBe('func() int');
    // the selection s.Pop() resolves to the instantiated method
    const sel = [...r.info.selections.entries()].find(([e]) => e.sel.name === 'Pop')!;
    expect(sel[1].obj).toBe(pop);
    // Info.instances holds the type instantiation at the identifier Stack
    const stackIds = idents(r, 'Stack').filter((id) => r.info.instances.has(id));
    expect(stackIds.some((id) => r.info.instances.get(id)!.type === st)).toBe(true);
    // Sum(MyInts{1, 2}): E inferred from S's constraint ~[]E
    const sum = idents(r, 'Sum').find((id) => r.info.instances.has(id))!;
    expect(r.info.instances.get(sum)!.typeArgs.map((x) => typeString(x))).toEqual(['main.MyInts', 'int']);
  });
});

const opsSrc = `package main

func f1[T any](x T) bool { return x == x }
func f2[T int | []int](x T) bool { return x == x }
func f3[T any](x T) { <-x }
func f4[T any](x T) { for range x {} }
func f5[T int|string](x T) { x() }
func f6[T any](x T) { var _ int = int(x) }
func f7[T chan int | chan string](x T) { <-x }
type G[T any] struct{}
func (G[int]) m() {}
func f8[T any](x T) { x.m() }
func f9[T interface{ int; string }](x T) bool { return x == x }

func main() {}
`;

describe('operations a type parameter does not permit, worded as go build does', () => {
  test('comparison, receive, range, call, conversion, method lookup, empty type set', () => {
    expect(check(opsSrc, 'e.go').errors).toBe([
      'e.go:3:35: invalid operation: x == x (incomparable types in type set)',
      'e.go:4:43: invalid operation: x == x (incomparable types in type set)',
      'e.go:5:25: invalid operation: cannot receive from x (variable of type T constrained by any): no specific channel type',
      'e.go:6:33: cannot range over x (variable of type T constrained by any): no specific type',
      'e.go:7:30: invalid operation: cannot call x (variable of type T constrained by int | string): int is not a function',
      'e.go:8:39: cannot convert x (variable of type T constrained by any) to type int',
      'e.go:9:44: invalid operation: cannot receive from x (variable of type T constrained by chan int | chan string): channels chan int and chan string have different element types',
      'e.go:12:25: x.m undefined (type T has no field or method m)',
      'e.go:13:56: invalid operation: x == x (empty type set)',
      '',
    ].join('\n'));
  });
});

const permittedSrc = `package main

func f1[T any](x T) { switch x.(type) {} }
func f2[T any]() { var _ map[T]int }
func f3[T int | string](x T) { for range x {} }
func f4(x int) int { return ~x }
func f5[T ~int | ~string](x, y T) T { return x + y }
func f6[T ~map[int]string | ~[]byte](x T) { clear(x) }
func main() {}
`;

describe('type switch, map key, range and operators on type parameters', () => {
  test('go build reports exactly these (x + y on ~int | ~string and clear on map | slice are fine)', () => {
    expect(check(permittedSrc, 'f.go').errors).toBe([
      'f.go:3:30: cannot use type switch on type parameter value x (variable of type T constrained by any)',
      'f.go:4:30: invalid map key type T (missing comparable constraint)',
      'f.go:5:42: cannot range over x (variable of type T constrained by int | string): int and string have different underlying types',
      'f.go:6:29: cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)',
      '',
    ].join('\n'));
  });
});
