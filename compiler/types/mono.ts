// This file detects instantiation cycles (as types2's mono.go): generic code
// whose instantiation would need infinitely many instances, such as
// `func F[T any]() { F[*T]() }`. Each type parameter (and each local defined
// type that mentions the enclosing function's type parameters) is a vertex;
// instantiating a type parameter P with a type argument mentioning Q adds an
// edge Q -> P, of weight 0 when the argument is Q itself, else 1. A cycle of
// positive weight is an error, found by looking for ever-increasing path
// weights (Bellman-Ford).

import type { Pos } from '../syntax/pos.js';
import type { Checker } from './check.js';
import type { Package, Scope, TypeName } from './object.js';
import type { Named, Type, TypeParam } from './type.js';

interface Vertex {
  /** Weight of the heaviest known path to the vertex, the edge it arrives by, its length. */
  weight: number;
  pre: number;
  len: number;
  readonly obj: TypeName;
}

interface Edge {
  readonly dst: number;
  readonly src: number;
  readonly weight: number;
  /** Where the instantiation is, and the type argument. */
  readonly pos: Pos;
  readonly typ: Type;
}

export class MonoGraph {
  private readonly vertices: Vertex[] = [];
  private readonly edges: Edge[] = [];
  /** Receiver type parameters stand for the type parameters of their receiver's generic type. */
  private readonly canon = new Map<TypeParam, TypeParam>();
  private readonly nameIdx = new Map<TypeName, number>();
  /** The scope of each local type declaration (for the type parameters around it). */
  readonly localScope = new Map<TypeName, Scope>();

  recordCanon(recvParam: TypeParam, baseParam: TypeParam): void {
    this.canon.set(recvParam, baseParam);
  }

  /** recordInstance records the instantiation of tparams with targs (positions: of each type argument, else the first one). */
  recordInstance(pkg: Package, positions: readonly Pos[], tparams: readonly TypeParam[], targs: readonly Type[]): void {
    tparams.forEach((tp, i) => {
      const t = targs[i];
      if (t) this.assign(pkg, positions[i] ?? positions[0] ?? 0, tp, t);
    });
  }

  /** assign records that tpar is instantiated with targ (edges from the type parameters and local types in targ). */
  private assign(pkg: Package, pos: Pos, tpar: TypeParam, targ: Type): void {
    if (tpar.obj.pkg !== pkg) return;
    const flow = (src: number, typ: Type): void => {
      this.edges.push({ dst: this.typeParamVertex(tpar), src, weight: typ === targ ? 0 : 1, pos, typ: targ });
    };
    const seen = new Set<Type>();
    const walk = (t: Type): void => {
      if (seen.has(t)) return;
      seen.add(t);
      switch (t.kind) {
        case 'TypeParam':
          if (t.obj.pkg === pkg) flow(this.typeParamVertex(t), t);
          return;
        case 'Named': {
          const src = this.localNamedVertex(pkg, t.origin ?? t);
          if (src >= 0) flow(src, t);
          for (const a of t.typeArgs ?? []) walk(a);
          return;
        }
        case 'Array': case 'Slice': case 'Pointer': case 'Chan':
          walk(t.elem);
          return;
        case 'Map':
          walk(t.key);
          walk(t.elem);
          return;
        case 'Interface':
          for (const m of t.allMethods ?? t.methods) walk(m.type);
          return;
        case 'Signature':
          walk(t.params);
          walk(t.results);
          return;
        case 'Tuple':
          for (const v of t.vars) walk(v.type);
          return;
        case 'Struct':
          for (const f of t.fields) walk(f.type);
          return;
        default:
          return;
      }
    };
    walk(targ);
  }

  /** localNamedVertex is the vertex of a local defined type, with edges from the type parameters in scope at its declaration (-1 for others). */
  private localNamedVertex(pkg: Package, named: Named): number {
    const obj = named.obj;
    if (obj.pkg !== pkg) return -1;
    const known = this.nameIdx.get(obj);
    if (known !== undefined) return known;
    let idx = -1;
    for (let s = this.localScope.get(obj); s && s !== pkg.scope; s = s.parent) {
      for (const e of s.elems.values()) {
        if (e.kind !== 'TypeName' || e.isAlias || e.pos >= obj.pos || e.type.kind !== 'TypeParam') continue;
        if (idx < 0) {
          idx = this.vertices.length;
          this.vertices.push({ weight: 0, pre: 0, len: 0, obj });
        }
        this.edges.push({ dst: idx, src: this.typeParamVertex(e.type), weight: 1, pos: obj.pos, typ: e.type });
      }
    }
    this.nameIdx.set(obj, idx);
    return idx;
  }

  private typeParamVertex(tpar: TypeParam): number {
    const obj = (this.canon.get(tpar) ?? tpar).obj;
    const known = this.nameIdx.get(obj);
    if (known !== undefined) return known;
    const idx = this.vertices.length;
    this.vertices.push({ weight: 0, pre: 0, len: 0, obj });
    this.nameIdx.set(obj, idx);
    return idx;
  }

  /** report finds a cycle of positive weight and reports it (once). */
  report(check: Checker): void {
    const vs = this.vertices;
    for (let again = true; again;) {
      again = false;
      for (let i = 0; i < this.edges.length; i++) {
        const e = this.edges[i]!;
        const src = vs[e.src]!;
        const dst = vs[e.dst]!;
        const w = src.weight + e.weight;
        if (w <= dst.weight) continue;
        dst.pre = i;
        dst.len = src.len + 1;
        if (dst.len === vs.length) {
          this.reportLoop(check, e.dst);
          return;
        }
        dst.weight = w;
        again = true;
      }
    }
  }

  private reportLoop(check: Checker, v: number): void {
    // follow the path back until a vertex repeats: that is the cycle
    const stack: number[] = [];
    const seen = new Set<number>();
    while (!seen.has(v)) {
      stack.push(v);
      seen.add(v);
      v = this.edges[this.vertices[v]!.pre]!.src;
    }
    while (stack[0] !== v) stack.shift();
    let msg = 'instantiation cycle:';
    for (const w of stack) {
      const e = this.edges[this.vertices[w]!.pre]!;
      const obj = this.vertices[e.dst]!.obj;
      const how = obj.type.kind === 'TypeParam' ? 'instantiated as' : 'implicitly parameterized by';
      msg += `\n\t${check.fset.format(e.pos)}: ${obj.name} ${how} ${check.ts(e.typ)}`;
    }
    check.error(this.vertices[v]!.obj.pos, msg);
  }
}
