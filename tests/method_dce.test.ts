// This file checks method DCE in type descriptors (compiler/wasm/typeinfo.ts):
// a boxed type's method is compiled only when reachable code calls a method
// of that id through an interface; asserting to an interface that has the
// method, or declaring it, does not compile it. The program's output shows
// the invoked method still works.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { runUnderNode } from './helpers/golden.js';

const tmp = mkdtempSync(join(tmpdir(), 'gowasm-dce-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const program = `package main

type I interface{ A() int }
type J interface{ B() int }

type T struct{ x int }

func (t T) A() int { return t.x }
func (t T) B() int { return t.x * 2 }
func (t T) C() int { return 3 }

func main() {
	var i I = T{1}
	println(i.A())
	var e any = T{2}
	_, ok := e.(J)
	println(ok)
}
`;

test('only methods invoked through an interface are compiled', async () => {
  const src = join(tmp, 'main.go');
  writeFileSync(src, program);
  const built = await compile({ files: [src], optLevel: 0, shrinkLevel: 0, debugNames: true });
  expect(built.diagnostics).toBe('');
  const names = Buffer.from(built.wasm!).toString('latin1');
  expect(names.includes('main.T.A')).toBe(true);
  expect(names.includes('main.T.B')).toBe(false);
  expect(names.includes('main.T.C')).toBe(false);
  const wasmPath = join(tmp, 'main.wasm');
  writeFileSync(wasmPath, built.wasm!);
  const got = runUnderNode(wasmPath);
  expect({ stderr: got.stderr, exit: got.exit }).toEqual({ stderr: '1\ntrue\n', exit: 0 });
});
