// This file implements conversions T(x) (constant and non-constant, incl.
// string<->[]byte/[]rune, integer->string, unsafe.Pointer<->*T<->uintptr,
// slice->array) and type assertions x.(T).

import type * as ast from '../syntax/ast.js';
import { assignableTo, missingMethodCause } from './assignments.js';
import type { Checker } from './check.js';
import * as C from './const-arith.js';
import { exprString } from './exprstring.js';
import { expr, updateExprType } from './expr.js';
import { objDecl } from './decl.js';
import { missingMethod } from './lookup.js';
import type { Operand } from './operand.js';
import { invalidOperand, isNilOperand } from './operand.js';
import {
  defaultType, identical, identicalIgnoreTags, isComplex, isConstType, isInteger, isIntegerOrFloat, isString,
  isUnsafePointer, isUntyped, isValid, underlying,
} from './predicates.js';
import type { Type } from './type.js';
import { BasicKind } from './type.js';
import { typExpr } from './typexpr.js';
import { termTypes } from './typeparams/typeset.js';
import { allowVersion } from './version.js';

function isBytesOrRunes(t: Type): boolean {
  const u = underlying(t);
  if (u.kind !== 'Slice') return false;
  const e = underlying(u.elem);
  return e.kind === 'Basic' && (e.basic === BasicKind.Uint8 || e.basic === BasicKind.Int32);
}

function isUintptr(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Basic' && u.basic === BasicKind.Uintptr;
}

/** convertibleTo reports whether a non-constant x can be converted to T. */
export function convertibleTo(check: Checker, x: Operand, T: Type, why?: { cause: string }): boolean {
  if (assignableTo(check, x, T).ok) return true;
  const V = x.type;
  // spec: "if V or T is a type parameter, x is convertible to T if each type of V's type set converts to each type of T's"
  if (V.kind === 'TypeParam' || T.kind === 'TypeParam') {
    const vs = termTypes(V);
    const ts = termTypes(T);
    if (!vs || !ts) return false;
    if (vs.length === 0 || ts.length === 0) return false;
    for (const v of vs) {
      for (const t of ts) {
        if (convertibleTo(check, { ...x, type: v }, t)) continue;
        if (why) {
          const inV = V.kind === 'TypeParam' ? ` (in ${check.ts(V)})` : '';
          const inT = T.kind === 'TypeParam' ? ` (in ${check.ts(T)})` : '';
          why.cause = `cannot convert ${check.ts(v)}${inV} to type ${check.ts(t)}${inT}`;
        }
        return false;
      }
    }
    return true;
  }
  const Vu = underlying(V);
  const Tu = underlying(T);
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (V.kind === 'Pointer' && T.kind === 'Pointer' && identicalIgnoreTags(underlying(V.elem), underlying(T.elem))) return true;
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  if ((Vu.kind === 'Pointer' || isUintptr(Vu)) && isUnsafePointer(Tu)) return true;
  if (isUnsafePointer(Vu) && (Tu.kind === 'Pointer' || isUintptr(Tu))) return true;
  if (Vu.kind === 'Slice') {
    const pos = x.expr?.pos ?? 0;
    if (Tu.kind === 'Array' && identical(Vu.elem, Tu.elem)) {
      if (allowVersion(check, pos, 20)) return true;
      if (why) why.cause = 'conversion of slice to array requires go1.20 or later';
      return false;
    }
    if (Tu.kind === 'Pointer') {
      const a = underlying(Tu.elem);
      if (a.kind === 'Array' && identical(Vu.elem, a.elem)) {
        if (allowVersion(check, pos, 17)) return true;
        if (why) why.cause = 'conversion of slice to array pointer requires go1.17 or later';
        return false;
      }
    }
  }
  return false;
}

/** conversion converts x to type T in place (x becomes the conversion's result). */
export function conversion(check: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === 'constant';
  const why = { cause: '' };
  let ok = false;
  const Tu = underlying(T);
  if (constArg && isConstType(T) && Tu.kind === 'Basic') {
    const r = C.representable(x.val!, Tu.basic);
    if (r.ok) {
      ok = true;
      x.val = r.value;
    } else if (isInteger(x.type) && isString(Tu)) {
      const v = C.toInt(x.val!);
      let cp = 0xfffd;
      if (v.kind === 'int' && v.value >= 0n && v.value <= 0x10ffffn) cp = Number(v.value);
      x.val = C.makeString(C.utf8Encode(cp));
      ok = true;
    } else if (isInteger(x.type) && isInteger(Tu)) {
      check.error(x.expr!.pos, `constant ${C.constString(x.val!)} overflows ${check.ts(T)}`);
      x.mode = 'invalid';
      return;
    }
  } else if (constArg && T.kind === 'TypeParam') {
    // a constant converts to a type parameter if it converts to each specific type of its type set
    const ts = termTypes(T);
    if (ts === undefined || ts.length === 0) {
      why.cause = `${check.ts(T)} does not contain specific types`;
    } else {
      ok = ts.every((t) => {
        const u = underlying(t);
        if (isString(x.type) && isBytesOrRunes(u)) return true;
        if (u.kind === 'Basic' && isConstType(u) && (C.representable(x.val!, u.basic).ok || (isInteger(x.type) && isString(u)))) return true;
        if (isInteger(x.type) && isInteger(u)) why.cause = `constant ${C.constString(x.val!)} overflows ${check.ts(t)} (in ${check.ts(T)})`;
        else why.cause = `cannot convert ${check.op(x)} to type ${check.ts(t)} (in ${check.ts(T)})`;
        return false;
      });
    }
    x.mode = 'value'; // type parameters are not constants
  } else if (!isValid(Tu) && isValid(T)) {
    // a defined type whose underlying type is invalid (reported): nothing converts to it, as in gc
  } else if (convertibleTo(check, x, T, why)) {
    ok = true;
    x.mode = 'value';
  }
  if (!ok) {
    const a = Tu.kind === 'Interface' ? assignableTo(check, x, T) : undefined;
    const cause = a && !a.ok && a.cause ? `: ${a.cause}` : why.cause ? `: ${why.cause}` : '';
    check.error(x.expr!.pos, `cannot convert ${check.op(x)} to type ${check.ts(T)}${cause}`);
    x.mode = 'invalid';
    return;
  }
  if (isUntyped(x.type)) {
    let final = T;
    if (isNilOperand(x)) {
      // nil takes the target type
    } else if (Tu.kind === 'Interface' || (constArg && !isConstType(T))) {
      final = defaultType(x.type);
    } else if (x.mode === 'constant' && isInteger(x.type) && isString(Tu)) {
      final = x.type; // string(1<<100): the argument keeps its untyped type (it need not fit an int)
    }
    updateExprType(check, x.expr, final, true);
  }
  x.type = T;
}

/** typeAssertion checks x.(T). */
export function typeAssertion(check: Checker, e: ast.TypeAssertExpr): Operand {
  const x = expr(check, e.x);
  if (!e.type) {
    check.error(e.pos, 'invalid syntax tree: use of .(type) outside type switch');
    return invalidOperand(e);
  }
  if (x.mode === 'invalid') {
    typExpr(check, e.type, false);
    return invalidOperand(e);
  }
  const xu = underlying(x.type);
  if (x.type.kind === 'TypeParam') {
    check.error(x.expr!.pos, `invalid operation: cannot use type assertion on type parameter value ${check.op(x)}`);
    typExpr(check, e.type, false);
    return invalidOperand(e);
  }
  if (xu.kind !== 'Interface') {
    check.error(x.expr!.pos, `invalid operation: ${exprString(e.x)} (${check.op(x).replace(/^.*? \(/, '').replace(/\)$/, '')}) is not an interface`);
    typExpr(check, e.type, false);
    return invalidOperand(e);
  }
  const T = typExpr(check, e.type, false);
  // no static check when T is an interface, or a type parameter (its type set is an interface's)
  if (underlying(T).kind !== 'Interface' && T.kind !== 'TypeParam') {
    const miss = missingMethod(T, xu, (f) => objDecl(check, f));
    if (miss) {
      check.error(e.pos, `impossible type assertion: ${exprString(e)}\n\t${missingMethodCause(check, T, x.type, miss)}`);
      return invalidOperand(e);
    }
  }
  return { mode: 'commaok', expr: e, type: T };
}
