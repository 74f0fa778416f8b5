// This file implements constraint satisfaction: whether a type argument
// satisfies its type parameter's constraint, with gc's messages
// (`string does not satisfy Number (string missing in ~int | ~float64)`,
// `int does not satisfy Stringer (missing method String)`,
// `[]int does not satisfy comparable`).

import type { Checker } from './check.js';
import { objDecl } from './decl.js';
import { instantiateNamed } from './instantiate.js';
import { missingMethod } from './lookup.js';
import { comparable, identical, isValid, underlying } from './predicates.js';
import type { SubstMap } from './subst.js';
import { subst } from './subst.js';
import type { Type, TypeParam } from './type.js';
import type { Term } from './typeparams/typeset.js';
import { typeParamSet, typeSet } from './typeparams/typeset.js';

/** satisfies returns undefined when T satisfies tp's constraint (substituted with m), else gc's message. */
export function satisfies(check: Checker, T: Type, tp: TypeParam, m: SubstMap): string | undefined {
  if (!isValid(T)) return undefined;
  const bound = subst(tp.constraint, m, instantiateNamed);
  const iface = underlying(bound);
  if (iface.kind !== 'Interface') return undefined;
  const ts = typeSet(iface);
  const head = `${check.ts(T)} does not satisfy ${check.ts(bound)}`;
  // spec: "A type T satisfies a constraint C if T implements C; or C can be written in the form
  // interface{ comparable; E }, where E is a basic interface and T is comparable and implements E."
  if (ts.terms !== undefined) {
    if (T.kind === 'TypeParam') {
      const own = typeParamSet(T).terms;
      if (own === undefined) return `${head}`;
      for (const t of own) if (!ts.terms.some((x) => includes(x, t))) return `${head}`;
    } else if (!ts.terms.some((x) => includes(x, { tilde: false, type: T }))) {
      if (ts.terms.length === 0) return `cannot satisfy ${check.ts(bound)} (empty type set)`;
      return `${head} (${check.ts(T)} missing in ${termsString(check, ts.terms)})`;
    }
  }
  if (ts.methods.length > 0) {
    const miss = missingMethod(T, iface, (f) => objDecl(check, f));
    if (miss) {
      if (miss.why === 'pointer') return `${head} (method ${miss.method.name} has pointer receiver)`;
      if (miss.why === 'wrongType') return `${head} (wrong type for method ${miss.method.name})`;
      return `${head} (missing method ${miss.method.name})`;
    }
  }
  if (ts.comparable && !comparable(T)) {
    return `${check.ts(T)} does not satisfy comparable`;
  }
  return undefined;
}

function includes(x: Term, y: Term): boolean {
  if (x.tilde) return identical(underlying(y.type), x.type);
  return !y.tilde && identical(x.type, y.type);
}

function termsString(check: Checker, terms: Term[]): string {
  return terms.map((t) => (t.tilde ? '~' : '') + check.ts(t.type)).join(' | ');
}
