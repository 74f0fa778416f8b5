// This file implements the type checks of the sanity checker: the operand
// types the backend relies on without converting (stores, phi edges, binary
// operands, call arguments against the callee's parameters, returned values
// against the results, branch conditions), and that no type mentions a type
// parameter (generic code reaches the IR only instantiated).

import type { Type } from '../types/type.js';
import type { Function, Instruction, Value } from './ir.js';
import { hasTypeParam, identical, isBooleanType, mustDeref, signatureOf, underlying } from './typeutil.js';
import { typeString } from './typeutil.js';
import { operands } from './operands.js';

function same(a: Type, b: Type): boolean {
  return identical(a, b);
}

function str(t: Type): string {
  return typeString(t);
}

function callParams(callee: Value): Type[] | undefined {
  if (callee.kind === 'Function') return callee.params.map((p) => p.type);
  const u = underlying(callee.type);
  if (u.kind !== 'Signature') return undefined;
  return signatureOf(callee.type).params.vars.map((v) => v.type);
}

/** checkTypes appends to errs the type inconsistencies of instruction i of fn. */
/** checkSignature appends to errs a type parameter in fn's signature or free variables. */
export function checkSignature(fn: Function, errs: string[]): void {
  if (hasTypeParam(fn.type)) errs.push(`${fn.name}: signature ${str(fn.type)} mentions a type parameter`);
  for (const v of fn.freeVars) if (hasTypeParam(v.type)) errs.push(`${fn.name}: free variable ${v.name} mentions a type parameter`);
}

export function checkTypes(fn: Function, i: Instruction, errs: string[]): void {
  const where = `${fn.name} block ${i.block?.index}: ${i.kind}`;
  const want = (what: string, got: Type, exp: Type): void => {
    if (!same(got, exp)) errs.push(`${where}: ${what} has type ${str(got)}, want ${str(exp)}`);
  };
  if ('type' in i && hasTypeParam(i.type)) errs.push(`${where}: type ${str(i.type)} mentions a type parameter`);
  for (const v of operands(i)) if (v.kind === 'Const' && hasTypeParam(v.type)) errs.push(`${where}: constant of type ${str(v.type)}`);
  if (i.kind === 'TypeAssert' && hasTypeParam(i.assertedType)) errs.push(`${where}: asserted type mentions a type parameter`);
  if (i.kind === 'Call' && i.call.mode === 'builtin' && hasTypeParam(i.call.value.type)) errs.push(`${where}: builtin signature mentions a type parameter`);
  switch (i.kind) {
    case 'Store':
      want('stored value', i.val.type, mustDeref(i.addr.type));
      return;
    case 'Phi':
      for (const e of i.edges) want('phi edge', e.type, i.type);
      return;
    case 'BinOp':
      if (i.op !== '<<' && i.op !== '>>') want('right operand', i.y.type, i.x.type);
      return;
    case 'If':
      if (!isBooleanType(i.cond.type)) errs.push(`${where}: condition of type ${str(i.cond.type)}`);
      return;
    case 'Return': {
      const res = fn.type.results.vars;
      if (res.length !== i.results.length) errs.push(`${where}: ${i.results.length} results, want ${res.length}`);
      else i.results.forEach((r, k) => want(`result ${k}`, r.type, res[k]!.type));
      return;
    }
    case 'DeferFrame':
      if (underlying(i.type).kind !== 'Basic' || str(i.type) !== 'unsafe.Pointer') errs.push(`${where}: type ${str(i.type)}`);
      return;
    case 'Call':
    case 'Defer':
    case 'Go': {
      if (i.kind === 'Defer' && i.frame && str(i.frame.type) !== 'unsafe.Pointer') errs.push(`${where}: frame of type ${str(i.frame.type)}`);
      const c = i.call;
      if (c.mode !== 'call') return;
      const params = callParams(c.value);
      if (!params) {
        errs.push(`${where}: call of a non-function`);
        return;
      }
      if (params.length !== c.args.length) errs.push(`${where}: ${c.args.length} arguments, want ${params.length}`);
      else c.args.forEach((a, k) => want(`argument ${k}`, a.type, params[k]!));
      return;
    }
    default:
      return;
  }
}
