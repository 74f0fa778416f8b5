// This file implements a compact Go-syntax printer for expressions and simple
// statements, in gc's short form (function bodies and composite literal
// contents elided as {…}); diagnostics use it to quote source constructs.

import type * as ast from './ast.js';

const binPrec: Record<string, number> = {
  '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 3, '<=': 3, '>': 3, '>=': 3,
  '+': 4, '-': 4, '|': 4, '^': 4, '*': 5, '/': 5, '%': 5, '<<': 5, '>>': 5, '&': 5, '&^': 5,
};

/** exprString prints an expression in Go syntax (short form). */
export function exprString(x: ast.Expr): string {
  return expr(x, 0);
}

function list(l: readonly ast.Expr[]): string {
  return l.map((e) => expr(e, 0)).join(', ');
}

function fields(l: readonly ast.Field[], sep: string): string {
  return l
    .map((f) => {
      const names = f.names.map((n) => n.name).join(', ');
      const t = expr(f.type, 0);
      const s = names ? `${names} ${t}` : t;
      return f.tag ? `${s} ${f.tag.value}` : s;
    })
    .join(sep);
}

function signature(t: ast.FuncType): string {
  let s = `(${fields(t.params, ', ')})`;
  if (t.results.length === 1 && t.results[0]!.names.length === 0) s += ' ' + expr(t.results[0]!.type, 0);
  else if (t.results.length > 0) s += ` (${fields(t.results, ', ')})`;
  return s;
}

function expr(x: ast.Expr, prec: number): string {
  switch (x.kind) {
    case 'BadExpr':
      return 'BadExpr';
    case 'Ident':
      return x.name;
    case 'BasicLit':
      return x.value;
    case 'CompositeLit':
      return (x.type ? expr(x.type, 6) : '') + (x.elts.length > 0 ? '{…}' : '{}');
    case 'FuncLit':
      return 'func' + signature(x.type) + ' {…}';
    case 'ParenExpr':
      return `(${expr(x.x, 0)})`;
    case 'SelectorExpr':
      return `${expr(x.x, 6)}.${x.sel.name}`;
    case 'IndexExpr':
      return `${expr(x.x, 6)}[${list(x.indices)}]`;
    case 'SliceExpr': {
      let s = `${expr(x.x, 6)}[${x.low ? expr(x.low, 0) : ''}:${x.high ? expr(x.high, 0) : ''}`;
      if (x.slice3) s += ':' + (x.max ? expr(x.max, 0) : '');
      return s + ']';
    }
    case 'TypeAssertExpr':
      return `${expr(x.x, 6)}.(${x.type ? expr(x.type, 0) : 'type'})`;
    case 'CallExpr':
      return `${expr(x.fun, 6)}(${list(x.args)}${x.hasDots ? '...' : ''})`;
    case 'StarExpr':
      return '*' + expr(x.x, 6);
    case 'UnaryExpr':
      return x.op + expr(x.x, 6);
    case 'BinaryExpr': {
      const p = binPrec[x.op]!;
      const s = `${expr(x.x, p)} ${x.op} ${expr(x.y, p + 1)}`;
      return p < prec ? `(${s})` : s;
    }
    case 'KeyValueExpr':
      return `${expr(x.key, 0)}: ${expr(x.value, 0)}`;
    case 'ArrayType':
      return `[${x.len ? expr(x.len, 0) : ''}]${expr(x.elem, 0)}`;
    case 'StructType':
      return x.fields.length === 0 ? 'struct{}' : `struct{${fields(x.fields, '; ')}}`;
    case 'FuncType':
      return 'func' + signature(x);
    case 'InterfaceType':
      return x.elems.length === 0
        ? 'interface{}'
        : `interface{${x.elems
            .map((f) => (f.names.length > 0 && f.type.kind === 'FuncType' ? f.names[0]!.name + signature(f.type) : expr(f.type, 0)))
            .join('; ')}}`;
    case 'MapType':
      return `map[${expr(x.key, 0)}]${expr(x.value, 0)}`;
    case 'ChanType':
      return (x.dir === 'recv' ? '<-chan ' : x.dir === 'send' ? 'chan<- ' : 'chan ') + expr(x.elem, 0);
    case 'Ellipsis':
      return '...' + (x.elem ? expr(x.elem, 0) : '');
  }
}

/** stmtString prints a simple statement in Go syntax (short form). */
export function stmtString(s: ast.Stmt): string {
  switch (s.kind) {
    case 'ExprStmt':
      return exprString(s.x);
    case 'SendStmt':
      return `${exprString(s.chan)} <- ${exprString(s.value)}`;
    case 'IncDecStmt':
      return exprString(s.x) + (s.inc ? '++' : '--');
    case 'AssignStmt':
      return `${list(s.lhs)} ${s.tok} ${list(s.rhs)}`;
    default:
      return s.kind;
  }
}
