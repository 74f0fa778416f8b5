// This file implements type argument inference for calls of generic
// functions: function-argument inference from typed arguments, constraint
// type inference from core types, and the defaults of untyped constant
// arguments (the "largest" default kind among those for one parameter).

import type { Checker } from './check.js';
import { instantiateNamed } from './instantiate.js';
import type { Operand } from './operand.js';
import { isUntyped, isValid, underlying } from './predicates.js';
import type { SubstMap } from './subst.js';
import { makeSubstMap, mentions, subst } from './subst.js';
import type { Signature, Type, TypeParam } from './type.js';
import { exprString } from './exprstring.js';
import { instantiateOperand } from './instexpr.js';
import { BasicKind } from './type.js';
import { constraintInterface, typeParamSet } from './typeparams/typeset.js';
import { Unifier } from './unify.js';
import { missingMethod } from './lookup.js';
import { defaultType } from './predicates.js';
import { Typ } from './universe.js';

export interface InferInput {
  /** The function's name as the messages print it. */
  fname: string;
  tparams: TypeParam[];
  /** Explicit type arguments (a prefix of tparams). */
  targs: Type[];
  /** The parameter type for each argument (variadic parameters expanded). */
  ptypes: Type[];
  args: Operand[];
  /** Where "cannot infer" is reported. */
  pos: number;
}

/** infer returns the complete type argument list, or undefined after reporting an error. */
export function infer(check: Checker, inp0: InferInput): Type[] | undefined {
  // the callee's type parameters are renamed, so that a recursive call f[P](x P) inside f infers P := P
  const fresh: TypeParam[] = inp0.tparams.map((tp) => ({ kind: 'TypeParam', obj: tp.obj, index: tp.index, constraint: tp.constraint }));
  const rn = makeSubstMap(inp0.tparams, fresh);
  fresh.forEach((f, i) => {
    f.constraint = subst(inp0.tparams[i]!.constraint, rn, instantiateNamed);
  });
  // explicit type arguments are substituted first: a parameter they determine is no inference
  // matter (its argument is checked as an ordinary argument, as gc)
  const explicit = makeSubstMap(fresh.slice(0, inp0.targs.length), inp0.targs);
  const inp: InferInput = { ...inp0, tparams: fresh, ptypes: inp0.ptypes.map((p) => subst(subst(p, rn, instantiateNamed), explicit, instantiateNamed)) };
  const { tparams } = inp;
  const set = new Set(tparams);
  // generic function arguments: their type parameters are inferred together with the callee's
  const genericArgs = inp.args.filter((a) => a.mode === 'value' && a.type.kind === 'Signature' && (a.type.typeParams?.length ?? 0) > 0);
  const argParams = genericArgs.flatMap((a) => [...(a.type as Signature).typeParams!]);
  const all = new Set([...tparams, ...argParams]);
  const u = new Unifier([...tparams, ...argParams]);
  inp.targs.forEach((t, i) => u.bindings.set(tparams[i]!, t));
  for (const a of genericArgs) (a.targs ?? []).forEach((t, i) => u.bindings.set((a.type as Signature).typeParams![i]!, t));

  // spec: "typed arguments are unified with the corresponding (parameterized) parameter types"
  for (let i = 0; i < inp.args.length; i++) {
    const a = inp.args[i]!;
    const p = inp.ptypes[i];
    if (!p || a.mode === 'invalid' || !isValid(a.type) || isUntyped(a.type) || !mentions(p, set)) continue;
    if (genericArgs.includes(a)) continue;
    const before = p.kind === 'TypeParam' ? u.bindings.get(p) : undefined;
    if (!u.unify(p, a.type)) {
      const what = a.expr ? check.op(a).replace(/ \(.*\)$/, '') : 'argument';
      if (p.kind === 'TypeParam' && before) {
        check.error(a.expr?.pos ?? inp.pos, `in call to ${inp.fname}, type ${check.ts(a.type)} of ${what} does not match inferred type ${check.ts(before)} for ${check.ts(p)}`);
      } else {
        check.error(a.expr?.pos ?? inp.pos, `in call to ${inp.fname}, type ${check.ts(a.type)} of ${what} does not match ${check.ts(p)} (cannot infer ${tparams.map((t) => t.obj.name).join(' and ')})`);
      }
      return undefined;
    }
  }

  for (let i = 0; i < inp.args.length; i++) {
    const a = inp.args[i]!;
    const p = inp.ptypes[i];
    if (!p || !genericArgs.includes(a)) continue;
    const s = a.type as Signature;
    if (!u.unify(p, { ...s, typeParams: undefined }, true)) {
      check.error(a.expr?.pos ?? inp.pos, `in call to ${inp.fname}, type ${check.ts({ ...s, typeParams: undefined })} of ${a.expr ? exprString(a.expr) : 'argument'} does not match ${check.ts(p)}`);
      return undefined;
    }
  }

  if (!constraintStep(check, inp, u)) return undefined;

  // spec: untyped constant arguments for a bare type parameter: the default type of the "largest" kind
  const untyped = new Map<TypeParam, { kind: BasicKind; expr: Operand }>();
  // a parameter bound to another, still unbound, parameter (through a generic function argument) counts as unbound
  const representative = (t: Type): Type => {
    for (let k = 0; k < all.size && t.kind === 'TypeParam' && all.has(t) && u.bindings.has(t); k++) t = u.bindings.get(t)!;
    return t;
  };
  for (let i = 0; i < inp.args.length; i++) {
    const a = inp.args[i]!;
    const p0 = inp.ptypes[i];
    if (!p0 || p0.kind !== 'TypeParam' || !set.has(p0)) continue;
    const p = representative(p0);
    if (p.kind !== 'TypeParam' || !all.has(p) || u.bindings.has(p) || a.mode === 'invalid' || !isUntyped(a.type)) continue;
    if (a.type.kind !== 'Basic' || a.type.basic === BasicKind.UntypedNil) continue;
    const k = a.type.basic;
    const prev = untyped.get(p);
    if (!prev) {
      untyped.set(p, { kind: k, expr: a });
      continue;
    }
    if (prev.kind === k) continue;
    const numeric = (x: BasicKind): boolean => x >= BasicKind.UntypedInt && x <= BasicKind.UntypedComplex;
    if (numeric(prev.kind) && numeric(k)) {
      if (k > prev.kind) untyped.set(p, { kind: k, expr: a });
      continue;
    }
    check.error(a.expr?.pos ?? inp.pos, `in call to ${inp.fname}, mismatched types ${check.ts(prev.expr.type)} and ${check.ts(a.type)} (cannot infer ${p.obj.name})`);
    return undefined;
  }
  for (const [p, v] of untyped) u.bindings.set(p, defaultType(Typ[v.kind]!));

  // (after the untyped defaults, as gc, the constraints' methods are not unified again)
  if (!constraintStep(check, inp, u, false)) return undefined;

  const m: SubstMap = new Map(u.bindings);
  const out: Type[] = [];
  for (const tp of tparams) {
    let t = m.get(tp);
    if (!t) {
      check.error(inp.pos, `in call to ${inp.fname}, cannot infer ${tp.obj.name} (declared at ${check.fset.format(tp.obj.pos)})`);
      return undefined;
    }
    // bindings may mention other type parameters: substitute until none is left
    for (let k = 0; k < all.size + 1 && mentions(t, all); k++) t = subst(t, m, instantiateNamed);
    if (mentions(t, all)) {
      check.error(inp.pos, `in call to ${inp.fname}, cannot infer ${tp.obj.name} (declared at ${check.fset.format(tp.obj.pos)})`);
      return undefined;
    }
    out.push(t);
  }
  for (const a of genericArgs) {
    const s = a.type as Signature;
    const targs: Type[] = [];
    for (const tp of s.typeParams!) {
      let t = m.get(tp);
      for (let k = 0; t && k < all.size + 1 && mentions(t, all); k++) t = subst(t, m, instantiateNamed);
      if (!t || mentions(t, all)) {
        check.error(a.expr?.pos ?? inp.pos, `in call to ${inp.fname}, cannot infer ${tp.obj.name} (declared at ${check.fset.format(tp.obj.pos)})`);
        return undefined;
      }
      targs.push(t);
    }
    if (!instantiateOperand(check, a, targs)) return undefined;
  }
  return out;
}

/** constraintStep runs constraint type inference, reporting a type argument that does not match its core type. */
function constraintStep(check: Checker, inp: InferInput, u: Unifier, methods = true): boolean {
  const bad = constraintInference(u, methods);
  if (!bad) return true;
  let cause = '';
  const iface = constraintInterface(bad.tp);
  const miss = iface && typeParamSet(bad.tp).terms === undefined ? missingMethod(bad.arg, iface) : undefined;
  if (miss) {
    const name = miss.method.name;
    cause = miss.why === 'missing' ? ` (missing method ${name})` : miss.why === 'pointer' ? ` (method ${name} has pointer receiver)` : ` (wrong type for method ${name})`;
  }
  check.error(inp.pos, `in call to ${inp.fname}, ${bad.tp.obj.name} (type ${check.ts(bad.arg)}) does not satisfy ${check.ts(bad.tp.constraint)}${cause}`);
  return false;
}

/** inferPartial completes explicit type arguments by constraint type inference alone (F[int] used as a value). */
export function inferPartial(tparams0: TypeParam[], targs: Type[], bad?: (tp: TypeParam, arg: Type) => void): Type[] | undefined {
  // renamed, so that f[P] inside f itself binds f's P to the outer P (as infer does)
  const tparams: TypeParam[] = tparams0.map((tp) => ({ kind: 'TypeParam', obj: tp.obj, index: tp.index, constraint: tp.constraint }));
  const rn = makeSubstMap(tparams0, tparams);
  tparams.forEach((f, i) => {
    f.constraint = subst(tparams0[i]!.constraint, rn, instantiateNamed);
  });
  const u = new Unifier(tparams);
  targs.forEach((t, i) => u.bindings.set(tparams[i]!, t));
  const mismatch = constraintInference(u);
  if (mismatch && bad) {
    // an explicit type argument that does not match its constraint's core type (as gc: S (type int) does not satisfy ~[]T)
    bad(mismatch.tp, mismatch.arg);
    return undefined;
  }
  const set = new Set(tparams);
  const m: SubstMap = new Map(u.bindings);
  const out: Type[] = [];
  for (const tp of tparams) {
    let t = m.get(tp);
    for (let k = 0; t && k < tparams.length + 1 && mentions(t, set); k++) t = subst(t, m, instantiateNamed);
    if (!t || mentions(t, set)) return undefined;
    out.push(t);
  }
  return out;
}

/** constraintInference unifies each type parameter with the core type of its constraint, when it has one term;
 * it returns the parameter whose argument does not unify with it, if any. */
function constraintInference(u: Unifier, methods = true): { tp: TypeParam; arg: Type } | undefined {
  for (let round = 0; round < 8; round++) {
    let changed = false;
    for (const tp of u.tparams) {
      const ts = typeParamSet(tp);
      const terms = ts.terms;
      if (!terms) {
        // no core type: a known argument must have the constraint's methods, whose signatures unify
        const b = u.bindings.get(tp);
        const iface = constraintInterface(tp);
        if (methods && b && !u.isParam(b) && !mentions(b, new Set(u.tparams)) && iface && ts.methods.length > 0) {
          // a method with a pointer receiver on a value does not count (as gc's static method lookup)
          if (missingMethod(b, iface)?.why === 'pointer') return { tp, arg: b };
          const n = u.bindings.size;
          if (!u.unifyMethods(iface, b, 0)) return { tp, arg: b };
          if (u.bindings.size !== n) changed = true;
        }
        continue;
      }
      if (terms.length !== 1) continue;
      const term = terms[0]!;
      const b = u.bindings.get(tp);
      if (b) {
        const n = u.bindings.size;
        // spec: "if the type parameter has a known type argument, unify it with the core type"
        const arg = b.kind === 'TypeParam' && !u.isParam(b) ? b : term.tilde ? underlying(b) : b;
        if (!u.isParam(b) && !u.unify(term.type, arg)) return { tp, arg: b };
        if (u.bindings.size !== n) changed = true;
      } else if (!term.tilde || mentions(term.type, new Set(u.tparams))) {
        // spec: "if the constraint has a single non-tilde term (or a core type mentioning other parameters), it is the argument"
        u.bindings.set(tp, term.type);
        changed = true;
      }
    }
    if (!changed) return undefined;
  }
  return undefined;
}
