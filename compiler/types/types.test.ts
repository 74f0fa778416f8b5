// This file checks the types and constant values the checker records for
// expressions (Info.types), defs/uses, selections, scopes and init order, on
// small programs.

import type * as ast from '../syntax/ast.js';
import { constString } from './const-arith.js';
import type { TypeAndValue } from './info.js';
import { typeString } from './typestring.js';
import { checkSource } from './testutil.js';
import type { Checked } from './testutil.js';

/** typeOf finds the recorded type of the expression whose source text (as exprString prints it) is `text`. */
function find(r: Checked, text: string, nth = 0): { e: ast.Expr; tv: TypeAndValue } {
  const found: { e: ast.Expr; tv: TypeAndValue }[] = [];
  for (const [e, tv] of r.info.types) if (exprText(e) === text) found.push({ e, tv });
  found.sort((a, b) => a.e.pos - b.e.pos);
  const f = found[nth];
  if (!f) throw new Error(`no recorded expression ${text}`);
  return f;
}

import { exprString as exprText } from './exprstring.js';

function typeOf(r: Checked, text: string, nth = 0): string {
  return typeString(find(r, text, nth).tv.type);
}

function valueOf(r: Checked, text: string, nth = 0): string | undefined {
  const v = find(r, text, nth).tv.value;
  return v ? constString(v) : undefined;
}

function ok(src: string): Checked {
  const r = checkSource(src);
  expect(r.errors).toBe('');
  return r;
}

describe('untyped constants get their final type', () => {
  test('context types', () => {
    const r = ok(`package main
func main() {
	var x int64 = 1
	println(2)
	y := x + 3
	var f float32 = 0.1
	println(1 << 70 >> 68)
	println('a', 2.5, "s", true, 1i)
	_, _ = y, f
}`);
    expect(typeOf(r, '1')).toBe('int64');
    expect(typeOf(r, '2')).toBe('int');
    expect(typeOf(r, '3')).toBe('int64');
    expect(typeOf(r, 'x + 3')).toBe('int64');
    expect(typeOf(r, '0.1')).toBe('float32');
    expect(find(r, '0.1').tv.value).toEqual({ kind: 'float', num: 13421773n, den: 134217728n });
    expect(typeOf(r, '1 << 70 >> 68')).toBe('int');
    expect(valueOf(r, '1 << 70 >> 68')).toBe('4');
    expect(typeOf(r, "'a'")).toBe('int32');
    expect(typeOf(r, '2.5')).toBe('float64');
    expect(typeOf(r, '"s"')).toBe('string');
    expect(typeOf(r, 'true')).toBe('bool');
    expect(typeOf(r, '1i')).toBe('complex128');
  });

  test('comparisons are bool, operands typed', () => {
    const r = ok(`package main
func main() {
	var b byte = 7
	if b < 10 && 2 > 1 {
		println(b == 'x')
	}
}`);
    expect(typeOf(r, 'b < 10')).toBe('bool');
    expect(typeOf(r, '10')).toBe('uint8');
    expect(typeOf(r, "'x'")).toBe('uint8');
    expect(find(r, '2 > 1').tv.mode).toBe('constant');
  });

  test('non-constant shifts take the type of the context', () => {
    const r = ok(`package main
func main() {
	var s uint = 3
	var x int64 = 1 << s
	println(x, 2 << s)
}`);
    expect(typeOf(r, '1')).toBe('int64');
    expect(typeOf(r, '1 << s')).toBe('int64');
    expect(typeOf(r, '2')).toBe('int');
  });

  test('nil takes the type of its context', () => {
    const r = ok(`package main
func main() {
	var p *int = nil
	var s []int
	println(p == nil, s == nil)
}`);
    expect(typeOf(r, 'nil', 0)).toBe('*int');
    expect(typeOf(r, 'nil', 1)).toBe('*int');
    expect(typeOf(r, 'nil', 2)).toBe('[]int');
  });
});

describe('constants', () => {
  test('iota and typed constant arithmetic', () => {
    const r = ok(`package main
type Weekday int
const (
	Sunday Weekday = iota
	Monday
	Tuesday
)
const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
)
const big = 1 << 100
const f = big >> 98
const h = 0x1p-2 + 'a' + 1.5e3
const str = "hé" + "llo"
func main() { println(Tuesday, MB, f, h, len(str)) }`);
    expect(valueOf(r, 'Tuesday')).toBe('2');
    expect(typeOf(r, 'Tuesday')).toBe('main.Weekday');
    expect(valueOf(r, 'MB')).toBe('1048576');
    expect(valueOf(r, 'f')).toBe('4');
    expect(valueOf(r, 'h')).toBe('1597.25');
    expect(typeOf(r, 'h')).toBe('float64');
    expect(valueOf(r, 'len(str)')).toBe('6');
  });

  test('division truncates for integers, is exact for floats', () => {
    const r = ok(`package main
const a = 7 / 2
const b = 7 / 2.0
const c = -7 % 3
func main() { println(a, b, c) }`);
    expect(valueOf(r, 'a')).toBe('3');
    expect(valueOf(r, 'b')).toBe('3.5');
    expect(valueOf(r, 'c')).toBe('-1');
  });

  test('len of arrays is constant, of slices not', () => {
    const r = ok(`package main
func main() {
	var a [5]int
	s := a[:]
	p := &a
	println(len(a), len(s), cap(p))
}`);
    expect(find(r, 'len(a)').tv.mode).toBe('constant');
    expect(valueOf(r, 'len(a)')).toBe('5');
    expect(find(r, 'len(s)').tv.mode).toBe('value');
    expect(valueOf(r, 'cap(p)')).toBe('5');
  });
});

describe('declarations, selections and scopes', () => {
  test('methods, promotion, method values', () => {
    const r = ok(`package main
type Inner struct{ v int }
func (i *Inner) Inc() { i.v++ }
func (i Inner) Get() int { return i.v }
type Outer struct {
	Inner
	name string
}
func main() {
	var o Outer
	o.Inc()
	p := &o
	println(p.v, p.Get(), o.name)
	f := o.Get
	g := (*Inner).Inc
	_, _ = f, g
}`);
    const sel = (text: string) => {
      const { e } = find(r, text);
      return r.info.selections.get(e as ast.SelectorExpr)!;
    };
    expect(sel('o.Inc').kind).toBe('MethodVal');
    expect(sel('o.Inc').index).toEqual([0, 0]);
    expect(sel('p.v').kind).toBe('FieldVal');
    expect(sel('p.v').index).toEqual([0, 0]);
    expect(sel('p.v').indirect).toBe(true);
    expect(sel('o.name').index).toEqual([1]);
    expect(sel('o.name').indirect).toBe(false);
    expect(typeOf(r, 'o.Get')).toBe('func() int');
    expect(sel('(*Inner).Inc').kind).toBe('MethodExpr');
    expect(typeOf(r, '(*Inner).Inc')).toBe('func(*main.Inner)');
  });

  test('composite literals, elided types, [...]T', () => {
    const r = ok(`package main
type P struct{ x, y int }
func main() {
	a := [...]P{{1, 2}, {y: 3}}
	ps := []*P{{1, 2}}
	m := map[string][]int{"a": {1}}
	println(len(a), len(ps), len(m))
}`);
    expect(typeOf(r, '[...]P{…}')).toBe('[2]main.P');
    expect(typeOf(r, '{…}', 0)).toBe('main.P');
    expect(typeOf(r, '{…}', 2)).toBe('*main.P');
    expect(typeOf(r, '{…}', 3)).toBe('[]int');
  });

  test('range variables and string iteration', () => {
    const r = ok(`package main
func main() {
	for i, c := range "héllo" {
		println(i, c)
	}
	for i := range 10 {
		println(i)
	}
	var n int8 = 3
	for j := range n {
		println(j)
	}
}`);
    expect(typeOf(r, 'c', 0)).toBe('int32');
    expect(typeOf(r, 'i', 1)).toBe('int');
    expect(typeOf(r, '10')).toBe('int');
    expect(typeOf(r, 'j', 0)).toBe('int8');
  });

  test('init order follows dependencies', () => {
    const r = ok(`package main
var a = b + c
var b = f()
var c = 1
var d int
func f() int { return c + 1 }
func main() { println(a, d) }`);
    const order = r.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(','));
    expect(order).toEqual(['c', 'b', 'a']);
  });

  test('init order is gc\'s (fewest dependencies, then declaration order)', () => {
    // go run prints 9 4 5 5 for this program: d, b, c, a
    const r = ok(`package main
var (
	a = c + b
	b = f()
	c = f()
	d = 3
)
func f() int {
	d++
	return d
}
func main() { println(a, b, c, d) }`);
    expect(r.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(','))).toEqual(['d', 'b', 'c', 'a']);
  });

  test('scopes are recorded for files, functions, blocks and statements', () => {
    const r = ok(`package main
func main() {
	x := 1
	if y := x; y > 0 {
		for i := 0; i < y; i++ {
		}
	}
	switch z := x; z {
	case 1:
	}
}`);
    const kinds = [...r.info.scopes.keys()].map((n) => n.kind).sort();
    expect(kinds).toEqual(['BlockStmt', 'BlockStmt', 'BlockStmt', 'CaseClause', 'File', 'ForStmt', 'FuncType', 'IfStmt', 'SwitchStmt']);
  });
});
