// This file implements function signatures: parameter, result and receiver
// lists of function declarations, methods and function literals, the
// function scope they are declared in, and receiver validity.

import type * as ast from '../syntax/ast.js';
import { UnsupportedError } from '../syntax/diagnostics.js';
import type { Checker } from './check.js';
import { declare } from './decl.js';
import { exprString } from './exprstring.js';
import type { Var } from './object.js';
import { Scope } from './object.js';
import { isValid, underlying } from './predicates.js';
import type { Signature, Tuple, Type } from './type.js';
import { BasicKind } from './type.js';
import { typExpr } from './typexpr.js';
import { invalidType } from './universe.js';

export interface FuncTypeResult {
  sig: Signature;
  scope: Scope;
}

/** funcType resolves a function type (and receiver) and declares its parameters in a new function scope. */
export function funcType(check: Checker, recvField: ast.Field | undefined, ft: ast.FuncType): FuncTypeResult {
  const scope = new Scope(check.env.scope, 'function');
  check.recordScope(ft, scope);
  let recv: Var | undefined;
  let params!: Tuple;
  let results!: Tuple;
  let variadic = false;
  check.withEnv({ scope }, () => {
    if (recvField) recv = receiver(check, recvField);
    const p = paramList(check, ft.params, true);
    params = { kind: 'Tuple', vars: p.vars };
    variadic = p.variadic;
    results = { kind: 'Tuple', vars: paramList(check, ft.results, false).vars };
  });
  const sig: Signature = recv ? { kind: 'Signature', recv, params, results, variadic } : { kind: 'Signature', params, results, variadic };
  return { sig, scope };
}

/** signatureOf resolves a function type without declaring anything in the current scope. */
export function signatureOf(check: Checker, ft: ast.FuncType): Signature {
  return funcType(check, undefined, ft).sig;
}

function paramList(check: Checker, fields: ast.Field[], variadicOk: boolean): { vars: Var[]; variadic: boolean } {
  const vars: Var[] = [];
  let variadic = false;
  fields.forEach((f, i) => {
    let te = f.type;
    let isDots = false;
    if (te.kind === 'Ellipsis') {
      isDots = true;
      te = te.elem ?? te;
      const last = i === fields.length - 1 && f.names.length <= 1;
      if (!variadicOk || !last) {
        check.error(f.type.pos, variadicOk ? 'can only use ... with final parameter in list' : 'can only use ... with final parameter in list');
      } else {
        variadic = true;
      }
    }
    let t: Type = te.kind === 'Ellipsis' ? invalidType : typExpr(check, te, false);
    if (isDots && isValid(t)) t = { kind: 'Slice', elem: t };
    if (f.names.length === 0) {
      vars.push(newParam(check, '', f.pos, t));
      return;
    }
    for (const n of f.names) {
      const v = newParam(check, n.name, n.pos, t);
      declare(check, n, v);
      vars.push(v);
    }
  });
  return { vars, variadic };
}

function newParam(check: Checker, name: string, pos: number, type: Type): Var {
  return { kind: 'Var', name, pos, pkg: check.pkg, type, isField: false, embedded: false, isGlobal: false, used: true };
}

/** receiverBase strips * and parentheses from a receiver type expression. */
export function receiverBase(e: ast.Expr): { base: ast.Expr; ptr: boolean } {
  let ptr = false;
  for (;;) {
    if (e.kind === 'ParenExpr') e = e.x;
    else if (e.kind === 'StarExpr' && !ptr) {
      ptr = true;
      e = e.x;
    } else break;
  }
  return { base: e, ptr };
}

function receiver(check: Checker, f: ast.Field): Var {
  const { base, ptr } = receiverBase(f.type);
  if (base.kind === 'IndexExpr') throw new UnsupportedError('method of a generic type', base.pos);
  const t = typExpr(check, f.type, false);
  const name = f.names[0];
  const v = newParam(check, name?.name ?? '', name?.pos ?? f.pos, t);
  if (name) declare(check, name, v);
  if (f.names.length > 1) check.error(f.names[1]!.pos, 'method has multiple receivers');
  if (!isValid(t)) return v;
  const bt = ptr && t.kind === 'Pointer' ? t.elem : t;
  let bad = '';
  if (bt.kind === 'Named') {
    if (bt.obj.pkg !== check.pkg) bad = `cannot define new methods on non-local type ${check.ts(bt)}`;
    else {
      const u = underlying(bt);
      if (u.kind === 'Pointer' || u.kind === 'Interface') bad = `invalid receiver type ${check.ts(bt)} (pointer or interface type)`;
    }
  } else if (bt.kind === 'Basic' && bt.basic !== BasicKind.Invalid) {
    bad = `cannot define new methods on non-local type ${check.ts(bt)}`;
  } else if (isValid(bt)) {
    bad = `invalid receiver type ${exprString(f.type)}`;
  }
  if (bad) check.error(base.pos, bad);
  return v;
}
