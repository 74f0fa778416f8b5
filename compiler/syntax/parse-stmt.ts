// This file implements statement parsing: blocks and statement lists, simple
// statements (assignments, sends, inc/dec, range clauses), if/for/switch/
// select headers with gc's diagnostics, type switches, labels and branches,
// go/defer/return.

import type * as ast from './ast.js';
import type { Parser } from './parser.js';
import { Token, tokenText } from './tokens.js';
import { expr, exprList, pexpr } from './parse-expr.js';
import { declGroup, constDecl, typeDecl, varDecl } from './parse-decl.js';
import { exprString, stmtString } from './printer.js';
import { gcPos } from './nodepos.js';
import { checkBranches } from './branches.js';

/** RangeClause is the parser-internal result of `[lhs (=|:=)] range x` in a for header. */
interface RangeClause {
  readonly kind: 'RangeClause';
  readonly pos: number;
  readonly lhs: ast.Expr[];
  readonly def: boolean;
  readonly x: ast.Expr;
}

type SimpleStmt = ast.Stmt | RangeClause;

export function funcBody(p: Parser): ast.BlockStmt {
  p.fnest++;
  const errcnt = p.errcnt;
  const branches = p.branchCount;
  const b = blockStmt(p, '');
  p.fnest--;
  // gc checks branches and labels of each function body right after parsing it
  if (p.errcnt === errcnt && p.branchCount !== branches) checkBranches(b, p.file, (pos, msg) => p.errorAt(pos, msg));
  return b;
}

export function blockStmt(p: Parser, context: string): ast.BlockStmt {
  const pos = p.pos();
  // people coming from C may forget that braces are mandatory in Go
  if (!p.got(Token.LBrace)) {
    p.syntaxError('expected { after ' + context);
    p.advance(Token.Name, Token.RBrace);
    const rb = p.pos();
    if (p.got(Token.RBrace)) return { kind: 'BlockStmt', pos, stmts: [], rbrace: rb };
  }
  const stmts = stmtList(p);
  const rbrace = p.pos();
  p.want(Token.RBrace);
  return { kind: 'BlockStmt', pos, stmts, rbrace };
}

export function stmtList(p: Parser): ast.Stmt[] {
  const l: ast.Stmt[] = [];
  while (p.tok() !== Token.EOF && p.tok() !== Token.RBrace && p.tok() !== Token.Case && p.tok() !== Token.Default) {
    const s = stmtOrNil(p);
    p.clearDirectives();
    if (s === undefined) break;
    l.push(s);
    // ";" is optional before "}"
    if (!p.got(Token.Semi) && p.tok() !== Token.RBrace) {
      p.syntaxError('at end of statement');
      p.advance(Token.Semi, Token.RBrace, Token.Case, Token.Default);
      p.got(Token.Semi); // avoid spurious empty statement
    }
  }
  return l;
}

function asStmt(p: Parser, s: SimpleStmt): ast.Stmt {
  if (s.kind !== 'RangeClause') return s;
  p.syntaxErrorAt(s.pos, 'unexpected range');
  return { kind: 'BadStmt', pos: s.pos };
}

/** stmtOrNil parses a statement, or returns undefined if none starts at the current token. */
export function stmtOrNil(p: Parser): ast.Stmt | undefined {
  p.enter();
  const s = stmtOrNil0(p);
  p.depth--;
  return s;
}

function stmtOrNil0(p: Parser): ast.Stmt | undefined {
  // Most statements (assignments) start with an identifier.
  if (p.tok() === Token.Name) {
    const lhs = exprList(p);
    if (lhs.length === 1 && lhs[0]!.kind === 'Ident' && p.tok() === Token.Colon) return labeledStmtOrNil(p, lhs[0]);
    return asStmt(p, simpleStmt(p, lhs, 0));
  }
  const pos = p.pos();
  switch (p.tok()) {
    case Token.Var:
      return declStmt(p, varDecl, 'var');
    case Token.Const:
      return declStmt(p, constDecl, 'const');
    case Token.Type:
      return declStmt(p, typeDecl, 'type');
    case Token.LBrace:
      return blockStmt(p, '');
    case Token.Add: case Token.Sub: case Token.Mul: case Token.And: case Token.Xor: case Token.Not:
    case Token.Literal: case Token.Func: case Token.LParen:
    case Token.LBrack: case Token.Struct: case Token.Map: case Token.Chan: case Token.Interface:
    case Token.Arrow:
      return asStmt(p, simpleStmt(p, undefined, 0));
    case Token.For:
      return forStmt(p);
    case Token.Switch:
      return switchStmt(p);
    case Token.Select:
      return selectStmt(p);
    case Token.If:
      return ifStmt(p);
    case Token.Fallthrough:
      p.branchCount++;
      p.next();
      return { kind: 'BranchStmt', pos, tok: 'fallthrough', label: undefined };
    case Token.Break:
    case Token.Continue: {
      const tok = p.tok() === Token.Break ? 'break' : 'continue';
      p.branchCount++;
      p.next();
      const label = p.tok() === Token.Name ? p.name() : undefined;
      return { kind: 'BranchStmt', pos, tok, label };
    }
    case Token.Go:
    case Token.Defer:
      return callStmt(p);
    case Token.Goto: {
      p.branchCount++;
      p.next();
      return { kind: 'BranchStmt', pos, tok: 'goto', label: p.name() };
    }
    case Token.Return: {
      p.next();
      let results: ast.Expr[] = [];
      if (p.tok() !== Token.Semi && p.tok() !== Token.RBrace) results = exprList(p);
      return { kind: 'ReturnStmt', pos, results };
    }
    case Token.Semi:
      return { kind: 'EmptyStmt', pos };
  }
  return undefined;
}

function declStmt(p: Parser, f: (p: Parser, group: boolean, iota: number) => ast.Spec, tok: 'var' | 'const' | 'type'): ast.DeclStmt {
  const pos = p.pos();
  p.next();
  const decl = declGroup(p, pos, tok, f, []);
  return { kind: 'DeclStmt', pos, decl };
}

function labeledStmtOrNil(p: Parser, label: ast.Ident): ast.Stmt | undefined {
  const pos = label.pos;
  const colon = p.pos();
  p.branchCount++;
  p.want(Token.Colon);
  if (p.tok() === Token.RBrace) {
    // a label before "}" labels an empty statement
    return { kind: 'LabeledStmt', pos, label, stmt: { kind: 'EmptyStmt', pos: p.pos() } };
  }
  const s = stmtOrNil(p);
  if (s !== undefined) return { kind: 'LabeledStmt', pos, label, stmt: s };
  p.syntaxErrorAt(colon, 'missing statement after label');
  return undefined;
}

function callStmt(p: Parser): ast.Stmt {
  const pos = p.pos();
  const tok = p.tok() === Token.Go ? 'go' : 'defer';
  p.next();
  let x = pexpr(p, undefined, p.tok() === Token.LParen);
  if (x.kind === 'ParenExpr') {
    p.errorAt(x.pos, `expression in ${tok} must not be parenthesized`);
    while (x.kind === 'ParenExpr') x = x.x;
  }
  // "expression in go/defer must be function call" is the type checker's error in gc
  if (tok === 'go') return { kind: 'GoStmt', pos, call: x };
  return { kind: 'DeferStmt', pos, call: x };
}

/** simpleStmt parses a simple statement; lhs is an already parsed expression list.
 * keyword is For when a range clause is permitted, Switch when a type switch guard is. */
export function simpleStmt(p: Parser, lhs: ast.Expr[] | undefined, keyword: Token): SimpleStmt {
  if (keyword === Token.For && p.tok() === Token.Range) return rangeClause(p, [], false, p.pos());
  if (lhs === undefined) lhs = exprList(p);
  if (lhs.length === 1 && p.tok() !== Token.Assign && p.tok() !== Token.Define) {
    const x = lhs[0]!;
    const pos = p.pos();
    switch (p.tok()) {
      case Token.AssignOp: {
        const op = (tokenText[p.scanner.op] + '=') as ast.AssignOp;
        p.next();
        return { kind: 'AssignStmt', pos: x.pos, lhs, tok: op, tokPos: pos, rhs: [expr(p)] };
      }
      case Token.Inc:
      case Token.Dec: {
        const inc = p.tok() === Token.Inc;
        p.next();
        return { kind: 'IncDecStmt', pos: x.pos, x, inc, tokPos: pos };
      }
      case Token.Arrow:
        p.next();
        return { kind: 'SendStmt', pos: x.pos, chan: x, value: expr(p), arrow: pos };
      default:
        return { kind: 'ExprStmt', pos: x.pos, x };
    }
  }
  if (p.tok() === Token.Assign || p.tok() === Token.Define) {
    const tokPos = p.pos();
    const def = p.tok() === Token.Define;
    p.next();
    if (keyword === Token.For && p.tok() === Token.Range) return rangeClause(p, lhs, def, lhs[0]!.pos);
    const rhs = exprList(p);
    return { kind: 'AssignStmt', pos: lhs[0]!.pos, lhs, tok: def ? ':=' : '=', tokPos, rhs };
  }
  p.syntaxError('expected := or = or comma');
  p.advance(Token.Semi, Token.RBrace);
  const x = lhs[0]!;
  return { kind: 'ExprStmt', pos: x.pos, x };
}

function rangeClause(p: Parser, lhs: ast.Expr[], def: boolean, pos: number): RangeClause {
  p.next(); // consume "range"
  return { kind: 'RangeClause', pos, lhs, def, x: expr(p) };
}

interface Header {
  init?: ast.Stmt;
  cond?: ast.Expr;
  post?: ast.Stmt;
  condStmt?: ast.Stmt; // switch: the tag statement (may be a type switch guard)
  range?: RangeClause;
}

/** header parses the header of an if, for or switch statement (the keyword is current). */
function header(p: Parser, keyword: Token): Header {
  const h: Header = {};
  p.want(keyword);
  if (p.tok() === Token.LBrace) {
    if (keyword === Token.If) {
      p.syntaxError('missing condition in if statement');
      h.cond = p.badExpr();
    }
    return h;
  }
  const outer = p.xnest;
  p.xnest = -1;
  let init: SimpleStmt | undefined;
  if (p.tok() !== Token.Semi) {
    // accept potential varDecl but complain
    if (p.got(Token.Var)) p.syntaxError(`var declaration not allowed in ${tokenText[keyword]} initializer`);
    init = simpleStmt(p, undefined, keyword);
    if (init.kind === 'RangeClause') {
      p.xnest = outer;
      h.range = init;
      return h;
    }
  }
  let condStmt: SimpleStmt | undefined;
  let semiPos = 0;
  let semiLit = '';
  if (p.tok() !== Token.LBrace) {
    if (p.tok() === Token.Semi) {
      semiPos = p.pos();
      semiLit = p.lit;
      p.next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error message
      p.want(Token.LBrace);
      if (p.tok() !== Token.LBrace) p.advance(Token.LBrace, Token.RBrace);
    }
    if (keyword === Token.For) {
      forRest(p, h);
      condStmt = h.condStmt;
    } else if (p.tok() !== Token.LBrace) {
      condStmt = simpleStmt(p, undefined, keyword);
    }
  } else {
    condStmt = init;
    init = undefined;
  }
  if (init !== undefined) h.init = asStmt(p, init);
  unpackCond(p, h, keyword, condStmt, semiPos, semiLit);
  p.xnest = outer;
  return h;
}

function forRest(p: Parser, h: Header): void {
  if (p.tok() !== Token.Semi) {
    if (p.tok() === Token.LBrace) {
      p.syntaxError('expected for loop condition');
      return;
    }
    h.condStmt = asStmt(p, simpleStmt(p, undefined, 0));
  }
  p.want(Token.Semi);
  if (p.tok() !== Token.LBrace) {
    const post = asStmt(p, simpleStmt(p, undefined, 0));
    if (post.kind === 'AssignStmt' && post.tok === ':=') p.syntaxErrorAt(post.tokPos, 'cannot declare in post statement of for loop');
    h.post = post;
  }
}

function unpackCond(p: Parser, h: Header, keyword: Token, s: SimpleStmt | undefined, semiPos: number, semiLit: string): void {
  if (s === undefined) {
    if (keyword === Token.If && semiPos !== 0) {
      if (semiLit === 'semicolon') p.syntaxErrorAt(semiPos, 'missing condition in if statement');
      else p.errorAt(semiPos, `syntax error: unexpected ${semiLit}, expected { after if clause`);
      h.cond = { kind: 'BadExpr', pos: semiPos };
    }
    return;
  }
  if (keyword === Token.Switch) {
    h.condStmt = asStmt(p, s);
    return;
  }
  if (s.kind === 'ExprStmt') {
    h.cond = s.x;
    return;
  }
  // A common syntax error is to write "if x := 0 {" instead of "if x := 0; x == 0 {".
  let str: string;
  if (s.kind === 'AssignStmt' && s.tok === '=') {
    str = 'assignment ' + emphasize(s.lhs) + ' = ' + emphasize(s.rhs);
  } else {
    str = s.kind === 'RangeClause' ? 'range clause' : stmtString(s);
  }
  p.syntaxErrorAt(stmtPos(s), `cannot use ${str} as value`);
  h.cond = { kind: 'BadExpr', pos: s.pos };
}

/** stmtPos is the position gc gives a simple statement: the operator of an assignment or send. */
function stmtPos(s: SimpleStmt): number {
  switch (s.kind) {
    case 'AssignStmt':
      return s.tokPos;
    case 'SendStmt':
      return s.arrow ?? s.pos;
    case 'IncDecStmt':
      return s.tokPos ?? s.pos;
    case 'ExprStmt':
      return gcPos(s.x);
    default:
      return s.pos;
  }
}

/** emphasize renders an expression list, parenthesizing a lone binary expression. */
function emphasize(l: ast.Expr[]): string {
  const s = l.map(exprString).join(', ');
  if (l.length === 1 && l[0]!.kind === 'BinaryExpr') return '(' + s + ')';
  return s;
}

/** ifStmt parses an if statement; an else-if chain is parsed iteratively (chains can be long). */
function ifStmt(p: Parser): ast.IfStmt {
  const chain: { pos: number; h: Header; body: ast.BlockStmt }[] = [];
  let els: ast.IfStmt | ast.BlockStmt | undefined;
  for (;;) {
    const pos = p.pos();
    const h = header(p, Token.If);
    chain.push({ pos, h, body: blockStmt(p, 'if clause') });
    if (!p.got(Token.Else)) break;
    if (p.tok() === Token.If) continue;
    if (p.tok() === Token.LBrace) els = blockStmt(p, '');
    else {
      p.syntaxError('else must be followed by if or statement block');
      p.advance(Token.Name, Token.RBrace);
    }
    break;
  }
  let s: ast.IfStmt | undefined;
  for (let i = chain.length - 1; i >= 0; i--) {
    const { pos, h, body } = chain[i]!;
    s = { kind: 'IfStmt', pos, init: h.init, cond: h.cond ?? { kind: 'BadExpr', pos }, body, else: s ?? els };
  }
  return s!;
}

function forStmt(p: Parser): ast.Stmt {
  const pos = p.pos();
  const h = header(p, Token.For);
  const body = blockStmt(p, 'for clause');
  const r = h.range;
  if (r !== undefined) {
    // more than two iteration variables are reported by the type checker, as in gc
    return {
      kind: 'RangeStmt', pos, key: r.lhs[0], value: r.lhs[1], ...(r.lhs.length > 2 ? { extra: r.lhs[2] } : {}),
      tok: r.lhs.length === 0 ? undefined : r.def ? ':=' : '=', x: r.x, body,
    };
  }
  return { kind: 'ForStmt', pos, init: h.init, cond: h.cond, post: h.post, body };
}

function isTypeSwitchGuard(x: ast.Expr): boolean {
  return x.kind === 'TypeAssertExpr' && x.type === undefined;
}

function switchStmt(p: Parser): ast.Stmt {
  const pos = p.pos();
  const h = header(p, Token.Switch);
  if (!p.got(Token.LBrace)) {
    p.syntaxError('missing { after switch clause');
    p.advance(Token.Case, Token.Default, Token.RBrace);
  }
  const body: ast.CaseClause[] = [];
  while (p.tok() !== Token.EOF && p.tok() !== Token.RBrace) body.push(caseClause(p));
  const rbrace = p.pos();
  p.want(Token.RBrace);
  const s = h.condStmt;
  if (s !== undefined) {
    if (s.kind === 'ExprStmt' && isTypeSwitchGuard(s.x)) {
      return { kind: 'TypeSwitchStmt', pos, init: h.init, assign: s, body, rbrace };
    }
    if (s.kind === 'AssignStmt' && s.tok === ':=' && s.rhs.length === 1 && isTypeSwitchGuard(s.rhs[0]!)) {
      if (s.lhs.length !== 1 || s.lhs[0]!.kind !== 'Ident') p.syntaxErrorAt(s.tokPos, `cannot use ${stmtString(s)} as value`);
      return { kind: 'TypeSwitchStmt', pos, init: h.init, assign: s, body, rbrace };
    }
    if (s.kind !== 'ExprStmt') {
      p.syntaxErrorAt(stmtPos(s), `cannot use ${s.kind === 'AssignStmt' && s.tok === '=' ? 'assignment ' + emphasize(s.lhs) + ' = ' + emphasize(s.rhs) : stmtString(s)} as value`);
      return { kind: 'SwitchStmt', pos, init: h.init, tag: { kind: 'BadExpr', pos: s.pos }, body, rbrace };
    }
    return { kind: 'SwitchStmt', pos, init: h.init, tag: s.x, body, rbrace };
  }
  return { kind: 'SwitchStmt', pos, init: h.init, tag: undefined, body, rbrace };
}

function caseClause(p: Parser): ast.CaseClause {
  const pos = p.pos();
  let list: ast.Expr[] = [];
  let isDefault = false;
  switch (p.tok()) {
    case Token.Case:
      p.next();
      list = exprList(p);
      break;
    case Token.Default:
      p.next();
      isDefault = true;
      break;
    default:
      p.syntaxError('expected case or default or }');
      p.advance(Token.Colon, Token.Case, Token.Default, Token.RBrace);
  }
  const colon = p.pos();
  p.want(Token.Colon);
  const body = stmtList(p);
  return { kind: 'CaseClause', pos, list, isDefault, body, colon };
}

function selectStmt(p: Parser): ast.SelectStmt {
  const pos = p.pos();
  p.want(Token.Select);
  if (!p.got(Token.LBrace)) {
    p.syntaxError('missing { after select clause');
    p.advance(Token.Case, Token.Default, Token.RBrace);
  }
  const body: ast.CommClause[] = [];
  while (p.tok() !== Token.EOF && p.tok() !== Token.RBrace) body.push(commClause(p));
  const rbrace = p.pos();
  p.want(Token.RBrace);
  return { kind: 'SelectStmt', pos, body, rbrace };
}

function commClause(p: Parser): ast.CommClause {
  const pos = p.pos();
  let comm: ast.SendStmt | ast.ExprStmt | AssignStmtLike | undefined;
  switch (p.tok()) {
    case Token.Case:
      p.next();
      // The syntax restricts the simple statements here to sends, receives and
      // receive assignments; others are parsed and left to the type checker.
      comm = asStmt(p, simpleStmt(p, undefined, 0)) as ast.SendStmt | ast.ExprStmt | ast.AssignStmt;
      break;
    case Token.Default:
      p.next();
      break;
    default:
      p.syntaxError('expected case or default or }');
      p.advance(Token.Colon, Token.Case, Token.Default, Token.RBrace);
  }
  const colon = p.pos();
  p.want(Token.Colon);
  const body = stmtList(p);
  return { kind: 'CommClause', pos, comm, body, colon };
}

type AssignStmtLike = ast.AssignStmt;
