// This file implements the expressions that instantiate generics: a generic
// type with type arguments `List[int]`, a generic function with explicit
// (possibly partial) type arguments `F[int]`, and calls of generic functions
// with inference. It records Info.instances on the instantiated identifier.

import type * as ast from '../syntax/ast.js';
import { argumentsCheck, callArgs, useExprs } from './call.js';
import type { Checker } from './check.js';
import { exprString } from './exprstring.js';
import { infer, inferPartial, inferReverse } from './infer.js';
import { instantiateNamed, instantiateSignature } from './instantiate.js';
import type { Operand } from './operand.js';
import { invalidOperand } from './operand.js';
import { isValid, underlying } from './predicates.js';
import { satisfies } from './satisfy.js';
import { makeSubstMap, subst } from './subst.js';
import type { TypeName } from './object.js';
import type { Named, Signature, Type, TypeParam } from './type.js';
import { typExpr } from './typexpr.js';
import { invalidType } from './universe.js';
import { allowVersion, verifyVersion, versionError } from './version.js';

/** instanceIdent returns the identifier an instantiation is recorded on (F in F, pkg.F, F[int]). */
export function instanceIdent(e: ast.Expr): ast.Ident | undefined {
  for (;;) {
    if (e.kind === 'ParenExpr') e = e.x;
    else if (e.kind === 'IndexExpr') e = e.x;
    else if (e.kind === 'SelectorExpr') return e.sel;
    else if (e.kind === 'Ident') return e;
    else return undefined;
  }
}

/** genericTypeString prints `List[T any]` for messages. */
export function genericTypeString(check: Checker, n: Named): string {
  return `${check.ts(n)}[${(n.typeParams ?? []).map((p) => `${p.obj.name} ${check.ts(p.constraint)}`).join(', ')}]`;
}

/** instantiateType evaluates `G[A, B]` where base is the generic type G. */
export function instantiateType(check: Checker, e: ast.IndexExpr, base: Type): Type {
  verifyVersion(check, e.lbrack, 18, 'type instantiation');
  const alias = genericAlias(check, e.x);
  if (alias) return instantiateAlias(check, e, alias);
  if (base.kind !== 'Named' || !base.typeParams || base.typeArgs) {
    // as gc: the type arguments are not evaluated then
    if (isValid(base)) check.error(e.x.pos, `invalid operation: ${exprString(e.x)}[${e.indices.map(exprString).join(', ')}] (${exprString(e.x)} is not a generic type)`);
    return invalidType;
  }
  const targs = e.indices.map((i) => typExpr(check, i, false));
  if (targs.some((t) => !isValid(t))) return invalidType;
  // As types2, the wrong number of type arguments still makes an instance (with an invalid
  // underlying type), so that it is reported once and values of that type are told apart.
  const inst = instantiateNamed(base, targs);
  if (!check.instPos.has(inst)) check.instPos.set(inst, e.x.pos);
  const id = instanceIdent(e.x);
  const tparams = base.typeParams;
  const want = tparams.length;
  if (targs.length !== want) {
    const msg = targs.length > want ? 'too many' : 'not enough';
    check.error(e.x.pos, `${msg} type arguments for type ${base.obj.name}: have ${targs.length}, want ${want}`);
    return inst;
  }
  if (id) check.info.instances.set(id, { typeArgs: targs, type: inst });
  check.later(() => {
    const positions = e.indices.map((x) => x.pos);
    if (verify(check, tparams, targs, positions)) check.mono.recordInstance(check.pkg, positions, tparams, targs);
  });
  return inst;
}

/** verify checks that each type argument satisfies its constraint; returns false after reporting. */
export function verify(check: Checker, tparams: readonly TypeParam[], targs: Type[], positions: number[]): boolean {
  const m = makeSubstMap(tparams, targs);
  for (let i = 0; i < tparams.length; i++) {
    const msg = satisfies(check, targs[i]!, tparams[i]!, m, positions[i] ?? positions[0]);
    if (msg) {
      check.error(positions[i] ?? positions[0] ?? 0, msg);
      return false;
    }
  }
  return true;
}

/** funcInstance evaluates `F[A, ...]` where x is the generic function F. */
export function funcInstance(check: Checker, e: ast.IndexExpr, x: Operand): Operand {
  const sig = x.type as Signature;
  const tparams = sig.typeParams!;
  verifyVersion(check, e.lbrack, 18, 'function instantiation');
  const targs = e.indices.map((i) => typExpr(check, i, false));
  if (targs.length > tparams.length) {
    check.error(e.indices[tparams.length]!.pos, `got ${targs.length} type arguments but want ${tparams.length}`);
    return invalidOperand(e);
  }
  if (targs.some((t) => !isValid(t))) return invalidOperand(e);
  if (targs.length < tparams.length) {
    // spec: missing type arguments may be inferred from the constraints; else they are inferred in a call
    let failed = false;
    const full = inferPartial(check, tparams, targs, (tp, arg) => {
      check.error(e.x.pos, `${tp.obj.name} (type ${check.ts(arg)}) does not satisfy ${check.ts(tp.constraint)}`);
      failed = true;
    });
    if (failed) return invalidOperand(e);
    if (!full) return { mode: 'value', expr: e, type: sig, targs, targPos: e.indices.map((i) => i.pos) };
    const positions = tparams.map((_, i) => e.indices[i]?.pos ?? e.lbrack);
    if (!verify(check, tparams, full, positions)) return invalidOperand(e);
    check.mono.recordInstance(check.pkg, positions, tparams, full);
    const inst = instantiateSignature(sig, full);
    const id = instanceIdent(e.x);
    if (id) check.info.instances.set(id, { typeArgs: full, type: inst });
    if (id) check.recordTypeAndValue(id, 'value', inst, undefined);
    return { mode: 'value', expr: e, type: inst };
  }
  if (!verify(check, tparams, targs, e.indices.map((i) => i.pos))) return invalidOperand(e);
  check.mono.recordInstance(check.pkg, e.indices.map((i) => i.pos), tparams, targs);
  const inst = instantiateSignature(sig, targs);
  const id = instanceIdent(e.x);
  if (id) check.info.instances.set(id, { typeArgs: targs, type: inst });
  if (id) check.recordTypeAndValue(id, 'value', inst, undefined);
  return { mode: 'value', expr: e, type: inst };
}

/** genericCall checks a call of a generic function, inferring the missing type arguments. */
export function genericCall(check: Checker, e: ast.CallExpr, x: Operand, sig: Signature): Operand {
  if (x.expr?.kind !== 'IndexExpr' && !allowVersion(check, e.lparen, 18)) {
    versionError(check, e.lparen, 18, 'implicit function instantiation');
    useExprs(check, e.args);
    return invalidOperand(e);
  }
  const args = callArgs(check, e.args);
  const params = sig.params.vars;
  const npars = params.length;
  const nargs = args.length;
  const ddd = e.hasDots;
  const countOK = sig.variadic && !ddd ? nargs >= npars - 1 : nargs === npars;
  if (!countOK) {
    argumentsCheck(check, e, sig, args); // reports the count error (invalid arguments included, as gc)
    return invalidOperand(e);
  }
  if (args.some((a) => a.mode === 'invalid')) return invalidOperand(e);
  const ptypes: Type[] = [];
  for (let i = 0; i < nargs; i++) {
    if (sig.variadic && !ddd && i >= npars - 1) {
      const last = params[npars - 1]!.type;
      ptypes.push(last.kind === 'Slice' ? last.elem : last);
    } else ptypes.push(params[i]!.type);
  }
  const tparams = sig.typeParams!;
  const explicit = x.targs ?? [];
  const fname = exprString(instanceIdent(e.fun) && e.fun.kind === 'IndexExpr' ? e.fun.x : e.fun);
  const targs = infer(check, { fname, tparams, targs: explicit, ptypes, args, pos: e.lparen });
  if (!targs) return invalidOperand(e);
  const positions = tparams.map((_, i) => x.targPos?.[i] ?? e.lparen);
  if (!verify(check, tparams, targs, positions)) return invalidOperand(e);
  check.mono.recordInstance(check.pkg, positions, tparams, targs);
  const inst = instantiateSignature(sig, targs);
  const id = instanceIdent(e.fun);
  if (id) check.info.instances.set(id, { typeArgs: targs, type: inst });
  check.recordTypeAndValue(e.fun, 'value', inst, undefined);
  if (id && id !== e.fun) check.recordTypeAndValue(id, 'value', inst, undefined);
  argumentsCheck(check, e, inst, args);
  const results = inst.results.vars;
  if (results.length === 0) return { mode: 'novalue', expr: e, type: inst.results };
  if (results.length === 1) return { mode: 'value', expr: e, type: results[0]!.type };
  return { mode: 'value', expr: e, type: inst.results };
}

/** instantiateOperand instantiates the generic function value x with targs (checking the constraints), in place. */
export function instantiateOperand(check: Checker, x: Operand, targs: Type[]): boolean {
  const sig = x.type as Signature;
  const pos = x.expr?.pos ?? 0;
  if (!verify(check, sig.typeParams!, targs, targs.map(() => pos))) {
    x.mode = 'invalid';
    return false;
  }
  check.mono.recordInstance(check.pkg, [pos], sig.typeParams!, targs);
  const inst = instantiateSignature(sig, targs);
  const id = x.expr ? instanceIdent(x.expr) : undefined;
  if (id) check.info.instances.set(id, { typeArgs: targs, type: inst });
  x.type = inst;
  x.targs = undefined;
  if (x.expr) check.recordTypeAndValue(x.expr, 'value', inst, undefined);
  if (id && id !== x.expr) check.recordTypeAndValue(id, 'value', inst, undefined);
  return true;
}

/** inferFromTarget instantiates a generic function value from the function type it is assigned to. */
export function inferFromTarget(check: Checker, x: Operand, T: Type, desc?: string, asArgument = false): void {
  const tu = underlying(T);
  if (tu.kind !== 'Signature') return;
  const sig = x.type as Signature;
  const pos = x.expr?.pos ?? 0;
  // (one version error: before go1.18, instantiation itself is the error)
  if (!allowVersion(check, pos, 18)) {
    if (!x.targs) versionError(check, pos, 18, 'function instantiation');
  } else if (!allowVersion(check, pos, 21)) {
    const what = asArgument ? 'implicitly instantiated function as argument' : x.targs ? 'partially instantiated function in assignment' : 'implicitly instantiated function in assignment';
    versionError(check, pos, 21, what);
  }
  // how the target is named in messages (an argument: by the function value itself)
  const what = desc ?? (asArgument && x.expr ? exprString(x.expr) : undefined);
  const r = inferReverse(check, sig, x.targs ?? [], tu, what ?? '', pos);
  if ('error' in r) {
    // (a mismatch is reported where the target is named; else the caller reports the generic value)
    if (what !== undefined || r.cannotInfer) {
      check.error(pos, r.error);
      x.mode = 'invalid';
    }
    return;
  }
  instantiateOperand(check, x, r.targs);
}

/** genericAlias returns the generic alias an expression names (A or pkg.A), if any. */
export function genericAlias(check: Checker, e: ast.Expr): TypeName | undefined {
  while (e.kind === 'ParenExpr') e = e.x;
  const id = e.kind === 'Ident' ? e : e.kind === 'SelectorExpr' ? e.sel : undefined;
  const obj = id ? check.info.uses.get(id) : undefined;
  return obj?.kind === 'TypeName' && obj.typeParams && obj.typeParams.length > 0 ? obj : undefined;
}

function instantiateAlias(check: Checker, e: ast.IndexExpr, alias: TypeName): Type {
  const tparams = alias.typeParams!;
  const targs = e.indices.map((i) => typExpr(check, i, false));
  if (targs.length !== tparams.length) {
    const msg = targs.length > tparams.length ? 'too many' : 'not enough';
    check.error(e.x.pos, `${msg} type arguments for type ${alias.name}: have ${targs.length}, want ${tparams.length}`);
    return invalidType;
  }
  if (targs.some((t) => !isValid(t)) || !isValid(alias.type)) return invalidType;
  const t = subst(alias.type, makeSubstMap(tparams, targs), instantiateNamed);
  const id = instanceIdent(e.x);
  if (id) check.info.instances.set(id, { typeArgs: targs, type: t });
  check.later(() => verify(check, tparams, targs, e.indices.map((x) => x.pos)));
  return t;
}

/**
 * nonGenericType reports a generic type used as an operand type expression without
 * instantiation (a conversion A(x), a method expression (T).m), as gc; it returns
 * whether x is fine.
 */
export function nonGenericType(check: Checker, x: Operand): boolean {
  if (x.mode !== 'typexpr' || !x.expr) return true;
  const t = x.type;
  const generic = (t.kind === 'Named' && (t.typeParams?.length ?? 0) > 0 && !t.typeArgs) || genericAlias(check, x.expr) !== undefined;
  if (!generic) return true;
  check.error(x.expr.pos, `cannot use generic type ${exprString(x.expr)} without instantiation`);
  x.mode = 'invalid';
  return false;
}
