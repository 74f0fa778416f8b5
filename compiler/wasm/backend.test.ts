// Tests of the wasm backend on SSA programs built by hand (no frontend): each
// program reports its result through proc_exit's status or writes to stderr
// through fd_write, and runs under runtime/host's WASI.

import { describe, expect, test } from '@jest/globals';
import { closeSync, openSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJsWasi, nodeIO } from '../../runtime/host/wasi.js';
import type * as ir from '../ssa/ir.js';
import type { Var } from '../types/index.js';
import type { Signature, Type } from '../types/index.js';
import { BasicKind } from '../types/index.js';
import { Typ } from '../types/index.js';
import { emitProgram } from './index.js';

const int = Typ[BasicKind.Int]!;
const int32 = Typ[BasicKind.Int32]!;
const int8 = Typ[BasicKind.Int8]!;
const boolT = Typ[BasicKind.Bool]!;
const str = Typ[BasicKind.String]!;
const uptr = Typ[BasicKind.UnsafePointer]!;

function v(name: string, type: Type): Var {
  return { kind: 'Var', name, pos: 0, pkg: undefined, type, isField: false, embedded: false, isGlobal: false };
}
function sig(params: Type[], results: Type[]): Signature {
  return {
    kind: 'Signature',
    params: { kind: 'Tuple', vars: params.map((t, i) => v(`p${i}`, t)) },
    results: { kind: 'Tuple', vars: results.map((t, i) => v(`r${i}`, t)) },
    variadic: false,
  };
}
function c(type: Type, value: bigint | string | boolean): ir.Const {
  if (typeof value === 'bigint') return { kind: 'Const', type, value: { kind: 'int', value } };
  if (typeof value === 'string') return { kind: 'Const', type, value: { kind: 'string', value } };
  return { kind: 'Const', type, value: { kind: 'bool', value } };
}

class FB {
  readonly fn: ir.Function;
  private nextId = 0;
  constructor(name: string, params: Type[], results: Type[], directives: ir.Function['directives'] = []) {
    this.fn = {
      kind: 'Function',
      name,
      type: sig(params, results),
      pos: 0,
      pkg: name.split('.')[0]!,
      params: params.map((t, i) => ({ kind: 'Parameter', name: `p${i}`, type: t, index: i })),
      freeVars: [],
      blocks: [],
      anonFuncs: [],
      directives,
    };
  }
  block(): ir.BasicBlock {
    const b: ir.BasicBlock = { index: this.fn.blocks.length, comment: '', instrs: [], preds: [], succs: [] };
    this.fn.blocks.push(b);
    return b;
  }
  edge(a: ir.BasicBlock, b: ir.BasicBlock): void {
    a.succs.push(b);
    b.preds.push(a);
  }
  add<T extends ir.Instruction>(b: ir.BasicBlock, i: Omit<T, 'id' | 'block' | 'pos'> & Partial<Pick<T & { id: number }, 'id'>>): T {
    const full = { ...i, pos: 0, block: b } as unknown as T;
    if ('type' in full) (full as unknown as { id: number }).id = this.nextId++;
    b.instrs.push(full);
    return full;
  }
  call(b: ir.BasicBlock, f: ir.Value, args: ir.Value[], type: Type): ir.Call {
    return this.add<ir.Call>(b, { kind: 'Call', type, call: { mode: 'call', value: f, args } });
  }
}

const procExit = new FB('main.proc_exit', [int32], [], [{ name: 'go:wasmimport', args: ['wasi_snapshot_preview1', 'proc_exit'] }]).fn;
const tuple = (...ts: Type[]): Type => ({ kind: 'Tuple', vars: ts.map((t, i) => v(`t${i}`, t)) });

/** A stand-in for a runtime panic helper: exits with status 2. */
function stub(name: string, params: Type[]): ir.Function {
  const f = new FB(`runtime.${name}`, params, []);
  const b = f.block();
  f.call(b, procExit, [c(int32, 2n)], tuple());
  f.add<ir.Return>(b, { kind: 'Return', results: [] });
  return f.fn;
}

function program(fns: ir.Function[]): ir.Program {
  fns = [...fns, stub('panicDivide', []), stub('panicIndex', [int, int]), stub('panicIndexU', [int, int]), stub('stackOverflow', [])];
  const init = new FB('main.init', [], []);
  const b = init.block();
  init.add<ir.Return>(b, { kind: 'Return', results: [] });
  const all = [...fns, init.fn];
  return {
    packages: [{ path: 'main', name: 'main', globals: [], functions: fns, init: init.fn }],
    functions: all,
    byName: new Map(all.map((f) => [f.name, f])),
  };
}


async function run(wasm: Uint8Array): Promise<{ code: number; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gowasm-'));
  const errPath = join(dir, 'stderr');
  const fd = openSync(errPath, 'w');
  try {
    const wasi = createJsWasi({ args: [], env: {}, stderr: fd }, nodeIO);
    const mod = await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
    const inst = await WebAssembly.instantiate(mod, wasi.importObject());
    const code = wasi.start(inst);
    return { code, stderr: readFileSync(errPath, 'latin1') };
  } finally {
    closeSync(fd);
  }
}

/** exitWith makes main.main call proc_exit(int32(value of f())). */
function mainExiting(f: ir.Function, args: ir.Value[], convert: (fb: FB, b: ir.BasicBlock, r: ir.Value) => ir.Value): ir.Function {
  const m = new FB('main.main', [], []);
  const b = m.block();
  const r = m.call(b, f, args, f.type.results.vars.length === 1 ? f.type.results.vars[0]!.type : tuple(...f.type.results.vars.map((x) => x.type)));
  const code = convert(m, b, r);
  m.call(b, procExit, [code], tuple());
  m.add<ir.Return>(b, { kind: 'Return', results: [] });
  return m.fn;
}

const toInt32 = (fb: FB, b: ir.BasicBlock, r: ir.Value): ir.Value => fb.add<ir.Convert>(b, { kind: 'Convert', type: int32, x: r });

describe('wasm backend on hand-built SSA', () => {
  test('a function returning a constant', async () => {
    const f = new FB('main.answer', [], [int]);
    f.add<ir.Return>(f.block(), { kind: 'Return', results: [c(int, 42n)] });
    const wasm = emitProgram(program([mainExiting(f.fn, [], toInt32), f.fn, procExit]), { optLevel: 0, shrinkLevel: 0, debugNames: true });
    expect((await run(wasm)).code).toBe(42);
  });

  test('a loop with phis sums 1..n', async () => {
    // func sum(n int) int { s := 0; for i := 1; i <= n; i++ { s += i }; return s }
    const f = new FB('main.sum', [int], [int]);
    const [entry, head, body, exit] = [f.block(), f.block(), f.block(), f.block()];
    f.add<ir.Jump>(entry, { kind: 'Jump' });
    f.edge(entry, head);
    const s = f.add<ir.Phi>(head, { kind: 'Phi', type: int, edges: [], comment: 's' });
    const i = f.add<ir.Phi>(head, { kind: 'Phi', type: int, edges: [], comment: 'i' });
    const cond = f.add<ir.BinOp>(head, { kind: 'BinOp', type: boolT, op: '<=', x: i, y: f.fn.params[0]! });
    f.add<ir.If>(head, { kind: 'If', cond });
    f.edge(head, body);
    f.edge(head, exit);
    const s2 = f.add<ir.BinOp>(body, { kind: 'BinOp', type: int, op: '+', x: s, y: i });
    const i2 = f.add<ir.BinOp>(body, { kind: 'BinOp', type: int, op: '+', x: i, y: c(int, 1n) });
    f.add<ir.Jump>(body, { kind: 'Jump' });
    f.edge(body, head);
    s.edges = [c(int, 0n), s2];
    i.edges = [c(int, 1n), i2];
    f.add<ir.Return>(exit, { kind: 'Return', results: [s] });
    for (const opt of [0, 2] as const) {
      const wasm = emitProgram(program([mainExiting(f.fn, [c(int, 10n)], toInt32), f.fn, procExit]), { optLevel: opt, shrinkLevel: 0, debugNames: false });
      expect((await run(wasm)).code).toBe(55);
    }
  });

  test('a swap of two phis is a parallel copy', async () => {
    // a, b := 1, 2; for k := 0; k < 3; k++ { a, b = b, a }; return a*10 + b  → 21
    const f = new FB('main.swap', [], [int]);
    const [entry, head, body, exit] = [f.block(), f.block(), f.block(), f.block()];
    f.add<ir.Jump>(entry, { kind: 'Jump' });
    f.edge(entry, head);
    const a = f.add<ir.Phi>(head, { kind: 'Phi', type: int, edges: [], comment: 'a' });
    const bb = f.add<ir.Phi>(head, { kind: 'Phi', type: int, edges: [], comment: 'b' });
    const k = f.add<ir.Phi>(head, { kind: 'Phi', type: int, edges: [], comment: 'k' });
    const cond = f.add<ir.BinOp>(head, { kind: 'BinOp', type: boolT, op: '<', x: k, y: c(int, 3n) });
    f.add<ir.If>(head, { kind: 'If', cond });
    f.edge(head, body);
    f.edge(head, exit);
    const k2 = f.add<ir.BinOp>(body, { kind: 'BinOp', type: int, op: '+', x: k, y: c(int, 1n) });
    f.add<ir.Jump>(body, { kind: 'Jump' });
    f.edge(body, head);
    a.edges = [c(int, 1n), bb];
    bb.edges = [c(int, 2n), a];
    k.edges = [c(int, 0n), k2];
    const t = f.add<ir.BinOp>(exit, { kind: 'BinOp', type: int, op: '*', x: a, y: c(int, 10n) });
    const r = f.add<ir.BinOp>(exit, { kind: 'BinOp', type: int, op: '+', x: t, y: bb });
    f.add<ir.Return>(exit, { kind: 'Return', results: [r] });
    const wasm = emitProgram(program([mainExiting(f.fn, [], toInt32), f.fn, procExit]), { optLevel: 0, shrinkLevel: 0, debugNames: false });
    expect((await run(wasm)).code).toBe(21);
  });

  test('a call with two results, and int8 wrapping', async () => {
    // func divmod(a, b int) (int, int) { return a / b, a % b }
    const f = new FB('main.divmod', [int, int], [int, int]);
    const b0 = f.block();
    const q = f.add<ir.BinOp>(b0, { kind: 'BinOp', type: int, op: '/', x: f.fn.params[0]!, y: f.fn.params[1]! });
    const r = f.add<ir.BinOp>(b0, { kind: 'BinOp', type: int, op: '%', x: f.fn.params[0]!, y: f.fn.params[1]! });
    f.add<ir.Return>(b0, { kind: 'Return', results: [q, r] });
    const main = mainExiting(f.fn, [c(int, 17n), c(int, 5n)], (fb, b, t) => {
      const x = fb.add<ir.Extract>(b, { kind: 'Extract', type: int, tuple: t, index: 0 });
      const y = fb.add<ir.Extract>(b, { kind: 'Extract', type: int, tuple: t, index: 1 });
      // int8(127) + int8(x) wraps: 127 + 3 = -126; then + 126 + x*10 + y = 32
      const i8 = fb.add<ir.BinOp>(b, { kind: 'BinOp', type: int8, op: '+', x: c(int8, 127n), y: fb.add<ir.Convert>(b, { kind: 'Convert', type: int8, x }) });
      const back = fb.add<ir.Convert>(b, { kind: 'Convert', type: int, x: i8 });
      const t10 = fb.add<ir.BinOp>(b, { kind: 'BinOp', type: int, op: '*', x, y: c(int, 10n) });
      const s1 = fb.add<ir.BinOp>(b, { kind: 'BinOp', type: int, op: '+', x: t10, y });
      const s2 = fb.add<ir.BinOp>(b, { kind: 'BinOp', type: int, op: '+', x: s1, y: back });
      const s3 = fb.add<ir.BinOp>(b, { kind: 'BinOp', type: int, op: '+', x: s2, y: c(int, 126n) });
      return toInt32(fb, b, s3);
    });
    const wasm = emitProgram(program([main, f.fn, procExit]), { optLevel: 1, shrinkLevel: 0, debugNames: false });
    expect((await run(wasm)).code).toBe(32);
  });

  test('a string constant written with fd_write', async () => {
    // main: iov := new([2]uint32)-like via unsafe: write "hello\n" to fd 2, exit 0
    const u32 = Typ[BasicKind.Uint32]!;
    const fdWrite = new FB('main.fd_write', [int32, uptr, int32, uptr], [int32], [
      { name: 'go:wasmimport', args: ['wasi_snapshot_preview1', 'fd_write'] },
    ]).fn;
    const m = new FB('main.main', [], []);
    const b = m.block();
    const arr: Type = { kind: 'Array', elem: u32, len: 4 };
    const iov = m.add<ir.Alloc>(b, { kind: 'Alloc', type: { kind: 'Pointer', elem: arr }, heap: false, comment: 'iov' });
    const s = c(str, 'hello, wasm\n');
    const data = m.add<ir.Call>(b, {
      kind: 'Call',
      type: { kind: 'Pointer', elem: Typ[BasicKind.Uint8]! },
      call: { mode: 'builtin', value: { kind: 'Builtin', name: 'StringData', type: sig([str], [uptr]) }, args: [s] },
    });
    const p = m.add<ir.Convert>(b, { kind: 'Convert', type: uptr, x: data });
    const pu = m.add<ir.Convert>(b, { kind: 'Convert', type: Typ[BasicKind.Uintptr]!, x: p });
    const p32 = m.add<ir.Convert>(b, { kind: 'Convert', type: u32, x: pu });
    const e0 = m.add<ir.IndexAddr>(b, { kind: 'IndexAddr', type: { kind: 'Pointer', elem: u32 }, x: iov, index: c(int, 0n) });
    m.add<ir.Store>(b, { kind: 'Store', addr: e0, val: p32 });
    const e1 = m.add<ir.IndexAddr>(b, { kind: 'IndexAddr', type: { kind: 'Pointer', elem: u32 }, x: iov, index: c(int, 1n) });
    m.add<ir.Store>(b, { kind: 'Store', addr: e1, val: c(u32, 12n) });
    const e2 = m.add<ir.IndexAddr>(b, { kind: 'IndexAddr', type: { kind: 'Pointer', elem: u32 }, x: iov, index: c(int, 2n) });
    const ip = m.add<ir.Convert>(b, { kind: 'Convert', type: uptr, x: iov });
    const np = m.add<ir.Convert>(b, { kind: 'Convert', type: uptr, x: e2 });
    m.call(b, fdWrite, [c(int32, 2n), ip, c(int32, 1n), np], int32);
    m.add<ir.Return>(b, { kind: 'Return', results: [] });
    const wasm = emitProgram(program([m.fn, fdWrite]), { optLevel: 0, shrinkLevel: 0, debugNames: false });
    const out = await run(wasm);
    expect(out).toEqual({ code: 0, stderr: 'hello, wasm\n' });
  });
});
