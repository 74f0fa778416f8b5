// This file implements index expressions x[i] (strings, arrays, pointers to
// arrays, slices, maps), slice expressions x[lo:hi:max], and the index
// validity rules (integer, non-negative, in range for constants).

import type * as ast from '../syntax/ast.js';
import { funcInstance, instantiateType } from './instexpr.js';
import { assignment } from './assignments.js';
import type { Checker } from './check.js';
import * as C from './const-arith.js';
import { useExprs } from './call.js';
import { convertUntyped, expr, exprOrType } from './expr.js';
import type { Operand } from './operand.js';
import { isInvalid, invalidOperand } from './operand.js';
import { identical, isInteger, isString, isUntyped, isValid, underlying } from './predicates.js';
import type { Type } from './type.js';
import { BasicKind } from './type.js';
import { invalidType, Typ, universeByte } from './universe.js';
import { allTerms, coreUnder, termTypes } from './typeparams/typeset.js';

/** isValidIndex checks an index operand (converting an untyped one to int). */
export function isValidIndex(check: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.mode === 'invalid') return false;
  convertUntyped(check, x, Typ[BasicKind.Int]!);
  if (isInvalid(x)) return false;
  if (!isInteger(x.type)) {
    check.error(x.expr!.pos, `invalid argument: ${what} ${check.op(x)} must be integer`);
    return false;
  }
  if (x.mode === 'constant') {
    if (!allowNegative && C.sign(x.val!) < 0) {
      check.error(x.expr!.pos, `invalid argument: ${what} ${check.op(x)} must not be negative`);
      return false;
    }
    const r = C.representable(x.val!, BasicKind.Int);
    if (!r.ok) {
      check.error(x.expr!.pos, `invalid argument: ${what} ${check.op(x)} overflows int`);
      return false;
    }
  }
  return true;
}

/** index checks an index expression; value is the constant index or -1. max < 0 means unknown length. */
export function index(check: Checker, e: ast.Expr, max: number): { type: Type; value: number } {
  const x = expr(check, e);
  if (!isValidIndex(check, x, 'index', false)) return { type: invalidType, value: -1 };
  if (x.mode !== 'constant') return { type: x.type, value: -1 };
  const iv = x.val ? C.toInt(x.val) : C.unknownVal;
  if (iv.kind !== 'int') return { type: invalidType, value: -1 }; // an unknown value (reported)
  const v = iv.value;
  if (max >= 0 && v >= BigInt(max)) {
    check.error(x.expr!.pos, `invalid argument: index ${C.constString(iv)} out of bounds [0:${max}]`);
    return { type: invalidType, value: -1 }; // (reported: no "must be integer constant" after it)
  }
  return { type: x.type, value: Number(v) };
}

function singleIndex(check: Checker, e: ast.IndexExpr): ast.Expr | undefined {
  if (e.indices.length !== 1) {
    check.error(e.indices[1]!.pos, 'invalid operation: more than one index');
    return undefined;
  }
  return e.indices[0]!;
}

export function indexExpr(check: Checker, e: ast.IndexExpr): Operand {
  const x = exprOrType(check, e.x);
  if (x.mode === 'invalid') {
    useExprs(check, e.indices);
    return invalidOperand(e);
  }
  if (x.mode === 'typexpr') {
    const t = instantiateType(check, e, x.type);
    return isValid(t) ? { mode: 'typexpr', expr: e, type: t } : invalidOperand(e);
  }
  if (x.type.kind === 'Signature' && x.type.typeParams && x.type.typeParams.length > 0) return funcInstance(check, e, x);
  if (x.mode === 'builtin') {
    check.error(x.expr!.pos, `invalid operation: cannot index ${check.op(x)}`);
    useExprs(check, e.indices);
    return invalidOperand(e);
  }
  let valid = false;
  let length = -1;
  let mode: Operand['mode'] = x.mode;
  let type: Type = x.type;
  const u = coreUnder(x.type);
  switch (u.kind) {
    case 'Basic':
      if (isString(u)) {
        valid = true;
        if (x.mode === 'constant' && x.val?.kind === 'string') length = x.val.value.length;
        mode = 'value';
        type = universeByte;
        if (isUntyped(x.type)) convertUntyped(check, x, Typ[BasicKind.String]!);
      }
      break;
    case 'Array':
      valid = true;
      length = u.len;
      if (x.mode !== 'variable') mode = 'value';
      type = u.elem;
      break;
    case 'Pointer': {
      const a = underlying(u.elem);
      if (a.kind === 'Array') {
        valid = true;
        length = a.len;
        mode = 'variable';
        type = a.elem;
      }
      break;
    }
    case 'Slice':
      valid = true;
      mode = 'variable';
      type = u.elem;
      break;
    case 'Map': {
      const ie = singleIndex(check, e);
      if (!ie) return invalidOperand(e);
      const key = expr(check, ie, u.key);
      assignment(check, key, u.key, 'map index');
      return { mode: 'mapindex', expr: e, type: u.elem };
    }
    case 'TypeParam': {
      // spec: for a type parameter without core type, all types of its type set must be indexable
      // with identical element types (string | []byte indexes bytes)
      const r = typeParamIndex(u, x.mode);
      if (r) {
        valid = true;
        mode = r.mode;
        type = r.elem;
        length = r.length;
      }
      break;
    }
    default:
      break;
  }
  if (!valid) {
    if (isValid(u)) check.error(e.lbrack, `cannot index ${check.op(x)}`);
    useExprs(check, e.indices);
    return invalidOperand(e);
  }
  const ie = singleIndex(check, e);
  if (!ie) return invalidOperand(e);
  index(check, ie, length);
  if (mode === 'constant') mode = 'value';
  return { mode, expr: e, type };
}

export function sliceExpr(check: Checker, e: ast.SliceExpr): Operand {
  const x = expr(check, e.x);
  const idx = [e.low, e.high, e.max];
  if (x.mode === 'invalid') {
    useExprs(check, idx.filter((i): i is ast.Expr => i !== undefined));
    return invalidOperand(e);
  }
  let valid = false;
  let length = -1;
  let type: Type = x.type;
  const u = sliceableUnder(check, x);
  if (!u) return invalidOperand(e);
  switch (u.kind) {
    case 'Basic':
      if (isString(u)) {
        if (e.slice3) {
          check.error((e.max ?? e.high ?? e.x).pos, 'invalid operation: 3-index slice of string');
          return invalidOperand(e);
        }
        valid = true;
        if (x.mode === 'constant' && x.val?.kind === 'string') length = x.val.value.length;
        if (isUntyped(x.type)) {
          convertUntyped(check, x, Typ[BasicKind.String]!);
          type = Typ[BasicKind.String]!;
        }
      }
      break;
    case 'Array':
      valid = true;
      length = u.len;
      if (x.mode !== 'variable') {
        check.error(x.expr!.pos, `cannot slice unaddressable value ${check.op(x)}`);
        return invalidOperand(e);
      }
      type = { kind: 'Slice', elem: u.elem };
      break;
    case 'Pointer': {
      const a = underlying(u.elem);
      if (a.kind === 'Array') {
        valid = true;
        length = a.len;
        type = { kind: 'Slice', elem: a.elem };
      }
      break;
    }
    case 'Slice':
      valid = true;
      break;
    default:
      break;
  }
  if (!valid) {
    check.error(x.expr!.pos, `cannot slice ${check.op(x)}`);
    return invalidOperand(e);
  }
  if (e.slice3 && (!e.high || !e.max)) return invalidOperand(e); // reported by the parser
  const ind: number[] = [];
  idx.forEach((ie, i) => {
    if (i === 2 && !e.slice3) return;
    let v = -1;
    if (ie) {
      const r = index(check, ie, length >= 0 ? length + 1 : -1);
      if (r.value >= 0) v = r.value;
    } else if (i === 0) v = 0;
    else if (length >= 0) v = length;
    ind.push(v);
  });
  outer: for (let i = 0; i < ind.length - 1; i++) {
    const a = ind[i]!;
    if (a <= 0) continue;
    for (let j = i + 1; j < ind.length; j++) {
      const b = ind[j]!;
      if (b >= 0 && b < a) {
        const at = idx[j] ?? e.x;
        check.error(at.pos, `invalid slice indices: ${b} < ${a}`);
        break outer;
      }
    }
  }
  return { mode: 'value', expr: e, type };
}

/**
 * sliceableUnder returns the underlying type x is sliced as: for a type parameter, the one
 * underlying type of all types of its set, strings counting as []byte (string if one is a
 * string); undefined after reporting why there is none, as gc.
 */
function sliceableUnder(check: Checker, x: Operand): Type | undefined {
  if (x.type.kind !== 'TypeParam') return underlying(x.type);
  const ts = termTypes(x.type);
  if (!ts || ts.length === 0) {
    check.error(x.expr!.pos, `cannot slice ${check.op(x)}: no specific type in ${check.ts(x.type)}`);
    return undefined;
  }
  let ct: Type | undefined;
  let cu: Type | undefined;
  let hasString = false;
  for (const t of ts) {
    let u = underlying(t);
    if (isString(u)) {
      u = { kind: 'Slice', elem: universeByte };
      hasString = true;
    }
    if (!cu) {
      ct = t;
      cu = u;
    } else if (!identical(cu, u)) {
      check.error(x.expr!.pos, `cannot slice ${check.op(x)}: ${check.ts(ct!)} and ${check.ts(t)} have different underlying types`);
      return undefined;
    }
  }
  return hasString ? Typ[BasicKind.String]! : cu;
}

/** typeParamIndex: the element type and mode of x[i] for a type parameter whose type set is indexable alike. */
function typeParamIndex(t: Type, xMode: Operand['mode']): { elem: Type; mode: Operand['mode']; length: number } | undefined {
  const ts = termTypes(t);
  if (!ts || ts.length === 0) return undefined;
  let elem: Type | undefined;
  let mode: Operand['mode'] = 'variable';
  let length = -1; // the smallest array length (as gc: starting from the first type's)
  for (const term of ts) {
    const u = underlying(term);
    let e: Type | undefined;
    let l = -1;
    if (isString(u)) {
      e = universeByte;
      mode = 'value';
    } else if (u.kind === 'Slice') e = u.elem;
    else if (u.kind === 'Array') {
      e = u.elem;
      l = u.len;
      if (xMode !== 'variable') mode = 'value'; // an array element is addressable when the array is
    } else if (u.kind === 'Pointer' && underlying(u.elem).kind === 'Array') {
      const a = underlying(u.elem) as { elem: Type; len: number };
      e = a.elem;
      l = a.len;
    }
    if (!e || (elem && !identical(elem, e))) return undefined;
    if (!elem) length = l;
    else if (l >= 0 && l < length) length = l;
    elem = e;
  }
  return elem ? { elem, mode, length } : undefined;
}
