// This file implements the names of func values' code, for runtime.FuncForPC
// of a code pointer (runtime/go/runtime/api_funcpc.go). A func value is a
// closure object whose first word is a table index (closures.ts); its code
// pointer, what reflect's Value.Pointer returns for a func as gc's does, is
// CodeBase + that index. Only when the program reaches runtime.FuncForPC does
// the module carry the table that names them (a program pays for what can be
// asked), through the global __fntab:
//
//   u32 count, then count records sorted by code pointer, each the runtime's
//   pcFunc: {name addr, name len, file addr, file len, entry (the code
//   pointer), line<<1 | has params}, then the name and file bytes
//
// A record covers every function whose func value the program makes
// (tableEntry in closures.ts records them). Names are Go's (goFuncName).

import type { FileSet } from '../syntax/pos.js';
import type { Function, Program } from '../ssa/ir.js';
import { operands } from '../ssa/operands.js';
import { packTable } from './traceback.js';

export const FuncNamesGlobal = '__fntab';
/** Code pointers start here (runtime.codeBase): above every call-site pc and every index. */
export const CodeBase = 0xc000_0000;

/** runtimeRefsOutside lists the runtime functions that code outside package runtime refers to
 * (every runtime function is live, index.ts liveView: only an outside reference says the program
 * can use it). A program pays for what it can ask: FuncForPC's names (this file), MemProfile's
 * sampling (index.ts). One walk over the program answers every such question. */
export function runtimeRefsOutside(live: Program): Set<string> {
  const out = new Set<string>();
  for (const f of live.functions) {
    if (f.pkg === 'runtime') continue;
    for (const b of f.blocks)
      for (const i of b.instrs) for (const o of operands(i)) if (o.kind === 'Function' && o.pkg === 'runtime') out.add(o.name);
  }
  return out;
}

/** wantsFuncNames: the program can ask for the name of a code pointer: code outside package
 * runtime refers to runtime.FuncForPC (refs: runtimeRefsOutside). */
export function wantsFuncNames(refs: ReadonlySet<string>): boolean {
  return refs.has('runtime.FuncForPC');
}

/** goFuncName is a function's name as gc's runtime reports it: closures main.main.func1, method
 * values main.T.M-fm, method expressions main.T.M, instantiations main.F[...]. */
export function goFuncName(fn: Function): string {
  const name = fn.name.replace(/\$(\d+)/g, '.func$1').replace(/\$bound$/, '-fm').replace(/\$thunk$/, '');
  return name.includes('[') ? elideTypeArgs(name) : name;
}

/** elideTypeArgs writes each outermost [...] of a name as gc does, "[...]". */
function elideTypeArgs(name: string): string {
  let out = '';
  let depth = 0;
  for (const c of name) {
    if (c === '[') {
      if (depth++ === 0) out += '[...';
    } else if (c === ']') {
      if (--depth === 0) out += ']';
    } else if (depth === 0) out += c;
  }
  return out;
}

/** funcNamesBound bounds the table's size (the memory is sized before lowering): a record and the
 * name of every live function, and its file's name. */
export function funcNamesBound(fset: FileSet | undefined, live: Program): number {
  let n = 64;
  const files = new Set<string>();
  for (const f of live.functions) {
    n += 24 + 3 * (f.name.length + 8);
    const file = f.pos ? fset?.file(f.pos) : undefined;
    if (file) {
      files.add(file.name);
      for (const d of file.lineInfos) files.add(d.filename);
    }
  }
  for (const s of files) n += 3 * s.length;
  return n;
}

/** funcNameTable lays out the table at address base: the functions by table index. */
export function funcNameTable(fset: FileSet | undefined, byIndex: ReadonlyMap<number, Function>, base: number): Uint8Array {
  const entries = [...byIndex].sort((a, b) => a[0] - b[0]);
  return packTable(base, 1 + 6 * entries.length, (str) => {
    const words: number[] = [entries.length];
    for (const [index, fn] of entries) {
      const p = fn.pos && fset?.file(fn.pos) ? fset.adjustedPosition(fn.pos) : { filename: '?', line: 0 };
      words.push(...str(goFuncName(fn)), ...str(p.filename || '??'), CodeBase + index, (p.line << 1) | (fn.params.length > 0 ? 1 : 0));
    }
    return words;
  });
}
