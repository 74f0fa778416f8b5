// This file implements constraint satisfaction: whether a type argument
// satisfies its type parameter's constraint, with gc's messages
// (`string does not satisfy Number (string missing in ~int | ~float64)`,
// `int does not satisfy Stringer (missing method String)`,
// `[]int does not satisfy comparable`).

import type { Checker } from './check.js';
import { objDecl } from './decl.js';
import { instantiateNamed } from './instantiate.js';
import { hasInvalidEmbeddedFields, missingMethod } from './lookup.js';
import { comparable, identical, isValid, strictlyComparable, underlying } from './predicates.js';
import type { Pos } from '../syntax/pos.js';
import { allowVersion } from './version.js';
import { pathQualifier, typeStringForMessage } from './typestring.js';
import type { SubstMap } from './subst.js';
import { subst } from './subst.js';
import type { Type, TypeParam } from './type.js';
import type { Term } from './typeparams/typeset.js';
import { typeParamSet, typeSet } from './typeparams/typeset.js';

/** satisfies returns undefined when T satisfies tp's constraint (substituted with m), else gc's message. */
export function satisfies(check: Checker, T: Type, tp: TypeParam, m: SubstMap, pos?: Pos): string | undefined {
  if (!isValid(T)) return undefined;
  const Tu = underlying(T);
  if (Tu.kind === 'Pointer' && !isValid(underlying(Tu.elem))) return undefined; // avoid follow-on errors
  const bound = subst(tp.constraint, m, instantiateNamed);
  const iface = underlying(bound);
  if (iface.kind !== 'Interface') return undefined;
  const ts = typeSet(iface);
  // every type satisfies the empty interface
  if (ts.methods.length === 0 && ts.terms === undefined && !ts.comparable) return undefined;
  // a type parameter or interface with an empty type set satisfies any constraint
  const own = T.kind === 'TypeParam' ? typeParamSet(T) : Tu.kind === 'Interface' ? typeSet(Tu) : undefined;
  if (own?.terms !== undefined && own.terms.length === 0) return undefined;
  if (ts.terms !== undefined && ts.terms.length === 0) return `cannot satisfy ${check.ts(bound)} (empty type set)`;
  const head = `${check.ts(T)} does not satisfy ${check.ts(bound)}`;
  if (ts.methods.length > 0) {
    const miss = missingMethod(T, iface, (f) => objDecl(check, f));
    if (miss && !hasInvalidEmbeddedFields(T)) {
      if (miss.why === 'pointer') return `${head} (method ${miss.method.name} has pointer receiver)`;
      if (miss.why === 'wrongType') return `${head} (wrong type for method ${miss.method.name})`;
      if (miss.why === 'ambiguous') return `${head} (ambiguous selector ${check.ts(T)}.${miss.method.name})`;
      return `${head} (missing method ${miss.method.name})`;
    }
  }
  // spec: "A type T satisfies a constraint C if T implements C; or C can be written in the form
  // interface{ comparable; E }, where E is a basic interface and T is comparable and implements E."
  const comparability = (): string | undefined => {
    if (!ts.comparable) return undefined;
    if (strictlyComparable(T, new Set())) return undefined;
    if (comparable(T)) {
      if (pos === undefined || allowVersion(check, pos, 20)) return undefined;
      return `${check.ts(T)} to satisfy comparable requires go1.20 or later`;
    }
    return `${check.ts(T)} does not satisfy comparable`;
  };
  if (ts.terms === undefined) return comparability();
  if (own) {
    // each type of T's type set must be in the constraint's
    if (own.terms === undefined) return head;
    for (const t of own.terms) if (!ts.terms.some((x) => includes(x, t))) return head;
    return comparability();
  }
  if (!ts.terms.some((x) => includes(x, { tilde: false, type: T }))) {
    const alt = ts.terms.find((x) => !x.tilde && identical(x.type, underlying(x.type)) && identical(underlying(T), x.type));
    let detail: string;
    if (alt) detail = `possibly missing ~ for ${check.ts(alt.type)} in ${check.ts(bound)}`;
    else if (mentions(iface, T)) detail = `${check.ts(bound)} mentions ${check.ts(T)}, but ${check.ts(T)} is not in the type set of ${check.ts(bound)}`;
    else detail = `${check.ts(T)} missing in ${termsString(check, ts.terms)}`;
    return `${head} (${detail})`;
  }
  return comparability();
}

/** mentions reports whether an interface names t in one of its (embedded) elements or union terms. */
function mentions(t: Type, x: Type): boolean {
  if (t.kind === 'Interface') return t.embeddeds.some((e) => mentions(e, x));
  if (t.kind === 'Union') return t.terms.some((u) => mentions(u.type, x));
  return identical(t, x);
}

function includes(x: Term, y: Term): boolean {
  if (x.tilde) return identical(underlying(y.type), x.type);
  return !y.tilde && identical(x.type, y.type);
}

function termsString(check: Checker, terms: Term[]): string {
  // as gc, terms print with package-qualified names (p.L)
  return terms.map((t) => (t.tilde ? '~' : '') + typeStringForMessage(t.type, pathQualifier)).join(' | ');
}
