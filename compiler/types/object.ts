// This file defines objects, the named entities that identifiers denote
// (go/types' Object): constants, type names, variables (including struct
// fields and parameters), functions and methods, package names, builtins,
// labels and nil. Also Package and Scope. Objects are unique: compare with ===.

import type { Pos } from '../syntax/pos.js';
import type { Directive, FuncDecl } from '../syntax/ast.js';
import type { ConstValue } from './constant.js';
import type { Signature, Type, TypeParam } from './type.js';

export type Obj = ConstObj | TypeName | Var | Func | PkgName | Builtin | Label | Nil;

interface ObjectBase {
  readonly name: string;
  readonly pos: Pos;
  /** The package the object belongs to; undefined for universe objects. */
  readonly pkg: Package | undefined;
}

export interface ConstObj extends ObjectBase {
  readonly kind: 'Const';
  type: Type;
  value: ConstValue;
}

export interface TypeName extends ObjectBase {
  readonly kind: 'TypeName';
  type: Type; // a Named, a TypeParam, a Basic, or (for aliases) any type
  readonly isAlias: boolean;
  /** For a generic alias `type A[P any] = T`: its type parameters (type is T, mentioning them). */
  typeParams?: TypeParam[];
}

/** Var is a variable: package-level, local, parameter, result, receiver or struct field. */
export interface Var extends ObjectBase {
  readonly kind: 'Var';
  type: Type;
  readonly isField: boolean;
  readonly embedded: boolean; // embedded struct field
  /** true for package-level variables. */
  readonly isGlobal: boolean;
  /** Set by the checker when the variable is used (for "declared and not used"). */
  used?: boolean;
}

/** Func is a function or a method (concrete or interface method). */
export interface Func extends ObjectBase {
  readonly kind: 'Func';
  type: Signature;
  /** The declaration, for package-level functions and methods with a body or external. */
  readonly decl?: FuncDecl;
  /** For methods of an instantiated generic type: the generic method. */
  readonly origin?: Func;
  /** The //go: directives on the declaration (linkname, wasmimport, noinline, ...). */
  readonly directives?: Directive[];
}

export interface PkgName extends ObjectBase {
  readonly kind: 'PkgName';
  readonly imported: Package;
  used?: boolean;
}

export type BuiltinName =
  | 'append' | 'cap' | 'clear' | 'close' | 'complex' | 'copy' | 'delete' | 'imag' | 'len' | 'make'
  | 'max' | 'min' | 'new' | 'panic' | 'print' | 'println' | 'real' | 'recover'
  // package unsafe
  | 'Add' | 'Alignof' | 'Offsetof' | 'Sizeof' | 'Slice' | 'SliceData' | 'String' | 'StringData'
  // types2's test-only builtins (CheckConfig.testBuiltins)
  | 'assert' | 'trace';

export interface Builtin extends ObjectBase {
  readonly kind: 'Builtin';
  readonly builtin: BuiltinName;
}

export interface Label extends ObjectBase {
  readonly kind: 'Label';
  used?: boolean;
}

export interface Nil extends ObjectBase {
  readonly kind: 'Nil';
}

/** Scope maps names to objects; scopes nest. */
export class Scope {
  readonly elems = new Map<string, Obj>();
  readonly children: Scope[] = [];
  constructor(
    readonly parent: Scope | undefined,
    readonly comment = '',
  ) {
    parent?.children.push(this);
  }

  lookup(name: string): Obj | undefined {
    return this.elems.get(name);
  }

  /** lookupParent finds name in this scope or an enclosing one. */
  lookupParent(name: string): Obj | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const o = s.elems.get(name);
      if (o) return o;
    }
    return undefined;
  }

  /** insert adds obj unless the name is taken; it returns the existing object in that case. */
  insert(obj: Obj): Obj | undefined {
    const old = this.elems.get(obj.name);
    if (old) return old;
    this.elems.set(obj.name, obj);
    return undefined;
  }
}

/** Package is a type-checked (or being checked) package. */
export interface Package {
  readonly path: string; // import path, "main" for the program's main package
  name: string;
  readonly scope: Scope;
  imports: Package[];
  /** True once checking finished (with or without errors). */
  complete: boolean;
  /** A stand-in for a package that could not be imported: lookups in it fail silently. */
  fake?: boolean;
}

/** objectKind describes an object in messages, as gc ("package-level variable", "constant", ...). */
export function objectKind(obj: Obj): string {
  switch (obj.kind) {
    case 'PkgName': return 'package name';
    case 'Const': return 'constant';
    case 'TypeName': return obj.isAlias ? 'type alias' : obj.type.kind === 'TypeParam' ? 'type parameter' : 'defined type';
    case 'Var': return obj.isGlobal ? 'package-level variable' : obj.isField ? 'struct field' : 'local variable';
    case 'Func': return obj.type.recv ? 'method' : 'function';
    case 'Label': return 'label';
    case 'Builtin': return 'built-in function';
    case 'Nil': return 'untyped nil';
  }
}
