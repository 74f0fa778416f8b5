// This file implements field and method lookup (with promotion through
// embedded fields, breadth-first, as the spec's selector rules say), method
// sets, and the "missing method" test behind interface satisfaction.

import type { Func, Package, Var } from './object.js';
import { identical, isExported, isValid, underlying } from './predicates.js';
import type { Interface, Named, Signature, Type } from './type.js';
import { completeInterface } from './typexpr.js';
import { syncMethods } from './instantiate.js';

export type LookupResult =
  | { kind: 'found'; obj: Var | Func; index: number[]; indirect: boolean }
  | { kind: 'notFound' }
  | { kind: 'ambiguous'; index: number[] }
  /** the method has a pointer receiver but the operand is neither a pointer nor addressable */
  | { kind: 'needsPointer'; obj: Func };

/** A MethodResolver makes sure a method's signature is set up (the checker resolves methods lazily). */
export type MethodResolver = (f: Func) => void;

function sameId(obj: { name: string; pkg: Package | undefined }, pkg: Package | undefined, name: string, foldCase = false): boolean {
  // ignoring case (for error messages), packages are ignored too, as in gc
  if (foldCase && obj.name.toLowerCase() === name.toLowerCase()) return true;
  if (obj.name !== name) return false;
  if (isExported(name)) return true;
  return obj.pkg === pkg || obj.pkg?.path === pkg?.path;
}

export function deref(t: Type): { type: Type; ptr: boolean } {
  if (t.kind === 'Pointer') return { type: t.elem, ptr: true };
  return { type: t, ptr: false };
}

interface Embedded {
  type: Type;
  index: number[];
  indirect: boolean;
  multiples: boolean;
}

export function interfaceMethods(i: Interface): Func[] {
  return i.allMethods ?? completeInterface(undefined, i, undefined);
}

/** hasPtrRecv reports whether a method is declared with a pointer receiver. */
export function hasPtrRecv(f: Func): boolean {
  const r = f.type.recv;
  return r !== undefined && deref(r.type).ptr && underlying(r.type).kind === 'Pointer';
}

/** lookupFieldOrMethod looks up name in T (a type or pointer to a type) from package pkg. */
export function lookupFieldOrMethod(T: Type, addressable: boolean, pkg: Package | undefined, name: string, resolve?: MethodResolver, foldCase = false): LookupResult {
  if (name === '_') return { kind: 'notFound' };
  // A defined pointer type has no methods, but (*x).f fields are reachable through it.
  if (T.kind === 'Named' && T.underlying.kind === 'Pointer') {
    const r = lookupImpl(T.underlying, false, pkg, name, resolve, foldCase);
    if ((r.kind === 'found' && r.obj.kind === 'Func') || r.kind === 'needsPointer') return { kind: 'notFound' };
    return r;
  }
  return lookupImpl(T, addressable, pkg, name, resolve, foldCase);
}

function lookupImpl(T: Type, addressable: boolean, pkg: Package | undefined, name: string, resolve?: MethodResolver, foldCase = false): LookupResult {
  const d = deref(T);
  // a pointer to a named pointer type has no methods; *I for an interface I has none either
  if (d.ptr && (underlying(d.type).kind === 'Interface' || d.type.kind === 'TypeParam')) return { kind: 'notFound' };
  let current: Embedded[] = [{ type: d.type, index: [], indirect: d.ptr, multiples: false }];
  const seen = new Set<Named>();
  while (current.length > 0) {
    const next: Embedded[] = [];
    let found: { obj: Var | Func; index: number[]; indirect: boolean } | undefined;
    for (const e of current) {
      let typ = e.type;
      if (typ.kind === 'TypeParam') {
        // spec: the method set of a type parameter is the method set of its constraint interface
        if (e.index.length > 0) continue;
        const ci = underlying(typ.constraint);
        if (ci.kind !== 'Interface') continue;
        typ = ci;
      }
      if (typ.kind === 'Named') {
        if (seen.has(typ)) continue;
        seen.add(typ);
        if (typ.origin) syncMethods(typ);
        const i = typ.methods.findIndex((m) => sameId(m, pkg, name, foldCase));
        if (i >= 0) {
          if (found || e.multiples) return { kind: 'ambiguous', index: [...e.index, i] };
          found = { obj: typ.methods[i]!, index: [...e.index, i], indirect: e.indirect };
          continue;
        }
        typ = typ.underlying;
      }
      if (typ.kind === 'Struct') {
        for (let i = 0; i < typ.fields.length; i++) {
          const f = typ.fields[i]!;
          if (sameId(f, pkg, name, foldCase)) {
            if (found || e.multiples) return { kind: 'ambiguous', index: [...e.index, i] };
            found = { obj: f, index: [...e.index, i], indirect: e.indirect };
            continue;
          }
          if (!found && f.embedded) {
            const fd = deref(f.type);
            next.push({ type: fd.type, index: [...e.index, i], indirect: e.indirect || fd.ptr, multiples: e.multiples });
          }
        }
      } else if (typ.kind === 'Interface') {
        const ms = interfaceMethods(typ);
        const i = ms.findIndex((m) => sameId(m, pkg, name, foldCase));
        if (i >= 0) {
          if (found || e.multiples) return { kind: 'ambiguous', index: [...e.index, i] };
          found = { obj: ms[i]!, index: [...e.index, i], indirect: e.indirect };
        }
      }
    }
    if (found) {
      const obj = found.obj;
      if (obj.kind === 'Func') {
        resolve?.(obj);
        if (hasPtrRecv(obj) && !found.indirect && !addressable) return { kind: 'needsPointer', obj };
      }
      return { kind: 'found', ...found };
    }
    current = consolidateMultiples(next);
  }
  return { kind: 'notFound' };
}

function consolidateMultiples(list: Embedded[]): Embedded[] {
  if (list.length <= 1) return list;
  const out: Embedded[] = [];
  for (const e of list) {
    const prev = out.find((x) => identical(x.type, e.type));
    if (prev) prev.multiples = true;
    else out.push(e);
  }
  return out;
}

/** MethodSetEntry is one method of a method set, with the path to the embedded receiver. */
export interface MethodSetEntry {
  readonly obj: Func;
  readonly index: number[];
  readonly indirect: boolean;
}

/** methodSet returns the method set of T (for *N: value and pointer methods), sorted by name. */
export function methodSet(T: Type, resolve?: MethodResolver): MethodSetEntry[] {
  const u = underlying(T);
  if (u.kind === 'Interface') return interfaceMethods(u).map((m, i) => ({ obj: m, index: [i], indirect: false }));
  const names = new Map<string, Package | undefined>();
  const collect = (t: Type, depth: number, seen: Set<Type>): void => {
    const d = deref(t);
    if (seen.has(d.type) || depth > 32) return;
    seen.add(d.type);
    if (d.type.kind === 'Named') {
      if (d.type.origin) syncMethods(d.type);
      for (const m of d.type.methods) names.set(m.name, m.pkg);
    }
    if (d.type.kind === 'TypeParam' && depth === 0) {
      const ci = underlying(d.type.constraint);
      if (ci.kind === 'Interface') for (const m of interfaceMethods(ci)) names.set(m.name, m.pkg);
    }
    const du = underlying(d.type);
    if (du.kind === 'Struct') for (const f of du.fields) if (f.embedded) collect(f.type, depth + 1, seen);
    if (du.kind === 'Interface' && depth > 0) for (const m of interfaceMethods(du)) names.set(m.name, m.pkg);
  };
  collect(T, 0, new Set());
  const out: MethodSetEntry[] = [];
  for (const [name, pkg] of [...names].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const r = lookupFieldOrMethod(T, false, pkg, name, resolve);
    if (r.kind === 'found' && r.obj.kind === 'Func') out.push({ obj: r.obj, index: r.index, indirect: r.indirect });
  }
  return out;
}

export type MissingMethod =
  | undefined
  | { method: Func; why: 'missing' | 'pointer' | 'wrongType' | 'ptrToInterface' | 'ambiguous'; have?: Func };

/** missingMethod returns the first method of interface T that V lacks (undefined if V implements T's methods).
 * Signatures are compared with `equivalent` (identity unless given: inference unifies them). */
export function missingMethod(V: Type, T: Interface, resolve?: MethodResolver, equivalent: (a: Signature, b: Signature) => boolean = sameSignature): MissingMethod {
  const vu = underlying(V);
  if (vu.kind === 'Pointer' && underlying(vu.elem).kind === 'Interface' && interfaceMethods(T).length > 0) {
    return { method: interfaceMethods(T)[0]!, why: 'ptrToInterface' };
  }
  for (const m of interfaceMethods(T)) {
    if (vu.kind === 'Interface') {
      const have = interfaceMethods(vu).find((x) => sameId(x, m.pkg, m.name));
      if (!have) return { method: m, why: 'missing' };
      if (!equivalent(have.type, m.type)) return { method: m, why: 'wrongType', have };
      continue;
    }
    const r = lookupFieldOrMethod(V, false, m.pkg, m.name, resolve);
    if (r.kind === 'needsPointer') return { method: m, why: 'pointer', have: r.obj };
    if (r.kind === 'ambiguous') return { method: m, why: 'ambiguous' };
    if (r.kind !== 'found' || r.obj.kind !== 'Func') {
      // a method whose name differs only in case is shown as "have"
      const alt = methodSet(V, resolve).find((e) => e.obj.name.toLowerCase() === m.name.toLowerCase());
      return { method: m, why: 'missing', have: alt?.obj };
    }
    if (!equivalent(r.obj.type, m.type)) return { method: m, why: 'wrongType', have: r.obj };
  }
  return undefined;
}

function sameSignature(a: Signature, b: Signature): boolean {
  return identical({ ...a, recv: undefined }, { ...b, recv: undefined });
}

/**
 * hasInvalidEmbeddedFields reports whether T is a struct (or a pointer to one) with an
 * embedded field of invalid type, directly or through embedded structs: such a type may
 * have any method (it is not reported as missing one, as in gc).
 */
export function hasInvalidEmbeddedFields(T: Type, seen = new Set<Type>()): boolean {
  const d = deref(T).type;
  const s = underlying(d);
  if (s.kind !== 'Struct' || seen.has(s)) return false;
  seen.add(s);
  return s.fields.some((f) => f.embedded && (!isValid(deref(f.type).type) || hasInvalidEmbeddedFields(f.type, seen)));
}
