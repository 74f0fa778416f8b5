// This file implements call stacks for runtime.Caller, Callers, FuncForPC,
// CallersFrames and Stack (runtime/go/runtime/api_stack.go). Wasm has no
// readable return addresses, so when (and only when) the program reaches
// runtime.Callers, every non-runtime function keeps a trace record in its
// shadow-stack frame:
//
//   record: {prev u32, pc u32}   prev: the caller's record (global __trace
//                                before the call); pc: where the function is
//
// The prologue links the record (`__trace` points to the innermost one) with
// the function's entry pc, every exit unlinks it (epilogue), and before each
// call, panic, deferred-call run or failing implicit check the function stores
// the pc of that point. A pc is PCBase + 4*k for a site k, a (function, line)
// pair: Callers returns pc+1 as Go returns return addresses, and pc-1 and pc+1
// fall in the same site. Goroutines switch records with their stacks (the
// scheduler saves __trace).
//
// The site table is laid out after lowering (lines are known only then), after
// the static pointer map, and the heap starts after it (index.ts moves
// __heap_base); the runtime finds it through the global __pctab:
//
//   header: nsites, nfuncs, sites addr, funcs addr, and the pcs of the frames
//           the runtime makes up: runtime.main, runtime.goexit (the bottom of
//           every stack), runtime.gopanic (deferred calls run by a panic),
//           runtime.Callers (skip 0)
//   sites:  {func index u32, line u32} per site
//   funcs:  {name addr u32, name len u32, file addr u32, file len u32, entry pc u32,
//            line<<1 | has params u32}
//   the name and file bytes
//
// Lines and files are those line directives give (FileSet.adjustedPosition),
// as gc reports them; no file name reads "??". A site's file is its function
// record's: a function has a record per file its sites are in (the same name
// and entry), one only without line directives.

import { InternalError } from '../syntax/diagnostics.js';
import type { FileSet, Pos, SourceFile } from '../syntax/pos.js';
import type { Function, Program, Value } from '../ssa/ir.js';
import { operands } from '../ssa/operands.js';
import type { Signature, Type } from '../types/index.js';
import { typeKey } from '../types/index.js';
import { underlying } from './layout.js';
import { allocates } from './lower.js';

export const TraceGlobal = '__trace';
export const PcTableGlobal = '__pctab';
export const PCBase = 0x1000;
/** Byte size of a trace record in a frame. */
export const TraceRecordSize = 8;

/** Frames the runtime reports without a compiled function behind them. */
const synthetic = ['runtime.main', 'runtime.goexit', 'runtime.gopanic', 'runtime.Callers'] as const;

export class TraceTable {
  private readonly sites: { fn: number; line: number }[] = [];
  private readonly siteIds = new Map<string, number>();
  /** A record per function and file its sites are in (line directives can name several). */
  private readonly funcs: { name: string; file: string; entry: number; argsLine: number }[] = [];
  private readonly funcIds = new Map<string, number>(); // name -> its declaration's record
  private readonly fileRecords = new Map<string, number>(); // name \0 file -> record

  constructor(
    private readonly fset: FileSet | undefined,
    /** The functions that keep trace records (tracedFunctions). */
    readonly traced: ReadonlySet<Function>,
  ) {
    for (const name of synthetic) this.entry(name, 0);
  }

  /** entry returns the entry pc of a function (registering it); args: whether it has parameters
   * (Stack prints `f(...)` or `f()`). */
  entry(name: string, pos: Pos, args = false): number {
    let f = this.funcIds.get(name);
    if (f === undefined) {
      const p = this.position(pos);
      f = this.funcs.length;
      this.funcs.push({ name, file: p.file, entry: 0, argsLine: (p.line << 1) | (args ? 1 : 0) });
      this.funcIds.set(name, f);
      this.fileRecords.set(`${name}\0${p.file}`, f);
      this.funcs[f]!.entry = this.siteOf(f, p.line);
    }
    return this.funcs[f]!.entry;
  }

  /** site returns the pc of a point of function `name` (registered by entry) at pos. */
  site(name: string, pos: Pos): number {
    const decl = this.funcs[this.funcIds.get(name)!]!;
    if (pos === 0) return decl.entry;
    const p = this.position(pos);
    const key = `${name}\0${p.file}`;
    let f = this.fileRecords.get(key);
    if (f === undefined) {
      f = this.funcs.length;
      this.funcs.push({ ...decl, file: p.file });
      this.fileRecords.set(key, f);
    }
    return this.siteOf(f, p.line);
  }

  private siteOf(f: number, line: number): number {
    const key = `${f}:${line}`;
    let k = this.siteIds.get(key);
    if (k === undefined) {
      k = this.sites.length;
      this.sites.push({ fn: f, line });
      this.siteIds.set(key, k);
    }
    return PCBase + 4 * k;
  }

  private position(pos: Pos): { file: string; line: number } {
    if (pos === 0 || !this.fset?.file(pos)) return { file: '?', line: 0 };
    const p = this.fset.adjustedPosition(pos);
    return { file: p.filename || '??', line: p.line };
  }

  /** bytes lays the table out at address base. */
  bytes(base: number): Uint8Array {
    const headerSize = 8 * 4;
    const sitesAt = base + headerSize;
    const funcsAt = sitesAt + this.sites.length * 8;
    return packTable(base, 8 + 2 * this.sites.length + 6 * this.funcs.length, (str) => {
      const words: number[] = [this.sites.length, this.funcs.length, sitesAt, funcsAt, ...synthetic.map((n) => this.funcs[this.funcIds.get(n)!]!.entry)];
      for (const s of this.sites) words.push(s.fn, s.line);
      for (const f of this.funcs) words.push(...str(f.name), ...str(f.file), f.entry, f.argsLine);
      return words;
    });
  }
}

/** packTable lays out at address base a table of nwords little-endian u32 words followed by the
 * UTF-8 bytes of its strings: fill returns the words, and its str(s) gives the address and
 * length of s's bytes (each distinct string stored once). The call-site table and the table of
 * function names (funcnames.ts) are built this way. */
export function packTable(base: number, nwords: number, fill: (str: (s: string) => [number, number]) => number[]): Uint8Array {
  const enc = new TextEncoder();
  const strs: Uint8Array[] = [];
  let strAt = base + nwords * 4;
  const interned = new Map<string, [number, number]>();
  const str = (s: string): [number, number] => {
    let r = interned.get(s);
    if (!r) {
      const b = enc.encode(s);
      r = [strAt, b.length];
      strs.push(b);
      strAt += b.length;
      interned.set(s, r);
    }
    return r;
  };
  const words = fill(str);
  if (words.length !== nwords) throw new InternalError(`packTable: ${words.length} words, ${nwords} expected`);
  const out = new Uint8Array(strAt - base);
  const dv = new DataView(out.buffer);
  words.forEach((w, i) => dv.setUint32(i * 4, w >>> 0, true));
  let o = nwords * 4;
  for (const b of strs) {
    out.set(b, o);
    o += b.length;
  }
  return out;
}

/** traceTableBound bounds the size of the table of a program's call sites (before lowering, the
 * memory's size must cover it): every function of live outside package runtime with a site per
 * instruction, its name, the names of the files its positions can be in (its own, those line
 * directives in it name), and the synthetic frames. */
export function traceTableBound(fset: FileSet | undefined, traced: ReadonlySet<Function>): number {
  let n = 64 + synthetic.length * 64;
  const files = new Set<SourceFile>();
  for (const f of traced) {
    // its name (closures renamed; UTF-8: up to 3 bytes a UTF-16 unit), a site per instruction, a
    // record per file its sites can be in (its own, and one per line directive at most)
    const points = [f.pos, ...f.blocks.flatMap((b) => b.instrs.map((i) => i.pos))];
    n += 3 * f.name.length + 8 * points.length;
    const own = new Set<SourceFile>();
    for (const p of points) {
      const file = p ? fset?.file(p) : undefined;
      if (file) own.add(file);
    }
    let records = 1;
    for (const file of own) {
      files.add(file);
      records += file.lineInfos.length + 1;
    }
    n += 24 * Math.min(records, points.length + 1);
  }
  for (const file of files) {
    n += 3 * file.name.length;
    for (const d of file.lineInfos) n += 3 * d.filename.length;
  }
  return n + 16; // "??" and "?"
}

/** The runtime functions that read call stacks (runtime/go/runtime/api_stack.go). */
const stackReaders = new Set(['runtime.Callers', 'runtime.Caller', 'runtime.Stack']);

/** The runtime's allocator entry (alloc.go): a memory profile sample reads the stack there. */
const allocEntry = 'runtime.mallocgc';

/** tracedFunctions returns the functions outside package runtime that can be on the stack when a
 * stack reader runs: those from which a call chain reaches one (empty when none can). When the
 * program can read memory profiles (memProfile: index.ts), the allocator reads stacks too: the
 * functions with an allocating instruction (lower.ts allocates: new, make, append, string
 * concatenation, composite literals, closures, interface boxing... whose lowering calls the
 * allocator) and mallocgc's callers are stack readers, and so are their callers. Only they
 * keep trace records and have sites in the table: a program pays for what can be asked. Call
 * edges: static calls and defers (a deferred call runs on its caller's frame); an interface call
 * reaches every method of that name and signature, a call of a func value every function of its
 * type used as a value (closures, method values, top-level functions), and reflect's call
 * trampoline every method and function value.
 * Dynamic calls in package runtime are not edges: they run goroutines (each has its own chain) and
 * deferred calls (the Defer edge covers them); a frame left out is only missing from stacks. */
export function tracedFunctions(live: Program, memProfile = false): Set<Function> {
  const callers = new Map<Function, Set<Function>>();
  const edge = (from: Function, to: Function): void => {
    let s = callers.get(to);
    if (!s) callers.set(to, (s = new Set()));
    s.add(from);
  };
  const methodsByKey = new Map<string, Function[]>(); // "name sig" -> methods
  const valuesBySig = new Map<string, Set<Function>>(); // sig -> functions used as values
  const methods: Function[] = [];
  const invokes: [Function, string][] = [];
  const dynamic: [Function, string][] = [];
  const reflectCallers: Function[] = [];
  const add = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  const addValue = (f: Function): void => {
    const k = sigKey(f.type);
    const set = valuesBySig.get(k);
    if (set) set.add(f);
    else valuesBySig.set(k, new Set([f]));
  };
  for (const f of live.functions) {
    if (f.type.recv) {
      methods.push(f);
      add(methodsByKey, `${f.name.slice(f.name.lastIndexOf('.') + 1)} ${sigKey(f.type)}`, f);
    }
    for (const b of f.blocks)
      for (const i of b.instrs) {
        for (const o of operands(i)) if (o.kind === 'Function') addValue(o);
        if (i.kind === 'MakeClosure') addValue(i.fn);
        if (i.kind !== 'Call' && i.kind !== 'Defer') continue;
        const c = i.call;
        if (c.mode === 'builtin') continue;
        if (c.mode === 'invoke') invokes.push([f, `${c.method.name} ${sigKey(c.method.type as Signature)}`]);
        else if (c.value.kind === 'Function') edge(f, c.value);
        else if (isTrampoline(c.value.type)) reflectCallers.push(f);
        else if (f.pkg !== 'runtime') dynamic.push([f, sigKey(underlying(c.value.type) as Signature)]);
      }
  }
  for (const [c, k] of dynamic) for (const f of valuesBySig.get(k) ?? []) edge(c, f);
  for (const [c, k] of invokes) for (const m of methodsByKey.get(k) ?? []) edge(c, m);
  for (const c of reflectCallers) {
    for (const m of methods) edge(c, m);
    for (const fs of valuesBySig.values()) for (const f of fs) edge(c, f);
  }
  const out = new Set<Function>();
  const reads = (f: Function): boolean =>
    stackReaders.has(f.name) || (memProfile && (f.name === allocEntry || f.blocks.some((b) => b.instrs.some(allocates))));
  const work = live.functions.filter(reads);
  const seen = new Set<Function>(work);
  for (let f = work.pop(); f; f = work.pop()) {
    if (f.pkg !== 'runtime' && !f.wrapper) out.add(f); // wrappers are not shown, as in Go
    for (const c of callers.get(f) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      work.push(c);
    }
  }
  // A deferred call that reads the stack during a panic sees the frames where the panic started
  // (runtime.gopanic keeps them): what the deferring function calls keeps records too: its static
  // callees, transitively, and the functions it calls through func values and interfaces (by the
  // edges above), not what those call (a helper running a callback under a deferred check, as
  // Go's tests do: the callback's frame shows; walking on from it through fmt's interfaces made
  // a small program 30% bigger). A frame left out is only missing from stacks.
  const deferrers = live.functions.filter((g) =>
    g.blocks.some((b) => b.instrs.some((i) => i.kind === 'Defer' && i.call.mode !== 'builtin' && deferredFunction(i.call.value) !== undefined && out.has(deferredFunction(i.call.value)!))),
  );
  const deferrerSet = new Set(deferrers);
  const down = [...deferrers];
  const reached = new Set(down);
  for (let g = down.pop(); g; g = down.pop()) {
    if (g.pkg !== 'runtime' && !g.wrapper) out.add(g);
    for (const b of g.blocks)
      for (const i of b.instrs) {
        if (i.kind !== 'Call' || i.call.mode === 'builtin') continue;
        const c = i.call;
        let callees: Iterable<Function>;
        const dynamic = c.mode === 'invoke' || c.value.kind !== 'Function';
        if (c.mode === 'invoke') callees = deferrerSet.has(g) ? (methodsByKey.get(`${c.method.name} ${sigKey(c.method.type as Signature)}`) ?? []) : [];
        else if (c.value.kind === 'Function') callees = [c.value];
        else if (deferrerSet.has(g) && !isTrampoline(c.value.type)) callees = valuesBySig.get(sigKey(underlying(c.value.type) as Signature)) ?? [];
        else continue;
        for (const h of callees) {
          if (h.pkg === 'runtime' || reached.has(h)) continue;
          reached.add(h);
          // the callees of a dynamic call get records, not what they call (but a wrapper's method)
          if (dynamic && !h.wrapper) {
            out.add(h);
            continue;
          }
          down.push(h);
        }
      }
  }
  return out;
}

/** deferredFunction is the function a deferred call runs (a function or a closure), if known. */
function deferredFunction(v: Value): Function | undefined {
  if (v.kind === 'Function') return v;
  if (v.kind === 'MakeClosure') return v.fn;
  return undefined;
}

/** isTrampoline: t is reflect's call trampoline type, whose calls reach any function or method by
 * its table index (reflect.Value.Call: compiler/wasm/reflectcall.ts). */
function isTrampoline(t: Type): boolean {
  return t.kind === 'Named' && t.obj.name === 'trampoline' && t.obj.pkg?.path === 'reflect';
}

/** sigKey identifies a signature without its receiver (calls through func values or interfaces
 * reach only functions of the called type). */
function sigKey(sig: Signature): string {
  const ts = (vs: readonly { type: Type }[]) => vs.map((v) => typeKey(v.type)).join(',');
  return `(${ts(sig.params.vars)}${sig.variadic ? '...' : ''})(${ts(sig.results.vars)})`;
}
