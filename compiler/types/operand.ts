// This file defines Operand, the checker's working record for an evaluated
// expression (mode, type, constant value), and its printing for messages:
// `x (variable of type int)`, `300 (untyped int constant)`,
// `c (constant 5 of type int)`, `s (variable of struct type S)`.

import type * as ast from '../syntax/ast.js';
import type { Pos } from '../syntax/pos.js';
import type { ConstValue } from './constant.js';
import { constString } from './const-arith.js';
import { exprString } from './exprstring.js';
import type { OperandMode } from './info.js';
import type { BuiltinName } from './object.js';
import { isUntyped, isValid, underlying } from './predicates.js';
import type { Type } from './type.js';
import { BasicKind } from './type.js';
import type { Qualifier } from './typestring.js';
import { typeStringForMessage } from './typestring.js';
import { invalidType } from './universe.js';
import { typeParamSet } from './typeparams/typeset.js';

export type Mode = OperandMode | 'invalid';

export interface Operand {
  mode: Mode;
  expr: ast.Expr | undefined;
  type: Type;
  val?: ConstValue;
  builtin?: BuiltinName;
  /** A generic function with some explicit type arguments (F[int] with more to infer in a call). */
  targs?: Type[];
  targPos?: number[];
}

export function invalidOperand(expr?: ast.Expr): Operand {
  return { mode: 'invalid', expr, type: invalidType };
}

export function isNilOperand(x: Operand): boolean {
  return x.type.kind === 'Basic' && x.type.basic === BasicKind.UntypedNil;
}

const modeNames: Record<Mode, string> = {
  invalid: 'invalid operand',
  novalue: 'no value',
  builtin: 'built-in',
  typexpr: 'type',
  constant: 'constant',
  variable: 'variable',
  mapindex: 'map index expression',
  value: 'value',
  commaok: 'comma, ok expression',
};

/** compositeKind names the kind of a named type's underlying type, as types2 prints it ("struct type S"). */
function compositeKind(t: Type): string {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      // as gc 1.26: the basic type's own name (int32 type MyInt)
      return u.basic === BasicKind.UnsafePointer ? 'unsafe.Pointer' : u.name;
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'Struct': return 'struct';
    case 'Pointer': return 'pointer';
    case 'Signature': return 'func';
    case 'Interface': return 'interface';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    case 'Tuple': return 'tuple';
    case 'Union': return 'union';
    default: return '';
  }
}

/** operandString prints x as types2 does in error messages. */
export function operandString(x: Operand, q: Qualifier, posString?: (pos: Pos) => string): string {
  const expr = x.expr ? exprString(x.expr) : '';
  if (x.type.kind === 'Basic' && x.type.basic === BasicKind.UntypedNil && x.mode !== 'invalid') {
    return expr === 'nil' || expr === '' ? 'nil' : `${expr} (untyped nil)`;
  }
  let buf = expr;
  if (expr !== '') buf += ' (';
  const hasType = x.mode !== 'invalid' && x.mode !== 'novalue' && x.mode !== 'builtin' && x.mode !== 'typexpr';
  let intro = '';
  if (hasType && isValid(x.type) && isUntyped(x.type)) {
    buf += (x.type.kind === 'Basic' ? x.type.name : '') + ' ';
    intro = '';
  }
  buf += intro + modeNames[x.mode];
  if (x.mode === 'constant' && x.val) {
    const s = constString(x.val);
    if (s !== expr) buf += ' ' + s;
  }
  if (hasType && isValid(x.type) && !isUntyped(x.type)) {
    let desc = '';
    if (x.type.kind === 'Named') {
      const k = compositeKind(x.type);
      if (k) desc = k + ' ';
    }
    buf += ` of ${desc}type ${typeStringForMessage(x.type, q, posString)}`;
    if (x.type.kind === 'TypeParam') {
      buf += ` constrained by ${typeStringForMessage(x.type.constraint, q, posString)}`;
      if (typeParamSet(x.type).terms?.length === 0) buf += ' with empty type set';
    }
  } else if (hasType && !isValid(x.type)) {
    buf += ' with invalid type';
  }
  if (expr !== '') buf += ')';
  return buf;
}

/** isInvalid tests x.mode without TypeScript narrowing (callees may have invalidated x). */
export function isInvalid(x: Operand): boolean {
  return x.mode === 'invalid';
}
