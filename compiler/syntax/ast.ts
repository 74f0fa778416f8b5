// This file defines the Go abstract syntax tree: every node is a plain object
// with a string `kind` (named after the Go spec production) and a `pos`.
// The parser builds it; the type checker records facts about nodes in side
// tables keyed by node identity (types/info.ts), so nodes are never mutated
// after parsing.

import type { Pos } from './pos.js';

// ---------------------------------------------------------------------------
// Files and declarations

export interface File {
  readonly kind: 'File';
  readonly pos: Pos; // position of "package"
  readonly filename: string;
  readonly pkgName: Ident;
  readonly imports: ImportSpec[];
  readonly decls: Decl[]; // in source order (GenDecls for imports included)
  /** //go:build expression text, if any (without the "//go:build " prefix). */
  readonly buildConstraint?: string;
  readonly end: Pos;
}

/** Directive is a //go:NAME comment line attached to the following declaration. */
export interface Directive {
  readonly pos: Pos;
  readonly name: string; // e.g. "go:linkname", "go:wasmimport", "go:noinline"
  readonly args: string[]; // whitespace-separated words after the name
}

export type Decl = GenDecl | FuncDecl | BadDecl;

export interface BadDecl {
  readonly kind: 'BadDecl';
  readonly pos: Pos;
}

/** GenDecl is `import`, `const`, `type` or `var`, with or without parentheses. */
export interface GenDecl {
  readonly kind: 'GenDecl';
  readonly pos: Pos;
  readonly tok: 'import' | 'const' | 'type' | 'var';
  readonly specs: Spec[];
  readonly directives: Directive[];
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface ImportSpec {
  readonly kind: 'ImportSpec';
  readonly pos: Pos;
  readonly name?: Ident; // local name, "." or "_"
  readonly path: BasicLit; // STRING
  /** The path is missing or not a string literal (reported by the parser). */
  readonly bad?: boolean;
}

/** ValueSpec is one line of a const or var declaration. For const specs,
 * `iota` is the index of the spec in its group; omitted type and values repeat
 * the previous spec's (the parser records them as given; the checker repeats). */
export interface ValueSpec {
  readonly kind: 'ValueSpec';
  readonly pos: Pos;
  readonly names: Ident[];
  readonly type?: Expr;
  readonly values: Expr[];
  readonly iota: number;
}

export interface TypeSpec {
  readonly kind: 'TypeSpec';
  readonly pos: Pos;
  readonly name: Ident;
  readonly typeParams?: Field[];
  readonly assign: boolean; // alias declaration: type A = B
  readonly type: Expr;
  readonly directives: Directive[];
}

export interface FuncDecl {
  readonly kind: 'FuncDecl';
  readonly pos: Pos; // position of "func"
  readonly recv?: Field; // method receiver
  readonly name: Ident;
  readonly typeParams?: Field[];
  readonly type: FuncType;
  readonly body?: BlockStmt; // absent for external (assembly / wasmimport) functions
  readonly directives: Directive[];
}

// ---------------------------------------------------------------------------
// Expressions and types

export type Expr =
  | BadExpr
  | Ident
  | BasicLit
  | CompositeLit
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | ArrayType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType
  | Ellipsis;

export interface BadExpr {
  readonly kind: 'BadExpr';
  readonly pos: Pos;
}

export interface Ident {
  readonly kind: 'Ident';
  readonly pos: Pos;
  readonly name: string;
}

export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

/** BasicLit keeps the literal's source text; the checker evaluates it exactly. */
export interface BasicLit {
  readonly kind: 'BasicLit';
  readonly pos: Pos;
  readonly litKind: LitKind;
  readonly value: string; // source text, e.g. "0x1p-2", "'\\n'", "`raw`"
}

export interface CompositeLit {
  readonly kind: 'CompositeLit';
  readonly pos: Pos; // position of the type, or of "{" when the type is elided
  readonly type?: Expr; // absent for elided types inside another composite literal
  readonly elts: Expr[]; // values or KeyValueExprs
  readonly lbrace: Pos;
  readonly rbrace: Pos;
}

export interface FuncLit {
  readonly kind: 'FuncLit';
  readonly pos: Pos;
  readonly type: FuncType;
  readonly body: BlockStmt;
}

export interface ParenExpr {
  readonly kind: 'ParenExpr';
  readonly pos: Pos;
  readonly x: Expr;
}

export interface SelectorExpr {
  readonly kind: 'SelectorExpr';
  readonly pos: Pos; // position of x
  readonly x: Expr;
  readonly sel: Ident;
}

/** IndexExpr is x[i] and also a generic instantiation x[T1, T2] (several indices). */
export interface IndexExpr {
  readonly kind: 'IndexExpr';
  readonly pos: Pos; // position of x
  readonly x: Expr;
  readonly indices: Expr[]; // at least one
  readonly lbrack: Pos;
}

export interface SliceExpr {
  readonly kind: 'SliceExpr';
  readonly pos: Pos; // position of x
  readonly x: Expr;
  readonly low?: Expr;
  readonly high?: Expr;
  readonly max?: Expr;
  readonly slice3: boolean;
  readonly lbrack: Pos;
}

/** TypeAssertExpr is x.(T); `type` is absent for x.(type) in a type switch. */
export interface TypeAssertExpr {
  readonly kind: 'TypeAssertExpr';
  readonly pos: Pos; // position of x
  readonly x: Expr;
  readonly type?: Expr;
  readonly lparen: Pos;
}

export interface CallExpr {
  readonly kind: 'CallExpr';
  readonly pos: Pos; // position of fun
  readonly fun: Expr;
  readonly args: Expr[];
  readonly hasDots: boolean; // f(x...)
  readonly lparen: Pos;
  readonly rparen: Pos;
}

/** StarExpr is *x: a dereference or a pointer type. */
export interface StarExpr {
  readonly kind: 'StarExpr';
  readonly pos: Pos;
  readonly x: Expr;
}

export type UnaryOp = '+' | '-' | '!' | '^' | '&' | '<-' | '~';

export interface UnaryExpr {
  readonly kind: 'UnaryExpr';
  readonly pos: Pos; // position of the operator
  readonly op: UnaryOp;
  readonly x: Expr;
}

export type BinaryOp =
  | '||' | '&&'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '+' | '-' | '|' | '^'
  | '*' | '/' | '%' | '<<' | '>>' | '&' | '&^';

export interface BinaryExpr {
  readonly kind: 'BinaryExpr';
  readonly pos: Pos; // position of x (gc reports binary-expression errors at the operator: see opPos)
  readonly op: BinaryOp;
  readonly opPos: Pos;
  readonly x: Expr;
  readonly y: Expr;
}

export interface KeyValueExpr {
  readonly kind: 'KeyValueExpr';
  readonly pos: Pos; // position of key
  readonly key: Expr;
  readonly value: Expr;
}

/** ArrayType is [N]T, [...]T (len is an Ellipsis) or the slice type []T (len absent). */
export interface ArrayType {
  readonly kind: 'ArrayType';
  readonly pos: Pos;
  readonly len?: Expr;
  readonly elem: Expr;
}

export interface StructType {
  readonly kind: 'StructType';
  readonly pos: Pos;
  readonly fields: Field[];
}

/** Field is a struct field group, a parameter group, a result, a receiver,
 * an interface element or a type parameter group. Names are empty for
 * anonymous parameters and embedded fields. */
export interface Field {
  readonly kind: 'Field';
  readonly pos: Pos;
  readonly names: Ident[];
  readonly type: Expr; // for variadic parameters, an Ellipsis
  readonly tag?: BasicLit;
}

export interface FuncType {
  readonly kind: 'FuncType';
  readonly pos: Pos;
  readonly params: Field[];
  readonly results: Field[];
}

/** InterfaceType elements: a Field with one name and a FuncType is a method;
 * a Field with no names is an embedded type or a type-set term (union/~T expression). */
export interface InterfaceType {
  readonly kind: 'InterfaceType';
  readonly pos: Pos;
  readonly elems: Field[];
}

export interface MapType {
  readonly kind: 'MapType';
  readonly pos: Pos;
  readonly key: Expr;
  readonly value: Expr;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface ChanType {
  readonly kind: 'ChanType';
  readonly pos: Pos;
  readonly dir: ChanDir;
  readonly elem: Expr;
}

/** Ellipsis is `...T` in a variadic parameter list, or `...` as an array length ([...]T). */
export interface Ellipsis {
  readonly kind: 'Ellipsis';
  readonly pos: Pos;
  readonly elem?: Expr;
}

// ---------------------------------------------------------------------------
// Statements

export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | SwitchStmt
  | TypeSwitchStmt
  | SelectStmt
  | ForStmt
  | RangeStmt;

export interface BadStmt {
  readonly kind: 'BadStmt';
  readonly pos: Pos;
}

export interface DeclStmt {
  readonly kind: 'DeclStmt';
  readonly pos: Pos;
  readonly decl: GenDecl;
}

export interface EmptyStmt {
  readonly kind: 'EmptyStmt';
  readonly pos: Pos;
}

export interface LabeledStmt {
  readonly kind: 'LabeledStmt';
  readonly pos: Pos;
  readonly label: Ident;
  readonly stmt: Stmt;
}

export interface ExprStmt {
  readonly kind: 'ExprStmt';
  readonly pos: Pos;
  readonly x: Expr;
}

export interface SendStmt {
  readonly kind: 'SendStmt';
  readonly pos: Pos;
  readonly chan: Expr;
  readonly value: Expr;
  /** position of "<-" (where gc reports errors about the send); set by the parser */
  readonly arrow?: Pos;
}

export interface IncDecStmt {
  readonly kind: 'IncDecStmt';
  readonly pos: Pos;
  readonly x: Expr;
  readonly inc: boolean;
  /** position of "++"/"--" (where gc reports errors about the statement); set by the parser */
  readonly tokPos?: Pos;
}

/** AssignOp: "=", ":=" or an operator assignment such as "+=" ("<<=", "&^=", ...). */
export type AssignOp = '=' | ':=' | `${Exclude<BinaryOp, '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>='>}=`;

export interface AssignStmt {
  readonly kind: 'AssignStmt';
  readonly pos: Pos; // position of lhs[0]
  readonly lhs: Expr[];
  readonly tok: AssignOp;
  readonly tokPos: Pos;
  readonly rhs: Expr[];
}

export interface GoStmt {
  readonly kind: 'GoStmt';
  readonly pos: Pos;
  readonly call: Expr; // a CallExpr when well formed
}

export interface DeferStmt {
  readonly kind: 'DeferStmt';
  readonly pos: Pos;
  readonly call: Expr; // a CallExpr when well formed
}

export interface ReturnStmt {
  readonly kind: 'ReturnStmt';
  readonly pos: Pos;
  readonly results: Expr[];
}

export interface BranchStmt {
  readonly kind: 'BranchStmt';
  readonly pos: Pos;
  readonly tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  readonly label?: Ident;
}

export interface BlockStmt {
  readonly kind: 'BlockStmt';
  readonly pos: Pos; // "{"
  readonly stmts: Stmt[];
  readonly rbrace: Pos;
}

export interface IfStmt {
  readonly kind: 'IfStmt';
  readonly pos: Pos;
  readonly init?: Stmt;
  readonly cond: Expr;
  readonly body: BlockStmt;
  readonly else?: IfStmt | BlockStmt;
}

/** CaseClause is a case of an expression switch or a type switch; list is empty for `default`. */
export interface CaseClause {
  readonly kind: 'CaseClause';
  readonly pos: Pos;
  readonly list: Expr[];
  readonly isDefault: boolean;
  readonly body: Stmt[];
  readonly colon: Pos;
}

export interface SwitchStmt {
  readonly kind: 'SwitchStmt';
  readonly pos: Pos;
  readonly init?: Stmt;
  readonly tag?: Expr;
  readonly body: CaseClause[];
  readonly rbrace: Pos;
}

/** TypeSwitchStmt: `switch [init;] [x :=] y.(type) {...}`. `assign` is the
 * ExprStmt `y.(type)` or the AssignStmt `x := y.(type)`. */
export interface TypeSwitchStmt {
  readonly kind: 'TypeSwitchStmt';
  readonly pos: Pos;
  readonly init?: Stmt;
  readonly assign: ExprStmt | AssignStmt;
  readonly body: CaseClause[];
  readonly rbrace: Pos;
}

/** CommClause is a case of a select: comm is a SendStmt, an ExprStmt (<-c),
 * or an AssignStmt (v[, ok] = <-c or :=); absent for default. */
export interface CommClause {
  readonly kind: 'CommClause';
  readonly pos: Pos;
  readonly comm?: SendStmt | ExprStmt | AssignStmt;
  readonly body: Stmt[];
  readonly colon: Pos;
}

export interface SelectStmt {
  readonly kind: 'SelectStmt';
  readonly pos: Pos;
  readonly body: CommClause[];
  readonly rbrace: Pos;
}

export interface ForStmt {
  readonly kind: 'ForStmt';
  readonly pos: Pos;
  readonly init?: Stmt;
  readonly cond?: Expr;
  readonly post?: Stmt;
  readonly body: BlockStmt;
}

/** RangeStmt: `for [key[, value] (=|:=)] range x {...}`; tok is absent when there are no variables. */
export interface RangeStmt {
  readonly kind: 'RangeStmt';
  readonly pos: Pos;
  readonly key?: Expr;
  readonly value?: Expr;
  /** A third iteration variable: an error the type checker reports (as types2 does). */
  readonly extra?: Expr;
  readonly tok?: '=' | ':=';
  readonly x: Expr;
  readonly body: BlockStmt;
}

export type Node = File | Decl | Spec | Expr | Stmt | Field | CaseClause | CommClause;
