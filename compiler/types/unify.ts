// This file implements type unification for inference: matching a parameter
// type that mentions the type parameters being inferred against an argument
// type, binding those parameters. In "inexact" mode (assignability), a
// defined type unifies with a type literal through its underlying type.

import { identical, underlying } from './predicates.js';
import type { Interface, Type, TypeParam } from './type.js';
import { lookupFieldOrMethod } from './lookup.js';
import { coreType } from './typeparams/typeset.js';

const d0 = (d: number): number => d + 1;

export class Unifier {
  readonly bindings = new Map<TypeParam, Type>();
  constructor(readonly tparams: readonly TypeParam[]) {}

  isParam(t: Type): boolean {
    return t.kind === 'TypeParam' && this.tparams.includes(t);
  }

  /** unify reports whether x (which may mention the type parameters) and y can be made identical. */
  unify(x: Type, y: Type, exact = false, depth = 0): boolean {
    if (depth > 64) return false;
    if (x === y) return true;
    if (this.isParam(x) || this.isParam(y)) {
      if (!this.isParam(x)) [x, y] = [y, x];
      const p = x as TypeParam;
      const b = this.bindings.get(p);
      if (!b) {
        if (y !== p) this.bindings.set(p, y);
        return true;
      }
      if (b === y) return true;
      if (this.isParam(y) && !this.bindings.has(y as TypeParam)) {
        this.bindings.set(y as TypeParam, b);
        return true;
      }
      if (!this.unify(b, y, exact, depth + 1)) return false;
      // spec (inference): a defined type is preferred over a type literal with the same underlying type
      if (!exact && b.kind !== 'Named' && y.kind === 'Named' && !this.mentionsParam(y)) this.bindings.set(p, y);
      return true;
    }
    if (!exact) {
      // a type parameter not being inferred stands for its core type
      if (x.kind === 'TypeParam' && y.kind !== 'TypeParam') x = coreType(x) ?? x;
      else if (y.kind === 'TypeParam' && x.kind !== 'TypeParam') y = coreType(y) ?? y;
      // spec (inference): an interface parameter type unifies with a type that has its methods
      const xi = underlying(x);
      if (xi.kind === 'Interface' && underlying(y).kind !== 'Interface' && x.kind === 'Named' && x.typeArgs) {
        return this.unifyMethods(xi, y, d0(depth));
      }
      if (xi.kind === 'Interface' && x.kind === 'Named' && x.typeArgs && y.kind === 'Named' && y.origin !== x.origin && underlying(y).kind === 'Interface') {
        return this.unifyMethods(xi, y, d0(depth));
      }
    }
    if (!exact && (x.kind === 'Named') !== (y.kind === 'Named')) {
      if (x.kind === 'Named') x = underlying(x);
      else y = underlying(y);
      if (x.kind === 'Named' || y.kind === 'Named') return false;
    }
    if (x.kind !== y.kind) return false;
    const d = depth + 1;
    switch (x.kind) {
      case 'Basic':
        return identical(x, y);
      case 'Pointer': case 'Slice':
        return this.unify(x.elem, (y as typeof x).elem, exact, d);
      case 'Array': {
        const b = y as typeof x;
        return x.len === b.len && this.unify(x.elem, b.elem, exact, d);
      }
      case 'Chan': {
        const b = y as typeof x;
        return (exact ? x.dir === b.dir : true) && this.unify(x.elem, b.elem, exact, d);
      }
      case 'Map': {
        const b = y as typeof x;
        return this.unify(x.key, b.key, exact, d) && this.unify(x.elem, b.elem, exact, d);
      }
      case 'Struct': {
        const b = y as typeof x;
        if (x.fields.length !== b.fields.length) return false;
        return x.fields.every((f, i) => f.name === b.fields[i]!.name && f.embedded === b.fields[i]!.embedded && this.unify(f.type, b.fields[i]!.type, true, d));
      }
      case 'Tuple': {
        const b = y as typeof x;
        return x.vars.length === b.vars.length && x.vars.every((v, i) => this.unify(v.type, b.vars[i]!.type, true, d));
      }
      case 'Signature': {
        const b = y as typeof x;
        return x.variadic === b.variadic && this.unify(x.params, b.params, true, d) && this.unify(x.results, b.results, true, d);
      }
      case 'Interface': {
        const b = y as typeof x;
        const ma = x.allMethods ?? x.methods;
        const mb = b.allMethods ?? b.methods;
        if (ma.length !== mb.length) return false;
        return ma.every((m, i) => m.name === mb[i]!.name && this.unify({ ...m.type, recv: undefined }, { ...mb[i]!.type, recv: undefined }, true, d));
      }
      case 'Named': {
        const b = y as typeof x;
        if (x.origin && b.origin && x.origin === b.origin) {
          return x.typeArgs!.every((a, i) => this.unify(a, b.typeArgs![i]!, true, d));
        }
        return identical(x, b);
      }
      case 'TypeParam':
        return false;
      case 'Union':
        return identical(x, y);
    }
  }

  /** unifyMethods unifies the methods of interface x with those of y (which must have them all). */
  unifyMethods(x: Interface, y: Type, depth: number): boolean {
    const ms = x.allMethods ?? x.methods;
    if (ms.length === 0) return true; // (every type has the methods of an empty interface)
    for (const m of ms) {
      const r = lookupFieldOrMethod(y, true, m.pkg, m.name);
      if (r.kind !== 'found' || r.obj.kind !== 'Func') return false;
      if (!this.unify({ ...m.type, recv: undefined }, { ...r.obj.type, recv: undefined }, true, depth)) return false;
    }
    return true;
  }

  private mentionsParam(t: Type): boolean {
    return t.kind === 'TypeParam' && this.isParam(t);
  }
}
