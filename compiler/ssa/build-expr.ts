// This file implements the building of expressions: `expr` dispatches on the
// expression kind and returns the SSA value; constants come from the checker's
// Info.types. Calls, selectors, composite literals and closures have their own
// files.

import type * as ast from '../syntax/ast.js';
import { InternalError, assertNever } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import type { TypeAndValue } from '../types/info.js';
import type { Obj } from '../types/object.js';
import type { Type } from '../types/type.js';
import type { BasicBlock, BinaryOpKind, Value } from './ir.js';
import {
  boolConst,
  constOf,
  currentBlock,
  emit,
  emitBinOp,
  emitIf,
  emitIndex,
  emitIndexAddr,
  emitJump,
  emitLoad,
  emitUnOp,
  newBlock,
  newPhi,
  zeroConst,
} from './emit.js';
import type { FunctionBuilder } from './func.js';
import { emitConv, retypeConst, typedValue } from './build-conv.js';
import { callExpr } from './build-call.js';
import { funcLit, varAddress } from './build-closure.js';
import { complitValue } from './build-complit.js';
import { selectorValue } from './build-selector.js';
import { genericFunc } from './build-generic.js';
import { address } from './lvalue.js';
import { basic as basicType, defaultType, elemType, identical, isInterfaceType, isUntyped, isUntypedNil, tBool, tUint8, underlying } from './typeutil.js';
import { BasicKind } from '../types/index.js';

export function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** recordedType returns the checker's record for e, its type substituted in an instantiation. */
export function recordedType(fb: FunctionBuilder, e: ast.Expr): TypeAndValue | undefined {
  const tv = fb.info.types.get(e) ?? fb.info.types.get(unparen(e));
  if (!tv || !fb.subst) return tv;
  const type = fb.typ(tv.type);
  return type === tv.type ? tv : { ...tv, type };
}

export function typeAndValue(fb: FunctionBuilder, e: ast.Expr): TypeAndValue {
  const tv = recordedType(fb, e);
  if (!tv) throw new InternalError(`no type recorded for ${e.kind}`, e.pos);
  return tv;
}

export function typeOf(fb: FunctionBuilder, e: ast.Expr): Type {
  return typeAndValue(fb, e).type;
}

export function objectOf(fb: FunctionBuilder, id: ast.Ident): Obj | undefined {
  return fb.info.uses.get(id) ?? fb.info.defs.get(id);
}

/** isAddressable reports whether e denotes a variable (so &e is legal). */
export function isAddressable(fb: FunctionBuilder, e: ast.Expr): boolean {
  return fb.info.types.get(unparen(e))?.mode === 'variable';
}

/** boolTypeOf gives a comparison's or logical expression's result type, defaulting untyped bool. */
function boolTypeOf(fb: FunctionBuilder, e: ast.Expr): Type {
  const t = typeOf(fb, e);
  return isUntyped(t) ? tBool() : t;
}

/** expr builds e and returns its value; e must have a value. */
export function expr(fb: FunctionBuilder, e: ast.Expr): Value {
  const v = exprOrNone(fb, e);
  if (!v) throw new InternalError(`${e.kind} used as a value has no value`, e.pos);
  return v;
}

/** exprOrNone builds e, which may be a call without results (then undefined may be returned). */
export function exprOrNone(fb: FunctionBuilder, e0: ast.Expr): Value | undefined {
  const e = unparen(e0);
  const tv = recordedType(fb, e) ?? recordedType(fb, e0);
  if (tv?.mode === 'constant' && tv.value) {
    const c = constOf(tv.type, tv.value);
    if (isUntyped(tv.type)) return retypeConst(c, defaultType(tv.type));
    // a constant converted to a type parameter's type takes its argument's representation
    return tv.type !== (fb.info.types.get(e) ?? fb.info.types.get(e0))?.type ? retypeConst(c, tv.type) : c;
  }
  if (tv?.mode === 'typexpr') throw new InternalError('type used as an expression', e.pos);
  switch (e.kind) {
    case 'Ident':
      return identValue(fb, e, tv);
    case 'CompositeLit':
      return complitValue(fb, e);
    case 'FuncLit':
      return funcLit(fb, e);
    case 'SelectorExpr':
      return selectorValue(fb, e);
    case 'IndexExpr':
      return indexValue(fb, e);
    case 'SliceExpr':
      return sliceValue(fb, e);
    case 'TypeAssertExpr':
      return typeAssertValue(fb, e);
    case 'CallExpr':
      return callExpr(fb, e);
    case 'StarExpr':
      return emitLoad(fb, expr(fb, e.x), e.pos);
    case 'UnaryExpr':
      return unaryValue(fb, e);
    case 'BinaryExpr':
      return binaryValue(fb, e);
    case 'BasicLit':
    case 'ParenExpr':
    case 'BadExpr':
    case 'KeyValueExpr':
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
    case 'Ellipsis':
      throw new InternalError(`unexpected ${e.kind} in expression`, e.pos);
    default:
      return assertNever(e);
  }
}

function identValue(fb: FunctionBuilder, e: ast.Ident, tv: TypeAndValue | undefined): Value {
  const obj = objectOf(fb, e);
  if (!obj) throw new InternalError(`unresolved identifier ${e.name}`, e.pos);
  switch (obj.kind) {
    case 'Var':
      return emitLoad(fb, varAddress(fb, obj, e.pos), e.pos);
    case 'Func':
      return genericFunc(fb, e) ?? fb.prog.funcFor(obj, e.pos);
    case 'Nil':
      if (!tv) throw new InternalError('untyped nil', e.pos);
      return zeroConst(tv.type);
    case 'Const':
      return typedValue(constOf(obj.type, obj.value));
    case 'TypeName':
    case 'PkgName':
    case 'Builtin':
    case 'Label':
      throw new InternalError(`${obj.kind} ${e.name} used as a value`, e.pos);
    default:
      return assertNever(obj);
  }
}

// Index, IndexAddr and Slice are at the '[': a failing bounds check is reported there, as gc does.
function indexValue(fb: FunctionBuilder, e: ast.IndexExpr): Value {
  const g = genericFunc(fb, e);
  if (g) return g;
  if (e.indices.length !== 1) throw new InternalError('index expression with several indices', e.pos);
  const xtv = typeAndValue(fb, e.x);
  const xt = underlying(xtv.type);
  switch (xt.kind) {
    case 'Basic': {
      const x = expr(fb, e.x);
      return emitIndex(fb, x, typedValue(expr(fb, e.indices[0]!)), typeOf(fb, e), e.lbrack);
    }
    case 'Array':
      if (xtv.mode === 'variable') {
        const base = address(fb, e.x);
        const ia = emitIndexAddr(fb, base, typedValue(expr(fb, e.indices[0]!)), xt.elem, e.lbrack);
        return emitLoad(fb, ia, e.pos);
      } else {
        const x = expr(fb, e.x);
        return emitIndex(fb, x, typedValue(expr(fb, e.indices[0]!)), xt.elem, e.lbrack);
      }
    case 'Pointer':
    case 'Slice': {
      const x = expr(fb, e.x);
      const ia = emitIndexAddr(fb, x, typedValue(expr(fb, e.indices[0]!)), elemType(xt), e.lbrack);
      return emitLoad(fb, ia, e.pos);
    }
    case 'Map': {
      const m = expr(fb, e.x);
      const k = emitConv(fb, expr(fb, e.indices[0]!), xt.key, e.pos);
      return emit(fb, { kind: 'Lookup', id: -1, type: xt.elem, x: m, index: k, commaOk: false, pos: e.pos });
    }
    default:
      throw new InternalError(`cannot index ${xt.kind}`, e.pos);
  }
}

function sliceValue(fb: FunctionBuilder, e: ast.SliceExpr): Value {
  const xt = underlying(typeOf(fb, e.x));
  const x = xt.kind === 'Array' ? address(fb, e.x) : expr(fb, e.x);
  const low = e.low ? typedValue(expr(fb, e.low)) : undefined;
  const high = e.high ? typedValue(expr(fb, e.high)) : undefined;
  const max = e.max ? typedValue(expr(fb, e.max)) : undefined;
  return emit(fb, { kind: 'Slice', id: -1, type: typeOf(fb, e), x, low, high, max, pos: e.lbrack });
}

function typeAssertValue(fb: FunctionBuilder, e: ast.TypeAssertExpr): Value {
  if (!e.type) throw new InternalError('x.(type) outside a type switch', e.pos);
  const x = expr(fb, e.x);
  const t = typeOf(fb, e.type);
  return emit(fb, { kind: 'TypeAssert', id: -1, type: t, x, assertedType: t, commaOk: false, pos: e.pos });
}

/** nilCheckedPointer is &*p: p, after a load of its first byte, which panics when p is nil as Go's
 * &*p does (the spec: evaluating *p panics, so &*p does too). */
function nilCheckedPointer(fb: FunctionBuilder, p: Value, pos: Pos): Value {
  const unsafePtr = basicType(BasicKind.UnsafePointer);
  const bytePtr: Type = { kind: 'Pointer', elem: tUint8() };
  emitLoad(fb, emitConv(fb, emitConv(fb, p, unsafePtr, pos), bytePtr, pos), pos);
  return p;
}

function unaryValue(fb: FunctionBuilder, e: ast.UnaryExpr): Value {
  switch (e.op) {
    case '&': {
      const x = unparen(e.x);
      if (x.kind === 'StarExpr') return nilCheckedPointer(fb, expr(fb, x.x), e.pos);
      return address(fb, e.x);
    }
    case '+':
      return emitConv(fb, expr(fb, e.x), typeOf(fb, e), e.pos);
    case '-':
    case '^':
    case '!': {
      const t = e.op === '!' ? boolTypeOf(fb, e) : typeOf(fb, e);
      return emitUnOp(fb, e.op, emitConv(fb, expr(fb, e.x), t, e.pos), t, e.pos);
    }
    case '<-':
      return emitUnOp(fb, '<-', expr(fb, e.x), typeOf(fb, e), e.pos);
    case '~':
      throw new InternalError('~ outside a constraint', e.pos);
    default:
      return assertNever(e.op);
  }
}

const comparisonOps = new Set(['==', '!=', '<', '<=', '>', '>=']);

function binaryValue(fb: FunctionBuilder, e: ast.BinaryExpr): Value {
  if (e.op === '&&' || e.op === '||') return logicalValue(fb, e);
  if (comparisonOps.has(e.op)) {
    const x = expr(fb, e.x);
    const y = expr(fb, e.y);
    return emitCompare(fb, e.op as BinaryOpKind, x, y, boolTypeOf(fb, e), e.opPos);
  }
  const t = typeOf(fb, e);
  if (e.op === '<<' || e.op === '>>') {
    const x = emitConv(fb, expr(fb, e.x), t, e.pos);
    const y = typedValue(expr(fb, e.y));
    return emitBinOp(fb, e.op, x, y, t, e.opPos);
  }
  const x = emitConv(fb, expr(fb, e.x), t, e.pos);
  const y = emitConv(fb, expr(fb, e.y), t, e.pos);
  return emitBinOp(fb, e.op, x, y, t, e.opPos);
}

/** emitCompare compares x and y, first converting one to the other's type when they differ. */
export function emitCompare(fb: FunctionBuilder, op: BinaryOpKind, x0: Value, y0: Value, t: Type, pos: Pos): Value {
  let x = x0;
  let y = y0;
  if (!identical(x.type, y.type)) {
    if (isInterfaceType(x.type) && !isInterfaceType(y.type)) y = emitConv(fb, y, x.type, pos);
    else if (isInterfaceType(y.type) && !isInterfaceType(x.type)) x = emitConv(fb, x, y.type, pos);
    else if (x.kind === 'Const' && y.kind !== 'Const') x = emitConv(fb, x, y.type, pos);
    else if (isUntypedNil(x.type)) x = emitConv(fb, x, y.type, pos);
    else y = emitConv(fb, y, x.type, pos);
  }
  return emitBinOp(fb, op, x, y, t, pos);
}

/** logicalValue builds x && y or x || y as a value, with a phi in the join block. */
function logicalValue(fb: FunctionBuilder, e: ast.BinaryExpr): Value {
  const t = boolTypeOf(fb, e);
  const rhs = newBlock(fb, 'binop.rhs');
  const done = newBlock(fb, 'binop.done');
  const x = expr(fb, e.x);
  const xb = currentBlock(fb);
  if (e.op === '&&') emitIf(fb, x, rhs, done, e.opPos);
  else emitIf(fb, x, done, rhs, e.opPos);
  fb.current = rhs;
  const y = emitConv(fb, expr(fb, e.y), t, e.pos);
  emitJump(fb, done);
  fb.current = done;
  const phi = newPhi(done, t, e.op, e.opPos);
  for (const p of done.preds) phi.edges.push(p === xb ? boolConst(e.op === '||', t) : y);
  return phi;
}

/** emitCond builds a conditional branch on e to t or f, short-circuiting && and ||. */
export function emitCond(fb: FunctionBuilder, e0: ast.Expr, t: BasicBlock, f: BasicBlock): void {
  const e = unparen(e0);
  if (e.kind === 'BinaryExpr' && (e.op === '&&' || e.op === '||')) {
    const mid = newBlock(fb, e.op === '&&' ? 'cond.true' : 'cond.false');
    if (e.op === '&&') emitCond(fb, e.x, mid, f);
    else emitCond(fb, e.x, t, mid);
    fb.current = mid;
    emitCond(fb, e.y, t, f);
    return;
  }
  if (e.kind === 'UnaryExpr' && e.op === '!') {
    emitCond(fb, e.x, f, t);
    return;
  }
  emitIf(fb, expr(fb, e), t, f, e.pos);
}
