// This file implements the substitution of an instantiation's type
// arguments in the types the builder emits. The checker's substitution
// (compiler/types/subst.ts) replaces type parameters and re-instantiates
// generic types; on top of it, a type declared inside a generic function
// (`type pair struct{ a, b T }`, whether it mentions the type parameters or
// not) gets one Named per instantiation, since Go gives each instantiation of
// the function its own local types; so does each instance of a local generic
// type. Their names and what they stand for are in localtypes.ts.

import type { TypeName } from '../types/object.js';
import type { Named, Type } from '../types/type.js';
import { hasTypeParam, identical, instantiateNamed, isPackageLevel, linkTypeString, makeSubstMap, substType, type SubstMap } from './typeutil.js';
import { instanceScope, localCopyOf, registerLocalCopy, type InstanceScope } from './localtypes.js';

interface CopyEntry {
  readonly own: readonly Type[] | undefined;
  readonly copy: Named;
}

/** The local types of each instantiation (closures share their function's substitution map). */
const locals = new WeakMap<SubstMap, Map<Named, CopyEntry[]>>();

function isLocalGeneric(n: Named): boolean {
  return !n.typeArgs && !isPackageLevel(n) && hasTypeParam(n.underlying);
}

/** substitute returns t with m applied, local types of generic functions included. */
export function substitute(t: Type, m: SubstMap): Type {
  const r = substType(t, m);
  const scope = instanceScope(m);
  let cache = locals.get(m);
  if (!cache) locals.set(m, (cache = new Map()));
  if (scope) return new LocalSubst(m, scope, cache).typ(r);
  return hasTypeParam(r) ? new LocalSubst(m, undefined, cache).typ(r) : r;
}

class LocalSubst {
  constructor(
    private readonly m: SubstMap,
    /** The instantiation's body: a type declared there gets a copy per instantiation. */
    private readonly scope: InstanceScope | undefined,
    private readonly cache: Map<Named, CopyEntry[]>,
  ) {}

  private declaredInside(n: Named): boolean {
    if (localCopyOf(n) || isPackageLevel(n)) return false;
    const s = this.scope;
    if (!s) return isLocalGeneric(n);
    return n.obj.pos >= s.from && n.obj.pos <= s.to;
  }

  typ(t: Type): Type {
    switch (t.kind) {
      case 'TypeParam':
        return this.m.get(t) ?? t;
      case 'Pointer': case 'Slice': case 'Array': case 'Chan': {
        const e = this.typ(t.elem);
        return e === t.elem ? t : { ...t, elem: e };
      }
      case 'Map': {
        const k = this.typ(t.key);
        const e = this.typ(t.elem);
        return k === t.key && e === t.elem ? t : { ...t, key: k, elem: e };
      }
      case 'Struct': {
        let changed = false;
        const fields = t.fields.map((f) => {
          const ft = this.typ(f.type);
          if (ft === f.type) return f;
          changed = true;
          return { ...f, type: ft };
        });
        return changed ? { ...t, fields } : t;
      }
      case 'Tuple': {
        let changed = false;
        const vars = t.vars.map((v) => {
          const vt = this.typ(v.type);
          if (vt === v.type) return v;
          changed = true;
          return { ...v, type: vt };
        });
        return changed ? { kind: 'Tuple', vars } : t;
      }
      case 'Signature': {
        const params = this.typ(t.params);
        const results = this.typ(t.results);
        if (params === t.params && results === t.results) return t;
        return { ...t, params: params as typeof t.params, results: results as typeof t.results };
      }
      case 'Named': {
        const orig = t.origin ?? t;
        const args = t.typeArgs?.map((a) => this.typ(a));
        if (this.declaredInside(orig)) return this.local(orig, t.origin ? args : undefined);
        if (t.typeArgs && t.origin && args) return args.every((a, i) => a === t.typeArgs![i]) ? t : instantiateNamed(t.origin, args);
        return t;
      }
      default:
        return t;
    }
  }

  /** local returns the instantiation's copy of a local type (of an instance of a local generic type with own). */
  private local(orig: Named, own: Type[] | undefined): Named {
    let list = this.cache.get(orig);
    if (!list) this.cache.set(orig, (list = []));
    const same = (a: readonly Type[] | undefined): boolean =>
      (!a && !own) || (!!a && !!own && a.length === own.length && a.every((x, i) => identical(x, own[i]!)));
    const done = list.find((e) => same(e.own));
    if (done) return done.copy;
    const implicits = this.scope?.targs ?? [...this.m.values()];
    const spell = (ts: readonly Type[]) => ts.map((a) => linkTypeString(a)).join(',');
    const obj: TypeName = { ...orig.obj, name: `${orig.obj.name}[${spell(implicits)}${own ? `;${spell(own)}` : ''}]` };
    const copy: Named = { kind: 'Named', obj, underlying: orig.underlying, methods: [] };
    obj.type = copy;
    registerLocalCopy(copy, { orig, implicits, own });
    list.push({ own, copy });
    const m = own ? new Map([...this.m, ...makeSubstMap(orig.typeParams ?? [], own)]) : this.m;
    copy.underlying = new LocalSubst(m, this.scope, this.cache).typ(substType(orig.underlying, m));
    return copy;
  }
}
