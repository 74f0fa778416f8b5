// This file implements expression checking: the dispatcher (rawExpr), the
// single-value/multi-value/type entry points, identifiers, literals, unary
// and binary operations with exact constant folding, comparisons, shifts, and
// the conversion of untyped operands to their final type (updateExprType).

import type * as ast from '../syntax/ast.js';
import { assertNever } from '../syntax/diagnostics.js';
import type { Checker } from './check.js';
import * as C from './const-arith.js';
import { exprString } from './exprstring.js';
import type { OperandMode } from './info.js';
import type { Operand } from './operand.js';
import { isInvalid, invalidOperand, isNilOperand } from './operand.js';
import {
  comparable, defaultType, hasNil, identical, isBoolean, isComplex, isInteger, isNumeric,
  isOrdered, isString, isTyped, isUnsigned, isUntyped, isValid, underlying,
} from './predicates.js';
import type { Type } from './type.js';
import { BasicKind } from './type.js';
import { Typ } from './universe.js';
import { compositeLit } from './literals.js';
import { funcLit } from './decl.js';
import { ident } from './ident.js';
import { notConstraint, typExpr } from './typexpr.js';
import { callExpr } from './call.js';
import { selector } from './selector.js';
import { indexExpr, sliceExpr } from './index-expr.js';
import { typeAssertion } from './conversions.js';
import { assignableTo } from './assignments.js';
import { sizeof } from './sizes.js';
import { allTerms, commonUnder, noCoreCause, termTypes, typeParamSet } from './typeparams/typeset.js';
import { inferFromTarget, nonGenericType } from './instexpr.js';
import { coreUnder } from './typeparams/typeset.js';
import { allowVersion, verifyVersion, versionError } from './version.js';
import { pendingType } from './cycles.js';

// ---------------------------------------------------------------------------
// Entry points

/** rawExpr evaluates e into x (any mode) and records its type. `hint` types elided composite literals. */
export function rawExpr(check: Checker, e: ast.Expr, hint?: Type): Operand {
  const x = exprInternal(check, e, hint);
  x.expr = e;
  pendingType(check, x); // a value of a type still being declared: type T [unsafe.Sizeof(T{})]int
  if (x.mode !== 'invalid') {
    const mode: OperandMode = x.mode;
    check.recordTypeAndValue(e, mode, x.type, x.val);
  }
  return x;
}

/** expr evaluates a single-valued expression; hint is the type of its target (named desc in messages: "v", "result variable"). */
export function expr(check: Checker, e: ast.Expr, hint?: Type, desc?: string): Operand {
  const x = rawExpr(check, e, hint);
  exclude(check, x, ['novalue', 'builtin', 'typexpr']);
  singleValue(check, x);
  if (hint && isGenericFunc(x)) {
    if (!isValid(hint)) x.mode = 'invalid';
    else inferFromTarget(check, x, hint, desc);
  }
  genericValue(check, x);
  return x;
}

/** exprOrGeneric is expr, but a generic function value is left for the caller to instantiate (call arguments). */
export function exprOrGeneric(check: Checker, e: ast.Expr): Operand {
  const x = rawExpr(check, e);
  exclude(check, x, ['novalue', 'builtin', 'typexpr']);
  singleValue(check, x);
  return x;
}

export function isGenericFunc(x: Operand): boolean {
  return x.mode === 'value' && x.type.kind === 'Signature' && (x.type.typeParams?.length ?? 0) > 0;
}

/** genericValue reports a generic function used as a value without (complete) instantiation. */
export function genericValue(check: Checker, x: Operand): void {
  if (x.mode !== 'value' || x.type.kind !== 'Signature' || !x.type.typeParams || x.type.typeParams.length === 0) return;
  let f = x.expr!;
  if (f.kind === 'IndexExpr') f = f.x;
  check.error(x.expr!.pos, `cannot use generic function ${exprString(f)} without instantiation`);
  x.mode = 'invalid';
}

/** exprOrType evaluates e, which may denote a type. */
export function exprOrType(check: Checker, e: ast.Expr): Operand {
  const x = rawExpr(check, e);
  exclude(check, x, ['novalue']);
  singleValue(check, x);
  return x;
}

/** multiExpr evaluates e, which may be a multi-valued call, into a list of operands. */
export function multiExpr(check: Checker, e: ast.Expr): Operand[] {
  const x = rawExpr(check, e);
  exclude(check, x, ['novalue', 'builtin', 'typexpr']);
  if (x.mode !== 'invalid' && x.type.kind === 'Tuple') {
    return x.type.vars.map((v) => ({ mode: 'value', expr: e, type: v.type }));
  }
  return [x];
}

function exclude(check: Checker, x: Operand, modes: OperandMode[]): void {
  if (x.mode === 'invalid' || !modes.includes(x.mode)) return;
  let msg: string;
  switch (x.mode) {
    case 'novalue':
      // (where a type is allowed too, as gc: "used as value or type")
      msg = `${exprString(x.expr!)} (no value) used as value${modes.includes('typexpr') ? '' : ' or type'}`;
      break;
    case 'builtin':
      msg = `${exprString(x.expr!)} (built-in) must be called`;
      break;
    case 'typexpr':
      msg = `${exprString(x.expr!)} (type) is not an expression`;
      break;
    default:
      msg = `unexpected ${x.mode}`;
  }
  const noValue = x.mode === 'novalue';
  check.error(x.expr!.pos, msg);
  x.mode = 'invalid';
  // As gc, a call without results that is used as a value keeps the function's type for later
  // messages (`have (func())` in an argument count error).
  if (noValue && x.expr?.kind === 'CallExpr') {
    const ft = check.info.types.get(x.expr.fun)?.type;
    if (ft) x.type = ft;
  }
}

export function singleValue(check: Checker, x: Operand): void {
  if (x.mode === 'value' && x.type.kind === 'Tuple') {
    check.error(x.expr!.pos, `multiple-value ${check.op(x)} in single-value context`);
    x.mode = 'invalid';
  }
}

// ---------------------------------------------------------------------------
// Dispatcher

function exprInternal(check: Checker, e: ast.Expr, hint: Type | undefined): Operand {
  switch (e.kind) {
    case 'BadExpr':
      return invalidOperand(e);
    case 'Ident':
      return ident(check, e);
    case 'BasicLit':
      return basicLit(check, e);
    case 'FuncLit':
      return funcLit(check, e);
    case 'CompositeLit':
      return compositeLit(check, e, hint);
    case 'ParenExpr': {
      const x = rawExpr(check, e.x, hint);
      return { ...x, expr: e };
    }
    case 'SelectorExpr':
      return selector(check, e);
    case 'IndexExpr':
      return indexExpr(check, e);
    case 'SliceExpr':
      return sliceExpr(check, e);
    case 'TypeAssertExpr':
      return typeAssertion(check, e);
    case 'CallExpr':
      return callExpr(check, e);
    case 'StarExpr':
      return starExpr(check, e);
    case 'UnaryExpr':
      return unary(check, e);
    case 'BinaryExpr':
      return binary(check, e, e.x, e.y, e.op, e.opPos);
    case 'KeyValueExpr':
      check.error(e.pos, 'unexpected key:value expression');
      return invalidOperand(e);
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
      return { mode: 'typexpr', expr: e, type: typExpr(check, e, false) };
    case 'Ellipsis':
      check.error(e.pos, 'invalid use of ...');
      return invalidOperand(e);
    default:
      return assertNever(e);
  }
}

function basicLit(check: Checker, e: ast.BasicLit): Operand {
  const v = C.parseLiteral(e.litKind, e.value);
  if (!v) {
    check.error(e.pos, `malformed constant: ${e.value}`);
    return invalidOperand(e);
  }
  const kinds: Record<ast.LitKind, BasicKind> = {
    INT: BasicKind.UntypedInt,
    FLOAT: BasicKind.UntypedFloat,
    IMAG: BasicKind.UntypedComplex,
    CHAR: BasicKind.UntypedRune,
    STRING: BasicKind.UntypedString,
  };
  if ((e.litKind === 'INT' || e.litKind === 'FLOAT' || e.litKind === 'IMAG') && e.value.length > 2 && !allowVersion(check, e.pos, 13)) {
    const s = e.value;
    if (s.includes('_')) versionError(check, e.pos, 13, 'underscore in numeric literal');
    else if (/^0[bB]/.test(s)) versionError(check, e.pos, 13, 'binary literal');
    else if (/^0[oO]/.test(s)) versionError(check, e.pos, 13, '0o/0O-style octal literal');
    else if (/^0[xX]/.test(s) && e.litKind !== 'INT') versionError(check, e.pos, 13, 'hexadecimal floating-point literal');
  }
  const x: Operand = { mode: 'constant', expr: e, type: Typ[kinds[e.litKind]]!, val: v };
  overflow(check, x); // untyped integer literals are limited to 512 bits, as other constants
  return x;
}

function starExpr(check: Checker, e: ast.StarExpr): Operand {
  const x = exprOrType(check, e.x);
  if (x.mode === 'invalid') return invalidOperand(e);
  if (x.mode === 'typexpr') {
    // *T: T was just evaluated as a type (once: no repeated errors); a pointer to an invalid type is invalid
    if (!isValid(x.type) || !nonGenericType(check, x)) return invalidOperand(e);
    notConstraint(check, e.x, x.type);
    const t: Type = { kind: 'Pointer', elem: x.type };
    return { mode: 'typexpr', expr: e, type: t };
  }
  if (isNilOperand(x)) {
    check.error(x.expr!.pos, 'invalid operation: cannot indirect nil');
    return invalidOperand(e);
  }
  // every type of a type parameter's set must be a pointer, all to one base type
  let us: (Type | undefined)[] = x.type.kind === 'TypeParam' ? (termTypes(x.type)?.map(underlying) ?? [undefined]) : [underlying(x.type)];
  if (us.length === 0) us = [undefined];
  let base: Type | undefined;
  for (const u of us) {
    if (u?.kind !== 'Pointer') {
      check.error(x.expr!.pos, `invalid operation: cannot indirect ${check.op(x)}`);
      return invalidOperand(e);
    }
    if (base && !identical(u.elem, base)) {
      check.error(x.expr!.pos, `invalid operation: pointers of ${check.op(x)} must have identical base types`);
      return invalidOperand(e);
    }
    base = u.elem;
  }
  if (!base || !isValid(base)) return invalidOperand(e);
  return { mode: 'variable', expr: e, type: base };
}

// ---------------------------------------------------------------------------
// Unary operations

function unwrapParens(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function unary(check: Checker, e: ast.UnaryExpr): Operand {
  if (e.op === '&') {
    const inner = unwrapParens(e.x);
    const x = inner.kind === 'CompositeLit' ? expr(check, e.x) : expr(check, e.x);
    if (x.mode === 'invalid') return invalidOperand(e);
    if (x.mode !== 'variable' && inner.kind !== 'CompositeLit') {
      check.error(x.expr!.pos, `invalid operation: cannot take address of ${check.op(x)}`);
      return invalidOperand(e);
    }
    return { mode: 'value', expr: e, type: { kind: 'Pointer', elem: x.type } };
  }
  const x = expr(check, e.x);
  if (x.mode === 'invalid') return invalidOperand(e);
  if (e.op === '<-') return receive(check, e, x);
  if (e.op === '~') {
    check.error(e.pos, 'cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)');
    return invalidOperand(e);
  }
  const ok = e.op === '!' ? isBoolean(x.type) : e.op === '^' ? isInteger(x.type) : isNumeric(x.type);
  if (!ok) {
    check.error(x.expr!.pos, `invalid operation: operator ${e.op} not defined on ${check.op(x)}`);
    return invalidOperand(e);
  }
  if (x.mode === 'constant') {
    const u = underlying(x.type);
    const bits = isUnsigned(x.type) && u.kind === 'Basic' ? sizeof(u) * 8 : 0;
    const r: Operand = { mode: 'constant', expr: e, type: x.type, val: C.unaryOp(e.op, x.val!, bits) };
    overflow(check, r);
    return r;
  }
  return { mode: 'value', expr: e, type: x.type };
}

function receive(check: Checker, e: ast.UnaryExpr, x: Operand): Operand {
  const elem = chanElem(check, x.expr!.pos, x, true);
  if (!elem) return invalidOperand(e);
  return { mode: 'commaok', expr: e, type: elem };
}

/** chanElem returns the element type of the channel x received from (recv) or sent to, or reports why x is none, as gc. */
export function chanElem(check: Checker, pos: number, x: Operand, recv: boolean): Type | undefined {
  const r = commonUnder(x.type, (t) => check.ts(t), (t, u) => {
    if (!u || !t) return 'no specific channel type';
    if (u.kind !== 'Chan') return `non-channel ${check.ts(t)}`;
    if (recv && u.dir === 'send') return `send-only channel ${check.ts(t)}`;
    if (!recv && u.dir === 'recv') return `receive-only channel ${check.ts(t)}`;
    return undefined;
  });
  if (r.type?.kind === 'Chan') return r.type.elem;
  const what = recv ? 'cannot receive from' : 'cannot send to';
  // for a type parameter, the cause follows; else it is one of "non-channel T" or the wrong direction
  if (x.type.kind === 'TypeParam') check.error(pos, `invalid operation: ${what} ${check.op(x)}: ${r.err}`);
  else check.error(pos, `invalid operation: ${what} ${r.err} ${check.op(x)}`);
  return undefined;
}

// ---------------------------------------------------------------------------
// Constant overflow

/** overflow checks that a constant result is representable (typed) or not absurdly large (untyped). */
export function overflow(check: Checker, x: Operand): void {
  if (x.mode !== 'constant' || !x.val) return;
  if (x.val.kind === 'unknown') {
    // (at the operator of a binary expression, as gc)
    check.error(x.expr?.kind === 'BinaryExpr' ? x.expr.opPos : x.expr!.pos, 'constant result is not representable');
    x.mode = 'invalid';
    return;
  }
  if (isTyped(x.type)) {
    const u = underlying(x.type);
    if (u.kind !== 'Basic') return;
    const r = C.representable(x.val, u.basic);
    if (!r.ok) {
      invalidConversion(check, x, u, r.why); // gc names the basic type
      x.mode = 'invalid';
    } else {
      x.val = r.value;
    }
    return;
  }
  if (x.val.kind === 'int' && (x.val.value < 0n ? -x.val.value : x.val.value).toString(2).length > 512) {
    const e = x.expr!;
    const names: Record<string, string> = { '+': 'addition', '-': 'subtraction', '^': 'bitwise XOR', '*': 'multiplication', '<<': 'shift' };
    let pos = e.pos;
    let name: string | undefined;
    if (e.kind === 'BinaryExpr') {
      pos = e.opPos;
      name = names[e.op];
    } else if (e.kind === 'UnaryExpr') {
      name = e.op === '^' ? 'bitwise complement' : undefined;
    }
    check.error(pos, name ? `constant ${name} overflow` : 'constant overflow');
    x.mode = 'invalid';
  }
}

export function invalidConversion(check: Checker, x: Operand, target: Type, why: 'truncated' | 'overflows' | 'mismatch'): void {
  const xs = check.op(x);
  const ts = check.ts(target);
  const msg = why === 'truncated' ? `${xs} truncated to ${ts}` : why === 'overflows' ? `${xs} overflows ${ts}` : `cannot convert ${xs} to type ${ts}`;
  check.error(x.expr!.pos, msg);
}

// ---------------------------------------------------------------------------
// Untyped conversion

type Implicit = { ok: true; type: Type; val?: C.IntVal | import('./constant.js').ConstValue } | { ok: false; why: 'truncated' | 'overflows' | 'mismatch' };

/** implicitTypeAndValue computes the type (and rounded value) an untyped operand takes in a context of type target. */
export function implicitTypeAndValue(check: Checker, x: Operand, target: Type): Implicit {
  if (x.mode === 'invalid' || isTyped(x.type) || !isValid(target)) return { ok: true, type: x.type };
  if (isUntyped(target)) {
    const xb = (x.type as { basic: BasicKind }).basic;
    const tb = (target as { basic: BasicKind }).basic;
    if (isNumeric(x.type) && isNumeric(target)) return { ok: true, type: xb > tb ? x.type : target };
    if (xb !== tb) return { ok: false, why: 'mismatch' };
    return { ok: true, type: target };
  }
  const u = underlying(target);
  switch (u.kind) {
    case 'Basic': {
      if (x.mode === 'constant') {
        const r = C.representable(x.val!, u.basic);
        if (!r.ok) return { ok: false, why: r.why };
        return { ok: true, type: target, val: r.value };
      }
      const xb = (x.type as { basic: BasicKind }).basic;
      let ok: boolean;
      if (xb === BasicKind.UntypedBool) ok = isBoolean(target);
      else if (xb === BasicKind.UntypedString) ok = isString(target);
      else if (xb === BasicKind.UntypedNil) ok = hasNil(target);
      else ok = isNumeric(target);
      return ok ? { ok: true, type: target } : { ok: false, why: 'mismatch' };
    }
    case 'Interface':
      if (isNilOperand(x)) return { ok: true, type: x.type }; // nil keeps its type; recorded with the target type
      if ((u.allMethods ?? u.methods).length > 0 && !assignableTo(check, { ...x, type: defaultType(x.type) }, target).ok) {
        return { ok: false, why: 'mismatch' };
      }
      return { ok: true, type: defaultType(x.type) };
    case 'Pointer': case 'Signature': case 'Slice': case 'Map': case 'Chan':
      return isNilOperand(x) ? { ok: true, type: x.type } : { ok: false, why: 'mismatch' };
    case 'TypeParam': {
      // spec: an untyped value converts to a type parameter if it converts to every type of its type set
      const ts = termTypes(u);
      if (!ts || ts.length === 0) return { ok: false, why: 'mismatch' };
      for (const t of ts) {
        const r = implicitTypeAndValue(check, { ...x }, t);
        if (!r.ok) return { ok: false, why: 'mismatch' };
      }
      if (isNilOperand(x)) return { ok: true, type: x.type };
      return { ok: true, type: target };
    }
    default:
      return { ok: false, why: 'mismatch' };
  }
}

/** convertUntyped converts an untyped x to target's type (reporting an error if impossible). */
export function convertUntyped(check: Checker, x: Operand, target: Type): void {
  const r = implicitTypeAndValue(check, x, target);
  if (!r.ok) {
    // gc names the target's underlying type (the type parameter itself for a type parameter)
    invalidConversion(check, x, target.kind === 'TypeParam' ? target : underlying(target), r.why);
    x.mode = 'invalid';
    return;
  }
  if (r.val) x.val = r.val;
  if (r.type !== x.type) {
    x.type = r.type;
    updateExprType(check, x.expr, r.type, false);
  } else if (isNilOperand(x)) {
    recordNil(check, x, target);
  }
}

/** recordNil records an untyped nil with the type it takes in its context (Info only; the operand stays untyped nil). */
export function recordNil(check: Checker, x: Operand, target: Type): void {
  if (isTyped(target) && hasNil(target)) updateExprType(check, x.expr, target, true);
}

/** updateExprType gives an untyped expression (and its untyped sub-expressions) its final type. */
export function updateExprType(check: Checker, e: ast.Expr | undefined, newType: Type, final: boolean): void {
  if (!e) return;
  const old = check.untyped.get(e);
  if (!old) return;
  switch (e.kind) {
    case 'ParenExpr':
      updateExprType(check, e.x, newType, final);
      break;
    case 'UnaryExpr':
      if (old.val === undefined) updateExprType(check, e.x, newType, final);
      break;
    case 'BinaryExpr':
      if (old.val !== undefined) break;
      if (isComparisonOp(e.op)) {
        // the result type does not depend on the operand types
      } else if (e.op === '<<' || e.op === '>>') {
        updateExprType(check, e.x, newType, final);
      } else {
        updateExprType(check, e.x, newType, final);
        updateExprType(check, e.y, newType, final);
      }
      break;
    default:
      break;
  }
  if (!final && isUntyped(newType)) {
    old.type = underlying(newType);
    return;
  }
  check.untyped.delete(e);
  if (old.isLhs && !isInteger(newType)) {
    check.error(e.pos, `invalid operation: shifted operand ${exprString(e)} (type ${check.ts(newType)}) must be integer`);
    return;
  }
  let val = old.val;
  if (val !== undefined) {
    const c: Operand = { mode: old.mode, expr: e, type: old.type, val };
    convertUntyped(check, c, newType);
    if (c.mode === 'invalid') return;
    val = c.val;
  }
  check.recordTypeAndValue(e, old.mode, newType, val);
}

export function isComparisonOp(op: string): boolean {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

/** matchTypes converts untyped operands of a binary operation towards each other's type. */
export function matchTypes(check: Checker, x: Operand, y: Operand): void {
  const mayConvert = (a: Operand, b: Operand): boolean => {
    if (isTyped(a.type) && isTyped(b.type)) return false;
    // a numeric type converts only to a numeric type (for a type parameter: all types of its type set)
    if (isNumeric(a.type) !== isNumeric(b.type)) return false;
    if (underlying(a.type).kind === 'Interface' || underlying(b.type).kind === 'Interface') return true;
    if (isBoolean(a.type) !== isBoolean(b.type)) return false;
    if (isString(a.type) !== isString(b.type)) return false;
    if (isNilOperand(a)) return hasNil(b.type);
    if (isNilOperand(b)) return hasNil(a.type);
    if (underlying(a.type).kind === 'Pointer' || underlying(b.type).kind === 'Pointer') return false;
    return true;
  };
  if (!mayConvert(x, y)) return;
  // as gc: an untyped numeric operand paired with an interface keeps its type here
  // (comparisons give it its default type later)
  const iface = (t: Type): boolean => underlying(t).kind === 'Interface';
  if ((iface(x.type) && isNumeric(y.type) && isUntyped(y.type)) || (iface(y.type) && isNumeric(x.type) && isUntyped(x.type))) return;
  convertUntyped(check, x, y.type);
  if (x.mode === 'invalid') return;
  convertUntyped(check, y, x.type);
  if (y.mode === 'invalid') x.mode = 'invalid';
}

// ---------------------------------------------------------------------------
// Binary operations

/** binary checks x op y; also used by assignment operations (e is then undefined-free: the lhs). */
export function binary(check: Checker, e: ast.Expr, lhs: ast.Expr, rhs: ast.Expr, op: ast.BinaryOp, opPos: number): Operand {
  const x = expr(check, lhs);
  const y = expr(check, rhs);
  if (x.mode === 'invalid') return invalidOperand(e);
  if (y.mode === 'invalid') return invalidOperand(e);
  // an operand of invalid type (a field whose type was reported) gives no follow-on errors
  if (!isValid(x.type) || !isValid(y.type)) return invalidOperand(e);
  if (op === '<<' || op === '>>') return shiftOp(check, x, y, e, op);
  matchTypes(check, x, y);
  if (isInvalid(x)) return invalidOperand(e);
  if (isComparisonOp(op)) return comparison(check, x, y, op, e, undefined);
  if (!identical(x.type, y.type)) {
    if (isValid(x.type) && isValid(y.type)) {
      // an assignment operation (e is its lhs) prints as `x op= y`
      const what = e === lhs ? `${exprString(lhs)} ${op}= ${exprString(rhs)}` : exprString(e);
      check.error(x.expr!.pos, `invalid operation: ${what} (mismatched types ${check.ts(x.type)} and ${check.ts(y.type)})`);
    }
    return invalidOperand(e);
  }
  if (!binaryOpAllowed(op, x.type)) {
    const opnd = op === '&&' || op === '||' ? x : x;
    check.error(opnd.expr!.pos, `invalid operation: operator ${op} not defined on ${check.op(opnd)}`);
    return invalidOperand(e);
  }
  if ((op === '/' || op === '%') && (x.mode === 'constant' || isInteger(x.type)) && y.mode === 'constant' && y.val!.kind !== 'unknown' && C.sign(y.val!) === 0) {
    check.error(y.expr!.pos, 'invalid operation: division by zero');
    return invalidOperand(e);
  }
  // as types2 (go.dev/issue/20227): a complex divisor whose squared parts both underflow to zero
  if (op === '/' && x.mode === 'constant' && y.mode === 'constant' && isComplex(x.type) && C.complexDivisorUnderflows(y.val!)) {
    check.error(y.expr!.pos, 'invalid operation: division by zero');
    return invalidOperand(e);
  }
  void opPos;
  if (x.mode === 'constant' && y.mode === 'constant' && (x.val!.kind === 'unknown' || y.val!.kind === 'unknown')) {
    // an operand with an unknown value (an error reported before): the result is unknown too
    return { mode: 'constant', expr: e, type: x.type, val: C.unknownVal };
  }
  if (x.mode === 'constant' && y.mode === 'constant') {
    let xv = x.val!;
    let yv = y.val!;
    if (op === '/' && isInteger(x.type)) {
      xv = C.toInt(xv);
      yv = C.toInt(yv);
    }
    const r: Operand = { mode: 'constant', expr: e, type: x.type, val: C.binaryOp(xv, op, yv) };
    if (op === '/' && !isInteger(x.type) && r.val!.kind === 'int') r.val = C.toFloat(r.val!);
    overflow(check, r);
    return r;
  }
  return { mode: 'value', expr: e, type: x.type };
}

function binaryOpAllowed(op: ast.BinaryOp, t: Type): boolean {
  // spec: an operator applies to a type parameter if it applies to every type of its type set
  if (t.kind === 'TypeParam') return allTerms(t, (x) => binaryOpAllowed(op, x));
  switch (op) {
    case '+': return isNumeric(t) || isString(t);
    case '-': case '*': case '/': return isNumeric(t);
    case '%': case '&': case '|': case '^': case '&^': return isInteger(t);
    case '&&': case '||': return isBoolean(t);
    default: return false;
  }
}

function kindString(check: Checker, t: Type): string {
  const u = underlying(t);
  switch (u.kind) {
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'Struct': return 'struct';
    case 'Pointer': return 'pointer';
    case 'Signature': return 'func';
    case 'Interface': return 'interface';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    default: return check.ts(t);
  }
}

function incomparableCause(check: Checker, t: Type): string {
  const u = underlying(t);
  if (u.kind === 'TypeParam') {
    const terms = typeParamSet(u).terms;
    return terms && terms.length === 0 ? 'empty type set' : 'incomparable types in type set';
  }
  switch (u.kind) {
    case 'Slice': case 'Signature': case 'Map':
      return `${kindString(check, t)} can only be compared to nil`;
    case 'Struct':
      for (const f of u.fields) if (!comparable(f.type)) return `struct containing ${check.ts(f.type)} cannot be compared`;
      return '';
    case 'Array':
      return `${check.ts(t)} cannot be compared`;
    default:
      return '';
  }
}

/** comparison checks x op y for a comparison operator; `switchTag` is set for switch case comparisons. */
export function comparison(check: Checker, x: Operand, y: Operand, op: string, e: ast.Expr | undefined, switchTag: ast.Expr | undefined): Operand {
  let errOp = x;
  let cause = '';
  let ok = assignableTo(check, x, y.type).ok || assignableTo(check, y, x.type).ok;
  if (!ok) {
    errOp = y;
    cause = `mismatched types ${check.ts(x.type)} and ${check.ts(y.type)}`;
  } else if (op === '==' || op === '!=') {
    if (isNilOperand(x) || isNilOperand(y)) {
      const t = isNilOperand(x) ? y.type : x.type;
      if (!hasNil(t) && !(isNilOperand(x) && isNilOperand(y))) {
        ok = false;
        errOp = y;
      } else if (isNilOperand(x) && isNilOperand(y)) {
        ok = false;
        errOp = y;
        cause = `operator ${op} not defined on untyped nil`;
      }
    } else if (!comparable(x.type)) {
      ok = false;
      errOp = x;
      cause = incomparableCause(check, x.type);
    } else if (!comparable(y.type)) {
      ok = false;
      errOp = y;
      cause = incomparableCause(check, y.type);
    }
  } else if (!isOrdered(x.type)) {
    ok = false;
    errOp = x;
  } else if (!isOrdered(y.type)) {
    ok = false;
    errOp = y;
  }
  if (!ok) {
    if (cause === '' && errOp.type.kind === 'TypeParam' && op !== '==' && op !== '!=') cause = `type parameter ${check.ts(errOp.type)} cannot use operator ${op}`;
    if (cause === '') cause = `operator ${op} not defined on ${kindString(check, errOp.type)}`;
    if (switchTag) {
      check.error(x.expr!.pos, `invalid case ${exprString(x.expr!)} in switch on ${exprString(switchTag)} (${cause})`);
    } else {
      check.error(errOp.expr!.pos, `invalid operation: ${exprString(x.expr!)} ${op} ${exprString(y.expr!)} (${cause})`);
    }
    return invalidOperand(e);
  }
  const boolT = Typ[BasicKind.UntypedBool]!;
  if (x.mode === 'constant' && y.mode === 'constant') {
    return { mode: 'constant', expr: e, type: boolT, val: C.makeBool(C.compare(x.val!, op, y.val!)) };
  }
  updateExprType(check, x.expr, defaultType(x.type), true);
  updateExprType(check, y.expr, defaultType(y.type), true);
  return { mode: 'value', expr: e, type: boolT };
}

// ---------------------------------------------------------------------------
// Shifts

function shiftOp(check: Checker, x: Operand, y: Operand, e: ast.Expr, op: '<<' | '>>'): Operand {
  let xval: import('./constant.js').ConstValue | undefined;
  if (x.mode === 'constant') xval = C.toInt(x.val!);
  if (!(isInteger(x.type) || (isUntyped(x.type) && xval?.kind === 'int'))) {
    check.error(x.expr!.pos, `invalid operation: shifted operand ${check.op(x)} must be integer`);
    return invalidOperand(e);
  }
  let yval: import('./constant.js').ConstValue | undefined;
  if (y.mode === 'constant') {
    yval = C.toInt(y.val!);
    if (yval.kind === 'int' && yval.value < 0n) {
      check.error(y.expr!.pos, `invalid operation: negative shift count ${check.op(y)}`);
      return invalidOperand(e);
    }
    if (isUntyped(y.type)) {
      const r = C.representable(y.val!, BasicKind.Uint);
      if (!r.ok) {
        invalidConversion(check, y, Typ[BasicKind.Uint]!, r.why);
        return invalidOperand(e);
      }
      // an untyped constant count (1., 1+0i, MaxUint) becomes a uint (its recorded type and value)
      convertUntyped(check, y, Typ[BasicKind.Uint]!);
      if ((y.mode as Operand['mode']) === 'invalid') return invalidOperand(e);
      yval = C.toInt(y.val!);
    }
  } else if (isInteger(y.type)) {
    if (!isUnsigned(y.type) && !verifyVersion(check, y.expr!.pos, 13, `invalid operation: signed shift count ${check.op(y)}`)) return invalidOperand(e);
  } else if (isUntyped(y.type)) {
    convertUntyped(check, y, Typ[BasicKind.Uint]!);
    if (y.mode === 'invalid') return invalidOperand(e);
  } else {
    check.error(y.expr!.pos, `invalid operation: shift count ${check.op(y)} must be integer`);
    return invalidOperand(e);
  }
  if (x.mode === 'constant') {
    if (y.mode === 'constant') {
      const type = isInteger(x.type) ? x.type : Typ[BasicKind.UntypedInt]!;
      if (xval!.kind === 'unknown' || yval!.kind !== 'int') return { mode: 'constant', expr: e, type, val: C.unknownVal };
      const s = yval!.value;
      if (s > 1074n) {
        check.error(y.expr!.pos, `invalid operation: invalid shift count ${check.op(y)}`);
        return invalidOperand(e);
      }
      const r: Operand = { mode: 'constant', expr: e, type, val: C.shift(xval!, op, Number(s)) };
      overflow(check, r);
      return r;
    }
    if (isUntyped(x.type)) {
      const info = check.untyped.get(x.expr!);
      if (info) info.isLhs = true;
      return { mode: 'value', expr: e, type: x.type };
    }
  }
  if (!isInteger(x.type)) {
    check.error(x.expr!.pos, `invalid operation: shifted operand ${check.op(x)} must be integer`);
    return invalidOperand(e);
  }
  return { mode: 'value', expr: e, type: x.type };
}

