// This file implements the compiler half of goroutines (the runtime half is
// runtime/go/runtime/sched.go; the design is docs/goroutines.md):
//   - whether the program needs stack switching at all: only when it reaches
//     a `go` statement (usesGoroutines); otherwise nothing is instrumented and
//     a blocking operation can only wait for a timer or be a deadlock;
//   - the `go` statement: a heap record that is a closure of a thunk making
//     the call (shared with defer, defer.ts), handed to runtime.newproc;
//   - the intrinsics behind the scheduler: Asyncify's start/stop functions
//     (imports of module "asyncify" that the pass replaces), the shadow stack
//     pointer, asyncifyOn;
//   - running Asyncify on exactly the functions that can be on the stack when
//     a goroutine switches out: the call graph of the final module, with an
//     indirect call resolved to the table's functions of its wasm signature
//     (call_indirect traps on any other), instead of Asyncify's default of
//     "every indirect call may switch", which instruments nearly everything.

import binaryen from 'binaryen';
import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import { T, type Expr, type WasmModule } from './module.js';
import type { FunctionLowerer, ModuleLowerer } from './lower.js';
import { buildCallRecord } from './defer.js';

/** usesGoroutines reports whether any function that can run contains a `go` statement or makes a
 * coroutine (iter.Pull: runtime.newcoro, reached through iter's //go:linkname). */
export function usesGoroutines(live: ir.Program): boolean {
  return live.functions.some((f) =>
    f.blocks.some((b) =>
      b.instrs.some(
        (i) =>
          i.kind === 'Go' ||
          (f.pkg !== 'runtime' && i.kind === 'Call' && i.call.mode === 'call' && i.call.value.kind === 'Function' && /^(iter|runtime)\.newcoro$/.test(i.call.value.name)),
      ),
    ),
  );
}

/** lowerGo starts a goroutine: runtime.newproc(record of a thunk making the call). */
export function lowerGo(fl: FunctionLowerer, g: ir.Go): Expr[] {
  const { stmts, record } = buildCallRecord(fl, g);
  return [...stmts, fl.ml.callRuntime('newproc', [record], g.pos)];
}

const asyncifyImports: Record<string, [params: number, results: number]> = {
  start_unwind: [T.i32, T.none],
  stop_unwind: [T.none, T.none],
  start_rewind: [T.i32, T.none],
  stop_rewind: [T.none, T.none],
};

/** asyncifyCall calls Asyncify's function `base` (a trap when the program has no goroutines). */
export function asyncifyCall(ml: ModuleLowerer, base: keyof typeof asyncifyImports, args: Expr[]): Expr {
  if (!ml.goroutines) return ml.m.unreachable();
  const name = `asyncify.${base}`;
  if (!ml.mod.hasFunction(name)) {
    const [params, results] = asyncifyImports[base]!;
    ml.mod.addImport(name, 'asyncify', base, params, results);
  }
  return ml.m.call(name, args, T.none);
}

/** The scheduler functions that must stay out of line (sched.go: Asyncify's runtime). */
const noInlinePattern = 'runtime.coro*';

/** asyncify instruments the module for stack switching; optimize runs binaryen's pipeline
 * (a no-op at -O0) and is run before (Asyncify works on optimised code) and after. */
export function asyncify(mod: WasmModule, optLevel: number, shrinkLevel: number, optimize: () => void): void {
  binaryen.setPassArgument('no-inline', noInlinePattern);
  try {
    mod.m.runPasses(['no-inline']);
  } finally {
    binaryen.clearPassArguments();
  }
  optimize();
  const only = switchingFunctions(mod.m);
  binaryen.setPassArgument('asyncify-ignore-imports', '1');
  binaryen.setPassArgument('asyncify-onlylist', onlyList(mod.m, only).join(','));
  try {
    mod.optimize(optLevel, shrinkLevel, ['asyncify']);
  } finally {
    binaryen.clearPassArguments();
  }
  optimize();
}

/** onlyList spells a set of function names for Asyncify's only-list. A name with characters
 * outside the text format's idchars (which Asyncify would escape: `[`, `,`, `(`...) becomes a
 * pattern with `*` for each, a safe over-approximation. Asyncify warns about a pattern that is
 * never the first (in sorted order) to match some function, so the redundant ones are dropped. */
function onlyList(m: binaryen.Module, names: Set<string>): string[] {
  const exact = new Set<string>();
  const patterns = new Set<string>();
  for (const n of names) {
    const e = n.replace(/[^0-9A-Za-z!#$%&'*+\-./:<=>?@^_`|~]/g, '*');
    if (e.includes('*')) patterns.add(e);
    else exact.add(e);
  }
  const sorted = [...patterns].sort();
  const regexps = sorted.map((p) => new RegExp(`^${p.split('*').map(escapeRegExp).join('.*')}$`, 's'));
  const used = new Set<number>();
  if (sorted.length > 0) {
    for (let i = 0; i < m.getNumFunctions(); i++) {
      const name = binaryen.getFunctionInfo(m.getFunctionByIndex(i)).name;
      if (exact.has(name)) continue; // Asyncify tries the exact names first
      const k = regexps.findIndex((r) => r.test(name));
      if (k >= 0) used.add(k);
    }
  }
  return [...exact, ...sorted.filter((_, k) => used.has(k))];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface CallInfo {
  readonly direct: Set<string>;
  readonly indirect: Set<string>; // wasm signatures "params:results"
  bottom: boolean; // calls stop_unwind or start_rewind: the scheduler, never instrumented
}

/** Functions that end the program: a goroutine that switches out inside one (a panic value's
 * Error method blocking while the panic is printed) is never resumed, so they need no
 * instrumentation, and every runtime function that may fail an implicit check calls one. */
const neverResumes = new Set(['runtime.fatalpanic']);

/** switchingFunctions is the set of functions that can be on the stack while a goroutine is
 * switched out: those that reach asyncify.start_unwind through calls, except the scheduler. */
function switchingFunctions(m: binaryen.Module): Set<string> {
  const infos = new Map<string, CallInfo>();
  const sigOf = new Map<string, string>();
  const n = m.getNumFunctions();
  for (let i = 0; i < n; i++) {
    const fi = binaryen.getFunctionInfo(m.getFunctionByIndex(i));
    sigOf.set(fi.name, `${fi.params}:${fi.results}`);
    if (fi.module) continue; // an import
    const info: CallInfo = { direct: new Set(), indirect: new Set(), bottom: false };
    collectCalls(fi.body, info);
    infos.set(fi.name, info);
  }
  // the functions each signature's call_indirect can reach
  const bySig = new Map<string, string[]>();
  for (let s = 0; s < m.getNumElementSegments(); s++) {
    const seg = binaryen.getElementSegmentInfo(m.getElementSegmentByIndex(s));
    for (const f of seg.data) {
      const sig = sigOf.get(f);
      if (sig === undefined) continue;
      const l = bySig.get(sig);
      if (l) l.push(f);
      else bySig.set(sig, [f]);
    }
  }
  const out = new Set<string>();
  for (const [name, info] of infos) if (info.direct.has('asyncify.start_unwind')) out.add(name);
  const switchingSigs = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const [sig, fs] of bySig) if (!switchingSigs.has(sig) && fs.some((f) => out.has(f))) switchingSigs.add(sig);
    for (const [name, info] of infos) {
      if (out.has(name) || info.bottom || neverResumes.has(name)) continue;
      let sw = false;
      for (const c of info.direct) if (out.has(c)) sw = true;
      if (!sw) for (const s of info.indirect) if (switchingSigs.has(s)) sw = true;
      if (sw) {
        out.add(name);
        changed = true;
      }
    }
  }
  return out;
}

/** The operand fields of the expressions gowasm emits, by expression id (others have none). */
const childFields: Record<number, readonly string[]> = {
  [binaryen.IfId]: ['condition', 'ifTrue', 'ifFalse'],
  [binaryen.LoopId]: ['body'],
  [binaryen.BreakId]: ['condition', 'value'],
  [binaryen.SwitchId]: ['condition', 'value'],
  [binaryen.LocalSetId]: ['value'],
  [binaryen.GlobalSetId]: ['value'],
  [binaryen.UnaryId]: ['value'],
  [binaryen.DropId]: ['value'],
  [binaryen.ReturnId]: ['value'],
  [binaryen.LoadId]: ['ptr'],
  [binaryen.StoreId]: ['ptr', 'value'],
  [binaryen.BinaryId]: ['left', 'right'],
  [binaryen.SelectId]: ['ifTrue', 'ifFalse', 'condition'],
  [binaryen.MemoryGrowId]: ['delta'],
  [binaryen.MemoryCopyId]: ['dest', 'source', 'size'],
  [binaryen.MemoryFillId]: ['dest', 'value', 'size'],
  [binaryen.TupleExtractId]: ['tuple'],
  [binaryen.CallIndirectId]: ['target'],
};

/** Expressions without operands. */
const leafIds = new Set([binaryen.LocalGetId, binaryen.GlobalGetId, binaryen.ConstId, binaryen.NopId, binaryen.UnreachableId, binaryen.MemorySizeId]);

/** collectCalls records the direct and indirect calls in an expression tree. */
function collectCalls(root: number, info: CallInfo): void {
  const stack = [root];
  while (stack.length) {
    const e = stack.pop()!;
    if (!e) continue;
    const id = binaryen.getExpressionId(e);
    if (leafIds.has(id)) continue;
    // binaryen's ExpressionInfo is a union without a discriminant type in its .d.ts
    const x = binaryen.getExpressionInfo(e) as unknown as Record<string, unknown>;
    if (id === binaryen.CallId) {
      const target = x.target as string;
      info.direct.add(target);
      if (target === 'asyncify.stop_unwind' || target === 'asyncify.start_rewind') info.bottom = true;
    } else if (id === binaryen.CallIndirectId) info.indirect.add(`${x.params}:${x.results}`);
    const fields = childFields[id];
    if (id === binaryen.BlockId) stack.push(...(x.children as number[]));
    else if (id === binaryen.CallId || id === binaryen.CallIndirectId || id === binaryen.TupleMakeId) stack.push(...(x.operands as number[]));
    else if (!fields) throw new InternalError(`goroutines: unexpected wasm expression id ${id} in the call graph walk`);
    for (const f of fields ?? []) stack.push(x[f] as number);
  }
}
