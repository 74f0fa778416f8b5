// This file defines Info, the checker's result: side tables keyed by AST node
// identity that later stages (ssa) read. Nothing in the AST is mutated.

import type * as ast from '../syntax/ast.js';
import type { ConstValue } from './constant.js';
import type { Func, Obj, Package, Scope, Var } from './object.js';
import type { Type } from './type.js';

/** How an expression may be used. */
export type OperandMode =
  | 'novalue' // a call of a function without results
  | 'builtin' // a builtin function name
  | 'typexpr' // the expression denotes a type
  | 'constant' // a constant (value set)
  | 'variable' // addressable
  | 'mapindex' // m[k]: assignable but not addressable
  | 'value' // any other value
  | 'commaok'; // a value that may be used in a comma-ok assignment (map index, type assertion, receive)

export interface TypeAndValue {
  readonly mode: OperandMode;
  /** After conversion of untyped operands to their final type (e.g. the `1` in `x + 1` has x's type). */
  readonly type: Type;
  readonly value?: ConstValue; // set when mode === 'constant'
}

/** Selection describes a selector expression x.f that is not a qualified identifier (pkg.Name). */
export interface Selection {
  readonly kind: 'FieldVal' | 'MethodVal' | 'MethodExpr';
  readonly recv: Type; // type of x
  readonly obj: Var | Func; // the field or method
  /** Path of field indices through embedded fields; the last entry selects obj itself for fields
   * (for methods, the path leads to the embedded value whose method is called). */
  readonly index: number[];
  /** True when an implicit pointer indirection happens along the path. */
  readonly indirect: boolean;
  readonly type: Type; // type of x.f (for MethodExpr, the function type with the receiver first)
}

/** Instance records a generic function or type instantiated at an identifier. */
export interface Instance {
  readonly typeArgs: Type[];
  readonly type: Type;
}

export interface Info {
  /** Every expression (including type expressions) that was checked. */
  readonly types: Map<ast.Expr, TypeAndValue>;
  /** Identifiers that declare an object (the blank identifier _ maps to undefined-free objects where Go creates one). */
  readonly defs: Map<ast.Ident, Obj>;
  /** Identifiers that denote an object. */
  readonly uses: Map<ast.Ident, Obj>;
  /** Objects implicitly declared: type switch case variables (per CaseClause), anonymous imports, ... */
  readonly implicits: Map<ast.Node, Obj>;
  readonly selections: Map<ast.SelectorExpr, Selection>;
  readonly instances: Map<ast.Ident, Instance>;
  /** Scopes of files, blocks, functions and statements that open one. */
  readonly scopes: Map<ast.Node, Scope>;
  /** Package-level variable initializers in execution order. */
  readonly initOrder: Initializer[];
  /** The function objects of every FuncDecl of the package. */
  readonly funcs: Func[];
}

/** Initializer: `lhs... = rhs` for package-level variables, in dependency order. */
export interface Initializer {
  readonly lhs: Var[];
  readonly rhs: ast.Expr;
}

/** CheckedPackage is what the checker hands to the next stage. */
export interface CheckedPackage {
  readonly pkg: Package;
  readonly files: ast.File[];
  readonly info: Info;
}
