// This file implements lvalues, the targets of assignments: an address
// (variables, fields, elements, *p), a map element (m[k], assignable but not
// addressable), or the blank identifier. `lvalue` evaluates the operands of an
// assignment target (phase one of an assignment); load/store complete it.

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import type { Type } from '../types/type.js';
import type { Value } from './ir.js';
import { emit, emitIndexAddr, emitLoad, emitStore } from './emit.js';
import type { FunctionBuilder } from './func.js';
import { emitConv, typedValue } from './build-conv.js';
import { expr, objectOf, typeOf, unparen } from './build-expr.js';
import { complitAddress } from './build-complit.js';
import { fieldAddress } from './build-selector.js';
import { varAddress } from './build-closure.js';
import { elemType, mustDeref, underlying } from './typeutil.js';

export type LValue =
  | { readonly kind: 'address'; readonly addr: Value; readonly pos: Pos }
  | { readonly kind: 'element'; readonly map: Value; readonly key: Value; readonly elem: Type; readonly pos: Pos }
  | { readonly kind: 'blank' };

export function lvalueType(lv: LValue): Type | undefined {
  switch (lv.kind) {
    case 'address':
      return mustDeref(lv.addr.type);
    case 'element':
      return lv.elem;
    case 'blank':
      return undefined;
  }
}

export function lvalueLoad(fb: FunctionBuilder, lv: LValue, pos: Pos): Value {
  switch (lv.kind) {
    case 'address':
      return emitLoad(fb, lv.addr, pos);
    case 'element':
      return emit(fb, { kind: 'Lookup', id: -1, type: lv.elem, x: lv.map, index: lv.key, commaOk: false, pos });
    case 'blank':
      throw new InternalError('load of blank identifier', pos);
  }
}

/** lvalueStore assigns v (converted to the target's type) to lv. */
export function lvalueStore(fb: FunctionBuilder, lv: LValue, v: Value, pos: Pos): void {
  switch (lv.kind) {
    case 'address':
      emitStore(fb, lv.addr, emitConv(fb, v, mustDeref(lv.addr.type), pos), pos);
      return;
    case 'element':
      emit(fb, { kind: 'MapUpdate', map: lv.map, key: lv.key, value: emitConv(fb, v, lv.elem, pos), pos });
      return;
    case 'blank':
      return;
  }
}

export function isBlank(e: ast.Expr): boolean {
  const u = unparen(e);
  return u.kind === 'Ident' && u.name === '_';
}

/** lvalue evaluates the operands of an addressable or map-index expression. */
export function lvalue(fb: FunctionBuilder, e0: ast.Expr): LValue {
  const e = unparen(e0);
  if (isBlank(e)) return { kind: 'blank' };
  if (e.kind === 'IndexExpr') {
    const xt = underlying(typeOf(fb, e.x));
    if (xt.kind === 'Map') {
      const map = expr(fb, e.x);
      const key = emitConv(fb, expr(fb, e.indices[0]!), xt.key, e.pos);
      return { kind: 'element', map, key, elem: xt.elem, pos: e.pos };
    }
  }
  return { kind: 'address', addr: address(fb, e), pos: e.pos };
}

/** address returns the address of an addressable expression (or of a composite literal, for &T{}). */
export function address(fb: FunctionBuilder, e0: ast.Expr): Value {
  const e = unparen(e0);
  switch (e.kind) {
    case 'Ident': {
      const obj = objectOf(fb, e);
      if (obj?.kind !== 'Var') throw new InternalError(`cannot take the address of ${e.name}`, e.pos);
      return varAddress(fb, obj, e.pos);
    }
    case 'CompositeLit':
      return complitAddress(fb, e);
    case 'SelectorExpr':
      return fieldAddress(fb, e);
    case 'IndexExpr':
      return indexAddress(fb, e);
    case 'StarExpr':
      return expr(fb, e.x);
    default:
      throw new InternalError(`cannot take the address of a ${e.kind}`, e.pos);
  }
}

/** indexAddress returns &x[i] for an addressable array, a pointer to an array or a slice. */
export function indexAddress(fb: FunctionBuilder, e: ast.IndexExpr): Value {
  const xt = underlying(typeOf(fb, e.x));
  const base = xt.kind === 'Array' ? address(fb, e.x) : expr(fb, e.x);
  const index = typedValue(expr(fb, e.indices[0]!));
  return emitIndexAddr(fb, base, index, elemType(xt.kind === 'Array' ? base.type : xt), e.pos);
}
