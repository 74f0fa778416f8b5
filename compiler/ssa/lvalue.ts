// This file implements lvalues, the targets of assignments: an address
// (variables, fields, elements, *p), a map element (m[k], assignable but not
// addressable), or the blank identifier. `lvalue` evaluates the operands of an
// assignment target (phase one of an assignment); load/store complete it.

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import type { Type } from '../types/type.js';
import type { Value } from './ir.js';
import { emit, emitFieldAddr, emitIndexAddr, emitLoad, emitStore } from './emit.js';
import type { FunctionBuilder } from './func.js';
import { emitConv, typedValue } from './build-conv.js';
import { expr, objectOf, typeOf, unparen } from './build-expr.js';
import { complitAddress } from './build-complit.js';
import { fieldAddress, selectionOf } from './build-selector.js';
import { varAddress } from './build-closure.js';
import { elemType, isPointerType, mustDeref, underlying } from './typeutil.js';

export type LValue =
  | { readonly kind: 'address'; readonly addr: Value; readonly pos: Pos }
  // x[i] of a slice or an array, p.f through a pointer: the operands are evaluated, the
  // address (with its bounds or nil check) is made at the store, in the second phase of an
  // assignment (spec)
  | { readonly kind: 'deferred'; readonly addr: () => Value; readonly elem: Type; readonly pos: Pos }
  | { readonly kind: 'element'; readonly map: Value; readonly key: Value; readonly elem: Type; readonly pos: Pos }
  | { readonly kind: 'blank' };

export function lvalueType(lv: LValue): Type | undefined {
  switch (lv.kind) {
    case 'address':
      return mustDeref(lv.addr.type);
    case 'element':
    case 'deferred':
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
    case 'deferred':
      return emitLoad(fb, lv.addr(), pos);
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
    case 'deferred': {
      const c = emitConv(fb, v, lv.elem, pos);
      emitStore(fb, lv.addr(), c, pos);
      return;
    }
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

/** assignTarget is lvalue for the left side of an assignment: an element of a slice or array
 * is indexed (bounds-checked), a field through a pointer addressed (nil-checked), only when it
 * is stored to, after the right side and the other targets' operands. */
export function assignTarget(fb: FunctionBuilder, e0: ast.Expr): LValue {
  const e = unparen(e0);
  if (e.kind === 'IndexExpr') {
    const xt = underlying(typeOf(fb, e.x));
    const pt = xt.kind === 'Pointer' ? underlying(xt.elem) : undefined;
    if (xt.kind === 'Slice' || xt.kind === 'Array' || pt?.kind === 'Array') {
      const base = xt.kind === 'Array' ? address(fb, e.x) : expr(fb, e.x);
      const index = typedValue(expr(fb, e.indices[0]!));
      const elem = elemType(xt.kind === 'Array' ? base.type : xt);
      return { kind: 'deferred', addr: () => emitIndexAddr(fb, base, index, elem, e.lbrack), elem, pos: e.pos };
    }
  }
  if (e.kind === 'SelectorExpr') {
    const sel = selectionOf(fb, e); // undefined for a qualified identifier (pkg.Var)
    if (sel?.kind === 'FieldVal' && sel.index.length === 1 && isPointerType(typeOf(fb, e.x))) {
      const base = expr(fb, e.x);
      const f = emitFieldAddrLater(fb, base, sel.index[0]!, e.pos);
      return { kind: 'deferred', addr: f.addr, elem: f.elem, pos: e.pos };
    }
  }
  return lvalue(fb, e);
}

/** emitFieldAddrLater returns a maker of &base.f (field index i) and the field's type. */
function emitFieldAddrLater(fb: FunctionBuilder, base: Value, i: number, pos: Pos): { addr: () => Value; elem: Type } {
  const st = underlying(mustDeref(base.type));
  if (st.kind !== 'Struct') throw new InternalError('field of a non-struct', pos);
  return { addr: () => emitFieldAddr(fb, base, i, pos), elem: st.fields[i]!.type };
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
  return emitIndexAddr(fb, base, index, elemType(xt.kind === 'Array' ? base.type : xt), e.lbrack); // at the '[', as gc reports bounds
}
