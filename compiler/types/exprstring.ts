// This file implements exprString, the source-like printing of expressions
// used in error messages (as types2's syntax.String: composite and function
// literal bodies are shortened to {…}).

import type * as ast from '../syntax/ast.js';
import { assertNever } from '../syntax/diagnostics.js';

export function exprString(e: ast.Expr): string {
  switch (e.kind) {
    case 'BadExpr':
      return 'BadExpr';
    case 'Ident':
      return e.name;
    case 'BasicLit':
      return e.value;
    case 'CompositeLit':
      return (e.type ? exprString(e.type) : '') + (e.elts.length > 0 ? '{…}' : '{}');
    case 'FuncLit':
      return exprString(e.type) + (e.body.stmts.length > 0 ? ' {…}' : ' {}'); // (as gc's short form)
    case 'ParenExpr':
      return '(' + exprString(e.x) + ')';
    case 'SelectorExpr':
      return exprString(e.x) + '.' + e.sel.name;
    case 'IndexExpr':
      return exprString(e.x) + '[' + e.indices.map(exprString).join(', ') + ']';
    case 'SliceExpr': {
      let s = exprString(e.x) + '[';
      if (e.low) s += exprString(e.low);
      s += ':';
      if (e.high) s += exprString(e.high);
      if (e.slice3) {
        s += ':';
        if (e.max) s += exprString(e.max);
      }
      return s + ']';
    }
    case 'TypeAssertExpr':
      return exprString(e.x) + '.(' + (e.type ? exprString(e.type) : 'type') + ')';
    case 'CallExpr':
      return exprString(e.fun) + '(' + e.args.map(exprString).join(', ') + (e.hasDots ? '...' : '') + ')';
    case 'StarExpr':
      return '*' + exprString(e.x);
    case 'UnaryExpr':
      return e.op + exprString(e.x);
    case 'BinaryExpr':
      return exprString(e.x) + ' ' + e.op + ' ' + exprString(e.y);
    case 'KeyValueExpr':
      return exprString(e.key) + ': ' + exprString(e.value);
    case 'ArrayType':
      return '[' + (e.len ? exprString(e.len) : '') + ']' + exprString(e.elem);
    case 'StructType':
      return 'struct{' + e.fields.map(fieldString).join('; ') + '}';
    case 'FuncType':
      return 'func' + funcTypeString(e);
    case 'InterfaceType':
      return 'interface{' + e.elems.map((f) => (f.names.length > 0 && f.type.kind === 'FuncType' ? f.names[0]!.name + funcTypeString(f.type) : exprString(f.type))).join('; ') + '}';
    case 'MapType':
      return 'map[' + exprString(e.key) + ']' + exprString(e.value);
    case 'ChanType':
      return (e.dir === 'recv' ? '<-chan ' : e.dir === 'send' ? 'chan<- ' : 'chan ') + exprString(e.elem);
    case 'Ellipsis':
      return '...' + (e.elem ? exprString(e.elem) : '');
    default:
      return assertNever(e);
  }
}

function fieldString(f: ast.Field): string {
  const names = f.names.map((n) => n.name).join(', ');
  return (names ? names + ' ' : '') + exprString(f.type);
}

function funcTypeString(t: ast.FuncType): string {
  let s = '(' + t.params.map(fieldString).join(', ') + ')';
  if (t.results.length === 1 && t.results[0]!.names.length === 0) s += ' ' + exprString(t.results[0]!.type);
  else if (t.results.length > 0) s += ' (' + t.results.map(fieldString).join(', ') + ')';
  return s;
}
