// This file implements the type helpers the SSA builder uses: it adapts the
// checker's exported predicates (compiler/types/index.ts) and adds small
// constructors for the synthetic types the builder needs (pointers, tuples,
// arrays, signatures of builtin call sites).

import { InternalError } from '../syntax/diagnostics.js';
import { NoPos } from '../syntax/pos.js';
import type { Var } from '../types/object.js';
import type { ArrayT, Basic, Named, Pointer, Signature, Slice, Tuple, Type } from '../types/type.js';
import { subst as checkerSubst, instantiateNamed, typeStringWithLocals, type SubstMap } from '../types/index.js';
import { BasicKind } from '../types/type.js';
import {
  Typ,
  defaultType as checkerDefaultType,
  emptyInterface,
  identical as checkerIdentical,
  typeString as checkerTypeString,
  underlying as checkerUnderlying,
} from '../types/index.js';

export { methodSet, typeString } from '../types/index.js';

export function basic(k: BasicKind): Basic {
  const t = Typ[k];
  if (!t) throw new InternalError(`no basic type ${k}`);
  return t;
}

export const tBool = (): Basic => basic(BasicKind.Bool);
export const tInt = (): Basic => basic(BasicKind.Int);
export const tUint = (): Basic => basic(BasicKind.Uint);
export const tInt32 = (): Basic => basic(BasicKind.Int32);
export const tUint8 = (): Basic => basic(BasicKind.Uint8);
export const tString = (): Basic => basic(BasicKind.String);
export const tAny = (): Type => emptyInterface;

export function underlying(t: Type): Type {
  let u = checkerUnderlying(t);
  while (u.kind === 'Named') u = checkerUnderlying(u);
  return u;
}

export function identical(a: Type, b: Type): boolean {
  return a === b || checkerIdentical(a, b);
}

/** defaultType maps untyped basic types to their default types (untyped nil stays). */
export function defaultType(t: Type): Type {
  return checkerDefaultType(t);
}

function basicKindOf(t: Type): BasicKind | undefined {
  const u = underlying(t);
  return u.kind === 'Basic' ? u.basic : undefined;
}

export function isUntyped(t: Type): boolean {
  return t.kind === 'Basic' && t.basic >= BasicKind.UntypedBool;
}
export function isUntypedNil(t: Type): boolean {
  return t.kind === 'Basic' && t.basic === BasicKind.UntypedNil;
}
export function isStringType(t: Type): boolean {
  const k = basicKindOf(t);
  return k === BasicKind.String || k === BasicKind.UntypedString;
}
export function isBooleanType(t: Type): boolean {
  const k = basicKindOf(t);
  return k === BasicKind.Bool || k === BasicKind.UntypedBool;
}
export function isFloatType(t: Type): boolean {
  const k = basicKindOf(t);
  return k === BasicKind.Float32 || k === BasicKind.Float64 || k === BasicKind.UntypedFloat;
}
export function isComplexType(t: Type): boolean {
  const k = basicKindOf(t);
  return k === BasicKind.Complex64 || k === BasicKind.Complex128 || k === BasicKind.UntypedComplex;
}
export function isIntegerType(t: Type): boolean {
  const k = basicKindOf(t);
  return (
    k !== undefined &&
    ((k >= BasicKind.Int && k <= BasicKind.Uintptr) || k === BasicKind.UntypedInt || k === BasicKind.UntypedRune)
  );
}
export function isInterfaceType(t: Type): boolean {
  return underlying(t).kind === 'Interface';
}
export function isPointerType(t: Type): boolean {
  return underlying(t).kind === 'Pointer';
}

/** deref returns the element type of a pointer type, else t. */
export function deref(t: Type): Type {
  const u = underlying(t);
  return u.kind === 'Pointer' ? u.elem : t;
}

/** mustDeref returns the element type of a pointer type and fails otherwise. */
export function mustDeref(t: Type): Type {
  const u = underlying(t);
  if (u.kind !== 'Pointer') throw new InternalError(`not a pointer type: ${u.kind}`);
  return u.elem;
}

export function newPointer(elem: Type): Pointer {
  return { kind: 'Pointer', elem };
}
export function newSlice(elem: Type): Slice {
  return { kind: 'Slice', elem };
}
export function newArray(elem: Type, len: number): ArrayT {
  return { kind: 'Array', elem, len };
}

export function newVar(name: string, type: Type): Var {
  return { kind: 'Var', name, pos: NoPos, pkg: undefined, type, isField: false, embedded: false, isGlobal: false };
}

export function newTuple(...ts: Type[]): Tuple {
  return { kind: 'Tuple', vars: ts.map((t) => newVar('', t)) };
}

export function newSignature(params: Type[], results: Type[], variadic = false): Signature {
  return { kind: 'Signature', params: newTuple(...params), results: newTuple(...results), variadic };
}

/** resultType is the type of a call of sig: its single result, or the result tuple. */
export function resultType(sig: Signature): Type {
  return sig.results.vars.length === 1 ? sig.results.vars[0]!.type : sig.results;
}

/** signatureOf returns the core signature of a func-typed type. */
export function signatureOf(t: Type): Signature {
  const u = underlying(t);
  if (u.kind !== 'Signature') throw new InternalError(`not a function type: ${u.kind}`);
  return u;
}

/** elemType returns the element type of an array, slice, pointer to array, map, chan or string (byte). */
export function elemType(t: Type): Type {
  const u = underlying(t);
  switch (u.kind) {
    case 'Array':
    case 'Slice':
    case 'Map':
    case 'Chan':
      return u.elem;
    case 'Pointer': {
      const a = underlying(u.elem);
      if (a.kind === 'Array') return a.elem;
      break;
    }
    case 'Basic':
      if (isStringType(u)) return tUint8();
      break;
    default:
      break;
  }
  throw new InternalError(`no element type for ${u.kind}`);
}

// ---------------------------------------------------------------------------
// Generics: substitution of type parameters by type arguments (the checker's
// subst and instantiate, through compiler/types/index.ts).

export type { SubstMap } from '../types/index.js';
export { makeSubstMap, instantiateNamed, instantiateSignature } from '../types/index.js';

/** substType replaces the type parameters of m in t (instances of generic types are the checker's cached ones). */
export function substType(t: Type, m: SubstMap | undefined): Type {
  return m && m.size > 0 ? checkerSubst(t, m, instantiateNamed) : t;
}

/** hasTypeParam reports whether t mentions a type parameter (the IR of a built function never does). */
export function hasTypeParam(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  switch (t.kind) {
    case 'TypeParam':
      return true;
    case 'Pointer': case 'Slice': case 'Array': case 'Chan':
      return hasTypeParam(t.elem, seen);
    case 'Map':
      return hasTypeParam(t.key, seen) || hasTypeParam(t.elem, seen);
    case 'Struct':
      return t.fields.some((f) => hasTypeParam(f.type, seen));
    case 'Tuple':
      return t.vars.some((v) => hasTypeParam(v.type, seen));
    case 'Signature':
      return hasTypeParam(t.params, seen) || hasTypeParam(t.results, seen) || (!!t.recv && hasTypeParam(t.recv.type, seen));
    case 'Named':
      // a type declared inside a generic function may mention its type parameters
      if (!t.typeArgs && t.obj.pkg && t.obj.pkg.scope.lookup(t.obj.name) !== t.obj) return hasTypeParam(t.underlying, seen);
      return (t.typeArgs ?? []).some((a) => hasTypeParam(a, seen));
    case 'Interface':
      return (t.allMethods ?? t.methods).some((f) => hasTypeParam(f.type, seen));
    default:
      return false;
  }
}

/** typeArgsString spells type arguments for link names: "[int,string]". */
export function typeArgsString(args: readonly Type[]): string {
  return `[${args.map((a) => linkTypeString(a)).join(',')}]`;
}

/** linkTypeString spells a type in link names: as typeString, with `@POS` after the name of a
 * type declared inside a function (two examples may each declare a local Person, and
 * slices.SortFunc[[]Person] must be two instantiations). */
export function linkTypeString(t: Type): string {
  return typeStringWithLocals(t, (n) => !isPackageLevel(n));
}

/** isPackageLevel reports whether a named type is declared at package level (local types get
 * position-qualified link names, since two functions may declare types of the same name). */
export function isPackageLevel(n: Named): boolean {
  const pkg = n.obj.pkg;
  return !pkg || pkg.scope.lookup(n.obj.name) === n.obj;
}


/** namedLinkName is a package-level named type's name in link names: "List", or "List[int]" for an instance. */
export function namedLinkName(n: Named): string {
  return n.typeArgs?.length ? n.obj.name + typeArgsString(n.typeArgs) : n.obj.name;
}
