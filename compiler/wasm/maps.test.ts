// Tests of maps (compiler/wasm/maps.ts, mapkeys.ts, runtime/go/runtime/map.go)
// beyond the golden programs of testdata/maps: key classification, a
// randomized differential test of every map operation against a model kept in
// slices (the program checks itself and prints "ok"), and the per-program
// random seed (two runs iterate in different orders).

import { describe, expect, test } from '@jest/globals';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJsWasi, nodeIO } from '../../runtime/host/wasi.js';
import { compile } from '../driver.js';
import { BasicKind, Typ } from '../types/index.js';
import type { Type } from '../types/index.js';
import { KeyKind, keyKind } from './maps.js';

const tmp = mkdtempSync(join(tmpdir(), 'gowasm-maps-'));
let seq = 0;

async function build(src: string, optLevel: 0 | 2): Promise<Uint8Array> {
  const file = join(tmp, `p${seq++}.go`);
  writeFileSync(file, src);
  const r = await compile({ files: [file], optLevel, debugNames: true });
  expect(r.diagnostics).toBe('');
  return r.wasm!;
}

async function run(wasm: Uint8Array): Promise<string> {
  const errPath = join(tmp, `${seq++}.err`);
  const fd = openSync(errPath, 'w');
  try {
    const wasi = createJsWasi({ args: [], env: {}, stderr: fd }, nodeIO);
    const mod = await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
    const inst = await WebAssembly.instantiate(mod, wasi.importObject());
    expect(wasi.start(inst)).toBe(0);
    return readFileSync(errPath, 'utf8');
  } finally {
    closeSync(fd);
  }
}

describe('keyKind', () => {
  const b = (k: BasicKind): Type => Typ[k]!;
  test('integer words of up to 4 bytes, 8-byte integers, strings, the rest generic', () => {
    expect(keyKind(b(BasicKind.Int8))).toBe(KeyKind.Word32);
    expect(keyKind(b(BasicKind.Bool))).toBe(KeyKind.Word32);
    expect(keyKind(b(BasicKind.Uint32))).toBe(KeyKind.Word32);
    expect(keyKind({ kind: 'Pointer', elem: b(BasicKind.Int) })).toBe(KeyKind.Word32);
    expect(keyKind(b(BasicKind.Int))).toBe(KeyKind.Word64);
    expect(keyKind(b(BasicKind.Uint64))).toBe(KeyKind.Word64);
    expect(keyKind(b(BasicKind.String))).toBe(KeyKind.Str);
    expect(keyKind(b(BasicKind.Float64))).toBe(KeyKind.Generic);
    expect(keyKind(b(BasicKind.Float32))).toBe(KeyKind.Generic);
    expect(keyKind({ kind: 'Array', elem: b(BasicKind.Int32), len: 2 })).toBe(KeyKind.Generic);
  });
});

// A model of map[K]int in two slices; every operation is applied to both and compared.
const differential = `package main

var seed uint64 = 12345

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

type K struct {
	A int16
	S string
	F float64
}

func mk(i int) K {
	return K{int16(i % 7), string(rune('a' + i%13)), float64(i % 5)}
}

func find(keys []K, k K) int {
	for i, x := range keys {
		if x == k {
			return i
		}
	}
	return -1
}

func fail(what string, i int) {
	println("FAIL", what, i)
}

func main() {
	m := map[K]int{}
	var keys []K
	var vals []int
	im := map[int]int{}
	sm := map[string]int{}
	for step := 0; step < 20000; step++ {
		k := mk(rnd(400))
		j := find(keys, k)
		switch op := rnd(10); {
		case op < 4:
			v := rnd(1000)
			m[k] = v
			im[int(k.A)*1000+int(k.F)] = v
			sm[k.S] = v
			if j < 0 {
				keys = append(keys, k)
				vals = append(vals, v)
			} else {
				vals[j] = v
			}
		case op < 6:
			delete(m, k)
			if j >= 0 {
				keys[j] = keys[len(keys)-1]
				keys = keys[:len(keys)-1]
				vals[j] = vals[len(vals)-1]
				vals = vals[:len(vals)-1]
			}
		case op < 7:
			m[k]++
			if j < 0 {
				keys = append(keys, k)
				vals = append(vals, 1)
			} else {
				vals[j]++
			}
		default:
			v, ok := m[k]
			if ok != (j >= 0) || (ok && v != vals[j]) || (!ok && v != 0) {
				fail("lookup", step)
			}
		}
		if len(m) != len(keys) {
			fail("len", step)
		}
		if step%997 == 0 {
			n := 0
			for k, v := range m {
				n++
				j := find(keys, k)
				if j < 0 || vals[j] != v {
					fail("range", step)
				}
			}
			if n != len(keys) {
				fail("range count", step)
			}
		}
		if step%5003 == 0 {
			clear(m)
			keys = keys[:0]
			vals = vals[:0]
		}
	}
	// delete everything while iterating, with growth in the middle
	for i := 0; i < 3000; i++ {
		im[i] = i
	}
	n := 0
	for k := range im {
		delete(im, k)
		if n == 10 {
			for i := 100000; i < 103000; i++ {
				im[i] = i
			}
		}
		n++
	}
	if n < 3000 || n > 6000 {
		fail("delete during range", n)
	}
	println("ok")
}
`;

describe.each([0, 2] as const)('-O%d', (optLevel) => {
  test('random operations agree with a model', async () => {
    expect(await run(await build(differential, optLevel))).toBe('ok\n');
  }, 120_000);
});

test('iteration order differs between runs (per-program random seed)', async () => {
  const src = `package main

func main() {
	m := map[int]bool{}
	for i := 0; i < 32; i++ {
		m[i] = true
	}
	for k := range m {
		print(k, " ")
	}
	println()
}
`;
  const wasm = await build(src, 2);
  const outs = new Set<string>();
  for (let i = 0; i < 6; i++) outs.add(await run(wasm));
  expect(outs.size).toBeGreaterThan(1);
  for (const o of outs) expect(o.trim().split(' ').map(Number).sort((a, b) => a - b)).toEqual([...Array(32).keys()]);
});
