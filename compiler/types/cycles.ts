// This file owns the detection of invalid declaration cycles, as types2 does
// it: a cycle found while declaring package-level objects (validCycle: only
// type aliases, or values mixed with types), a value whose type is still
// being declared (pendingType: `type T [unsafe.Sizeof(T{})]int`), and the
// "invalid recursive type" / "invalid cycle in declaration" messages.

import type { Checker } from './check.js';
import type { Obj, TypeName } from './object.js';
import type { Operand } from './operand.js';
import { identical } from './predicates.js';
import type { Named, Type } from './type.js';
import { invalidType } from './universe.js';

/** firstInSrc returns the index of the object declared first in the source. */
export function firstInSrc(path: readonly Obj[]): number {
  let fst = 0;
  for (let i = 1; i < path.length; i++) if (path[i]!.pos < path[fst]!.pos) fst = i;
  return fst;
}

/** cycleError reports the declaration cycle, starting at cycle[start], as gc words it. */
export function cycleError(check: Checker, cycle: readonly Obj[], start = 0): void {
  const first = cycle[start]!;
  const isType = first.kind === 'TypeName';
  if (cycle.length === 1) {
    check.error(first.pos, isType ? `invalid recursive type: ${first.name} refers to itself` : `invalid cycle in declaration: ${first.name} refers to itself`);
    return;
  }
  let msg = isType ? `invalid recursive type ${first.name}` : `invalid cycle in declaration of ${first.name}`;
  for (let i = 0; i < cycle.length; i++) {
    const o = cycle[(start + i) % cycle.length]!;
    const next = cycle[(start + i + 1) % cycle.length]!;
    msg += `\n\t${check.fset.format(o.pos)}: ${o.name} refers to ${next.name}`;
  }
  check.error(first.pos, msg);
}

/**
 * validCycle reports whether the cycle that reached obj (on the object path)
 * is permitted, and reports it otherwise: values only (an initialization
 * cycle, reported with the initialization order), or types with at least one
 * defined type (`type T *T`). A cycle through a generic type met in a type
 * parameter list is permitted too.
 */
export function validCycle(check: Checker, obj: Obj): boolean {
  const start = check.objPath.indexOf(obj);
  if (start < 0) return true;
  const cycle = check.objPath.slice(start);
  let nval = 0;
  let ndef = 0;
  for (const o of cycle) {
    if (o.kind === 'Const' || o.kind === 'Var') nval++;
    else if (o.kind === 'TypeName') {
      if (check.inTParamList && o.type.kind === 'Named' && (o.type.typeParams?.length ?? 0) > 0) return true;
      if (!o.isAlias) ndef++;
    }
  }
  if (nval === cycle.length) return true;
  if (nval === 0 && ndef > 0) return true;
  cycleError(check, cycle, firstInSrc(cycle));
  return false;
}

/**
 * finiteSize reports whether values of type t have a known, finite size: t
 * does not contain (by value) a defined type whose declaration is in progress.
 * Such a type is an invalid recursive type, reported here.
 */
function finiteSize(check: Checker, t: Type): boolean {
  switch (t.kind) {
    case 'Named': {
      const n: Named = t.origin ?? t;
      // As types2 (where each instance has its own object at its position): an instance of a generic
      // type found to be an invalid recursive type is reported where it is used, once per instance.
      if (t.origin && check.recursiveGeneric.has(t.origin)) {
        if (!check.finite.has(t)) {
          check.finite.set(t, false);
          const pos = check.instPos.get(t);
          cycleError(check, [pos === undefined ? n.obj : { ...n.obj, pos }], 0);
        }
        return false;
      }
      const known = check.finite.get(n);
      if (known !== undefined) return known;
      const i = check.objPath.indexOf(n.obj);
      if (i >= 0) {
        const cycle = check.objPath.slice(i);
        cycleError(check, cycle, firstInSrc(cycle));
        return false;
      }
      if (!n.rhs) return true; // declared elsewhere (another package) or not by a type declaration
      check.objPath.push(n.obj);
      let ok: boolean;
      try {
        ok = finiteSize(check, n.rhs);
      } finally {
        check.objPath.pop();
      }
      check.finite.set(n, ok);
      return ok;
    }
    case 'Array':
      return finiteSize(check, t.elem);
    case 'Struct':
      return t.fields.every((f) => finiteSize(check, f.type));
    default:
      return true;
  }
}

/** pendingType invalidates a value whose type is still being declared (after reporting the cycle). */
export function pendingType(check: Checker, x: Operand): void {
  if (x.mode === 'invalid' || x.mode === 'novalue' || check.objPath.length === 0) return;
  // an instance of a generic type named as a type (V1.M with V1 = S1[any] in S1's declaration)
  // is not expanded by being named, as in types2: no cycle yet
  if (x.mode === 'typexpr' && x.type.kind === 'Named' && x.type.origin) return;
  if (!finiteSize(check, x.type)) {
    x.mode = 'invalid';
    x.type = invalidType;
  }
}

/**
 * validType reports a type that contains itself without indirection
 * (type T struct{ t T }, type T[P any] [2]T[P], type I interface{ int | I }),
 * following the declared right-hand sides of the defined types it meets
 * (nest: the enclosing instances, whose type arguments stand for their type
 * parameters; path: the named types on the way). The repeated type's
 * underlying type becomes invalid.
 */
export function validType(check: Checker, named: Named): void {
  validType0(check, named, [], []);
}

function validType0(check: Checker, t: Type, nest: Named[], path: Named[]): boolean {
  switch (t.kind) {
    case 'Array':
      return validType0(check, t.elem, nest, path);
    case 'Struct':
      return t.fields.every((f) => validType0(check, f.type, nest, path));
    case 'Union':
      return t.terms.every((x) => validType0(check, x.type, nest, path));
    case 'Interface':
      return t.embeddeds.every((e) => validType0(check, e, nest, path));
    case 'Named': {
      if (nest.some((e) => e === t || identical(e, t))) {
        const orig = t.origin ?? t;
        if (orig.typeParams?.length) check.recursiveGeneric.add(orig);
        orig.rhs = invalidType;
        orig.underlying = invalidType;
        const start = path.findIndex((p) => p === t || identical(p, t));
        const cycle = path.slice(start < 0 ? 0 : start).map((n) => {
          const pos = check.instPos.get(n);
          return pos === undefined ? n.obj : { ...n.obj, pos };
        });
        cycleError(check, cycle, 0);
        return false;
      }
      const rhs = (t.origin ?? t).rhs;
      if (!rhs || nest.length > 64) return true; // another package's type, one still being declared, or too deep
      return validType0(check, rhs, [...nest, t], [...path, t]);
    }
    case 'TypeParam': {
      // a type parameter of the innermost instance stands for its type argument, in the enclosing nest
      const d = nest.length - 1;
      if (d < 0) return true;
      const inst = nest[d]!;
      const i = ((inst.origin ?? inst).typeParams ?? []).indexOf(t);
      if (i < 0 || !inst.typeArgs || i >= inst.typeArgs.length) return true;
      return validType0(check, inst.typeArgs[i]!, nest.slice(0, d), path);
    }
    default:
      return true;
  }
}

/**
 * directCycles reports the package-level type declarations whose right-hand
 * sides are plain type names leading back to themselves (type A B; type B A),
 * before the declarations are checked, as types2 does; the type that closes
 * the cycle becomes invalid.
 */
export function directCycles(check: Checker): void {
  const pathIdx = new Map<TypeName, number>(); // -1: done
  for (const obj of check.objMap.keys()) {
    if (obj.kind !== 'TypeName') continue;
    let tname: TypeName = obj;
    const path: TypeName[] = [];
    for (;;) {
      const start = pathIdx.get(tname);
      if (start !== undefined && start < 0) break;
      if (start !== undefined) {
        tname.type = invalidType;
        check.objColor.set(tname, 'black');
        const cycle = path.slice(start);
        cycleError(check, cycle, firstInSrc(cycle));
        break;
      }
      pathIdx.set(tname, path.length);
      path.push(tname);
      const rhs = check.objMap.get(tname)?.tdecl?.type;
      if (rhs?.kind !== 'Ident') break;
      const next = check.pkg.scope.lookup(rhs.name);
      if (next?.kind !== 'TypeName' || !check.objMap.has(next)) break;
      tname = next;
    }
    for (const t of path) pathIdx.set(t, -1);
  }
}
