// This file implements the runtime checks SSA leaves implicit (ir.ts header):
// nil pointer dereference, index and slice bounds, integer division by zero,
// negative shift counts and makeslice lengths. Each check is
// `if (bad) { call runtime.panicX(args); unreachable }`; the runtime helpers
// (runtime/go/runtime/panic.go) start a panic with Go's exact message, and
// the flag test callRuntime adds after them (panics.ts) leaves the function
// before the `unreachable`.
// Indices are compared as unsigned i64, so a negative signed index fails the
// same test as a too-large one.

import type * as ir from '../ssa/ir.js';
import type { Expr } from './module.js';
import { intInfo } from './layout.js';
import { inBoundsIndexes } from '../ssa/prove.js';
import type { FunctionLowerer } from './lower.js';

/** fail makes `if (cond) { runtime.name(args); unreachable }`. */
export function fail(fl: FunctionLowerer, cond: Expr, name: string, args: Expr[] = []): Expr {
  const m = fl.m;
  return m.if(cond, m.block(null, [fl.ml.callRuntime(name, args), m.unreachable()]));
}

/** nilCheck returns a statement panicking when pointer v is nil, or undefined if v is known non-nil. */
export function nilCheck(fl: FunctionLowerer, v: ir.Value): Expr | undefined {
  if (fl.nonNil.has(v) || fl.checkedInBlock.has(v)) return undefined;
  if (v.kind === 'Global' || v.kind === 'Function' || v.kind === 'Alloc' || v.kind === 'FieldAddr' || v.kind === 'IndexAddr')
    return undefined;
  fl.checkedInBlock.add(v);
  return fail(fl, fl.m.i32.eqz(fl.get1(v)), 'panicNil');
}

/** indexToI64 widens an integer index value to i64 (sign- or zero-extending). */
export function indexToI64(fl: FunctionLowerer, v: ir.Value): Expr {
  const ii = intInfo(v.type);
  const e = fl.get1(v);
  if (!ii) return e;
  if (ii.scalar === 'i64') return e;
  return ii.signed ? fl.m.i64.extend_s(e) : fl.m.i64.extend_u(e);
}

export function isSignedIndex(v: ir.Value): boolean {
  return intInfo(v.type)?.signed ?? true;
}

/** boundsCheck panics with "index out of range [i] with length n" unless 0 <= i < n; nothing
 * when compiler/ssa/prove.ts has proven the index of instr in bounds. */
export function boundsCheck(fl: FunctionLowerer, instr: ir.IndexAddr | ir.Index, len: () => Expr): Expr {
  const m = fl.m;
  if (inBoundsIndexes(fl.fn).has(instr)) return m.nop();
  const idx = instr.index;
  const i = () => indexToI64(fl, idx);
  return fail(fl, m.i64.ge_u(i(), len()), isSignedIndex(idx) ? 'panicIndex' : 'panicIndexU', [i(), len()]);
}

/** divCheck panics with "integer divide by zero" when y is zero. */
export function divCheck(fl: FunctionLowerer, y: ir.Value): Expr | undefined {
  if (y.kind === 'Const' && y.value && y.value.kind === 'int' && y.value.value !== 0n) return undefined;
  const ii = intInfo(y.type)!;
  const e = fl.get1(y);
  return fail(fl, ii.scalar === 'i64' ? fl.m.i64.eqz(e) : fl.m.i32.eqz(e), 'panicDivide');
}


