// This file defines the representation of Go types: a discriminated union on
// `kind`. Types are compared with `identical` (types/predicates.ts), never with
// ===; Named types are unique per declaration (and per instantiation).

import type { Pos } from '../syntax/pos.js';
import type { Func, TypeName, Var } from './object.js';

export type Type =
  | Basic
  | Pointer
  | Slice
  | ArrayT
  | Struct
  | Tuple
  | Signature
  | Interface
  | MapT
  | Chan
  | Named
  | TypeParam
  | Union;

/** BasicKind numbers every predeclared basic type, plus the untyped kinds and `unsafe.Pointer`. */
export enum BasicKind {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
}

/** Basic is a predeclared type. `byte` and `rune` are distinct Basic objects
 * with kinds Uint8 and Int32 (so messages can say `byte` as gc does): compare
 * basic types by `.basic` or with `identical`, never with ===. */
export interface Basic {
  readonly kind: 'Basic';
  readonly basic: BasicKind;
  readonly name: string;
}

export interface Pointer {
  readonly kind: 'Pointer';
  readonly elem: Type;
}

export interface Slice {
  readonly kind: 'Slice';
  readonly elem: Type;
}

export interface ArrayT {
  readonly kind: 'Array';
  readonly elem: Type;
  readonly len: number; // array lengths fit in a JS number (wasm32)
}

/** Struct fields are Vars with isField set; `embedded` marks embedded fields. */
export interface Struct {
  readonly kind: 'Struct';
  readonly fields: Var[];
  readonly tags: (string | undefined)[];
}

/** Tuple is the type of a multi-value expression (a call with several results) and of parameter lists. */
export interface Tuple {
  readonly kind: 'Tuple';
  readonly vars: Var[];
}

export interface Signature {
  readonly kind: 'Signature';
  readonly recv?: Var; // the receiver of a method, absent for functions and func types
  readonly typeParams?: TypeParam[]; // for generic functions
  readonly recvTypeParams?: TypeParam[]; // for methods of generic types
  readonly params: Tuple;
  readonly results: Tuple;
  readonly variadic: boolean; // last param is ...T (its type is []T)
}

/** Interface: explicit methods, embedded types, and (computed by the checker) the
 * complete method set and type set. Methods are sorted by id (types/lookup.ts). */
export interface Interface {
  readonly kind: 'Interface';
  readonly methods: Func[]; // explicitly declared
  readonly embeddeds: Type[]; // embedded interfaces, unions, ~T terms, plain types
  /** allMethods is filled in by the checker once embedded interfaces are resolved. */
  allMethods?: Func[];
  /** true for `comparable` and interfaces embedding it. */
  isComparable?: boolean;
  readonly pos?: Pos;
  /** true for the implicit interface of a constraint written as a type term (`[T ~int]` is `[T interface{~int}]`). */
  readonly implicit?: boolean;
}

export interface MapT {
  readonly kind: 'Map';
  readonly key: Type;
  readonly elem: Type;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface Chan {
  readonly kind: 'Chan';
  readonly dir: ChanDir;
  readonly elem: Type;
}

/** Named is a defined type (or an instantiated generic type). Its underlying
 * type and methods are filled in after the declaration is checked, which is why
 * those fields are mutable. */
export interface Named {
  readonly kind: 'Named';
  readonly obj: TypeName;
  underlying: Type;
  methods: Func[];
  readonly typeParams?: TypeParam[];
  /** The right-hand side of its declaration (`type A B`: B), for cycle detection (cycles.ts). */
  rhs?: Type;
  /** For an instantiation: the generic type and the type arguments. */
  readonly origin?: Named;
  readonly typeArgs?: Type[];
}

export interface TypeParam {
  readonly kind: 'TypeParam';
  readonly obj: TypeName;
  readonly index: number;
  constraint: Type; // an Interface (possibly Named)
}

/** Union is a type-set term list `~int | string` inside a constraint. */
export interface Union {
  readonly kind: 'Union';
  readonly terms: { readonly tilde: boolean; readonly type: Type }[];
}
