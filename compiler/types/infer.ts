// This file implements type argument inference (types2's algorithm): typed
// arguments are unified with their parameter types (generic function
// arguments take part with their own type parameters), then each type
// parameter is unified with the core type of its constraint and its
// argument's methods with the constraint's, untyped constant arguments give
// their default types, and the inferred types are substituted into each
// other until none mentions a type parameter being inferred.

import type { Checker } from './check.js';
import { objDecl } from './decl.js';
import { exprString } from './exprstring.js';
import { instantiateNamed } from './instantiate.js';
import { instantiateOperand } from './instexpr.js';
import { missingMethod } from './lookup.js';
import type { Operand } from './operand.js';
import { isNilOperand } from './operand.js';
import { defaultType, identical, isTyped, isUntypedNumeric, isValid } from './predicates.js';
import type { SubstMap } from './subst.js';
import { makeSubstMap, mentions, subst } from './subst.js';
import type { Signature, Type, TypeParam } from './type.js';
import { commonUnder, constraintInterface, typeParamSet } from './typeparams/typeset.js';
import type { Term } from './typeparams/typeset.js';
import { ASSIGN, EXACT, Unifier } from './unify.js';
import { allowVersion } from './version.js';

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

/** An inference failure: the message (without "in call to f, "), where, and for a constraint mismatch the parameter and type. */
interface InferError {
  pos: number;
  msg: string;
  kind: 'mismatch' | 'constraint' | 'cannotInfer';
  tp?: TypeParam;
  arg?: Type;
}

interface CoreInput {
  tparams: readonly TypeParam[];
  targs: readonly (Type | undefined)[];
  ptypes: readonly Type[];
  args: readonly Operand[];
  /** How each argument is named in messages (its expression by default). */
  argNames?: readonly string[];
  pos: number;
  /** Reverse inference (a generic function assigned to a function type): the "argument" is the target. */
  reverse?: boolean;
}

/** infer returns the callee's complete type argument list (and instantiates generic function arguments), or undefined after reporting an error. */
export function infer(check: Checker, inp: InferInput): Type[] | undefined {
  // the callee's type parameters are renamed, so that a recursive call f[P](x P) inside f infers P := P
  const tparams = renameTParams(inp.tparams);
  const rn = makeSubstMap(inp.tparams, tparams);
  let ptypes = inp.ptypes.map((p) => subst(p, rn, instantiateNamed));
  // explicit type arguments are substituted first (as types2)
  if (inp.targs.length > 0) {
    const explicit = makeSubstMap(tparams.slice(0, inp.targs.length), inp.targs);
    ptypes = ptypes.map((p) => subst(p, explicit, instantiateNamed));
  }
  const all: TypeParam[] = [...tparams];
  const targs: (Type | undefined)[] = tparams.map((_, i) => inp.targs[i]);
  // generic function arguments: their (renamed) type parameters are inferred together with the callee's
  const args = inp.args.map((a) => {
    if (a.mode !== 'value' || a.type.kind !== 'Signature' || !a.type.typeParams?.length) return a;
    const atps = renameTParams(a.type.typeParams);
    const sig = subst({ ...a.type, typeParams: undefined }, makeSubstMap(a.type.typeParams, atps), instantiateNamed);
    all.push(...atps);
    atps.forEach((_, i) => targs.push(a.targs?.[i]));
    return { ...a, type: sig };
  });
  const r = inferCore(check, { tparams: all, targs, ptypes, args, pos: inp.pos });
  if ('error' in r) {
    check.error(r.error.pos, `in call to ${inp.fname}, ${r.error.msg}`);
    return undefined;
  }
  const n = tparams.length;
  let j = n;
  for (const a of inp.args) {
    if (a.mode !== 'value' || a.type.kind !== 'Signature' || !a.type.typeParams?.length) continue;
    const k = j + a.type.typeParams.length;
    if (!instantiateOperand(check, a, r.targs.slice(j, k))) return undefined;
    j = k;
  }
  return r.targs.slice(0, n);
}

/**
 * inferReverse infers the type arguments of the generic function value sig (with the explicit
 * prefix targs) from the function type T it is assigned to: the errors are returned, as the
 * caller words them only where the target has a description.
 */
export function inferReverse(check: Checker, sig: Signature, targs: readonly Type[], T: Signature, desc: string, pos: number): { targs: Type[] } | { error: string; cannotInfer: boolean } {
  const tparams = renameTParams(sig.typeParams!);
  const gsig = subst({ ...sig, typeParams: undefined }, makeSubstMap(sig.typeParams!, tparams), instantiateNamed);
  const target: Operand = { mode: 'value', expr: undefined, type: T };
  const r = inferCore(check, { tparams, targs: tparams.map((_, i) => targs[i]), ptypes: [gsig], args: [target], argNames: [desc], pos, reverse: true });
  return 'error' in r ? { error: r.error.msg, cannotInfer: r.error.kind === 'cannotInfer' } : r;
}

/** inferPartial completes explicit type arguments by constraint type inference alone (F[int] used as a value). */
export function inferPartial(check: Checker, tparams0: TypeParam[], targs: Type[], bad?: (tp: TypeParam, arg: Type) => void): Type[] | undefined {
  const tparams = renameTParams(tparams0);
  const r = inferCore(check, { tparams, targs, ptypes: [], args: [], pos: 0 });
  if (!('error' in r)) return r.targs;
  // an explicit type argument that does not match its constraint's core type (as gc: S (type int) does not satisfy ~[]T)
  if (r.error.kind === 'constraint' && bad) bad(r.error.tp!, r.error.arg!);
  return undefined;
}

/** renameTParams gives type parameters new identities (their constraints renamed too). */
function renameTParams(tps: readonly TypeParam[]): TypeParam[] {
  const fresh: TypeParam[] = tps.map((tp) => ({ kind: 'TypeParam', obj: tp.obj, index: tp.index, constraint: tp.constraint }));
  const rn = makeSubstMap(tps, fresh);
  fresh.forEach((f, i) => {
    f.constraint = subst(tps[i]!.constraint, rn, instantiateNamed);
  });
  return fresh;
}

function inferCore(check: Checker, inp: CoreInput): { targs: Type[] } | { error: InferError } {
  const { tparams, args, ptypes, pos } = inp;
  const set = new Set(tparams);
  const isParameterized = (t: Type): boolean => mentions(t, set);
  const u = new Unifier(tparams, inp.targs, allowVersion(check, pos, 21));
  const argName = (i: number): string => inp.argNames?.[i] ?? (args[i]!.expr ? exprString(args[i]!.expr!) : 'argument');
  const argPos = (i: number): number => args[i]!.expr?.pos ?? pos;

  const mismatch = (i: number, par: Type, arg: Type): { error: InferError } => {
    const inferred = u.inferred(tparams);
    const at = argPos(i);
    if (inferred.every((t) => t === undefined)) {
      return { error: { pos: at, kind: 'mismatch', msg: `type ${check.ts(arg)} of ${argName(i)} does not match ${check.ts(par)} (cannot infer ${typeParamsString(tparams)})` } };
    }
    const m: SubstMap = new Map();
    tparams.forEach((p, k) => inferred[k] && m.set(p, inferred[k]!));
    const inf = subst(par, m, instantiateNamed);
    let msg: string;
    if (inf !== par) {
      msg = inp.reverse
        ? `inferred type ${check.ts(inf)} for ${check.ts(par)} does not match type ${check.ts(arg)} of ${argName(i)}`
        : `type ${check.ts(arg)} of ${argName(i)} does not match inferred type ${check.ts(inf)} for ${check.ts(par)}`;
    } else {
      msg = `type ${check.ts(arg)} of ${argName(i)} does not match ${check.ts(par)}`;
    }
    return { error: { pos: at, kind: 'mismatch', msg } };
  };

  // spec: typed arguments are unified with their (parameterized) parameter types
  const untyped: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const par = ptypes[i];
    if (!par || a.mode === 'invalid' || !isValid(a.type)) continue;
    if (!isParameterized(par) && !isParameterized(a.type)) continue;
    if (isTyped(a.type)) {
      if (!u.unify(par, a.type, ASSIGN)) return mismatch(i, par, a.type);
    } else if (par.kind === 'TypeParam' && !isNilOperand(a)) {
      untyped.push(i);
    }
  }

  // constraint type inference: unify each type argument with its constraint's core type, and
  // a known argument's methods with the constraint's; repeat while types get inferred
  for (;;) {
    const before = u.unknowns();
    for (const tp of tparams) {
      const tx = u.at(tp);
      const core = coreTerm(tp);
      if (core) {
        if (tx) {
          if (!u.unify(tx, core.term.type, 0)) {
            return { error: { pos, kind: 'constraint', tp, arg: tx, msg: `${tp.obj.name} (type ${check.ts(tx)}) does not satisfy ${check.ts(tp.constraint)}` } };
          }
        } else if (core.single && !core.term.tilde) {
          u.set(tp, core.term.type);
        }
      }
      if (tx && !isParameterized(tx)) {
        const iface = constraintInterface(tp);
        if (iface && typeParamSet(tp).methods.length > 0) {
          const miss = missingMethod(tx, iface, (f) => objDecl(check, f), (a, b) => u.unify({ ...a, recv: undefined }, { ...b, recv: undefined }, EXACT));
          if (miss) {
            const name = miss.method.name;
            const cause = miss.why === 'pointer' ? `(method ${name} has pointer receiver)` : miss.why === 'wrongType' ? `(wrong type for method ${name})` : `(missing method ${name})`;
            return { error: { pos, kind: 'constraint', tp, arg: tx, msg: `${tp.obj.name} (type ${check.ts(tx)}) does not satisfy ${check.ts(tp.constraint)} ${cause}` } };
          }
        }
      }
    }
    if (u.unknowns() === before) break;
  }

  // spec: an untyped constant argument for a bare type parameter still unknown gives the default
  // type of the "largest" kind among those arguments
  const maxUntyped = new Map<TypeParam, Type>();
  for (const i of untyped) {
    const tp = ptypes[i] as TypeParam;
    if (u.at(tp)) continue;
    const t = args[i]!.type;
    const max = maxUntyped.get(tp);
    if (!max) {
      maxUntyped.set(tp, t);
      continue;
    }
    const m = maxType(max, t);
    if (!m) return { error: { pos: argPos(i), kind: 'mismatch', msg: `mismatched types ${check.ts(max)} and ${check.ts(t)} (cannot infer ${tp.obj.name})` } };
    maxUntyped.set(tp, m);
  }
  for (const [tp, t] of maxUntyped) u.set(tp, defaultType(t));

  const inferred = u.inferred(tparams);
  killCycles(tparams, inferred);
  // substitute the inferred types into each other until nothing changes
  let dirty = inferred.map((_, i) => i).filter((i) => inferred[i] && !inp.targs[i]);
  for (let round = 0; dirty.length > 0 && round < 100; round++) {
    const m: SubstMap = new Map();
    tparams.forEach((p, k) => inferred[k] && m.set(p, inferred[k]!));
    dirty = dirty.filter((i) => {
      const t0 = inferred[i]!;
      const t1 = subst(t0, m, instantiateNamed);
      if (t1 === t0) return false;
      inferred[i] = t1;
      return true;
    });
  }
  // a type still mentioning a type parameter being inferred (a core type *P matching Q) is not inferred
  for (let i = 0; i < tparams.length; i++) {
    const t = inferred[i];
    if (!t || isParameterized(t)) {
      const obj = tparams[i]!.obj;
      return { error: { pos, kind: 'cannotInfer', msg: `cannot infer ${obj.name} (declared at ${check.fset.format(obj.pos)})` } };
    }
  }
  return { targs: inferred as Type[] };
}

/** coreTerm returns the single term of tp's constraint, or else a term for its core type (with a tilde if any term has one). */
function coreTerm(tp: TypeParam): { term: Term; single: boolean } | undefined {
  const terms = typeParamSet(tp).terms;
  if (!terms || terms.length === 0) return undefined;
  if (terms.length === 1) return { term: terms[0]!, single: true };
  const cu = commonUnder(tp, () => '');
  if (!cu.type) return undefined;
  return { term: { tilde: terms.some((t) => t.tilde), type: cu.type }, single: false };
}

/** maxType returns the "larger" of two untyped types (the later numeric kind), undefined if they do not match. */
function maxType(x: Type, y: Type): Type | undefined {
  if (x === y || identical(x, y)) return x;
  if (isUntypedNumeric(x) && isUntypedNumeric(y) && x.kind === 'Basic' && y.kind === 'Basic') return x.basic > y.basic ? x : y;
  return undefined;
}

/** killCycles forgets the inferred type of a parameter whose inferred type refers back to it (substitution would not end). */
function killCycles(tparams: readonly TypeParam[], inferred: (Type | undefined)[]): void {
  const seen = new Set<Type>();
  const walk = (t: Type): void => {
    if (seen.has(t)) {
      const i = t.kind === 'TypeParam' ? tparams.indexOf(t) : -1;
      if (i >= 0) inferred[i] = undefined;
      return;
    }
    seen.add(t);
    try {
      switch (t.kind) {
        case 'Array': case 'Slice': case 'Pointer': case 'Chan': walk(t.elem); break;
        case 'Map': walk(t.key); walk(t.elem); break;
        case 'Struct': for (const f of t.fields) walk(f.type); break;
        case 'Tuple': for (const v of t.vars) walk(v.type); break;
        case 'Signature': walk(t.params); walk(t.results); break;
        case 'Union': for (const x of t.terms) walk(x.type); break;
        case 'Interface': for (const m of t.methods) walk(m.type); for (const e of t.embeddeds) walk(e); break;
        case 'Named': for (const a of t.typeArgs ?? []) walk(a); break;
        case 'TypeParam': {
          const i = tparams.indexOf(t);
          if (i >= 0 && inferred[i]) walk(inferred[i]!);
          break;
        }
        default: break;
      }
    } finally {
      seen.delete(t);
    }
  };
  for (const tp of tparams) walk(tp);
}

/** typeParamsString lists type parameter names as gc does: "P", "P and Q", "P, Q, and R". */
export function typeParamsString(list: readonly TypeParam[]): string {
  const names = list.map((p) => p.obj.name);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}
