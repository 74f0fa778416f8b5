// This file implements calls of builtin functions (see docs/architecture.md,
// "Builtins"): most become `builtin` calls with converted, typed arguments
// (append always gets exactly the slice and a slice of elements); new is an
// Alloc, make is MakeSlice/MakeMap/MakeChan, panic is the Panic instruction.

import type * as ast from '../syntax/ast.js';
import { InternalError, UnsupportedError } from '../syntax/diagnostics.js';
import type { BuiltinName } from '../types/object.js';
import { BasicKind, type Type } from '../types/type.js';
import { alignof, offsetsof, sizeof } from '../types/sizes.js';
import type { Builtin, CallCommon, Value } from './ir.js';
import { emit, emitAlloc, emitCall, emitPanicInstr, emitStore, intConst } from './emit.js';
import type { FunctionBuilder } from './func.js';
import { emitConv, typedValue } from './build-conv.js';
import { expr, typeAndValue, typeOf, unparen } from './build-expr.js';
import { argValues, packSlice } from './build-call.js';
import { basic, deref, newSignature, newTuple, tAny, tInt, underlying } from './typeutil.js';

function builtinName(fb: FunctionBuilder, e: ast.CallExpr): BuiltinName {
  const f = unparen(e.fun);
  const id = f.kind === 'Ident' ? f : f.kind === 'SelectorExpr' ? f.sel : undefined;
  const obj = id && fb.info.uses.get(id);
  if (obj?.kind !== 'Builtin') throw new InternalError('builtin call without a builtin', e.pos);
  return obj.builtin;
}

/** unsafeLayout computes unsafe.Sizeof/Alignof/Offsetof(arg) for the (substituted) types. */
function unsafeLayout(fb: FunctionBuilder, name: 'Sizeof' | 'Alignof' | 'Offsetof', arg: ast.Expr): number {
  if (name === 'Sizeof') return sizeof(typeOf(fb, arg));
  if (name === 'Alignof') return alignof(typeOf(fb, arg));
  // Offsetof(x.f): the offset of f within x's struct, through embedded fields (not pointers).
  const sel = unparen(arg);
  const s = sel.kind === 'SelectorExpr' ? fb.info.selections.get(sel) : undefined;
  if (!s || sel.kind !== 'SelectorExpr') throw new InternalError('unsafe.Offsetof of a non-selector', arg.pos);
  let t = typeOf(fb, sel.x);
  if (underlying(t).kind === 'Pointer') t = deref(t); // p.f: the offset within *p
  let off = 0;
  for (const i of s.index) {
    const st = underlying(t);
    if (st.kind !== 'Struct') throw new InternalError('unsafe.Offsetof through a non-struct', arg.pos);
    off += offsetsof(st)[i]!;
    t = fb.typ(st.fields[i]!.type);
  }
  return off;
}

function builtinValue(name: BuiltinName, args: Value[], result: Type | undefined): Builtin {
  return { kind: 'Builtin', name, type: newSignature(args.map((a) => a.type), result ? [result] : []) };
}

/** builtinCall builds a builtin call used as an expression or statement. */
export function builtinCall(fb: FunctionBuilder, e: ast.CallExpr): Value | undefined {
  const name = builtinName(fb, e);
  switch (name) {
    case 'new': {
      const t = deref(typeOf(fb, e));
      const a = emitAlloc(fb, t, 'new', e.pos);
      const arg = e.args[0]!;
      // Go 1.26: new(expr) allocates a variable initialised to the value of expr.
      if (typeAndValue(fb, arg).mode !== 'typexpr') emitStore(fb, a, emitConv(fb, expr(fb, arg), t, arg.pos), e.pos);
      return a;
    }
    case 'make':
      return makeCall(fb, e);
    case 'panic': {
      const x = emitConv(fb, expr(fb, e.args[0]!), tAny(), e.pos);
      emitPanicInstr(fb, x, e.pos);
      return undefined;
    }
    case 'append':
      // append(s) is s; append(f()) with a multi-valued f is a real append (appendArgs)
      if (e.args.length === 1 && typeOf(fb, e.args[0]!).kind !== 'Tuple') return emitConv(fb, expr(fb, e.args[0]!), typeOf(fb, e), e.pos);
      break;
    case 'min':
    case 'max':
      if (e.args.length === 1 && typeOf(fb, e.args[0]!).kind !== 'Tuple') return emitConv(fb, expr(fb, e.args[0]!), typeOf(fb, e), e.pos);
      break;
    case 'Sizeof':
    case 'Alignof':
    case 'Offsetof':
      // Constants everywhere but in generic code, where they depend on the type arguments: the
      // instantiation knows them (the argument is not evaluated).
      return intConst(unsafeLayout(fb, name, e.args[0]!), typeOf(fb, e));
    default:
      break;
  }
  const { common, type } = builtinCommon(fb, e);
  return emitCall(fb, common, type, e.pos);
}

/** builtinCommon evaluates the arguments of a builtin call lowered to a `builtin` CallCommon. */
export function builtinCommon(fb: FunctionBuilder, e: ast.CallExpr): { common: CallCommon; type: Type } {
  const name = builtinName(fb, e);
  const resT = builtinResultType(fb, e, name);
  const args = builtinArgs(fb, e, name, resT);
  const common: CallCommon = { mode: 'builtin', value: builtinValue(name, args, resT), args };
  return { common, type: resT ?? newTuple() };
}

function builtinResultType(fb: FunctionBuilder, e: ast.CallExpr, name: BuiltinName): Type | undefined {
  switch (name) {
    case 'print':
    case 'println':
    case 'clear':
    case 'close':
    case 'delete':
    case 'panic':
      return undefined;
    case 'new':
    case 'make':
      throw new InternalError(`${name} is not a call`, e.pos);
    default: {
      const t = typeOf(fb, e);
      return t.kind === 'Tuple' && t.vars.length === 0 ? undefined : t;
    }
  }
}

function builtinArgs(fb: FunctionBuilder, e: ast.CallExpr, name: BuiltinName, resT: Type | undefined): Value[] {
  switch (name) {
    case 'append':
      return appendArgs(fb, e, resT!);
    case 'print':
    case 'println':
      return argValues(fb, e.args).map(typedValue);
    case 'panic':
      return [emitConv(fb, expr(fb, e.args[0]!), tAny(), e.pos)];
    case 'min':
    case 'max':
      return argValues(fb, e.args).map((v) => emitConv(fb, v, resT!, e.pos));
    case 'delete': {
      // argValues: the arguments may be one multi-valued call, delete(f())
      const [m, k] = argValues(fb, e.args);
      const mt = underlying(m!.type);
      if (mt.kind !== 'Map') throw new InternalError('delete of a non-map', e.pos);
      return [m!, emitConv(fb, k!, mt.key, e.pos)];
    }
    case 'complex':
      return complexArgs(fb, e, resT!);
    case 'Sizeof':
    case 'Alignof':
    case 'Offsetof':
      throw new InternalError(`unsafe.${name} is a constant`, e.pos);
    default:
      return argValues(fb, e.args).map(typedValue);
  }
}

/** appendArgs returns [slice, elements]: listed elements are packed into a slice; s... is passed as is. */
function appendArgs(fb: FunctionBuilder, e: ast.CallExpr, sliceT: Type): Value[] {
  const vals = argValues(fb, e.args); // may be one multi-valued call, append(f())
  const s = emitConv(fb, vals[0]!, sliceT, e.pos);
  if (e.hasDots) {
    // The elements are passed as they are: a slice of the same element type, or a string for []byte.
    return [s, typedValue(vals[1]!)];
  }
  return [s, packSlice(fb, vals.slice(1), sliceT, 'varargs', e.lparen)];
}

function complexArgs(fb: FunctionBuilder, e: ast.CallExpr, resT: Type): Value[] {
  const k = underlying(resT);
  const partT = basic(k.kind === 'Basic' && k.basic === BasicKind.Complex64 ? BasicKind.Float32 : BasicKind.Float64);
  return argValues(fb, e.args).map((v) => emitConv(fb, v, partT, e.pos));
}

function makeCall(fb: FunctionBuilder, e: ast.CallExpr): Value {
  const t = typeOf(fb, e);
  const u = underlying(t);
  const size = (i: number): Value | undefined => (e.args[i] ? emitConv(fb, expr(fb, e.args[i]!), tInt(), e.pos) : undefined);
  switch (u.kind) {
    case 'Slice': {
      const len = size(1)!;
      const cap = size(2) ?? len;
      return emit(fb, { kind: 'MakeSlice', id: -1, type: t, len, cap, pos: e.pos });
    }
    case 'Map':
      return emit(fb, { kind: 'MakeMap', id: -1, type: t, reserve: size(1), pos: e.pos });
    case 'Chan':
      return emit(fb, { kind: 'MakeChan', id: -1, type: t, size: size(1) ?? intConst(0), pos: e.pos });
    default:
      throw new UnsupportedError(`make of ${u.kind}`, e.pos);
  }
}
