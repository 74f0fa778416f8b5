// This file implements linking of bodyless functions to their implementations
// (//go:linkname), run on the whole program after building and before the
// backend. Go's std declares functions without a body that the runtime (ours,
// in runtime/go) or another package provides:
//
//   - push: a function WITH a body and `//go:linkname local target` provides
//     the symbol `target` (runtime's `//go:linkname time_now time.now`);
//   - pull: a BODYLESS function with `//go:linkname local target` is served by
//     whatever provides `target` (time's `//go:linkname runtimeNano
//     runtime.nanotime`): a function with a body of that link name, or one that
//     pushed to it;
//   - a bodyless function without linkname is served by a function that pushed
//     to its own link name (os.runtime_args ← runtime's os_runtime_args).
//
// Variables declared with `//go:linkname v target` are the variable target.
// Every reference to a served bodyless function (or linked variable) is rewritten to its
// implementation, so the backend never sees the alias. What stays bodyless is
// a wasm import, a backend intrinsic, or an error when the backend reaches it.
// Implementations must have the same wasm signature (scalar parts) as the
// declarations they serve; the backend checks that at the call.

import type { Function, Global, Program, Value } from './ir.js';
import { replaceOperands } from './operands.js';

/** linkTargets maps each function named as the local side of a two-argument `//go:linkname local
 * target` directive to its target. A directive usually sits on its function's declaration, but
 * a run of them may precede another declaration, so local names are looked up in the package. */
function linkTargets(prog: Program): Map<Function, string> {
  const out = new Map<Function, string>();
  for (const fn of prog.functions) {
    for (const d of fn.directives) {
      if (d.name !== 'go:linkname' || d.args.length < 2) continue;
      const local = prog.byName.get(`${fn.pkg}.${d.args[0]}`);
      if (local && !out.has(local)) out.set(local, d.args[1]!);
    }
  }
  return out;
}

export function isWasmImport(fn: Function): boolean {
  return fn.directives.some((d) => d.name === 'go:wasmimport');
}

/** linkResolver returns the function that serves a bodyless function (see the file comment), or
 * undefined. hasBody tells which functions have (or, while the builder is still building lazily,
 * will have) a body. */
export function linkResolver(prog: Program, hasBody: (fn: Function) => boolean = (fn) => fn.blocks.length > 0): (fn: Function) => Function | undefined {
  // Symbols provided by push linknames.
  const targets = linkTargets(prog);
  const pushed = new Map<string, Function>();
  for (const [fn, target] of targets) if (hasBody(fn) && !pushed.has(target)) pushed.set(target, fn);
  const provider = (symbol: string): Function | undefined => {
    const own = prog.byName.get(symbol);
    if (own && hasBody(own)) return own;
    return pushed.get(symbol);
  };

  const alias = new Map<Function, Function>();
  const resolve = (fn: Function, seen: Set<Function>): Function | undefined => {
    if (hasBody(fn) || isWasmImport(fn) || fn.unsupported) return undefined;
    const known = alias.get(fn);
    if (known) return known;
    if (seen.has(fn)) return undefined;
    seen.add(fn);
    const pull = targets.get(fn);
    let impl = pull !== undefined ? provider(pull) : pushed.get(fn.name);
    // A pull whose target is itself a bodyless declaration (served elsewhere): follow it.
    if (!impl && pull !== undefined) {
      const decl = prog.byName.get(pull);
      if (decl && decl !== fn) impl = resolve(decl, seen) ?? (isWasmImport(decl) ? decl : undefined);
    }
    if (!impl || impl === fn) return undefined;
    alias.set(fn, impl);
    return impl;
  };
  return (fn) => resolve(fn, new Set());
}

/** linkProgram rewrites references to bodyless functions that some function implements (see the
 * file comment). It returns the map from each served declaration to its implementation. */
export function linkProgram(prog: Program): Map<Function, Function> {
  const resolve = linkResolver(prog);
  const alias = new Map<Function, Function>();
  for (const fn of prog.functions) {
    const impl = resolve(fn);
    if (impl) alias.set(fn, impl);
  }

  // Variables: `//go:linkname v target` on a variable declaration makes it the variable target
  // (a pull; the std declares such variables without initializer).
  const globals = new Map<string, Global>();
  for (const p of prog.packages) for (const g of p.globals) globals.set(g.name, g);
  const galias = new Map<Global, Global>();
  for (const g of globals.values()) {
    const target = g.linkname !== undefined ? globals.get(g.linkname) : undefined;
    if (target && target !== g && target.linkname === undefined) galias.set(g, target);
  }
  if (alias.size === 0 && galias.size === 0) return alias;

  const rewrite = (v: Value): Value => (v.kind === 'Function' ? (alias.get(v) ?? v) : v.kind === 'Global' ? (galias.get(v) ?? v) : v);
  for (const fn of prog.functions) for (const b of fn.blocks) for (const i of b.instrs) replaceOperands(i, rewrite);
  return alias;
}
