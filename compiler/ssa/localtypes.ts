// This file owns what Go's compiler records about types declared inside
// functions: their `·N` numbers (typegen: the package's non-alias type
// declarations inside function bodies, counted in source order; Go spells a
// local type with it inside the brackets of type arguments, `main.G[main.L·3]`)
// and the per-instantiation copies of the local types of generic functions
// (subst.ts makes them): a type L declared in F[A, C] is `L[int,string]` in
// F[int, string], a generic local T[B] instantiated with int is
// `T[int,string;int]` (the function's type arguments, then its own).

import type { Pos } from '../syntax/pos.js';
import type { Package, Scope, TypeName } from '../types/object.js';
import type { Named, Type } from '../types/type.js';
import type { SubstMap } from './typeutil.js';

/** LocalCopy describes a per-instantiation copy of a local type. */
export interface LocalCopy {
  /** The declared type (a generic one for instances of a local generic type). */
  readonly orig: Named;
  /** The type arguments of the enclosing generic function. */
  readonly implicits: readonly Type[];
  /** For an instance of a local generic type: its own type arguments. */
  readonly own: readonly Type[] | undefined;
}

const copies = new WeakMap<Named, LocalCopy>();

export function registerLocalCopy(copy: Named, info: LocalCopy): void {
  copies.set(copy, info);
}

/** localCopyOf returns what copy stands for, when it is a per-instantiation copy of a local type. */
export function localCopyOf(n: Named): LocalCopy | undefined {
  return copies.get(n);
}

/** InstanceScope is the declaration of a generic function instantiation's body and its type arguments. */
export interface InstanceScope {
  readonly from: Pos;
  readonly to: Pos;
  readonly targs: readonly Type[];
}

const scopes = new WeakMap<SubstMap, InstanceScope>();

/** registerInstance records the body range and type arguments of the instantiation using m. */
export function registerInstance(m: SubstMap, scope: InstanceScope): void {
  scopes.set(m, scope);
}

export function instanceScope(m: SubstMap): InstanceScope | undefined {
  return scopes.get(m);
}

const gens = new WeakMap<Package, Map<TypeName, number>>();

function collect(s: Scope, pkgScope: Scope, out: TypeName[]): void {
  if (s !== pkgScope) {
    for (const o of s.elems.values()) if (o.kind === 'TypeName' && !o.isAlias && o.type.kind === 'Named') out.push(o);
  }
  for (const c of s.children) collect(c, pkgScope, out);
}

/** localTypeGen returns Go's `·N` number of a type declared inside a function, 0 for others. */
export function localTypeGen(obj: TypeName): number {
  const pkg = obj.pkg;
  if (!pkg || pkg.scope.lookup(obj.name) === obj) return 0;
  let m = gens.get(pkg);
  if (!m) {
    const all: TypeName[] = [];
    collect(pkg.scope, pkg.scope, all);
    // package-level generic types' parameter scopes hold only type parameters (not Named)
    all.sort((a, b) => a.pos - b.pos);
    m = new Map(all.map((o, i) => [o, i + 1]));
    gens.set(pkg, m);
  }
  return m.get(obj) ?? 0;
}
