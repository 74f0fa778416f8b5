// This file implements function signatures: parameter, result and receiver
// lists of function declarations, methods and function literals, the
// function scope they are declared in, and receiver validity.

import type * as ast from '../syntax/ast.js';
import { instantiateNamed } from './instantiate.js';
import { genericAlias } from './instexpr.js';
import { makeSubstMap, subst } from './subst.js';
import { declareTypeParams, newTypeParam } from './tparams.js';
import { verifyVersion } from './version.js';
import type { Checker } from './check.js';
import { declare } from './decl.js';
import { exprString } from './exprstring.js';
import type { Var } from './object.js';
import { Scope } from './object.js';
import { isValid, underlying } from './predicates.js';
import type { Signature, Tuple, Type, TypeParam } from './type.js';
import { BasicKind } from './type.js';
import { typExpr } from './typexpr.js';
import { invalidType } from './universe.js';

export interface FuncTypeResult {
  sig: Signature;
  scope: Scope;
}

/** funcType resolves a function type (and receiver) and declares its parameters in a new function scope. */
export function funcType(
  check: Checker,
  recvField: ast.Field | undefined,
  ft: ast.FuncType,
  tparamFields?: ast.Field[],
  /** Called with the type parameters once declared, before the parameters are resolved (they may instantiate the function itself). */
  onTypeParams?: (tparams: TypeParam[]) => void,
): FuncTypeResult {
  const scope = new Scope(check.env.scope, 'function');
  check.recordScope(ft, scope);
  let recv: Var | undefined;
  let params!: Tuple;
  let results!: Tuple;
  let variadic = false;
  let typeParams: TypeParam[] | undefined;
  let recvTypeParams: TypeParam[] | undefined;
  const pending: Pending = [];
  check.withEnv({ scope }, () => {
    if (recvField) {
      const r = receiver(check, recvField, pending);
      recv = r.recv;
      recvTypeParams = r.tparams;
    }
    if (tparamFields && tparamFields.length > 0) {
      // (a method with type parameters is a syntax error, reported by the parser as gc does)
      typeParams = declareTypeParams(check, tparamFields);
      if (!recvField) onTypeParams?.(typeParams);
    }
    const p = paramList(check, ft.params, true, pending);
    params = { kind: 'Tuple', vars: p.vars };
    variadic = p.variadic;
    results = { kind: 'Tuple', vars: paramList(check, ft.results, false, pending).vars };
    for (const [id, v] of pending) declare(check, id, v);
  });
  let sig: Signature = recv ? { kind: 'Signature', recv, params, results, variadic } : { kind: 'Signature', params, results, variadic };
  if (typeParams && !recvField) sig = { ...sig, typeParams };
  if (recvTypeParams) sig = { ...sig, recvTypeParams };
  return { sig, scope };
}

/** signatureOf resolves a function type without declaring anything in the current scope. */
export function signatureOf(check: Checker, ft: ast.FuncType): Signature {
  return funcType(check, undefined, ft).sig;
}

/** Parameters are declared once the whole signature is resolved: their names are not in scope in its types. */
type Pending = [ast.Ident, Var][];

function paramList(check: Checker, fields: ast.Field[], variadicOk: boolean, pending: Pending): { vars: Var[]; variadic: boolean } {
  const vars: Var[] = [];
  let variadic = false;
  fields.forEach((f, i) => {
    let te = f.type;
    let isDots = false;
    if (te.kind === 'Ellipsis') {
      isDots = true;
      te = te.elem ?? te;
      const last = i === fields.length - 1 && f.names.length <= 1;
      // (a misplaced ... is reported by the parser, as gc's)
      if (variadicOk && last) variadic = true;
    }
    let t: Type = te.kind === 'Ellipsis' ? invalidType : typExpr(check, te, false);
    if (isDots && isValid(t)) t = { kind: 'Slice', elem: t };
    if (f.names.length === 0) {
      vars.push(newParam(check, '', f.pos, t));
      return;
    }
    for (const n of f.names) {
      const v = newParam(check, n.name, n.pos, t);
      pending.push([n, v]);
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

function receiver(check: Checker, f: ast.Field, pending: Pending): { recv: Var; tparams?: TypeParam[] } {
  const { base, ptr } = receiverBase(f.type);
  let t: Type;
  let tparams: TypeParam[] | undefined;
  if (base.kind === 'IndexExpr') {
    const g = genericReceiver(check, base);
    tparams = g.tparams;
    t = g.type;
    if (ptr && isValid(t)) t = { kind: 'Pointer', elem: t };
    check.recordTypeAndValue(f.type, 'typexpr', t, undefined);
  } else {
    t = typExpr(check, f.type, false);
    const bt0 = ptr && t.kind === 'Pointer' ? t.elem : t;
    if (bt0.kind === 'Named' && bt0.typeParams && bt0.typeParams.length > 0 && !bt0.typeArgs) {
      check.error(base.pos, `cannot use generic type ${check.ts(bt0)} without instantiation`);
      t = invalidType;
    }
  }
  const name = f.names[0];
  const v = newParam(check, name?.name ?? '', name?.pos ?? f.pos, t);
  if (name) pending.push([name, v]);
  // (several receivers are reported by the parser, as gc's)
  if (!isValid(t)) return { recv: v, tparams };
  // an alias chain that reaches an instance (type C1[P any] = S; type C2 = *C1[int]) names an
  // instantiated type, as types2's alias types tell (our aliases are resolved to their types)
  const inst = base.kind === 'Ident' ? aliasedInstance(check, base) : undefined;
  if (inst) {
    check.error(base.pos, `cannot define new methods on instantiated type ${exprString(inst)}`);
    return { recv: v, tparams };
  }
  const r = receiverCheck(check, f, base, t, ptr, v);
  return { recv: r, tparams };
}

/** aliasedInstance follows package-level alias declarations from id (through pointers) to an instantiation `G[...]`, if any. */
function aliasedInstance(check: Checker, id: ast.Ident): ast.IndexExpr | undefined {
  const seen = new Set<string>();
  let e: ast.Expr = id;
  for (;;) {
    if (e.kind === 'IndexExpr') return e;
    if (e.kind !== 'Ident' || seen.has(e.name)) return undefined;
    seen.add(e.name);
    const tn = check.pkg.scope.lookup(e.name);
    const tdecl = tn?.kind === 'TypeName' ? check.objMap.get(tn)?.tdecl : undefined;
    if (!tdecl?.assign || (tdecl.typeParams?.length ?? 0) > 0) return undefined;
    e = receiverBase(tdecl.type).base;
  }
}

/** genericReceiver declares the receiver type parameters of `func (r T[P, Q]) m()` and returns T[P, Q]. */
function genericReceiver(check: Checker, e: ast.IndexExpr): { type: Type; tparams?: TypeParam[] } {
  verifyVersion(check, e.x.pos, 18, 'type instantiation');
  const g = check.inConstraint(() => typExpr(check, e.x, true));
  if (!isValid(g)) return { type: invalidType };
  const alias = genericAlias(check, e.x);
  if (alias) {
    const tps = alias.typeParams!.map((p) => `${p.obj.name} ${check.ts(p.constraint)}`).join(', ');
    check.error(e.x.pos, `cannot define new methods on generic alias type ${alias.name}[${tps}]`);
    return { type: invalidType };
  }
  if (g.kind !== 'Named' || !g.typeParams || g.typeArgs) {
    check.error(e.x.pos, `${check.ts(g)} is not a generic type`);
    return { type: invalidType };
  }
  const tparams: TypeParam[] = [];
  let bad = false;
  e.indices.forEach((x, i) => {
    if (x.kind !== 'Ident') {
      check.error(x.pos, `receiver type parameter ${exprString(x)} must be an identifier`);
      bad = true;
      return;
    }
    tparams.push(newTypeParam(check, x, i));
  });
  if (bad) return { type: invalidType };
  if (tparams.length !== g.typeParams.length) {
    check.error(e.pos, `receiver declares ${tparams.length} type parameter${tparams.length === 1 ? '' : 's'}, but receiver base type declares ${g.typeParams.length}`);
    return { type: invalidType };
  }
  // spec: the receiver type parameters have the constraints of the type's parameters (renamed)
  const m = makeSubstMap(g.typeParams, tparams);
  tparams.forEach((tp, i) => {
    tp.constraint = subst(g.typeParams![i]!.constraint, m, instantiateNamed);
    check.mono.recordCanon(tp, g.typeParams![i]!);
  });
  const inst = instantiateNamed(g, tparams);
  const id = e.x.kind === 'Ident' ? e.x : undefined;
  if (id) check.info.instances.set(id, { typeArgs: tparams, type: inst });
  check.recordTypeAndValue(e, 'typexpr', inst, undefined);
  return { type: inst, tparams };
}

function receiverCheck(check: Checker, f: ast.Field, base: ast.Expr, t: Type, ptr: boolean, v: Var): Var {
  // (the pointer may come through an alias: type P = *T; func (P) m())
  void ptr;
  const bt = t.kind === 'Pointer' ? t.elem : t;
  let bad = '';
  if (bt.kind === 'Named' && bt.typeArgs && base.kind !== 'IndexExpr') {
    bad = `cannot define new methods on instantiated type ${check.ts(bt)}`;
  } else if (bt.kind === 'Named') {
    if (bt.obj.pkg !== check.pkg) bad = `cannot define new methods on non-local type ${check.ts(bt)}`;
    else {
      const u = underlying(bt);
      if (u.kind === 'Pointer' || u.kind === 'Interface') bad = `invalid receiver type ${check.ts(bt)} (pointer or interface type)`;
      else if (u.kind === 'Basic' && u.basic === BasicKind.UnsafePointer) bad = `invalid receiver type ${check.ts(bt)} (unsafe.Pointer)`;
    }
  } else if (bt.kind === 'Basic' && bt.basic !== BasicKind.Invalid) {
    bad = `cannot define new methods on non-local type ${check.ts(bt)}`;
  } else if (isValid(bt)) {
    bad = `invalid receiver type ${exprString(f.type)}`;
  }
  if (bad) check.error(base.pos, bad);
  return v;
}
