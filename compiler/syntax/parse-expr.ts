// This file implements expression parsing: binary expressions by precedence,
// unary expressions (including the `<-chan T` re-association), operands,
// primary expressions (selectors, index/slice/instantiation, calls, type
// assertions) and composite literals with gc's complit/block disambiguation.

import type * as ast from './ast.js';
import type { Parser } from './parser.js';
import { Token, precedence, tokenText } from './tokens.js';
import { funcType, typeOrNil, type_ } from './parse-type.js';
import { funcBody } from './parse-stmt.js';
import { exprString } from './printer.js';

export function expr(p: Parser): ast.Expr {
  return binaryExpr(p, undefined, 0);
}

export function exprList(p: Parser): ast.Expr[] {
  const l = [expr(p)];
  while (p.got(Token.Comma)) l.push(expr(p));
  return l;
}

export function binaryExpr(p: Parser, x: ast.Expr | undefined, prec: number): ast.Expr {
  if (x === undefined) x = unaryExpr(p);
  for (;;) {
    const tprec = precedence(p.tok());
    if (tprec <= prec) return x;
    const op = tokenText[p.tok()] as ast.BinaryOp;
    const opPos = p.pos();
    p.next();
    const y = binaryExpr(p, undefined, tprec);
    x = { kind: 'BinaryExpr', pos: x.pos, op, opPos, x, y };
  }
}

export function unaryExpr(p: Parser): ast.Expr {
  p.enter();
  const x = unaryExpr0(p);
  p.depth--;
  return x;
}

function unaryExpr0(p: Parser): ast.Expr {
  switch (p.tok()) {
    case Token.Mul: {
      const pos = p.pos();
      p.next();
      const x = unaryExpr(p);
      return { kind: 'StarExpr', pos, x };
    }
    case Token.Add:
    case Token.Sub:
    case Token.Not:
    case Token.Xor:
    case Token.And:
    case Token.Tilde: {
      const pos = p.pos();
      const op = tokenText[p.tok()] as ast.UnaryOp;
      p.next();
      const x = unaryExpr(p);
      return { kind: 'UnaryExpr', pos, op, x };
    }
    case Token.Arrow:
      return arrowExpr(p);
    default:
      return pexpr(p, undefined, true);
  }
}

/** arrowExpr parses `<-x`: a receive, or a channel type `<-chan T` when x turns out to be a channel type. */
function arrowExpr(p: Parser): ast.Expr {
  const pos = p.pos();
  p.next();
  // If the next token is chan we still don't know if it is a channel type
  // (<-chan int) or a receive (<-chan int(ch)); we know once we have x.
  const x = unaryExpr(p);
  if (x.kind === 'ChanType') {
    // re-associate: <-(chan T) becomes (<-chan T); <-(chan<- T) becomes <-chan (<-chan T) ...
    let dir: ast.ChanDir = 'send';
    let t: ast.Expr = x;
    while (dir === 'send') {
      if (t.kind !== 'ChanType') break;
      dir = t.dir;
      if (dir === 'recv') {
        p.syntaxError('unexpected <-, expected chan');
      }
      (t as { dir: ast.ChanDir }).dir = 'recv';
      t = t.elem;
    }
    if (dir === 'send') p.syntaxError(`unexpected ${exprString(t)}, expected chan`);
    (x as { pos: number }).pos = pos;
    return x;
  }
  return { kind: 'UnaryExpr', pos, op: '<-', x };
}

/** operand parses an operand; keepParens preserves a ParenExpr around a type (for complit checks). */
export function operand(p: Parser, keepParens: boolean): ast.Expr {
  switch (p.tok()) {
    case Token.Name:
      return p.name();
    case Token.Literal:
      return p.oliteral()!;
    case Token.LParen: {
      const pos = p.pos();
      p.next();
      p.xnest++;
      const x = expr(p);
      p.xnest--;
      p.want(Token.RParen);
      void keepParens;
      return { kind: 'ParenExpr', pos, x };
    }
    case Token.Func: {
      const pos = p.pos();
      p.next();
      const ftyp = funcType(p, pos, 'function type');
      if (p.tok() === Token.LBrace) {
        p.xnest++;
        const body = funcBody(p);
        p.xnest--;
        return { kind: 'FuncLit', pos, type: ftyp, body };
      }
      return ftyp;
    }
    case Token.LBrack:
    case Token.Chan:
    case Token.Map:
    case Token.Struct:
    case Token.Interface:
      return typeOrNil(p)!;
    default: {
      const x = p.badExpr();
      p.syntaxError('expected expression');
      p.advance(Token.RParen, Token.RBrack, Token.RBrace);
      return x;
    }
  }
}

function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

/** isValue reports whether x is syntactically a value (not a type) — used for x[i]{ ambiguity. */
function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'SliceExpr': case 'TypeAssertExpr': case 'CallExpr':
      return true;
    case 'UnaryExpr':
      return x.op !== '~';
    case 'BinaryExpr':
      return x.op !== '|';
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || (x.indices.length === 1 && isValue(x.indices[0]!));
    default:
      return false;
  }
}

/** pexpr parses a primary expression, starting with x when given. */
export function pexpr(p: Parser, x: ast.Expr | undefined, keepParens: boolean): ast.Expr {
  if (x === undefined) x = operand(p, keepParens);
  for (;;) {
    const pos = p.pos();
    switch (p.tok()) {
      case Token.Dot:
        p.next();
        if (p.tok() === Token.Name) {
          x = { kind: 'SelectorExpr', pos: x.pos, x, sel: p.name() };
        } else if (p.tok() === Token.LParen) {
          const lparen = p.pos();
          p.next();
          if (p.got(Token.Type)) {
            x = { kind: 'TypeAssertExpr', pos: x.pos, x, type: undefined, lparen };
          } else {
            x = { kind: 'TypeAssertExpr', pos: x.pos, x, type: type_(p), lparen };
          }
          p.want(Token.RParen);
        } else {
          p.syntaxError('expected name or (');
          p.advance(Token.Semi, Token.RParen);
        }
        continue;
      case Token.LBrack:
        x = indexOrSlice(p, x);
        continue;
      case Token.LParen: {
        p.next();
        const [args, hasDots, rparen] = argList(p);
        x = { kind: 'CallExpr', pos: x.pos, fun: x, args, hasDots, lparen: pos, rparen };
        continue;
      }
      case Token.LBrace: {
        // determine if '{' belongs to a composite literal or a block statement
        const t = unparen(x);
        let complitOk = false;
        switch (t.kind) {
          case 'Ident':
          case 'SelectorExpr':
            complitOk = p.xnest >= 0;
            break;
          case 'IndexExpr':
            complitOk = p.xnest >= 0 && !isValue(t);
            break;
          case 'ArrayType':
          case 'StructType':
          case 'MapType':
            complitOk = true;
            break;
        }
        if (!complitOk) return x;
        if (t !== x) p.syntaxError('cannot parenthesize type in composite literal');
        x = complitexpr(p, x);
        continue;
      }
      default:
        return x;
    }
  }
}

function indexOrSlice(p: Parser, x: ast.Expr): ast.Expr {
  const lbrack = p.pos();
  p.next();
  let i: ast.Expr | undefined;
  if (p.tok() !== Token.Colon) {
    let comma = false;
    let list: ast.Expr[];
    if (p.tok() === Token.RBrack) {
      // invalid empty instance, slice or index expression; accept but complain
      p.syntaxError('expected operand');
      list = [p.badExpr()];
    } else {
      [list, comma] = typeList(p, false);
    }
    if (comma || p.tok() === Token.RBrack) {
      p.want(Token.RBrack);
      return { kind: 'IndexExpr', pos: x.pos, x, indices: list, lbrack };
    }
    i = list[0];
  }
  // x[i:...
  if (!p.got(Token.Colon)) {
    p.syntaxError('expected comma, : or ]');
    p.advance(Token.Comma, Token.Colon, Token.RBrack);
  }
  p.xnest++;
  let high: ast.Expr | undefined;
  let max: ast.Expr | undefined;
  let slice3 = false;
  if (p.tok() !== Token.Colon && p.tok() !== Token.RBrack) high = expr(p);
  if (p.tok() === Token.Colon) {
    slice3 = true;
    if (high === undefined) p.error('middle index required in 3-index slice');
    p.next();
    if (p.tok() !== Token.RBrack) max = expr(p);
    else p.error('final index required in 3-index slice');
  }
  p.xnest--;
  p.want(Token.RBrack);
  return { kind: 'SliceExpr', pos: x.pos, x, low: i, high, max, slice3, lbrack };
}

/** typeList parses a non-empty, comma-separated list of types (strict) or expressions,
 * with an optional trailing comma; it reports whether a comma was seen. */
export function typeList(p: Parser, strict: boolean): [ast.Expr[], boolean] {
  p.xnest++;
  const l: ast.Expr[] = [strict ? type_(p) : expr(p)];
  let comma = false;
  if (p.got(Token.Comma)) {
    comma = true;
    let t = typeOrNil(p);
    if (t !== undefined) {
      l.push(t);
      while (p.got(Token.Comma)) {
        t = typeOrNil(p);
        if (t === undefined) break;
        l.push(t);
      }
    }
  }
  p.xnest--;
  return [l, comma];
}

function argList(p: Parser): [ast.Expr[], boolean, number] {
  const args: ast.Expr[] = [];
  let hasDots = false;
  p.xnest++;
  const rparen = p.list('argument list', Token.Comma, Token.RParen, () => {
    args.push(expr(p));
    hasDots = p.got(Token.Ellipsis);
    return hasDots;
  });
  p.xnest--;
  return [args, hasDots, rparen];
}

/** complitexpr parses `{ elements }` of a composite literal of type typ (absent when elided). */
export function complitexpr(p: Parser, typ: ast.Expr | undefined): ast.CompositeLit {
  p.enter();
  const lbrace = p.pos();
  const elts: ast.Expr[] = [];
  p.want(Token.LBrace);
  p.xnest++;
  const rbrace = p.list('composite literal', Token.Comma, Token.RBrace, () => {
    const e = bareComplitexpr(p);
    if (p.tok() === Token.Colon) {
      p.next();
      const v = bareComplitexpr(p);
      elts.push({ kind: 'KeyValueExpr', pos: e.pos, key: e, value: v });
    } else elts.push(e);
    return false;
  });
  p.xnest--;
  p.depth--;
  return { kind: 'CompositeLit', pos: typ ? typ.pos : lbrace, type: typ, elts, lbrace, rbrace };
}

function bareComplitexpr(p: Parser): ast.Expr {
  if (p.tok() === Token.LBrace) return complitexpr(p, undefined);
  return expr(p);
}

