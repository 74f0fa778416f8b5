// This file implements selector expressions x.f: qualified identifiers
// (pkg.Name), field selections through embedded fields (Field/FieldAddr
// chains with implicit dereferences), method values (bound closures), and the
// receivers of method calls with the implicit &x / *p the method set requires.

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import type { Selection } from '../types/info.js';
import type { Func } from '../types/object.js';
import type { Type } from '../types/type.js';
import type { Value } from './ir.js';
import { emitField, emitFieldAddr, emitLoad } from './emit.js';
import type { FunctionBuilder } from './func.js';
import { expr, isAddressable, typeOf, unparen } from './build-expr.js';
import { boundMethodClosure, varAddress } from './build-closure.js';
import { address } from './lvalue.js';
import { methodThunk } from './wrappers.js';
import { concreteSelection, genericFunc } from './build-generic.js';
import { deref, isPointerType, underlying } from './typeutil.js';

/** Cursor is a position along a selector path: either a value, or the address of a value. */
export interface Cursor {
  readonly v: Value;
  readonly isAddr: boolean;
}

/** selectionOf returns the selection of e, resolved on concrete types in an instantiation. */
export function selectionOf(fb: FunctionBuilder, e: ast.SelectorExpr): Selection | undefined {
  const sel = fb.info.selections.get(e);
  return sel && concreteSelection(fb, sel, e.sel.name, isAddressable(fb, e.x));
}

/** startCursor evaluates the operand x of x.f, preferring its address when it is addressable. */
function startCursor(fb: FunctionBuilder, x: ast.Expr, wantAddr: boolean): Cursor {
  if (isPointerType(typeOf(fb, x))) return { v: expr(fb, x), isAddr: true };
  if (wantAddr && isAddressable(fb, x)) return { v: address(fb, x), isAddr: true };
  return { v: expr(fb, x), isAddr: false };
}

/** stepField moves the cursor to field `index` of the struct it denotes (dereferencing pointers). */
export function stepField(fb: FunctionBuilder, c: Cursor, index: number, pos: Pos): Cursor {
  const t = c.isAddr ? deref(c.v.type) : c.v.type;
  if (isPointerType(t)) {
    const p = c.isAddr ? emitLoad(fb, c.v, pos) : c.v;
    return { v: emitFieldAddr(fb, p, index, pos), isAddr: true };
  }
  if (c.isAddr) return { v: emitFieldAddr(fb, c.v, index, pos), isAddr: true };
  return { v: emitField(fb, c.v, index, pos), isAddr: false };
}

function fieldCursor(fb: FunctionBuilder, e: ast.SelectorExpr, sel: Selection, wantAddr: boolean): Cursor {
  let c = startCursor(fb, e.x, wantAddr);
  for (const i of sel.index) c = stepField(fb, c, i, e.sel.pos);
  return c;
}

/** preferAddress reports whether the addressable operand x of x.f is best accessed through its address:
 * globals, captured and resident variables, array elements and dereferences; other local struct
 * variables are read by value so that lifting can keep them in registers. */
function preferAddress(fb: FunctionBuilder, x0: ast.Expr): boolean {
  const x = unparen(x0);
  switch (x.kind) {
    case 'Ident': {
      const obj = fb.info.uses.get(x) ?? fb.info.defs.get(x);
      if (obj?.kind !== 'Var' || obj.isGlobal) return true;
      const a = fb.objects.get(obj);
      return !a || a.kind !== 'Alloc' || fb.resident.has(obj);
    }
    case 'SelectorExpr': {
      // a field reached through a pointer (p.f, or an embedded *T on the path) is addressed for free
      const sel = fb.info.selections.get(x);
      return sel?.kind !== 'FieldVal' || sel.indirect || isPointerType(typeOf(fb, x.x)) || preferAddress(fb, x.x);
    }
    default:
      return true;
  }
}

/** fieldAddress returns &x.f for an addressable field selection (or a package-level variable pkg.V). */
export function fieldAddress(fb: FunctionBuilder, e: ast.SelectorExpr): Value {
  const sel = selectionOf(fb, e);
  if (!sel) {
    const obj = fb.info.uses.get(e.sel);
    if (obj?.kind === 'Var') return varAddress(fb, obj, e.pos);
    throw new InternalError(`cannot take the address of ${e.sel.name}`, e.pos);
  }
  if (sel.kind !== 'FieldVal') throw new InternalError('address of a method', e.pos);
  const c = fieldCursor(fb, e, sel, true);
  if (!c.isAddr) throw new InternalError(`field ${e.sel.name} is not addressable`, e.pos);
  return c.v;
}

export function selectorValue(fb: FunctionBuilder, e: ast.SelectorExpr): Value {
  const sel = selectionOf(fb, e);
  if (!sel) {
    const obj = fb.info.uses.get(e.sel);
    if (obj?.kind === 'Var') return emitLoad(fb, varAddress(fb, obj, e.pos), e.pos);
    if (obj?.kind === 'Func') return genericFunc(fb, e) ?? fb.prog.funcFor(obj, e.pos);
    throw new InternalError(`unexpected qualified identifier ${e.sel.name}`, e.pos);
  }
  switch (sel.kind) {
    case 'FieldVal': {
      const c = fieldCursor(fb, e, sel, isAddressable(fb, e.x) && preferAddress(fb, e.x));
      return c.isAddr ? emitLoad(fb, c.v, e.sel.pos) : c.v;
    }
    case 'MethodVal': {
      const r = methodReceiver(fb, e, sel);
      return boundMethodClosure(fb, r, e.sel.pos);
    }
    case 'MethodExpr':
      return methodThunk(fb.prog, fb.pkg, sel);
    default:
      throw new InternalError('bad selection kind', e.pos);
  }
}

/** Receiver is the evaluated receiver of a method call or method value. */
export interface Receiver {
  readonly method: Func;
  /** The receiver argument: pointer or value as the method wants, or the interface value for invoke. */
  readonly value: Value;
  readonly invoke: boolean;
}

/** recvBase returns the Named type (or interface) a method is declared on. */
function recvBase(method: Func): Type | undefined {
  const r = method.type.recv?.type;
  return r ? deref(r) : undefined;
}

/** reached reports whether the cursor's value is the method's receiver type (or an interface declaring it). */
function reached(c: Cursor, method: Func): boolean {
  let t = c.isAddr ? deref(c.v.type) : c.v.type;
  if (isPointerType(t)) t = deref(t);
  const base = recvBase(method);
  if (base && t === base) return true;
  return underlying(t).kind === 'Interface';
}

/** methodReceiver evaluates x in x.m through embedded fields and adjusts it to the method's receiver. */
export function methodReceiver(fb: FunctionBuilder, e: ast.SelectorExpr, sel: Selection): Receiver {
  const method = sel.obj;
  if (method.kind !== 'Func') throw new InternalError('method selection of a field', e.pos);
  const recvT = method.type.recv?.type;
  const wantPtr = !!recvT && isPointerType(recvT) && underlying(deref(recvT)).kind !== 'Interface';
  const c = startCursor(fb, e.x, wantPtr || (sel.index.length > 1 && preferAddress(fb, e.x)));
  return receiverAt(fb, c, method, sel.index, e.sel.pos);
}

/** receiverAt walks the embedding path from cursor c to the value declaring method, and adjusts it
 * to the method's receiver: the pointer or the value it wants, or the interface value to invoke. */
export function receiverAt(fb: FunctionBuilder, c0: Cursor, method: Func, path: readonly number[], pos: Pos): Receiver {
  const recvT = method.type.recv?.type;
  const wantPtr = !!recvT && isPointerType(recvT) && underlying(deref(recvT)).kind !== 'Interface';
  let c = c0;
  for (const i of path) {
    if (reached(c, method)) break;
    c = stepField(fb, c, i, pos);
  }
  let t = c.isAddr ? deref(c.v.type) : c.v.type;
  if (underlying(t).kind === 'Interface') {
    return { method, value: c.isAddr ? emitLoad(fb, c.v, pos) : c.v, invoke: true };
  }
  // Normalise to "the address of the receiver base value" or "the value itself".
  if (c.isAddr && isPointerType(t)) {
    c = { v: emitLoad(fb, c.v, pos), isAddr: true };
    t = deref(c.v.type);
  } else if (!c.isAddr && isPointerType(t)) {
    c = { v: c.v, isAddr: true };
  }
  if (wantPtr) {
    if (!c.isAddr) throw new InternalError(`receiver of ${method.name} is not addressable`, pos);
    return { method, value: c.v, invoke: false };
  }
  const value = c.isAddr ? emitLoad(fb, c.v, pos) : c.v;
  return { method, value, invoke: false };
}
