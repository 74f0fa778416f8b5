// This file implements a generic traversal of the AST: `children` lists the
// direct child nodes of any statement, expression or clause, so pre-scans of
// a function body (defer statements, captured loop variables) need no
// per-kind code of their own.

import type * as ast from '../syntax/ast.js';
import { assertNever } from '../syntax/diagnostics.js';

type Walkable = ast.Expr | ast.Stmt | ast.Field | ast.CaseClause | ast.CommClause | ast.Spec | ast.GenDecl;

function defined<T>(xs: (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

function exprChildren(e: ast.Expr): Walkable[] {
  switch (e.kind) {
    case 'BadExpr':
    case 'Ident':
    case 'BasicLit':
      return [];
    case 'CompositeLit':
      return defined<Walkable>([e.type, ...e.elts]);
    case 'FuncLit':
      return [e.type, e.body];
    case 'ParenExpr':
      return [e.x];
    case 'SelectorExpr':
      return [e.x];
    case 'IndexExpr':
      return [e.x, ...e.indices];
    case 'SliceExpr':
      return defined<Walkable>([e.x, e.low, e.high, e.max]);
    case 'TypeAssertExpr':
      return defined<Walkable>([e.x, e.type]);
    case 'CallExpr':
      return [e.fun, ...e.args];
    case 'StarExpr':
    case 'UnaryExpr':
      return [e.x];
    case 'BinaryExpr':
      return [e.x, e.y];
    case 'KeyValueExpr':
      return [e.key, e.value];
    case 'ArrayType':
      return defined<Walkable>([e.len, e.elem]);
    case 'StructType':
      return e.fields;
    case 'FuncType':
      return [...e.params, ...e.results];
    case 'InterfaceType':
      return e.elems;
    case 'MapType':
      return [e.key, e.value];
    case 'ChanType':
      return [e.elem];
    case 'Ellipsis':
      return defined<Walkable>([e.elem]);
    default:
      return assertNever(e);
  }
}

function stmtChildren(s: ast.Stmt): Walkable[] {
  switch (s.kind) {
    case 'BadStmt':
    case 'EmptyStmt':
    case 'BranchStmt':
      return [];
    case 'DeclStmt':
      return [s.decl];
    case 'LabeledStmt':
      return [s.stmt];
    case 'ExprStmt':
      return [s.x];
    case 'SendStmt':
      return [s.chan, s.value];
    case 'IncDecStmt':
      return [s.x];
    case 'AssignStmt':
      return [...s.lhs, ...s.rhs];
    case 'GoStmt':
    case 'DeferStmt':
      return [s.call];
    case 'ReturnStmt':
      return s.results;
    case 'BlockStmt':
      return s.stmts;
    case 'IfStmt':
      return defined<Walkable>([s.init, s.cond, s.body, s.else]);
    case 'SwitchStmt':
      return defined<Walkable>([s.init, s.tag, ...s.body]);
    case 'TypeSwitchStmt':
      return defined<Walkable>([s.init, s.assign, ...s.body]);
    case 'SelectStmt':
      return s.body;
    case 'ForStmt':
      return defined<Walkable>([s.init, s.cond, s.post, s.body]);
    case 'RangeStmt':
      return defined<Walkable>([s.key, s.value, s.x, s.body]);
    default:
      return assertNever(s);
  }
}

/** children returns the direct children of n. */
export function children(n: Walkable): Walkable[] {
  switch (n.kind) {
    case 'Field':
      return [...n.names, n.type];
    case 'CaseClause':
      return [...n.list, ...n.body];
    case 'CommClause':
      return defined<Walkable>([n.comm, ...n.body]);
    case 'ImportSpec':
      return [];
    case 'ValueSpec':
      return defined<Walkable>([...n.names, n.type, ...n.values]);
    case 'TypeSpec':
      return [n.name, n.type];
    case 'GenDecl':
      return n.specs;
    default:
      return isExprKind(n) ? exprChildren(n as ast.Expr) : stmtChildren(n as ast.Stmt);
  }
}

const exprKinds = new Set([
  'BadExpr', 'Ident', 'BasicLit', 'CompositeLit', 'FuncLit', 'ParenExpr', 'SelectorExpr', 'IndexExpr',
  'SliceExpr', 'TypeAssertExpr', 'CallExpr', 'StarExpr', 'UnaryExpr', 'BinaryExpr', 'KeyValueExpr',
  'ArrayType', 'StructType', 'FuncType', 'InterfaceType', 'MapType', 'ChanType', 'Ellipsis',
]);

function isExprKind(n: Walkable): boolean {
  return exprKinds.has(n.kind);
}

export type { Walkable };

/** containsDefer reports whether a function body has a defer statement outside nested function literals. */
export function containsDefer(n: Walkable): boolean {
  if (n.kind === 'DeferStmt') return true;
  if (n.kind === 'FuncLit') return false;
  return children(n).some(containsDefer);
}
