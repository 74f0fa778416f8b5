// This file implements composite literals: structs and arrays are built in
// place in a fresh (zeroed) Alloc, field by field and element by element
// (nested literals too); slice literals build their backing array and slice
// it; map literals are MakeMap plus MapUpdates; &T{...} is a heap Alloc.

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Type } from '../types/type.js';
import type { Value } from './ir.js';
import { emit, emitAlloc, emitFieldAddr, emitIndexAddr, emitLoad, emitStore, intConst } from './emit.js';
import type { FunctionBuilder } from './func.js';
import { emitConv } from './build-conv.js';
import { expr, typeAndValue, typeOf, unparen } from './build-expr.js';
import { deref, identical, newArray, underlying } from './typeutil.js';

/** complitValue builds a composite literal and returns its value. */
export function complitValue(fb: FunctionBuilder, e: ast.CompositeLit): Value {
  const t = typeOf(fb, e);
  const u = underlying(t);
  switch (u.kind) {
    case 'Pointer':
      return complitAddress(fb, e); // elided &T inside another literal
    case 'Struct':
    case 'Array': {
      const a = emitAlloc(fb, t, 'complit', e.pos);
      storeComplit(fb, a, e, t);
      return emitLoad(fb, a, e.pos);
    }
    case 'Slice':
      return sliceLit(fb, e, t, u.elem);
    case 'Map':
      return mapLit(fb, e, t, u.key, u.elem);
    default:
      throw new InternalError(`composite literal of type ${u.kind}`, e.pos);
  }
}

/** complitAddress builds &T{...}: a heap variable initialised with the literal. */
export function complitAddress(fb: FunctionBuilder, e: ast.CompositeLit): Value {
  const t0 = typeOf(fb, e);
  const t = underlying(t0).kind === 'Pointer' ? deref(t0) : t0;
  const u = underlying(t);
  const a = emitAlloc(fb, t, 'complit', e.pos);
  if (u.kind === 'Struct' || u.kind === 'Array') storeComplit(fb, a, e, t);
  else if (u.kind === 'Slice') emitStore(fb, a, sliceLit(fb, e, t, u.elem), e.pos);
  else if (u.kind === 'Map') emitStore(fb, a, mapLit(fb, e, t, u.key, u.elem), e.pos);
  else throw new InternalError(`composite literal of type ${u.kind}`, e.pos);
  return a;
}

/** storeInto stores the value of e at addr; struct and array literals are built in place. */
function storeInto(fb: FunctionBuilder, addr: Value, e0: ast.Expr, elem: Type): void {
  const e = unparen(e0);
  if (e.kind === 'CompositeLit') {
    const t = typeOf(fb, e);
    const k = underlying(t).kind;
    if ((k === 'Struct' || k === 'Array') && identical(t, elem)) {
      storeComplit(fb, addr, e, t);
      return;
    }
  }
  emitStore(fb, addr, emitConv(fb, expr(fb, e), elem, e.pos), e.pos);
}

function constIndex(fb: FunctionBuilder, key: ast.Expr): number {
  const v = typeAndValue(fb, key).value;
  if (!v || v.kind !== 'int') throw new InternalError('non-constant array literal index', key.pos);
  return Number(v.value);
}

/** storeComplit stores the elements of a struct or array literal into the fresh, zeroed variable at addr. */
function storeComplit(fb: FunctionBuilder, addr: Value, e: ast.CompositeLit, t: Type): void {
  const u = underlying(t);
  if (u.kind === 'Struct') {
    e.elts.forEach((elt, i) => {
      let index = i;
      let ve = elt;
      if (elt.kind === 'KeyValueExpr') {
        const key = elt.key;
        const name = key.kind === 'Ident' ? key.name : '';
        index = u.fields.findIndex((f) => f.name === name);
        if (index < 0) throw new InternalError(`unknown field ${name}`, key.pos);
        ve = elt.value;
      }
      if (u.fields[index]!.name === '_') {
        expr(fb, ve); // a blank field stays zero (as gc does); its value is still evaluated
        return;
      }
      storeInto(fb, emitFieldAddr(fb, addr, index, elt.pos), ve, u.fields[index]!.type);
    });
    return;
  }
  if (u.kind === 'Array') {
    storeElements(fb, addr, e, u.elem);
    return;
  }
  throw new InternalError(`composite literal of type ${u.kind}`, e.pos);
}

/** storeElements stores the elements of an array or slice literal into the array at addr. */
function storeElements(fb: FunctionBuilder, addr: Value, e: ast.CompositeLit, elem: Type): void {
  let index = 0;
  for (const elt of e.elts) {
    let ve = elt;
    if (elt.kind === 'KeyValueExpr') {
      index = constIndex(fb, elt.key);
      ve = elt.value;
    }
    storeInto(fb, emitIndexAddr(fb, addr, intConst(index), elem, elt.pos), ve, elem);
    index++;
  }
}

/** literalLength returns the length of the backing array of a slice literal. */
function literalLength(fb: FunctionBuilder, e: ast.CompositeLit): number {
  let index = 0;
  let max = 0;
  for (const elt of e.elts) {
    if (elt.kind === 'KeyValueExpr') index = constIndex(fb, elt.key);
    index++;
    if (index > max) max = index;
  }
  return max;
}

function sliceLit(fb: FunctionBuilder, e: ast.CompositeLit, t: Type, elem: Type): Value {
  const n = literalLength(fb, e);
  const arr = emitAlloc(fb, newArray(elem, n), 'slicelit', e.pos);
  storeElements(fb, arr, e, elem);
  return emit(fb, { kind: 'Slice', id: -1, type: t, x: arr, pos: e.pos });
}

function mapLit(fb: FunctionBuilder, e: ast.CompositeLit, t: Type, key: Type, elem: Type): Value {
  const m = emit(fb, { kind: 'MakeMap', id: -1, type: t, reserve: intConst(e.elts.length), pos: e.pos });
  for (const elt of e.elts) {
    if (elt.kind !== 'KeyValueExpr') throw new InternalError('map literal element without key', elt.pos);
    const k = emitConv(fb, expr(fb, elt.key), key, elt.pos);
    const v = emitConv(fb, expr(fb, elt.value), elem, elt.pos);
    emit(fb, { kind: 'MapUpdate', map: m, key: k, value: v, pos: elt.pos });
  }
  return m;
}
