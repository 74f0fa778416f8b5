// This file implements type predicates: underlying, the basic-kind tests
// (isInteger, isUntyped, ...), identical, comparable, hasNil, defaultType.

import { assertNever } from '../syntax/diagnostics.js';
import type { Basic, Signature, Tuple, Type } from './type.js';
import { BasicKind } from './type.js';
import { Typ, universeRune } from './universe.js';
import { allTerms, typeParamSet } from './typeparams/typeset.js';
import { interfaceMethods } from './lookup.js';
import type { Func } from './object.js';

/** underlying returns the underlying type of t (t itself unless t is Named or a TypeParam's constraint). */
export function underlying(t: Type): Type {
  if (t.kind === 'Named') return t.underlying;
  return t;
}

function basicOf(t: Type): Basic | undefined {
  const u = underlying(t);
  return u.kind === 'Basic' ? u : undefined;
}

function basicIn(t: Type, lo: BasicKind, hi: BasicKind): boolean {
  // spec: an operation on a type parameter is permitted if it is permitted for every type of its type set
  if (t.kind === 'TypeParam') return allTerms(t, (x) => basicIn(x, lo, hi));
  const b = basicOf(t);
  return b !== undefined && b.basic >= lo && b.basic <= hi;
}

export function isBoolean(t: Type): boolean {
  if (t.kind === 'TypeParam') return allTerms(t, isBoolean);
  const b = basicOf(t);
  return b !== undefined && (b.basic === BasicKind.Bool || b.basic === BasicKind.UntypedBool);
}
export function isInteger(t: Type): boolean {
  return basicIn(t, BasicKind.Int, BasicKind.Uintptr) || basicIn(t, BasicKind.UntypedInt, BasicKind.UntypedRune);
}
export function isUnsigned(t: Type): boolean {
  return basicIn(t, BasicKind.Uint, BasicKind.Uintptr);
}
export function isFloat(t: Type): boolean {
  return basicIn(t, BasicKind.Float32, BasicKind.Float64) || basicIn(t, BasicKind.UntypedFloat, BasicKind.UntypedFloat);
}
export function isComplex(t: Type): boolean {
  return basicIn(t, BasicKind.Complex64, BasicKind.Complex128) || basicIn(t, BasicKind.UntypedComplex, BasicKind.UntypedComplex);
}
export function isNumeric(t: Type): boolean {
  if (t.kind === 'TypeParam') return allTerms(t, isNumeric);
  return basicIn(t, BasicKind.Int, BasicKind.Complex128) || basicIn(t, BasicKind.UntypedInt, BasicKind.UntypedComplex);
}
export function isString(t: Type): boolean {
  if (t.kind === 'TypeParam') return allTerms(t, isString);
  const b = basicOf(t);
  return b !== undefined && (b.basic === BasicKind.String || b.basic === BasicKind.UntypedString);
}
export function isIntegerOrFloat(t: Type): boolean {
  if (t.kind === 'TypeParam') return allTerms(t, isIntegerOrFloat);
  return isInteger(t) || isFloat(t);
}
/** isOrdered: the types whose values can be compared with < (integers, floats, strings). */
export function isOrdered(t: Type): boolean {
  if (t.kind === 'TypeParam') return allTerms(t, isOrdered);
  return isInteger(t) || isFloat(t) || isString(t);
}
export function isConstType(t: Type): boolean {
  const b = basicOf(t);
  return b !== undefined && b.basic !== BasicKind.Invalid && b.basic !== BasicKind.UnsafePointer && b.basic !== BasicKind.UntypedNil;
}
export function isUntyped(t: Type): boolean {
  return t.kind === 'Basic' && t.basic >= BasicKind.UntypedBool;
}
export function isTyped(t: Type): boolean {
  return !isUntyped(t);
}
export function isUntypedNumeric(t: Type): boolean {
  return t.kind === 'Basic' && t.basic >= BasicKind.UntypedInt && t.basic <= BasicKind.UntypedComplex;
}
export function isUnsafePointer(t: Type): boolean {
  const b = basicOf(t);
  return b !== undefined && b.basic === BasicKind.UnsafePointer;
}
export function isPointer(t: Type): boolean {
  return underlying(t).kind === 'Pointer';
}
export function isInterface(t: Type): boolean {
  return underlying(t).kind === 'Interface';
}
export function isValid(t: Type): boolean {
  return !(t.kind === 'Basic' && t.basic === BasicKind.Invalid);
}
export function isNamed(t: Type): boolean {
  return t.kind === 'Named' || t.kind === 'Basic' || t.kind === 'TypeParam';
}
export function isBasicKind(t: Type, k: BasicKind): boolean {
  return t.kind === 'Basic' && t.basic === k;
}

/** hasNil reports whether nil is a valid value of type t. */
export function hasNil(t: Type): boolean {
  if (t.kind === 'TypeParam') return allTerms(t, hasNil);
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      return u.basic === BasicKind.UnsafePointer;
    case 'Slice': case 'Pointer': case 'Signature': case 'Map': case 'Chan': case 'Interface':
      return true;
    default:
      return false;
  }
}

/** defaultType returns the default type of an untyped type (int, rune, float64, ...), else t. */
export function defaultType(t: Type): Type {
  if (t.kind !== 'Basic') return t;
  switch (t.basic) {
    case BasicKind.UntypedBool: return Typ[BasicKind.Bool]!;
    case BasicKind.UntypedInt: return Typ[BasicKind.Int]!;
    case BasicKind.UntypedRune: return universeRune;
    case BasicKind.UntypedFloat: return Typ[BasicKind.Float64]!;
    case BasicKind.UntypedComplex: return Typ[BasicKind.Complex128]!;
    case BasicKind.UntypedString: return Typ[BasicKind.String]!;
    default: return t;
  }
}

/** identical reports whether a and b are identical types (spec "Type identity"). */
export function identical(a: Type, b: Type): boolean {
  return identicalWith(a, b, true, []);
}

/** identicalIgnoreTags is identical but ignores struct tags (for conversions). */
export function identicalIgnoreTags(a: Type, b: Type): boolean {
  return identicalWith(a, b, false, []);
}

type Pair = [Type, Type];

function identicalWith(a: Type, b: Type, tags: boolean, seen: Pair[]): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'Basic':
      return a.basic === (b as Basic).basic;
    case 'Pointer':
    case 'Slice':
      return identicalWith(a.elem, (b as typeof a).elem, tags, seen);
    case 'Array': {
      const y = b as typeof a;
      return a.len === y.len && identicalWith(a.elem, y.elem, tags, seen);
    }
    case 'Struct': {
      const y = b as typeof a;
      if (a.fields.length !== y.fields.length) return false;
      for (let i = 0; i < a.fields.length; i++) {
        const f = a.fields[i]!;
        const g = y.fields[i]!;
        if (f.embedded !== g.embedded || f.name !== g.name) return false;
        if (tags && (a.tags[i] ?? '') !== (y.tags[i] ?? '')) return false;
        if (!isExported(f.name) && f.pkg !== g.pkg) return false;
        if (!identicalWith(f.type, g.type, tags, seen)) return false;
      }
      return true;
    }
    case 'Tuple':
      return identicalTuple(a, b as Tuple, tags, seen);
    case 'Signature': {
      const y = b as Signature;
      if (a.variadic !== y.variadic) return false;
      if ((a.typeParams?.length ?? 0) !== (y.typeParams?.length ?? 0)) return false;
      return identicalTuple(a.params, y.params, tags, seen) && identicalTuple(a.results, y.results, tags, seen);
    }
    case 'Interface': {
      const y = b as typeof a;
      for (const [p, q] of seen) if (p === a && q === y) return true;
      // (an interface compared before its completion, scheduled for later, is completed now if it can be)
      const methodsOf = (i: typeof a): Func[] => i.allMethods ?? (i.embeddeds.every((e) => isValid(underlying(e))) ? interfaceMethods(i) : i.methods);
      const ma = methodsOf(a);
      const mb = methodsOf(y);
      if (ma.length !== mb.length || (a.isComparable ?? false) !== (y.isComparable ?? false)) return false;
      if (a.embeddeds.some((e) => e.kind === 'Union') || y.embeddeds.some((e) => e.kind === 'Union')) return false;
      const s2: Pair[] = [...seen, [a, y]];
      for (let i = 0; i < ma.length; i++) {
        const f = ma[i]!;
        const g = mb[i]!;
        if (f.name !== g.name || (!isExported(f.name) && f.pkg !== g.pkg)) return false;
        if (!identicalWith(f.type, g.type, tags, s2)) return false;
      }
      return true;
    }
    case 'Map': {
      const y = b as typeof a;
      return identicalWith(a.key, y.key, tags, seen) && identicalWith(a.elem, y.elem, tags, seen);
    }
    case 'Chan': {
      const y = b as typeof a;
      return a.dir === y.dir && identicalWith(a.elem, y.elem, tags, seen);
    }
    case 'Named': {
      const y = b as typeof a;
      if (a.origin && y.origin && a.origin === y.origin) {
        // (an erroneous instance may have the wrong number of type arguments)
        return a.typeArgs!.length === y.typeArgs!.length && a.typeArgs!.every((t, i) => identicalWith(t, y.typeArgs![i]!, tags, seen));
      }
      return false;
    }
    case 'TypeParam':
      return false;
    case 'Union': {
      const y = b as typeof a;
      return a.terms.length === y.terms.length &&
        a.terms.every((t, i) => t.tilde === y.terms[i]!.tilde && identicalWith(t.type, y.terms[i]!.type, tags, seen));
    }
    default:
      return assertNever(a);
  }
}

function identicalTuple(a: Tuple, b: Tuple, tags: boolean, seen: Pair[]): boolean {
  if (a.vars.length !== b.vars.length) return false;
  return a.vars.every((v, i) => identicalWith(v.type, b.vars[i]!.type, tags, seen));
}

export function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** comparable reports whether values of type t can be compared with ==. */
export function comparable(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      return u.basic !== BasicKind.UntypedNil;
    case 'Pointer': case 'Chan': case 'Interface':
      return true;
    case 'Struct':
      return u.fields.every((f) => comparable(f.type, seen));
    case 'Array':
      return comparable(u.elem, seen);
    case 'TypeParam':
      // spec: "Type parameters are comparable if they are strictly comparable": the constraint is
      // comparable, or every type of the type set is strictly comparable
      // (an empty type set has no comparable type)
      if (typeParamSet(u).terms?.length === 0) return false;
      return typeParamSet(u).comparable || allTerms(u, (x) => strictlyComparable(x, seen));
    default:
      return false;
  }
}

/** strictlyComparable: comparable, and not an interface nor built from interfaces (spec "Comparison operators"). */
export function strictlyComparable(t: Type, seen: Set<Type>): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  if (t.kind === 'TypeParam') return typeParamSet(t).comparable || allTerms(t, (x) => strictlyComparable(x, seen));
  const u = underlying(t);
  switch (u.kind) {
    case 'Interface':
      return false;
    case 'Struct':
      return u.fields.every((f) => strictlyComparable(f.type, seen));
    case 'Array':
      return strictlyComparable(u.elem, seen);
    default:
      return comparable(u);
  }
}

/** componentTypes lists the types a value of type t contains or leads to without following
 * methods: elements, keys, struct fields, a func's parameters and results. (Reflection can reach
 * all of them from a value of type t; compiler/ssa/reach.ts and compiler/wasm/typeinfo.ts must
 * agree on this set, so both call this.) */
export function componentTypes(t: Type): Type[] {
  const u = underlying(t);
  switch (u.kind) {
    case 'Pointer':
    case 'Slice':
    case 'Array':
    case 'Chan':
      return [u.elem];
    case 'Map':
      return [u.key, u.elem];
    case 'Struct':
      return u.fields.map((f) => f.type);
    case 'Signature':
      return [...u.params.vars.map((v) => v.type), ...u.results.vars.map((v) => v.type)];
    default:
      return [];
  }
}
