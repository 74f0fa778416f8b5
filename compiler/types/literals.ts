// This file implements composite literals: structs (keyed and positional),
// arrays (incl. [...]T, whose length is computed here), slices and maps,
// with element types elided inside an enclosing literal (&T elided to {...}).
// An elided `&T{...}` element is recorded with the pointer type *T.

import type * as ast from '../syntax/ast.js';
import { lookupError } from './selector.js';
import { assignment } from './assignments.js';
import type { Checker } from './check.js';
import * as C from './const-arith.js';
import { exprString } from './exprstring.js';
import { expr } from './expr.js';
import { index } from './index-expr.js';
import type { Var } from './object.js';
import type { Operand } from './operand.js';
import { invalidOperand } from './operand.js';
import { isExported, isValid, underlying } from './predicates.js';
import type { Type } from './type.js';
import { typExpr } from './typexpr.js';
import { typeString } from './typestring.js';
import { coreUnder } from './typeparams/typeset.js';

export function compositeLit(check: Checker, e: ast.CompositeLit, hint: Type | undefined): Operand {
  let typ: Type;
  let base: Type;
  let openArray = false;
  if (e.type) {
    const t = e.type;
    if (t.kind === 'ArrayType' && t.len?.kind === 'Ellipsis') {
      openArray = true;
      typ = { kind: 'Array', elem: typExpr(check, t.elem, false), len: -1 };
      base = typ;
    } else {
      typ = typExpr(check, t, false);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    base = hint;
    // an elided &T{...}: the hint's core type (a type parameter's, too) is a pointer
    const u = coreUnder(hint);
    if (u.kind === 'Pointer') base = u.elem;
  } else {
    check.error(e.pos, 'missing type in composite literal');
    useElts(check, e.elts);
    return invalidOperand(e);
  }
  const u = coreUnder(base);
  switch (u.kind) {
    case 'Struct':
      structLit(check, e, base, u.fields);
      break;
    case 'Array': {
      const n = indexedElts(check, e.elts, u.elem, openArray ? -1 : u.len);
      if (openArray) {
        typ = { kind: 'Array', elem: u.elem, len: n };
        check.recordTypeAndValue(e.type!, 'typexpr', typ, undefined);
      }
      break;
    }
    case 'Slice':
      indexedElts(check, e.elts, u.elem, -1);
      break;
    case 'Map':
      mapLit(check, e, u.key, u.elem);
      break;
    default:
      useElts(check, e.elts);
      // an invalid underlying type was reported before (or is still being declared): the literal has type typ
      if (isValid(u)) {
        const cause = u.kind === 'TypeParam' ? ' (no common underlying type)' : '';
        check.error(e.pos, `invalid composite literal${e.type ? '' : ' element'} type ${check.ts(typ)}${cause}`);
        return invalidOperand(e);
      }
      if (!isValid(typ)) return invalidOperand(e);
  }
  return { mode: 'value', expr: e, type: typ };
}

function useElts(check: Checker, elts: ast.Expr[]): void {
  for (const el of elts) {
    if (el.kind === 'KeyValueExpr') expr(check, el.value);
    else expr(check, el);
  }
}

function structLit(check: Checker, e: ast.CompositeLit, base: Type, fields: Var[]): void {
  if (e.elts.length === 0) return;
  if (e.elts[0]!.kind === 'KeyValueExpr') {
    const visited = new Set<number>();
    for (const el of e.elts) {
      if (el.kind !== 'KeyValueExpr') {
        check.error(el.pos, 'mixture of field:value and value elements in struct literal');
        expr(check, el);
        continue;
      }
      const key = el.key;
      if (key.kind !== 'Ident') {
        check.error(key.pos, `invalid field name ${exprString(key)} in struct literal`);
        expr(check, el.value);
        continue;
      }
      const i = key.name === '_' ? -1 : fields.findIndex((f) => f.name === key.name && (isExported(f.name) || f.pkg === check.pkg));
      if (i < 0) {
        expr(check, el.value);
        check.error(key.pos, lookupError(check, base, key.name, fields));
        continue;
      }
      const fld = fields[i]!;
      check.recordUse(key, fld);
      const x = expr(check, el.value);
      assignment(check, x, fld.type, 'struct literal');
      if (visited.has(i)) {
        check.error(el.pos, `duplicate field name ${key.name} in struct literal`);
        continue;
      }
      visited.add(i);
    }
    return;
  }
  for (let i = 0; i < e.elts.length; i++) {
    const el = e.elts[i]!;
    if (el.kind === 'KeyValueExpr') {
      check.error(el.pos, 'mixture of field:value and value elements in struct literal');
      expr(check, el.value);
      continue;
    }
    const fld = fields[i];
    const x = expr(check, el);
    if (!fld) {
      check.error(x.expr!.pos, `too many values in struct literal of type ${check.ts(base)}`);
      break;
    }
    if (!isExported(fld.name) && fld.pkg !== check.pkg) {
      check.error(x.expr!.pos, `implicit assignment to unexported field ${fld.name} in struct literal of type ${check.ts(base)}`);
      continue;
    }
    assignment(check, x, fld.type, 'struct literal');
  }
  if (e.elts.length < fields.length) {
    check.error(e.rbrace, `too few values in struct literal of type ${check.ts(base)}`);
  }
}

/** indexedElts checks array/slice literal elements and returns the literal's length. */
function indexedElts(check: Checker, elts: ast.Expr[], elem: Type, length: number): number {
  const visited = new Set<number>();
  let idx = 0;
  let max = 0;
  for (const el of elts) {
    let validIndex = false;
    let ev = el;
    if (el.kind === 'KeyValueExpr') {
      const r = index(check, el.key, length);
      if (isValid(r.type)) {
        if (r.value >= 0) {
          idx = r.value;
          validIndex = true;
        } else {
          check.error(el.pos, `index ${exprString(el.key)} must be integer constant`);
        }
      }
      ev = el.value;
    } else if (length >= 0 && idx >= length) {
      check.error(el.pos, `index ${idx} is out of bounds (>= ${length})`);
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (visited.has(idx)) check.error(el.pos, `duplicate index ${idx} in array or slice literal`);
      else visited.add(idx);
    }
    idx++;
    if (idx > max) max = idx;
    const x = expr(check, ev, elem);
    assignment(check, x, elem, 'array or slice literal');
  }
  return max;
}

function mapLit(check: Checker, e: ast.CompositeLit, key: Type, elem: Type): void {
  const seen = new Map<string, true>();
  for (const el of e.elts) {
    if (el.kind !== 'KeyValueExpr') {
      check.error(el.pos, 'missing key in map literal');
      expr(check, el);
      continue;
    }
    const k = expr(check, el.key, key);
    assignment(check, k, key, 'map literal');
    if (k.mode === 'constant' && k.val) {
      // numeric keys compare by value (1, 1.0 and 1+0i are the same key), as gc
      let kv = k.val;
      if (kv.kind === 'complex' || kv.kind === 'float') {
        const i = C.toInt(kv);
        if (i.kind === 'int') kv = i;
        else if (kv.kind === 'complex' && C.toFloat(kv).kind === 'float') kv = C.toFloat(kv);
      }
      const id = `${typeString(k.type)}:${kv.kind}:${C.exactString(kv)}`;
      if (seen.has(id)) check.error(k.expr!.pos, `duplicate key ${C.constString(k.val)} in map literal`);
      else seen.set(id, true);
    }
    const v = expr(check, el.value, elem);
    assignment(check, v, elem, 'map literal');
  }
}
