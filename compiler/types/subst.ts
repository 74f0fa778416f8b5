// This file implements type substitution: replacing type parameters by type
// arguments inside a type, re-instantiating generic Named types whose
// arguments change. Types that contain no substituted parameter are
// returned unchanged (the same object), so identity by === is preserved.

import type { Func, Var } from './object.js';
import type { Interface, Named, Signature, Tuple, Type, TypeParam } from './type.js';
import { invalidType } from './universe.js';

/** SubstMap maps type parameters to their arguments. */
export type SubstMap = Map<TypeParam, Type>;

/** NamedInstantiator instantiates a generic Named with type arguments (instantiate.ts provides it). */
export type NamedInstantiator = (orig: Named, args: Type[]) => Named;

export function makeSubstMap(tparams: readonly TypeParam[], targs: readonly Type[]): SubstMap {
  const m: SubstMap = new Map();
  tparams.forEach((p, i) => {
    const a = targs[i];
    if (a) m.set(p, a);
  });
  return m;
}

/** subst applies m to t. */
export function subst(t: Type, m: SubstMap, inst: NamedInstantiator): Type {
  if (m.size === 0) return t;
  return new Substituter(m, inst).typ(t);
}

class Substituter {
  private readonly ifaces = new Map<Interface, Interface>();
  constructor(
    private readonly m: SubstMap,
    private readonly inst: NamedInstantiator,
  ) {}

  typ(t: Type): Type {
    switch (t.kind) {
      case 'Basic':
        return t;
      case 'TypeParam':
        return this.m.get(t) ?? t;
      case 'Pointer': case 'Slice': {
        const e = this.typ(t.elem);
        return e === t.elem ? t : { ...t, elem: e };
      }
      case 'Array': {
        const e = this.typ(t.elem);
        return e === t.elem ? t : { ...t, elem: e };
      }
      case 'Chan': {
        const e = this.typ(t.elem);
        return e === t.elem ? t : { ...t, elem: e };
      }
      case 'Map': {
        const k = this.typ(t.key);
        const e = this.typ(t.elem);
        return k === t.key && e === t.elem ? t : { ...t, key: k, elem: e };
      }
      case 'Struct': {
        const fields = this.vars(t.fields);
        return fields === t.fields ? t : { ...t, fields };
      }
      case 'Tuple':
        return this.tuple(t);
      case 'Signature':
        return this.sig(t);
      case 'Union': {
        let changed = false;
        const terms = t.terms.map((x) => {
          const y = this.typ(x.type);
          if (y !== x.type) changed = true;
          return { tilde: x.tilde, type: y };
        });
        return changed ? { kind: 'Union', terms } : t;
      }
      case 'Interface':
        return this.iface(t);
      case 'Named': {
        if (!t.typeArgs || !t.origin) return t;
        // an instance with the wrong number of type arguments (reported) substitutes to invalid, as types2
        if (t.typeArgs.length !== (t.origin.typeParams?.length ?? 0)) return invalidType;
        let changed = false;
        const args = t.typeArgs.map((a) => {
          const b = this.typ(a);
          if (b !== a) changed = true;
          return b;
        });
        return changed ? this.inst(t.origin, args) : t;
      }
    }
  }

  tuple(t: Tuple): Tuple {
    const vars = this.vars(t.vars);
    return vars === t.vars ? t : { kind: 'Tuple', vars };
  }

  vars(vs: Var[]): Var[] {
    let changed = false;
    const out = vs.map((v) => {
      const t = this.typ(v.type);
      if (t === v.type) return v;
      changed = true;
      return { ...v, type: t };
    });
    return changed ? out : vs;
  }

  sig(s: Signature): Signature {
    const params = this.tuple(s.params);
    const results = this.tuple(s.results);
    let recv = s.recv;
    if (recv) {
      const rt = this.typ(recv.type);
      if (rt !== recv.type) recv = { ...recv, type: rt };
    }
    if (params === s.params && results === s.results && recv === s.recv) return s;
    return { ...s, params, results, recv };
  }

  iface(t: Interface): Interface {
    const done = this.ifaces.get(t);
    if (done) return done;
    const methods = t.methods;
    const out: Interface = { kind: 'Interface', methods: [], embeddeds: [], pos: t.pos, isComparable: t.isComparable, implicit: t.implicit };
    this.ifaces.set(t, out);
    let changed = false;
    const ms: Func[] = methods.map((f) => {
      const s = this.sig(f.type);
      if (s === f.type) return f;
      changed = true;
      return { ...f, type: s };
    });
    const embeddeds = t.embeddeds.map((e) => {
      const r = this.typ(e);
      if (r !== e) changed = true;
      return r;
    });
    if (!changed) {
      this.ifaces.set(t, t);
      return t;
    }
    (out.methods as Func[]).push(...ms);
    (out.embeddeds as Type[]).push(...embeddeds);
    // the complete method set is recomputed from the substituted methods and embeddeds when needed
    return out;
  }
}

/** containsTypeParam reports whether t mentions one of the type parameters in set (any when set is undefined). */
export function mentions(t: Type, set: ReadonlySet<TypeParam> | undefined, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  switch (t.kind) {
    case 'Basic': return false;
    case 'TypeParam': return set ? set.has(t) : true;
    case 'Pointer': case 'Slice': case 'Array': case 'Chan': return mentions(t.elem, set, seen);
    case 'Map': return mentions(t.key, set, seen) || mentions(t.elem, set, seen);
    case 'Struct': return t.fields.some((f) => mentions(f.type, set, seen));
    case 'Tuple': return t.vars.some((v) => mentions(v.type, set, seen));
    case 'Signature': return mentions(t.params, set, seen) || mentions(t.results, set, seen);
    case 'Union': return t.terms.some((x) => mentions(x.type, set, seen));
    case 'Interface': return (t.allMethods ?? t.methods).some((f) => mentions(f.type, set, seen)) || t.embeddeds.some((e) => mentions(e, set, seen));
    case 'Named': return (t.typeArgs ?? []).some((a) => mentions(a, set, seen));
  }
}
