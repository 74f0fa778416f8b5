// Go values live in linear memory only: interface values, method tables, maps
// and closures are laid out by the backend and the runtime written in Go, and
// no Go value is ever handed to the host. This file checks both halves of that
// claim on a program that churns through interface method calls, map inserts
// and deletes, and closures: the module imports nothing but WASI preview 1
// functions (so the host has no table of Go objects that could grow), and its
// memory stops growing once the collector reaches a steady state (so the
// runtime's own structures do not leak either).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';
import { runUnderNode } from './helpers/golden.js';

const tmp = mkdtempSync(join(tmpdir(), 'gowasm-host-state-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const churn = `package main

import (
	"os"
	"runtime"
	"strconv"
)

type Shape interface{ Area() int }

type Square struct{ side int }

func (s *Square) Area() int { return s.side * s.side }

type Circle struct{ r int }

func (c Circle) Area() int { return 3 * c.r * c.r }

// round makes n interface values, closures over them and map entries, and
// drops all of them before it returns.
func round(n int) int {
	total := 0
	m := map[int]Shape{}
	for i := 0; i < n; i++ {
		var s Shape = &Square{i % 7}
		if i%2 == 0 {
			s = Circle{i % 5}
		}
		m[i%1000] = s
		f := func(k int) int { return s.Area() + k }
		total += f(i)
		if i%3 == 0 {
			delete(m, (i/3)%1000)
		}
	}
	for k, s := range m {
		total += k + s.Area()
	}
	return total
}

func main() {
	var ms runtime.MemStats
	for _, n := range []int{150000, 150000, 150000, 150000} {
		t := round(n)
		runtime.GC()
		runtime.ReadMemStats(&ms)
		os.Stdout.WriteString(strconv.Itoa(t) + " " + strconv.FormatUint(ms.Sys, 10) + " " + strconv.FormatUint(uint64(ms.NumGC), 10) + "\\n")
	}
}
`;

test('interfaces, maps and closures keep no host-side state and do not leak memory', async () => {
  const file = join(tmp, 'churn.go');
  writeFileSync(file, churn);
  const built = await compile({ files: [file], cwd: tmp });
  expect(built.diagnostics).toBe('');
  const mod = new WebAssembly.Module(new Uint8Array(built.wasm!));
  const foreign = WebAssembly.Module.imports(mod).filter((i) => i.module !== 'wasi_snapshot_preview1');
  expect(foreign).toEqual([]);

  const wasmPath = join(tmp, 'churn.wasm');
  writeFileSync(wasmPath, built.wasm!);
  const r = runUnderNode(wasmPath);
  expect({ stderr: r.stderr, exit: r.exit }).toEqual({ stderr: '', exit: 0 });
  const rows = r.stdout.trim().split('\n').map((l) => l.split(' ').map(Number));
  expect(rows).toHaveLength(4);
  // Every round computes the same total and collects.
  for (const [total, , numGC] of rows) {
    expect(total).toBe(rows[0]![0]);
    expect(numGC).toBeGreaterThan(0);
  }
  // The memory the module holds (ms.Sys: linear memory size) reaches its size in the first
  // rounds and then stays: 600k interface values, closures and map entries in all, none kept.
  const sys = rows.map((row) => row[1]!);
  expect(sys[3]).toBe(sys[1]);
  expect(sys[3]).toBeLessThan(64 << 20);
});
