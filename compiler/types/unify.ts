// This file implements type unification for inference (as types2's unifier):
// making a type that mentions the type parameters being inferred identical to
// another, binding those parameters. Type parameters unified with each other
// share one binding (a "handle"). Modes: `assign` allows an inexact match at
// the top (assignability: a defined type against a type literal), with exact
// matching below; without `exact`, a defined type unifies with a type literal
// through its underlying type, channel directions are ignored and an
// interface unifies with a type that has its methods.

import { identical, isExported, isValid, underlying } from './predicates.js';
import type { Interface, Named, Type, TypeParam } from './type.js';
import { lookupFieldOrMethod } from './lookup.js';
import type { Func } from './object.js';
import { commonUnder, typeSet } from './typeparams/typeset.js';
import type { Term } from './typeparams/typeset.js';

export const ASSIGN = 1;
export const EXACT = 2;
/** A unification mode: 0 (inexact), ASSIGN, EXACT or ASSIGN | EXACT. */
export type UnifyMode = number;

/** Unifications deeper than this fail (types that expand without end). */
const depthLimit = 50;

interface Handle {
  t: Type | undefined;
}

/** An interface pair being compared (to stop at recursive interfaces). */
interface IfacePair {
  readonly x: Interface;
  readonly y: Interface;
  readonly prev: IfacePair | undefined;
}

export class Unifier {
  private readonly handles = new Map<TypeParam, Handle>();
  private depth = 0;

  /** targs[i] (if any) is the known type argument of tparams[i]. */
  constructor(
    readonly tparams: readonly TypeParam[],
    targs: readonly (Type | undefined)[] = [],
    /** Go 1.21+: interfaces unify with the types that have their methods. */
    readonly interfaceInference = true,
  ) {
    tparams.forEach((p, i) => this.handles.set(p, { t: targs[i] }));
  }

  /** at returns the type bound to x (through the parameters joined with it), if any. */
  at(x: TypeParam): Type | undefined {
    return this.handles.get(x)?.t;
  }

  set(x: TypeParam, t: Type): void {
    this.handles.get(x)!.t = t;
  }

  /** unknowns counts the type parameters without a type yet. */
  unknowns(): number {
    let n = 0;
    for (const h of this.handles.values()) if (!h.t) n++;
    return n;
  }

  /** inferred lists the types bound to tparams (undefined where none is known). */
  inferred(tparams: readonly TypeParam[]): (Type | undefined)[] {
    return tparams.map((p) => this.at(p));
  }

  /** bound returns t as one of the type parameters being inferred, if it is one. */
  bound(t: Type): TypeParam | undefined {
    return t.kind === 'TypeParam' && this.handles.has(t) ? t : undefined;
  }

  unify(x: Type, y: Type, mode: UnifyMode): boolean {
    return this.nify(x, y, mode, undefined);
  }

  /** join makes x and y share a binding; false if both have different ones. */
  private join(x: TypeParam, y: TypeParam): boolean {
    const hx = this.handles.get(x)!;
    const hy = this.handles.get(y)!;
    if (hx === hy) return true;
    if (hx.t && hy.t) return false;
    const [from, to] = hx.t ? [hy, hx] : [hx, hy];
    for (const [p, h] of this.handles) if (h === from) this.handles.set(p, to);
    return true;
  }

  private nify(x: Type, y: Type, mode: UnifyMode, p: IfacePair | undefined): boolean {
    this.depth++;
    try {
      return this.nify0(x, y, mode, p);
    } finally {
      this.depth--;
    }
  }

  private nify0(x: Type, y: Type, mode: UnifyMode, p: IfacePair | undefined): boolean {
    if (x === y) return true;
    if (this.depth > depthLimit) return false;
    // a defined type, if any, goes to y; a bound type parameter, if any, to x
    if (x.kind === 'Named' || this.bound(y)) [x, y] = [y, x];
    // inexact: a type literal unifies with a defined type through its underlying type
    if ((mode & EXACT) === 0 && y.kind === 'Named' && isTypeLit(x) && !(this.interfaceInference && underlying(x).kind === 'Interface')) {
      y = underlying(y);
      if (x === y) return true;
    }
    const px = this.bound(x);
    const py = this.bound(y);
    if (px && py) {
      if (this.join(px, py)) return true;
      return this.nify(this.at(px)!, this.at(py)!, mode, p);
    }
    if (px) return this.bindParam(px, y, mode, p);
    if (this.interfaceInference && (mode & EXACT) === 0) {
      const r = this.interfaces(x, y, p);
      if (r !== undefined) return r;
    }
    if (y.kind === 'TypeParam') [x, y] = [y, x];
    // below the top of an assignment, types match exactly
    const emode = (mode & ASSIGN) !== 0 ? mode | EXACT : mode;
    switch (x.kind) {
      case 'Basic':
        return y.kind === 'Basic' && x.basic === y.basic;
      case 'Array':
        return y.kind === 'Array' && x.len === y.len && this.nify(x.elem, y.elem, emode, p);
      case 'Slice':
        return y.kind === 'Slice' && this.nify(x.elem, y.elem, emode, p);
      case 'Pointer':
        return y.kind === 'Pointer' && this.nify(x.elem, y.elem, emode, p);
      case 'Struct':
        if (y.kind !== 'Struct' || x.fields.length !== y.fields.length) return false;
        return x.fields.every((f, i) => {
          const g = y.fields[i]!;
          return f.embedded === g.embedded && (x.tags[i] ?? '') === (y.tags[i] ?? '') && f.name === g.name
            && (isExported(f.name) || f.pkg === g.pkg) && this.nify(f.type, g.type, emode, p);
        });
      case 'Tuple':
        return y.kind === 'Tuple' && x.vars.length === y.vars.length && x.vars.every((v, i) => this.nify(v.type, y.vars[i]!.type, mode, p));
      case 'Signature':
        return y.kind === 'Signature' && x.variadic === y.variadic && this.nify(x.params, y.params, emode, p) && this.nify(x.results, y.results, emode, p);
      case 'Interface': {
        if (y.kind !== 'Interface') return false;
        const xs = typeSet(x);
        const ys = typeSet(y);
        if (xs.comparable !== ys.comparable || !sameTerms(xs.terms, ys.terms) || xs.methods.length !== ys.methods.length) return false;
        const q: IfacePair = { x, y, prev: p };
        for (let r = p; r; r = r.prev) if ((r.x === x && r.y === y) || (r.x === y && r.y === x)) return true;
        return xs.methods.every((f, i) => {
          const g = ys.methods[i]!;
          return sameMethodId(f, g) && this.nify(f.type, g.type, EXACT, q);
        });
      }
      case 'Map':
        return y.kind === 'Map' && this.nify(x.key, y.key, emode, p) && this.nify(x.elem, y.elem, emode, p);
      case 'Chan':
        return y.kind === 'Chan' && ((mode & EXACT) === 0 || x.dir === y.dir) && this.nify(x.elem, y.elem, emode, p);
      case 'Named': {
        if (y.kind !== 'Named') return false;
        const xa = x.typeArgs ?? [];
        const ya = y.typeArgs ?? [];
        if (xa.length !== ya.length) return false;
        for (let i = 0; i < xa.length; i++) if (!this.nify(xa[i]!, ya[i]!, mode, p)) return false;
        return sameOrigin(x, y);
      }
      case 'TypeParam': {
        // a type parameter that is not being inferred stands for its common underlying type, if any
        const cu = commonUnder(x, () => '');
        if (cu.type) return this.nify(cu.type, y, ASSIGN, p);
        return false;
      }
      case 'Union':
        return identical(x, y);
    }
  }

  /** bindParam unifies the bound type parameter px with y (not a bound type parameter). */
  private bindParam(px: TypeParam, y: Type, mode: UnifyMode, p: IfacePair | undefined): boolean {
    const x = this.at(px);
    if (!x) {
      this.set(px, y);
      return true;
    }
    if (!this.nify(x, y, mode, p)) return false;
    const xi = asInterface(x);
    const yi = asInterface(y);
    const xn = x.kind === 'Named';
    const yn = y.kind === 'Named';
    if (xi && yi) {
      // two interfaces: defined ones must be identical; else their method sets must be the same
      if (xn && yn) return identical(x, y);
      if (typeSet(xi).methods.length !== typeSet(yi).methods.length) return false;
    } else if (xi || yi) {
      // only one of them an interface: either would do, so the choice would depend on the order
      return false;
    }
    if ((mode & EXACT) === 0) {
      // inexact: keep a defined type, else a directed channel, whatever the order of the types
      if (!xn && yn) this.set(px, y);
      else if (!xn) {
        const yc = underlying(y);
        if (yc.kind === 'Chan' && yc.dir !== 'both') this.set(px, y);
      }
    }
    return true;
  }

  /** interfaces unifies x and y when either is an interface (inexact mode): undefined if neither is. */
  private interfaces(x: Type, y: Type, p: IfacePair | undefined): boolean | undefined {
    let xi = asInterface(x);
    const yi = asInterface(y);
    if (xi && yi) {
      const xs = typeSet(xi);
      const ys = typeSet(yi);
      if (xs.comparable !== ys.comparable || !sameTerms(xs.terms, ys.terms)) return false;
      const q: IfacePair = { x: xi, y: yi, prev: p };
      for (let r = p; r; r = r.prev) if ((r.x === xi && r.y === yi) || (r.x === yi && r.y === xi)) return true;
      // the methods of the interface with fewer must be among the other's, with unifying signatures
      let [xm, ym] = [xs.methods, ys.methods];
      if (xm.length > ym.length) [xm, ym] = [ym, xm];
      return xm.every((m) => {
        const o = ym.find((n) => sameMethodId(m, n));
        return o !== undefined && this.nify(m.type, o.type, EXACT, q);
      });
    }
    if (yi) {
      xi = yi;
      y = x;
    }
    if (!xi) return undefined;
    // y must have all the interface's methods, with unifying signatures
    for (const m of typeSet(xi).methods) {
      const r = lookupFieldOrMethod(y, false, m.pkg, m.name);
      if (r.kind !== 'found' || r.obj.kind !== 'Func') return false;
      if (!this.nify({ ...m.type, recv: undefined }, { ...r.obj.type, recv: undefined }, EXACT, p)) return false;
    }
    return true;
  }
}

/** isTypeLit reports whether t is a type literal (not a defined type or a type parameter). */
function isTypeLit(t: Type): boolean {
  return t.kind !== 'Named' && t.kind !== 'TypeParam';
}

/** asInterface returns the underlying interface of t, unless t is a type parameter. */
function asInterface(t: Type): Interface | undefined {
  if (t.kind === 'TypeParam') return undefined;
  const u = underlying(t);
  return u.kind === 'Interface' && isValid(u) ? u : undefined;
}

function sameOrigin(x: Named, y: Named): boolean {
  return (x.origin ?? x) === (y.origin ?? y);
}

function sameMethodId(f: Func, g: Func): boolean {
  return f.name === g.name && (isExported(f.name) || f.pkg === g.pkg);
}

function sameTerms(a: readonly Term[] | undefined, b: readonly Term[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  const has = (xs: readonly Term[], t: Term): boolean => xs.some((u) => u.tilde === t.tilde && identical(u.type, t.type));
  return a.every((t) => has(b, t)) && b.every((t) => has(a, t));
}
