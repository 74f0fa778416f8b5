// This file checks what reflection makes the compiler keep (compiler/wasm/
// typeinfo.ts, makefunc.ts; runtime/go/reflect/makefunc.go): a fmt program
// carries neither MakeFunc stubs nor the method-value machinery (every fmt
// program reaches Value.Interface), while Type.Method keeps every exported
// method of a used type, as Go's linker does, and MakeFunc gets its stubs.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { runUnderNode } from './helpers/golden.js';

const tmp = mkdtempSync(join(tmpdir(), 'gowasm-reflect-dce-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** build compiles a program with function names kept; returns the module's text and its run. */
async function build(name: string, src: string): Promise<{ names: string; stdout: string; exit: number | null }> {
  const file = join(tmp, `${name}.go`);
  writeFileSync(file, src);
  const built = await compile({ files: [file], optLevel: 0, shrinkLevel: 0, debugNames: true });
  expect(built.diagnostics).toBe('');
  const wasmPath = join(tmp, `${name}.wasm`);
  writeFileSync(wasmPath, built.wasm!);
  const got = runUnderNode(wasmPath);
  return { names: Buffer.from(built.wasm!).toString('latin1'), stdout: got.stdout, exit: got.exit };
}

test('a fmt program carries no MakeFunc stubs nor method-value machinery', async () => {
  const r = await build('hello', `package main

import "fmt"

type T struct{ x int }

func (t T) String() string { return fmt.Sprint("T", t.x) }

func main() { fmt.Println(T{1}, 2) }
`);
  expect(r.stdout).toBe('T1 2\n');
  expect(r.names.includes('reflect$makefunc')).toBe(false);
  expect(r.names.includes('reflect.makeMethodValue')).toBe(false);
  expect(r.names.includes('reflect.callReflect')).toBe(false);
});

test('Type.Method keeps exported methods (Go linker rule) and gives Method.Func', async () => {
  const r = await build('typemethod', `package main

import (
	"fmt"
	"reflect"
)

type T struct{ x int }

func (t T) Double() int { return 2 * t.x }
func (t T) hidden() int { return 3 }

func main() {
	m := reflect.TypeOf(T{}).Method(0)
	fmt.Println(m.Name, m.Type, m.Func.Interface().(func(T) int)(T{21}))
}
`);
  expect(r.stdout).toBe('Double func(main.T) int 42\n');
  expect(r.names.includes('main.T.Double')).toBe(true);
  expect(r.names.includes('main.T.hidden')).toBe(false);
  expect(r.names.includes('reflect$makefunc')).toBe(true);
  expect(r.names.includes('reflect.callReflect')).toBe(true);
});
