// This file implements value conversions: explicit conversions T(x) and the
// implicit conversions of assignability (untyped constants to their target
// type, concrete values to interfaces, nil to any nil-able type).

import { NoPos, type Pos } from '../syntax/pos.js';
import type { ConstValue } from '../types/constant.js';
import type { Type } from '../types/type.js';
import type { Const, Value } from './ir.js';
import { emit, zeroConst } from './emit.js';
import type { FunctionBuilder } from './func.js';
import { ensureWrappers } from './wrappers.js';
import { isPackageLevel } from './typeutil.js';
import {
  defaultType,
  identical,
  isComplexType,
  isFloatType,
  isIntegerType,
  isUntyped,
  isUntypedNil,
  underlying,
} from './typeutil.js';

/** convertConstValue re-expresses a constant value for a target basic type (int <-> float, ...). */
function convertConstValue(v: ConstValue, to: Type): ConstValue {
  if (isFloatType(to) && v.kind === 'int') return { kind: 'float', num: v.value, den: 1n };
  if (isIntegerType(to) && v.kind === 'float' && v.den === 1n) return { kind: 'int', value: v.num };
  if (isComplexType(to) && (v.kind === 'int' || v.kind === 'float')) {
    const re: ConstValue = v.kind === 'int' ? { kind: 'float', num: v.value, den: 1n } : v;
    return { kind: 'complex', re, im: { kind: 'float', num: 0n, den: 1n } };
  }
  return v;
}

/** retypeConst gives constant c the type `to` (its value adjusted to the new representation). */
export function retypeConst(c: Const, to: Type): Const {
  if (c.value === undefined) return zeroConst(to);
  const u = underlying(to);
  if (u.kind !== 'Basic') return { kind: 'Const', type: to, value: c.value };
  return { kind: 'Const', type: to, value: convertConstValue(c.value, u) };
}

/** typedValue gives untyped constants their default type (for print, interfaces, ...). */
export function typedValue(v: Value): Value {
  if (v.kind === 'Const' && isUntyped(v.type) && !isUntypedNil(v.type)) return retypeConst(v, defaultType(v.type));
  return v;
}

/** emitConv converts v to type `to` (assignability or an explicit conversion). */
export function emitConv(fb: FunctionBuilder, v: Value, to: Type, pos: Pos = NoPos): Value {
  const from = v.type;
  if (identical(from, to)) return v;
  const ut = underlying(to);
  if (v.kind === 'Const' && (isUntyped(from) || ut.kind === 'Basic')) {
    if (isUntypedNil(from) || v.value === undefined) {
      if (ut.kind !== 'Interface' || isUntypedNil(from)) return zeroConst(to);
    }
    if (ut.kind === 'Basic') return retypeConst(v, to);
  }
  const uf = underlying(from);
  if (ut.kind === 'Interface') {
    if (uf.kind === 'Interface') return emit(fb, { kind: 'ChangeInterface', id: -1, type: to, x: v, pos });
    const x = typedValue(v);
    // Method sets of unnamed and local types (struct{T}, *struct{T}) get their wrappers where they are boxed.
    const base = x.type.kind === 'Pointer' ? x.type.elem : x.type;
    // Instances of generic types get their methods (instantiations) and wrappers there too.
    if (base.kind !== 'Basic' && !(base.kind === 'Named' && isPackageLevel(base) && !base.typeArgs)) ensureWrappers(fb.prog, fb.pkg, x.type, pos);
    return emit(fb, { kind: 'MakeInterface', id: -1, type: to, x, pos });
  }
  if (identical(ut, uf)) return emit(fb, { kind: 'ChangeType', id: -1, type: to, x: v, pos });
  if (ut.kind === 'Pointer' && uf.kind === 'Pointer' && identical(underlying(ut.elem), underlying(uf.elem))) {
    return emit(fb, { kind: 'ChangeType', id: -1, type: to, x: v, pos });
  }
  if (uf.kind === 'Slice' && ut.kind === 'Pointer' && underlying(ut.elem).kind === 'Array') {
    return emit(fb, { kind: 'SliceToArrayPointer', id: -1, type: to, x: v, pos });
  }
  return emit(fb, { kind: 'Convert', id: -1, type: to, x: v, pos });
}
