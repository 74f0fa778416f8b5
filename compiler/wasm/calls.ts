// This file implements function declarations and calls.
//
// ABI: a Go function becomes a wasm function whose parameters are the scalar
// parts of its Go parameters (receiver first) and whose results are the parts
// of its results (multivalue when there are several). A function with free
// variables (a closure body) takes the closure pointer as a hidden first i32
// parameter; top-level functions used as values get a wrapper `name$fv` with
// that extra parameter (closures.ts), so direct calls never pay for it.
// Static calls are `call`; calls of func values load the table index from the
// closure object and `call_indirect` with the closure pointer first.
// Bodyless functions are wasm imports (//go:wasmimport) or intrinsics
// (intrinsics.ts); builtins dispatch to builtins.ts.

import { InternalError, UnsupportedError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Pos } from '../syntax/pos.js';
import type { Signature } from '../types/index.js';
import { tupleType, type Expr, type Scalar } from './module.js';
import { scalarsOf } from './layout.js';
import type { FunctionLowerer, ModuleLowerer } from './lower.js';
import { lowerBuiltin } from './builtins.js';
import { intrinsicCall, isIntrinsic } from './intrinsics.js';
import { nilCheck } from './checks.js';
import { afterCall } from './panics.js';
import { invokeCall } from './interfaces.js';

export interface FuncSig {
  readonly hasCtx: boolean;
  readonly params: Scalar[];
  readonly results: Scalar[];
}

const sigCache = new WeakMap<ir.Function, FuncSig>();

export function funcSig(fn: ir.Function): FuncSig {
  let s = sigCache.get(fn);
  if (!s) {
    const hasCtx = fn.freeVars.length > 0;
    const params: Scalar[] = hasCtx ? ['i32'] : [];
    for (const p of fn.params) params.push(...scalarsOf(p.type, fn.pos));
    s = { hasCtx, params, results: resultScalars(fn.type) };
    sigCache.set(fn, s);
  }
  return s;
}

export function resultScalars(sig: Signature): Scalar[] {
  const out: Scalar[] = [];
  for (const v of sig.results.vars) out.push(...scalarsOf(v.type));
  return out;
}

/** indirectSig is the wasm signature of a func value of Go type sig: closure pointer first. */
export function indirectSig(sig: Signature): { params: Scalar[]; results: Scalar[] } {
  const params: Scalar[] = ['i32'];
  for (const v of sig.params.vars) params.push(...scalarsOf(v.type));
  return { params, results: resultScalars(sig) };
}

function wasmImportOf(fn: ir.Function): { module: string; name: string } | undefined {
  const d = fn.directives.find((x) => x.name === 'go:wasmimport' || x.name === 'wasmimport');
  if (!d) return undefined;
  if (d.args.length < 2) throw new UnsupportedError('//go:wasmimport without module and name', fn.pos);
  return { module: d.args[0]!, name: d.args[1]! };
}

/** bodylessError is the error for reaching a function the backend cannot emit: one whose body uses
 * an unsupported construct (recorded by the SSA builder for std packages), or a bodyless one that
 * no linkname, override, intrinsic or wasm import serves (assembly in Go's tree). */
export function bodylessError(fn: ir.Function, pos: Pos): UnsupportedError | InternalError {
  if (fn.unbuilt) return new InternalError(`${fn.name} was not built: the builder's reachability (compiler/ssa/reach.ts) missed it`, pos);
  if (fn.unsupported) return new UnsupportedError(fn.unsupported.what, fn.unsupported.pos);
  return new UnsupportedError(`function ${fn.name} (declared without a Go body)`, pos);
}

/** declareFunction adds fn to the module: an import, or a lowered body. Intrinsics are inlined at call sites. */
export function declareFunction(
  ml: ModuleLowerer,
  fn: ir.Function,
  lowerBody: (fn: ir.Function) => { params: number; results: number; vars: number[]; body: Expr },
): void {
  const sig = funcSig(fn);
  const imp = wasmImportOf(fn);
  if (imp) {
    ml.mod.addImport(fn.name, imp.module, imp.name, tupleType(sig.params), tupleType(sig.results));
    return;
  }
  if (fn.blocks.length === 0) {
    if (isIntrinsic(fn)) {
      // Referenced as a value (not called): emit a body that performs the intrinsic.
      throw new UnsupportedError(`taking the value of intrinsic ${fn.name}`, fn.pos);
    }
    throw bodylessError(fn, fn.pos);
  }
  const f = lowerBody(fn);
  ml.mod.addFunction(fn.name, f.params, f.results, f.vars, f.body);
}

export function lowerCall(fl: FunctionLowerer, c: ir.Call): Expr[] {
  const cc = c.call;
  switch (cc.mode) {
    case 'builtin':
      return lowerBuiltin(fl, c, cc.value, cc.args);
    case 'invoke':
      return [...invokeCall(fl, c), ...afterCall(fl, undefined)];
    case 'call':
      if (cc.value.kind === 'Function') {
        const intrinsic = isIntrinsic(cc.value);
        return [...fl.defineMulti(c, staticCall(fl, cc.value, cc.args, c)), ...(intrinsic ? [] : afterCall(fl, cc.value))];
      }
      return [...fl.defineMulti(c, dynamicCall(fl, cc.value, cc.args, c)), ...afterCall(fl, undefined)];
  }
}

function flatArgs(fl: FunctionLowerer, args: ir.Value[]): Expr[] {
  const out: Expr[] = [];
  for (const a of args) out.push(...fl.get(a));
  return out;
}

/** staticCall calls fn directly (or inlines an intrinsic); returns the call expression. */
export function staticCall(fl: FunctionLowerer, fn: ir.Function, args: ir.Value[], c: ir.Call): Expr {
  if (isIntrinsic(fn)) return intrinsicCall(fl, fn, args, c);
  if (fn.blocks.length === 0 && !wasmImportOf(fn)) throw bodylessError(fn, c.pos);
  const sig = funcSig(fn);
  if (sig.hasCtx) throw new InternalError(`static call of closure ${fn.name}`);
  return fl.m.call(fl.ml.funcName(fn), flatArgs(fl, args), tupleType(sig.results));
}

function dynamicCall(fl: FunctionLowerer, fv: ir.Value, args: ir.Value[], c: ir.Call): Expr {
  const m = fl.m;
  const t = fv.type.kind === 'Named' ? fv.type.underlying : fv.type;
  if (t.kind !== 'Signature') throw new InternalError('call of a non-function value');
  const s = indirectSig(t);
  const ptr = fl.get1(fv);
  const check = nilCheck(fl, fv);
  const target = fl.mod.load('i32', 0, fl.get1(fv));
  const call = m.call_indirect('fns', target, [ptr, ...flatArgs(fl, args)], tupleType(s.params), tupleType(s.results));
  if (!check) return call;
  const rt = tupleType(s.results);
  return m.block(null, [check, call], rt);
}
