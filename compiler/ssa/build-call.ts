// This file implements calls: conversions T(x), static calls of functions and
// concrete methods (receiver first, adjusted by the method set), interface
// method calls (invoke), dynamic calls of func values, multi-value arguments
// f(g()), and variadic argument packing into a slice.

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import type { Signature, Type } from '../types/type.js';
import type { CallCommon, Function, Value } from './ir.js';
import { emit, emitAlloc, emitCall, emitExtract, emitIndexAddr, emitStore, intConst, zeroConst } from './emit.js';
import type { FunctionBuilder } from './func.js';
import { emitConv } from './build-conv.js';
import { expr, typeAndValue, typeOf, unparen } from './build-expr.js';
import { builtinCall, builtinCommon } from './build-builtin.js';
import { methodReceiver, selectionOf } from './build-selector.js';
import { genericFunc } from './build-generic.js';
import { elemType, newArray, resultType, signatureOf } from './typeutil.js';

/** callExpr builds a call expression; it returns undefined only for calls that end the block (panic). */
export function callExpr(fb: FunctionBuilder, e: ast.CallExpr): Value | undefined {
  const ftv = typeAndValue(fb, e.fun);
  if (ftv.mode === 'typexpr') {
    const x = expr(fb, e.args[0]!);
    return emitConv(fb, x, typeOf(fb, e), e.pos);
  }
  if (ftv.mode === 'builtin') return builtinCall(fb, e);
  const { common, sig } = callCommon(fb, e);
  // A call is at its '(' (where gc puts it: a call written over several lines is reported on
  // the line of `M(` in `x.\n\tM(...)`).
  return emitCall(fb, common, resultType(sig), e.lparen);
}

/** callCommonOf builds the CallCommon of a go or defer statement's call. */
export function callCommonOf(fb: FunctionBuilder, e0: ast.Expr): CallCommon {
  const e = unparen(e0);
  if (e.kind !== 'CallExpr') throw new InternalError('go/defer of a non-call', e.pos);
  const ftv = typeAndValue(fb, e.fun);
  if (ftv.mode === 'builtin') return builtinCommon(fb, e).common;
  if (ftv.mode === 'typexpr') throw new InternalError('go/defer of a conversion', e.pos);
  return callCommon(fb, e).common;
}

/** staticFunc returns the function a call's callee names statically (a package-level function,
 * or an instantiation of a generic one) with the signature of the call. */
function staticFunc(fb: FunctionBuilder, fun: ast.Expr): { fn: Function; sig: Signature } | undefined {
  const g = genericFunc(fb, fun);
  if (g) return { fn: g, sig: g.type };
  const f = unparen(fun);
  let id: ast.Ident | undefined;
  if (f.kind === 'Ident') id = f;
  else if (f.kind === 'SelectorExpr' && !fb.info.selections.get(f)) id = f.sel;
  if (!id) return undefined;
  const obj = fb.info.uses.get(id);
  if (obj?.kind !== 'Func') return undefined;
  return { fn: fb.prog.funcFor(obj, fun.pos), sig: obj.type };
}

/** callCommon evaluates the callee and the arguments of an ordinary (non-builtin) call. */
export function callCommon(fb: FunctionBuilder, e: ast.CallExpr): { common: CallCommon; sig: Signature } {
  const fun = unparen(e.fun);
  if (fun.kind === 'SelectorExpr') {
    const sel = selectionOf(fb, fun);
    if (sel?.kind === 'MethodVal') {
      const sig = signatureOf(sel.type);
      const r = methodReceiver(fb, fun, sel);
      const args = callArgs(fb, sig, e);
      if (r.invoke) return { common: { mode: 'invoke', value: r.value, method: r.method, args }, sig };
      const fn = fb.prog.funcFor(r.method, fun.pos);
      return { common: { mode: 'call', value: fn, args: [r.value, ...args] }, sig };
    }
  }
  const st = staticFunc(fb, fun);
  if (st) return { common: { mode: 'call', value: st.fn, args: callArgs(fb, st.sig, e) }, sig: st.sig };
  const callee = expr(fb, fun);
  const sig = signatureOf(callee.type);
  return { common: { mode: 'call', value: callee, args: callArgs(fb, sig, e) }, sig };
}

/** argValues evaluates the arguments, spreading a single multi-value call f(g()). */
export function argValues(fb: FunctionBuilder, args: ast.Expr[]): Value[] {
  if (args.length === 1) {
    const t = typeOf(fb, args[0]!);
    if (t.kind === 'Tuple') {
      const v = expr(fb, args[0]!);
      return t.vars.map((_, i) => emitExtract(fb, v, i, args[0]!.pos));
    }
  }
  return args.map((a) => expr(fb, a));
}

/** callArgs evaluates and converts the arguments of a call of sig, packing variadic arguments. */
export function callArgs(fb: FunctionBuilder, sig: Signature, e: ast.CallExpr): Value[] {
  const params = sig.params.vars;
  let vals = argValues(fb, e.args);
  if (sig.variadic && !e.hasDots) {
    const n = params.length;
    const sliceT = params[n - 1]!.type;
    const rest = vals.slice(n - 1);
    const packed = rest.length ? packSlice(fb, rest, sliceT, 'varargs', e.lparen) : zeroConst(sliceT);
    vals = [...vals.slice(0, n - 1), packed];
  }
  if (vals.length !== params.length) throw new InternalError('argument count mismatch', e.pos);
  return vals.map((v, i) => emitConv(fb, v, params[i]!.type, e.args[i]?.pos ?? e.pos));
}

/** packSlice stores vals into a new array and returns a slice of type sliceT over it. */
export function packSlice(fb: FunctionBuilder, vals: Value[], sliceT: Type, comment: string, pos: Pos): Value {
  const elem = elemType(sliceT);
  const arr = emitAlloc(fb, newArray(elem, vals.length), comment, pos);
  vals.forEach((v, i) => {
    const ia = emitIndexAddr(fb, arr, intConst(i), elem, pos);
    emitStore(fb, ia, emitConv(fb, v, elem, pos), pos);
  });
  return emit(fb, { kind: 'Slice', id: -1, type: sliceT, x: arr, pos });
}
