// This file implements assignments and variable declarations: `=` and `:=`
// with the spec's two-phase order (operands of the left side and all right
// sides first, then the stores left to right), n:1 assignments from calls and
// comma-ok forms, op-assignments, ++/--, and local `var` declarations.

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import type { Var } from '../types/object.js';
import type { Type } from '../types/type.js';
import type { BinaryOpKind, Value } from './ir.js';
import { constOf, emit, emitAlloc, emitBinOp, emitExtract, emitStore } from './emit.js';
import type { FunctionBuilder } from './func.js';
import { emitConv, typedValue } from './build-conv.js';
import { expr, typeOf, unparen } from './build-expr.js';
import { assignTarget, isBlank, lvalue, lvalueLoad, lvalueStore, type LValue } from './lvalue.js';
import { isFloatType, isComplexType, newTuple, tBool, underlying } from './typeutil.js';

/** declareLocal allocates a new local variable for obj and makes it visible. */
export function declareLocal(fb: FunctionBuilder, obj: Var, pos: Pos): Value {
  const a = emitAlloc(fb, fb.typ(obj.type), obj.name, pos);
  fb.objects.set(obj, a);
  return a;
}

/** isCommaOk reports whether e, the single right side of a 2-variable assignment, is a comma-ok form. */
function commaOkKind(fb: FunctionBuilder, e: ast.Expr): 'map' | 'assert' | 'recv' | undefined {
  if (e.kind === 'IndexExpr' && underlying(typeOf(fb, e.x)).kind === 'Map') return 'map';
  if (e.kind === 'TypeAssertExpr') return 'assert';
  if (e.kind === 'UnaryExpr' && e.op === '<-') return 'recv';
  return undefined;
}

/** multiValue evaluates the single right side of an n:1 assignment and returns its n values. */
export function multiValue(fb: FunctionBuilder, e0: ast.Expr, n: number): Value[] {
  const e = unparen(e0);
  const k = n === 2 ? commaOkKind(fb, e) : undefined;
  let tuple: Value;
  if (k === 'map' && e.kind === 'IndexExpr') {
    const mt = underlying(typeOf(fb, e.x));
    if (mt.kind !== 'Map') throw new InternalError('comma-ok index of a non-map', e.pos);
    const m = expr(fb, e.x);
    const key = emitConv(fb, expr(fb, e.indices[0]!), mt.key, e.pos);
    tuple = emit(fb, { kind: 'Lookup', id: -1, type: newTuple(mt.elem, tBool()), x: m, index: key, commaOk: true, pos: e.pos });
  } else if (k === 'assert' && e.kind === 'TypeAssertExpr') {
    const x = expr(fb, e.x);
    const t = typeOf(fb, e.type!);
    tuple = emit(fb, { kind: 'TypeAssert', id: -1, type: newTuple(t, tBool()), x, assertedType: t, commaOk: true, pos: e.pos });
  } else if (k === 'recv' && e.kind === 'UnaryExpr') {
    const ch = expr(fb, e.x);
    const ct = underlying(ch.type);
    if (ct.kind !== 'Chan') throw new InternalError('receive from a non-channel', e.pos);
    tuple = emit(fb, { kind: 'UnOp', id: -1, type: newTuple(ct.elem, tBool()), op: '<-', x: ch, commaOk: true, pos: e.pos });
  } else {
    tuple = expr(fb, e);
  }
  if (tuple.type.kind !== 'Tuple' || tuple.type.vars.length !== n) throw new InternalError('assignment count mismatch', e.pos);
  const out: Value[] = [];
  for (let i = 0; i < n; i++) out.push(emitExtract(fb, tuple, i, e.pos));
  return out;
}

/** defineLValue returns the target of one left side of `:=` (allocating new variables). */
function defineLValue(fb: FunctionBuilder, e: ast.Expr): LValue {
  if (isBlank(e)) return { kind: 'blank' };
  if (e.kind !== 'Ident') throw new InternalError(':= of a non-identifier', e.pos);
  const def = fb.info.defs.get(e);
  if (def?.kind === 'Var') return { kind: 'address', addr: declareLocal(fb, def, e.pos), pos: e.pos };
  return lvalue(fb, e);
}

/** assign performs lhs... = rhs... (or :=) in the spec's order of evaluation. */
function assign(fb: FunctionBuilder, lhs: ast.Expr[], rhs: ast.Expr[], define: boolean, pos: Pos): void {
  const lvs = lhs.map((l) => (define ? defineLValue(fb, l) : assignTarget(fb, l)));
  let vals: Value[];
  if (rhs.length === lhs.length) vals = rhs.map((r) => expr(fb, r));
  else if (rhs.length === 1) vals = multiValue(fb, rhs[0]!, lhs.length);
  else throw new InternalError('assignment count mismatch', pos);
  lvs.forEach((lv, i) => lvalueStore(fb, lv, vals[i]!, pos));
}

/** oneOf returns the constant 1 of a numeric type. */
function oneOf(t: Type): Value {
  if (isFloatType(t)) return constOf(t, { kind: 'float', num: 1n, den: 1n });
  if (isComplexType(t)) return constOf(t, { kind: 'complex', re: { kind: 'float', num: 1n, den: 1n }, im: { kind: 'float', num: 0n, den: 1n } });
  return constOf(t, { kind: 'int', value: 1n });
}

/** opAssign performs x op= y, evaluating x's operands once. */
function opAssign(fb: FunctionBuilder, x: ast.Expr, op: BinaryOpKind, y: () => Value, pos: Pos): void {
  const lv = lvalue(fb, x);
  const old = lvalueLoad(fb, lv, pos);
  const yv = op === '<<' || op === '>>' ? typedValue(y()) : emitConv(fb, y(), old.type, pos);
  lvalueStore(fb, lv, emitBinOp(fb, op, old, yv, old.type, pos), pos);
}

export function assignStmt(fb: FunctionBuilder, s: ast.AssignStmt): void {
  if (s.tok === '=' || s.tok === ':=') {
    assign(fb, s.lhs, s.rhs, s.tok === ':=', s.tokPos);
    return;
  }
  const op = s.tok.slice(0, -1) as BinaryOpKind;
  opAssign(fb, s.lhs[0]!, op, () => expr(fb, s.rhs[0]!), s.tokPos);
}

export function incDecStmt(fb: FunctionBuilder, s: ast.IncDecStmt): void {
  const t = typeOf(fb, s.x);
  opAssign(fb, s.x, s.inc ? '+' : '-', () => oneOf(t), s.pos);
}

/** varDecl declares the variables of a local `var` declaration. */
export function varDecl(fb: FunctionBuilder, spec: ast.ValueSpec): void {
  const objs = spec.names.map((n) => {
    const o = fb.info.defs.get(n);
    return o?.kind === 'Var' && n.name !== '_' ? o : undefined;
  });
  let vals: Value[] | undefined;
  if (spec.values.length === spec.names.length) vals = spec.values.map((v) => expr(fb, v));
  else if (spec.values.length === 1) vals = multiValue(fb, spec.values[0]!, spec.names.length);
  objs.forEach((obj, i) => {
    if (!obj) return;
    const a = declareLocal(fb, obj, spec.names[i]!.pos);
    if (vals) emitStore(fb, a, emitConv(fb, vals[i]!, fb.typ(obj.type), spec.pos), spec.pos);
  });
}
