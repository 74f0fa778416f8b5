// This file tests the wasm32 data layout (docs/architecture.md).

import { checkSource } from './testutil.js';
import { alignof, offsetsof, sizeof } from './sizes.js';
import type { Struct } from './type.js';
import { underlying } from './predicates.js';

function typesOf(decls: string): Map<string, import('./type.js').Type> {
  const r = checkSource(`package main\n${decls}\nfunc main() {}\n`);
  expect(r.errors).toBe('');
  const m = new Map<string, import('./type.js').Type>();
  for (const [name, obj] of r.pkg.scope.elems) if (obj.kind === 'TypeName') m.set(name, obj.type);
  return m;
}

describe('wasm32 layout', () => {
  const t = typesOf(`
type B bool
type I int
type U uintptr
type S string
type Sl []int
type If interface{ M() }
type F func()
type M map[int]int
type Ch chan int
type P *int
type C128 complex128
type C64 complex64
type St struct { a bool; b int64; c bool }
type St2 struct { a bool; p *int }
type St3 struct { a int32; z struct{} }
type St4 struct { a byte; s string }
type A [3]int16
type E struct{}
type Emb struct { St2; x int8 }
`);
  const sz = (n: string) => [sizeof(t.get(n)!), alignof(t.get(n)!)];
  test('basic and reference types', () => {
    expect(sz('B')).toEqual([1, 1]);
    expect(sz('I')).toEqual([8, 8]);
    expect(sz('U')).toEqual([4, 4]);
    expect(sz('S')).toEqual([16, 8]);
    expect(sz('Sl')).toEqual([24, 8]);
    expect(sz('If')).toEqual([8, 4]);
    expect(sz('F')).toEqual([4, 4]);
    expect(sz('M')).toEqual([4, 4]);
    expect(sz('Ch')).toEqual([4, 4]);
    expect(sz('P')).toEqual([4, 4]);
    expect(sz('C128')).toEqual([16, 8]);
    expect(sz('C64')).toEqual([8, 4]);
  });
  test('structs and arrays', () => {
    expect(sz('St')).toEqual([24, 8]);
    expect(offsetsof(underlying(t.get('St')!) as Struct)).toEqual([0, 8, 16]);
    expect(sz('St2')).toEqual([8, 4]);
    expect(sz('St3')).toEqual([8, 4]);
    expect(sz('St4')).toEqual([24, 8]);
    expect(offsetsof(underlying(t.get('St4')!) as Struct)).toEqual([0, 8]);
    expect(sz('A')).toEqual([6, 2]);
    expect(sz('E')).toEqual([0, 1]);
    expect(sz('Emb')).toEqual([12, 4]);
  });
  test('unsafe.Sizeof, Alignof and Offsetof are constants with this layout', () => {
    const r = checkSource(`package main
import "unsafe"
type T struct { a bool; s string; n int32 }
func main() {
	var t T
	const s = unsafe.Sizeof(t)
	const o = unsafe.Offsetof(t.n)
	const a = unsafe.Alignof(t.s)
	println(s, o, a)
}`);
    expect(r.errors).toBe('');
    const consts = new Map<string, string>();
    for (const [id, obj] of r.info.defs) if (obj.kind === 'Const') consts.set(id.name, obj.value.kind === 'int' ? obj.value.value.toString() : '?');
    expect(consts.get('s')).toBe('32');
    expect(consts.get('o')).toBe('24');
    expect(consts.get('a')).toBe('8');
  });
});
