// This file implements the substitution of an instantiation's type
// arguments in the types the builder emits. The checker's substitution
// (compiler/types/subst.ts) replaces type parameters and re-instantiates
// generic types; on top of it, a type declared inside a generic function
// (`type pair struct{ a, b T }`) gets one Named per instantiation, named
// with the type arguments ("pair[int]"), since Go gives each instantiation
// of the function its own local types.

import type { TypeName } from '../types/object.js';
import type { Named, Type } from '../types/type.js';
import { hasTypeParam, instantiateNamed, substType, typeArgsString, type SubstMap } from './typeutil.js';

/** The local types of each instantiation (closures share their function's substitution map). */
const locals = new WeakMap<SubstMap, Map<Named, Named>>();

function isLocalGeneric(n: Named): boolean {
  return !n.typeArgs && !!n.obj.pkg && n.obj.pkg.scope.lookup(n.obj.name) !== n.obj && hasTypeParam(n.underlying);
}

/** substitute returns t with m applied, local types of generic functions included. */
export function substitute(t: Type, m: SubstMap): Type {
  const r = substType(t, m);
  return hasTypeParam(r) ? new LocalSubst(m).typ(r) : r;
}

class LocalSubst {
  private readonly cache: Map<Named, Named>;
  constructor(private readonly m: SubstMap) {
    let c = locals.get(m);
    if (!c) locals.set(m, (c = new Map()));
    this.cache = c;
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
      case 'Named':
        if (t.typeArgs && t.origin) {
          const args = t.typeArgs.map((a) => this.typ(a));
          return args.every((a, i) => a === t.typeArgs![i]) ? t : instantiateNamed(t.origin, args);
        }
        return isLocalGeneric(t) ? this.local(t) : t;
      default:
        return t;
    }
  }

  /** local returns the instantiation's copy of a local type that mentions type parameters. */
  private local(n: Named): Named {
    const done = this.cache.get(n);
    if (done) return done;
    const args = [...this.m.values()];
    const obj: TypeName = { ...n.obj, name: n.obj.name + typeArgsString(args) };
    const inst: Named = { kind: 'Named', obj, underlying: n.underlying, methods: [] };
    obj.type = inst;
    this.cache.set(n, inst);
    inst.underlying = this.typ(n.underlying);
    return inst;
  }
}
