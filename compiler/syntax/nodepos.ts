// This file implements gcPos: the position gc's syntax tree
// (cmd/compile/internal/syntax) gives an expression node. It differs from the
// AST's `pos` (the start of the node) for operators, calls, selectors,
// index/slice expressions, assertions and composite literals. Note that gc's
// type checker reports most errors at the start of an expression (`pos`).

import type * as ast from './ast.js';
import type { Pos } from './pos.js';

/** gcPos returns the position gc associates with x: the operator of a binary
 * expression, "(" of a call, "[" of an index or slice, "." of a selector or
 * type assertion, "{" of a composite literal; the start of anything else. */
export function gcPos(x: ast.Expr): Pos {
  switch (x.kind) {
    case 'BinaryExpr':
      return x.opPos;
    case 'CallExpr':
      return x.lparen;
    case 'IndexExpr':
    case 'SliceExpr':
      return x.lbrack;
    case 'SelectorExpr':
      return x.sel.pos - 1; // the "." (a selector split across lines is rare)
    case 'TypeAssertExpr':
      return x.lparen - 1;
    case 'CompositeLit':
      return x.lbrace;
    case 'KeyValueExpr':
      return gcPos(x.key);
    default:
      return x.pos;
  }
}
