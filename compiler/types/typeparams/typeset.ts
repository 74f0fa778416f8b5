// This file computes the type set of an interface (its methods, its term
// list, and whether it is restricted to comparable types) and, from it, the
// core type of a type parameter. The term list is `undefined` for "all types"
// (an interface without type terms), an empty array for the empty set.

import type { Func } from '../object.js';
import { identical, isValid, strictlyComparable, underlying } from '../predicates.js';
import type { Interface, Type, TypeParam } from '../type.js';
import { completeInterface } from '../typexpr.js';

export interface Term {
  readonly tilde: boolean;
  readonly type: Type;
}

export interface TypeSet {
  readonly methods: Func[];
  /** undefined: all types; []: the empty type set. */
  readonly terms: Term[] | undefined;
  readonly comparable: boolean;
}

const cache = new WeakMap<Interface, TypeSet>();
const computing = new Set<Interface>();

const allTypes: TypeSet = { methods: [], terms: undefined, comparable: false };

/** typeSet returns the type set of an interface. */
export function typeSet(iface: Interface): TypeSet {
  const c = cache.get(iface);
  if (c) return c;
  if (computing.has(iface)) return allTypes; // invalid recursive embedding: reported elsewhere
  computing.add(iface);
  try {
    const methods = completeInterface(undefined, iface, undefined);
    let terms: Term[] | undefined;
    let comp = iface.isComparable ?? false;
    for (const e of iface.embeddeds) {
      // spec: "the type set of an interface is the intersection of the type sets of its elements"
      const ts = termsOf(e);
      if (ts.comparable) comp = true;
      if (ts.terms !== undefined) terms = terms === undefined ? ts.terms : intersect(terms, ts.terms);
    }
    // a comparable type set keeps only its strictly comparable types (as gc: [2]any | int is {int})
    if (comp && terms !== undefined) terms = terms.filter((t) => strictlyComparable(t.type, new Set()));
    const r: TypeSet = { methods, terms, comparable: comp };
    cache.set(iface, r);
    return r;
  } finally {
    computing.delete(iface);
  }
}

/** termsOf returns the type set contribution of one embedded element. */
function termsOf(e: Type): { terms: Term[] | undefined; comparable: boolean } {
  if (e.kind === 'Union') {
    // spec: "the type set of a union is the union of the type sets of its terms"
    let out: Term[] = [];
    let all = false;
    for (const t of e.terms) {
      const u = underlying(t.type);
      if (!isValid(u)) continue; // an invalid term (reported elsewhere) adds no types
      if (!t.tilde && u.kind === 'Interface') {
        const s = typeSet(u);
        if (s.terms === undefined) all = true;
        else out = unionTerms(out, s.terms);
      } else if (t.tilde && !identical(t.type, u)) {
        // ~A where A is not an underlying type (reported): no type has it as underlying type
        continue;
      } else out = unionTerms(out, [t]);
    }
    return { terms: all ? undefined : out, comparable: false };
  }
  const u = underlying(e);
  if (u.kind === 'Interface') {
    const s = typeSet(u);
    return { terms: s.terms, comparable: s.comparable };
  }
  // an invalid embedded type (reported elsewhere) or a type parameter does not restrict the set
  if (e.kind === 'TypeParam' || !isValid(u)) return { terms: undefined, comparable: false };
  return { terms: [{ tilde: false, type: e }], comparable: false };
}

function unionTerms(a: Term[], b: Term[]): Term[] {
  const out = [...a];
  for (const t of b) if (!out.some((x) => includesTerm(x, t))) out.push(t);
  return out;
}

/** includesTerm reports whether term x includes term y. */
function includesTerm(x: Term, y: Term): boolean {
  if (x.tilde) return identical(underlying(y.type), x.type);
  return !y.tilde && identical(x.type, y.type);
}

function intersect(a: Term[], b: Term[]): Term[] {
  const out: Term[] = [];
  for (const x of a) {
    for (const y of b) {
      const z = intersectTerm(x, y);
      if (z && !out.some((o) => includesTerm(o, z))) out.push(z);
    }
  }
  return out;
}

function intersectTerm(x: Term, y: Term): Term | undefined {
  if (x.tilde && y.tilde) return identical(x.type, y.type) ? x : undefined;
  if (x.tilde) return identical(underlying(y.type), x.type) ? y : undefined;
  if (y.tilde) return identical(underlying(x.type), y.type) ? x : undefined;
  return identical(x.type, y.type) ? x : undefined;
}

/** constraintInterface returns the interface a type parameter's constraint denotes. */
export function constraintInterface(tp: TypeParam): Interface | undefined {
  const u = underlying(tp.constraint);
  return u.kind === 'Interface' ? u : undefined;
}

/** typeParamSet returns the type set of a type parameter's constraint. */
export function typeParamSet(tp: TypeParam): TypeSet {
  const i = constraintInterface(tp);
  return i ? typeSet(i) : allTypes;
}

/** termTypes lists the underlying types of the type set of t (t itself when not a type parameter);
 * undefined when the set is unrestricted. */
export function termTypes(t: Type): Type[] | undefined {
  if (t.kind !== 'TypeParam') return [t];
  const s = typeParamSet(t);
  if (s.terms === undefined) return undefined;
  return s.terms.map((x) => x.type);
}

/** allTerms reports whether pred holds for every type of t's type set (false if unrestricted or empty). */
export function allTerms(t: Type, pred: (t: Type) => boolean): boolean {
  const ts = termTypes(t);
  if (ts === undefined || ts.length === 0) return false;
  return ts.every(pred);
}

/**
 * coreType returns the core type of t: its underlying type when t is not a
 * type parameter; for a type parameter, the single underlying type of all
 * types of its type set, or undefined.
 * spec: "If the type set contains only types with identical underlying type U, the core type is U."
 */
export function coreType(t: Type): Type | undefined {
  if (t.kind !== 'TypeParam') {
    const u = underlying(t);
    if (u.kind === 'Interface') {
      const s = typeSet(u);
      if (s.terms !== undefined) return coreOfTerms(s.terms);
    }
    return u;
  }
  const s = typeParamSet(t);
  if (s.terms === undefined) return undefined;
  return coreOfTerms(s.terms);
}

function coreOfTerms(terms: Term[]): Type | undefined {
  let cu: Type | undefined;
  for (const term of terms) {
    let u = underlying(term.type);
    if (u.kind === 'TypeParam') {
      const c = coreType(u);
      if (!c) return undefined;
      u = c;
    }
    if (!cu) cu = u;
    else if (!identical(cu, u)) {
      // spec: channels with the same element type and at least one directional: the directional one
      if (cu.kind === 'Chan' && u.kind === 'Chan' && identical(cu.elem, u.elem)) {
        if (cu.dir === 'both') cu = u;
        else if (u.dir !== 'both' && u.dir !== cu.dir) return undefined;
        continue;
      }
      return undefined;
    }
  }
  return cu;
}

/** isTypeConstraint reports whether an interface can only be used as a constraint (type terms or comparable). */
export function isConstraintInterface(iface: Interface): boolean {
  const s = typeSet(iface);
  return s.terms !== undefined || s.comparable;
}

/** coreUnder is underlying(t), or the core type of a type parameter (the parameter itself when it has none). */
export function coreUnder(t: Type): Type {
  if (t.kind !== 'TypeParam') return underlying(t);
  return coreType(t) ?? t;
}

/** noCoreCause explains why a type parameter has no core type of the wanted kind, as gc words it
 * ("no specific type", "int is not a function", "channels chan int and chan string have different element types"). */
export function noCoreCause(t: TypeParam, kind: Type['kind'], ts: (t: Type) => string): string {
  const terms = termTypes(t);
  if (!terms || terms.length === 0) return kind === 'Chan' ? 'no specific channel type' : 'no specific type';
  const what = kind === 'Signature' ? 'a function' : kind === 'Chan' ? 'a channel' : 'a ' + kind.toLowerCase();
  for (const term of terms) {
    const u = underlying(term);
    if (u.kind !== kind) return `${ts(term)} is not ${what}`;
  }
  if (kind === 'Chan') {
    const [a, b] = terms as [Type, Type];
    return `channels ${ts(a)} and ${ts(b)} have different element types`;
  }
  return 'no core type';
}

/**
 * commonUnder returns the common underlying type of the types of t's type set
 * (t's underlying type when t is not a type parameter), or the reason there is
 * none, as gc words it. cond is called first for each (type, underlying type)
 * pair; both are undefined for a type parameter without specific types.
 * Channels may differ in direction: the most restricted one is kept.
 */
export function commonUnder(
  t: Type,
  ts: (t: Type) => string,
  cond?: (t: Type | undefined, u: Type | undefined) => string | undefined,
): { type: Type; err?: undefined } | { type?: undefined; err: string } {
  const pairs: [Type | undefined, Type | undefined][] = [];
  if (t.kind === 'TypeParam') {
    const terms = typeParamSet(t).terms;
    if (terms === undefined) pairs.push([undefined, undefined]);
    else for (const x of terms) pairs.push([x.type, underlying(x.type)]);
  } else pairs.push([t, underlying(t)]);
  let ct: Type | undefined;
  let cu: Type | undefined;
  for (const [t1, u] of pairs) {
    const err = cond?.(t1, u);
    if (err !== undefined) return { err };
    if (!t1 || !u) return { err: 'no specific type' };
    if (!cu) {
      ct = t1;
      cu = u;
      continue;
    }
    if (cu.kind === 'Chan' && u.kind === 'Chan') {
      if (!identical(cu.elem, u.elem)) return { err: `channels ${ts(ct!)} and ${ts(t1)} have different element types` };
      if (cu.dir === u.dir) continue;
      if (cu.dir === 'both') {
        ct = t1;
        cu = u;
      } else if (u.dir !== 'both') return { err: `channels ${ts(ct!)} and ${ts(t1)} have conflicting directions` };
      continue;
    }
    if (!identical(cu, u)) return { err: `${ts(ct!)} and ${ts(t1)} have different underlying types` };
  }
  if (!cu) return { err: 'no specific type' };
  return { type: cu };
}
