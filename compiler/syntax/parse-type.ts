// This file implements type parsing: type literals (pointer, array, slice,
// map, chan with directions, func, struct with tags and embedded fields,
// interface with methods and type-set elements), qualified and instantiated
// type names, and parameter lists (including type parameter lists).

import type * as ast from './ast.js';
import type { Parser } from './parser.js';
import { Token } from './tokens.js';
import { expr, typeList } from './parse-expr.js';

/** typeOrNil parses a type, or returns undefined (consuming nothing) when none starts here. */
export function typeOrNil(p: Parser): ast.Expr | undefined {
  p.enter();
  const t = typeOrNil0(p);
  p.depth--;
  return t;
}

function typeOrNil0(p: Parser): ast.Expr | undefined {
  const pos = p.pos();
  switch (p.tok()) {
    case Token.Mul: {
      p.next();
      return { kind: 'StarExpr', pos, x: type_(p) };
    }
    case Token.Arrow: {
      // recvchantype
      p.next();
      p.want(Token.Chan);
      return { kind: 'ChanType', pos, dir: 'recv', elem: chanElem(p) };
    }
    case Token.Func:
      p.next();
      return funcType(p, pos, 'function type');
    case Token.LBrack: {
      p.next();
      if (p.got(Token.RBrack)) return { kind: 'ArrayType', pos, len: undefined, elem: type_(p) };
      return arrayType(p, pos, undefined);
    }
    case Token.Chan: {
      p.next();
      let dir: ast.ChanDir = 'both';
      if (p.got(Token.Arrow)) dir = 'send';
      return { kind: 'ChanType', pos, dir, elem: chanElem(p) };
    }
    case Token.Map: {
      p.next();
      p.want(Token.LBrack);
      const key = type_(p);
      p.want(Token.RBrack);
      return { kind: 'MapType', pos, key, value: type_(p) };
    }
    case Token.Struct:
      return structType(p);
    case Token.Interface:
      return interfaceType(p);
    case Token.Name:
      return qualifiedName(p, undefined);
    case Token.LParen: {
      p.next();
      const x = type_(p);
      p.want(Token.RParen);
      return { kind: 'ParenExpr', pos, x };
    }
    default:
      return undefined;
  }
}

export function type_(p: Parser): ast.Expr {
  const t = typeOrNil(p);
  if (t !== undefined) return t;
  const b = p.badExpr();
  p.syntaxError('expected type');
  p.advance(Token.Comma, Token.Colon, Token.Semi, Token.RParen, Token.RBrack, Token.RBrace);
  return b;
}

export function chanElem(p: Parser): ast.Expr {
  const t = typeOrNil(p);
  if (t !== undefined) return t;
  const b = p.badExpr();
  p.syntaxError('missing channel element type');
  // assume element type is simply absent - don't advance
  return b;
}

/** arrayType parses the rest of `[len]E` after the "[" (len may be given already). */
export function arrayType(p: Parser, pos: number, len: ast.Expr | undefined): ast.ArrayType {
  if (len === undefined) {
    if (p.tok() === Token.Ellipsis) {
      len = { kind: 'Ellipsis', pos: p.pos(), elem: undefined };
      p.next();
    } else {
      p.xnest++;
      len = expr(p);
      p.xnest--;
    }
  }
  if (p.tok() === Token.Comma) {
    // Trailing commas are accepted in type parameter lists but not in array
    // type declarations. Accept for better error handling but complain.
    p.syntaxError('unexpected comma; expected ]');
    p.next();
  }
  p.want(Token.RBrack);
  return { kind: 'ArrayType', pos, len, elem: type_(p) };
}

/** qualifiedName parses Name, pkg.Name, optionally followed by type arguments. */
export function qualifiedName(p: Parser, name: ast.Ident | undefined): ast.Expr {
  let x: ast.Expr = name ?? p.name();
  if (p.tok() === Token.Dot) {
    p.next();
    x = { kind: 'SelectorExpr', pos: x.pos, x, sel: p.name() };
  }
  if (p.tok() === Token.LBrack) x = typeInstance(p, x);
  return x;
}

function typeInstance(p: Parser, x: ast.Expr): ast.IndexExpr {
  const lbrack = p.pos();
  p.next();
  let indices: ast.Expr[];
  if (p.tok() === Token.RBrack) {
    p.syntaxError('expected type argument list');
    indices = [p.badExpr()];
  } else {
    indices = typeList(p, true)[0];
  }
  p.want(Token.RBrack);
  return { kind: 'IndexExpr', pos: x.pos, x, indices, lbrack };
}

/** arrayOrTArgs parses `[...]` after a name in a field or parameter: either an array/slice
 * type `[n]E` / `[]E`, or type arguments `[T1, T2]` (returned as an IndexExpr with x unset). */
export function arrayOrTArgs(p: Parser): ast.Expr {
  const pos = p.pos();
  p.want(Token.LBrack);
  if (p.got(Token.RBrack)) return { kind: 'ArrayType', pos, len: undefined, elem: type_(p) };
  // x [n]E or x[n,], x[n1, n2], ...
  const [list, comma] = typeList(p, false);
  p.want(Token.RBrack);
  if (!comma) {
    const elem = typeOrNil(p);
    if (elem !== undefined) return { kind: 'ArrayType', pos, len: list[0], elem };
  }
  // the caller fills in x
  return { kind: 'IndexExpr', pos, x: { kind: 'BadExpr', pos }, indices: list, lbrack: pos };
}

function setX(ix: ast.IndexExpr, x: ast.Expr): ast.IndexExpr {
  const m = ix as { x: ast.Expr; pos: number };
  m.x = x;
  m.pos = x.pos;
  return ix;
}

export function structType(p: Parser): ast.StructType {
  const pos = p.pos();
  const fields: ast.Field[] = [];
  p.want(Token.Struct);
  p.want(Token.LBrace);
  p.list('struct type', Token.Semi, Token.RBrace, () => {
    fieldDecl(p, fields);
    return false;
  });
  return { kind: 'StructType', pos, fields };
}

function field(pos: number, names: ast.Ident[], type: ast.Expr, tag: ast.BasicLit | undefined): ast.Field {
  return { kind: 'Field', pos, names, type, tag };
}

function fieldDecl(p: Parser, out: ast.Field[]): void {
  const pos = p.pos();
  switch (p.tok()) {
    case Token.Name: {
      const name = p.name();
      if (p.tok() === Token.Dot || p.tok() === Token.Literal || p.tok() === Token.Semi || p.tok() === Token.RBrace) {
        // embedded type
        const typ = qualifiedName(p, name);
        out.push(field(pos, [], typ, p.oliteral()));
        return;
      }
      const names = p.nameList(name);
      let typ: ast.Expr;
      if (names.length === 1 && p.tok() === Token.LBrack) {
        // embedded instantiated type T[P1, P2] or a field T of array/slice type
        typ = arrayOrTArgs(p);
        if (typ.kind === 'IndexExpr') {
          out.push(field(pos, [], setX(typ, name), p.oliteral()));
          return;
        }
      } else {
        typ = type_(p);
      }
      out.push(field(pos, names, typ, p.oliteral()));
      return;
    }
    case Token.Mul: {
      p.next();
      let typ: ast.Expr;
      if (p.tok() === Token.LParen) {
        p.syntaxError('cannot parenthesize embedded type');
        p.next();
        typ = qualifiedName(p, undefined);
        p.got(Token.RParen);
      } else {
        typ = qualifiedName(p, undefined);
      }
      out.push(field(pos, [], { kind: 'StarExpr', pos, x: typ }, p.oliteral()));
      return;
    }
    case Token.LParen: {
      p.syntaxError('cannot parenthesize embedded type');
      p.next();
      let typ: ast.Expr;
      if (p.tok() === Token.Mul) {
        const spos = p.pos();
        p.next();
        typ = { kind: 'StarExpr', pos: spos, x: qualifiedName(p, undefined) };
      } else {
        typ = qualifiedName(p, undefined);
      }
      p.got(Token.RParen);
      out.push(field(pos, [], typ, p.oliteral()));
      return;
    }
    default:
      p.syntaxError('expected field name or embedded type');
      p.advance(Token.Semi, Token.RBrace);
  }
}

export function interfaceType(p: Parser): ast.InterfaceType {
  const pos = p.pos();
  const elems: ast.Field[] = [];
  p.want(Token.Interface);
  p.want(Token.LBrace);
  p.list('interface type', Token.Semi, Token.RBrace, () => {
    let f: ast.Field | undefined;
    if (p.tok() === Token.Name) f = methodDecl(p);
    if (f === undefined || f.names.length === 0) f = embeddedElem(p, f);
    elems.push(f);
    return false;
  });
  return { kind: 'InterfaceType', pos, elems };
}

function methodDecl(p: Parser): ast.Field {
  const pos = p.pos();
  const name = p.name();
  const context = 'interface method';
  switch (p.tok()) {
    case Token.LParen:
      return field(pos, [name], funcType(p, pos, context), undefined);
    case Token.LBrack: {
      // a generic method m[T C](x T) (not permitted) or an embedded instantiated type T[P1, P2]
      const lpos = p.pos();
      p.next();
      if (p.tok() === Token.RBrack) {
        const rpos = p.pos();
        p.next();
        if (p.tok() === Token.LParen) {
          p.errorAt(rpos, 'empty type parameter list');
          return field(pos, [name], funcType(p, pos, context), undefined);
        }
        p.errorAt(rpos, 'empty type argument list');
        return field(pos, [], name, undefined);
      }
      const list = paramList(p, undefined, undefined, Token.RBrack, false);
      if (list.length === 0 || list[0]!.names.length === 0) {
        // embedded instantiated type
        const indices = list.map((f) => f.type);
        const t: ast.IndexExpr = { kind: 'IndexExpr', pos: name.pos, x: name, indices, lbrack: lpos };
        if (p.tok() === Token.LParen) {
          p.errorAt(lpos, 'interface method must have no type parameters');
          return field(pos, [name], funcType(p, pos, context), undefined);
        }
        return field(pos, [], t, undefined);
      }
      // generic method
      p.errorAt(lpos, 'interface method must have no type parameters');
      return field(pos, [name], funcType(p, pos, context), undefined);
    }
    default:
      return field(pos, [], qualifiedName(p, name), undefined);
  }
}

/** embeddedElem parses a type-set element `~T1 | T2 | ...`, continuing f's type when given. */
export function embeddedElem(p: Parser, f: ast.Field | undefined): ast.Field {
  const pos = f ? f.pos : p.pos();
  let t: ast.Expr = f ? f.type : embeddedTerm(p);
  while (p.tok() === Token.Or) {
    const opPos = p.pos();
    p.next();
    const y = embeddedTerm(p);
    t = { kind: 'BinaryExpr', pos: t.pos, op: '|', opPos, x: t, y };
  }
  return field(pos, f ? f.names : [], t, undefined);
}

function embeddedTerm(p: Parser): ast.Expr {
  if (p.tok() === Token.Tilde) {
    const pos = p.pos();
    p.next();
    return { kind: 'UnaryExpr', pos, op: '~', x: type_(p) };
  }
  const t = typeOrNil(p);
  if (t !== undefined) return t;
  const b = p.badExpr();
  p.syntaxError('expected ~ term or type');
  p.advance(Token.Or, Token.Semi, Token.RParen, Token.RBrack, Token.RBrace);
  return b;
}

/** funcType parses `[params] results` after "func" (pos is the position of "func"). */
export function funcType(p: Parser, pos: number, context: string): ast.FuncType {
  if (p.tok() === Token.LBrack && context !== '') {
    // generic function type: parse but complain
    p.syntaxError(`${context} must have no type parameters`);
    p.next();
    if (p.tok() === Token.RBrack) p.next();
    else paramList(p, undefined, undefined, Token.RBrack, true);
  }
  const lparen = p.pos();
  p.want(Token.LParen);
  const params = paramList(p, undefined, undefined, Token.RParen, false);
  checkVariadic(p, params, true);
  const results = funcResult(p);
  checkVariadic(p, results, false);
  const ft: ast.FuncType = { kind: 'FuncType', pos, params, results };
  p.funcLparen.set(ft, lparen);
  return ft;
}

/** checkVariadic reports "..." anywhere but on the final parameter (or anywhere when !params:
 * results, receivers, type parameters), as gc does after parsing a signature. */
export function checkVariadic(p: Parser, fields: ast.Field[], params: boolean): void {
  fields.forEach((f, i) => {
    if (f.type.kind !== 'Ellipsis' || f.type.elem?.kind === 'BadExpr') return;
    if (!params) p.errorAt(f.type.pos, 'invalid use of ...');
    else if (i < fields.length - 1 || f.names.length > 1) p.errorAt(f.type.pos, 'can only use ... with final parameter');
  });
}

export function funcResult(p: Parser): ast.Field[] {
  if (p.got(Token.LParen)) return paramList(p, undefined, undefined, Token.RParen, false);
  const pos = p.pos();
  const t = typeOrNil(p);
  if (t !== undefined) return [field(pos, [], t, undefined)];
  return [];
}

/** A parameter as parsed, before names and types are distributed. */
interface Param {
  pos: number;
  name: ast.Ident | undefined;
  type: ast.Expr | undefined;
}

/** paramDeclOrNil parses one parameter `[name] [...]Type` or, in type parameter lists, a constraint. */
function paramDeclOrNil(p: Parser, name: ast.Ident | undefined, follow: Token): Param | undefined {
  const typeSetsOk = follow === Token.RBrack;
  let pos = p.pos();
  if (name !== undefined) pos = name.pos;
  else if (typeSetsOk && p.tok() === Token.Tilde) return fromField(embeddedElem(p, undefined));
  const f: Param = { pos, name: undefined, type: undefined };
  if (p.tok() === Token.Name || name !== undefined) {
    if (name === undefined) name = p.name();
    if (p.tok() === Token.LBrack) {
      const t = arrayOrTArgs(p);
      if (t.kind === 'IndexExpr') f.type = setX(t, name);
      else {
        f.name = name;
        f.type = t;
      }
      if (typeSetsOk && p.tok() === Token.Or) return withElem(p, f);
      return f;
    }
    if (p.tok() === Token.Dot) {
      f.type = qualifiedName(p, name);
      if (typeSetsOk && p.tok() === Token.Or) return withElem(p, f);
      return f;
    }
    if (typeSetsOk && p.tok() === Token.Or) {
      f.type = name;
      return withElem(p, f);
    }
    f.name = name;
  }
  if (p.tok() === Token.Ellipsis) {
    const epos = p.pos();
    p.next();
    let elem = typeOrNil(p);
    if (elem === undefined) {
      elem = p.badExpr();
      p.syntaxError('... is missing type');
    }
    f.type = { kind: 'Ellipsis', pos: epos, elem };
    return f;
  }
  if (typeSetsOk && p.tok() === Token.Tilde) {
    f.type = embeddedElem(p, undefined).type;
    return f;
  }
  f.type = typeOrNil(p);
  if (typeSetsOk && p.tok() === Token.Or && f.type !== undefined) return withElem(p, f);
  if (f.name === undefined && f.type === undefined) {
    p.syntaxError('expected ' + (follow === Token.RParen ? ')' : ']'));
    p.advance(Token.Comma, follow);
    return undefined;
  }
  return f;
}

function fromField(f: ast.Field): Param {
  return { pos: f.pos, name: undefined, type: f.type };
}

function withElem(p: Parser, f: Param): Param {
  const e = embeddedElem(p, field(f.pos, [], f.type!, undefined));
  return { pos: f.pos, name: f.name, type: e.type };
}

/** paramList parses a parameter list up to close (the opening token is consumed already).
 * name and typ, when given, are the first parameter's name and type (type declarations). */
export function paramList(
  p: Parser,
  name: ast.Ident | undefined,
  typ: ast.Expr | undefined,
  close: Token,
  requireNames: boolean,
): ast.Field[] {
  if (name !== undefined && typ !== undefined && p.tok() === close) {
    // a single pre-parsed parameter `name typ` (from a type declaration)
    p.next();
    return [field(name.pos, [name], typ, undefined)];
  }
  const list: Param[] = [];
  let named = 0; // parameters that have an explicit name and type
  let typed = 0; // parameters that have an explicit type
  const end = p.list('parameter list', Token.Comma, close, () => {
    let par: Param | undefined;
    if (typ !== undefined) {
      par = { pos: name!.pos, name, type: typ };
      typ = undefined;
    } else par = paramDeclOrNil(p, name, close);
    name = undefined; // the first name was consumed if present
    if (par !== undefined) {
      if (par.name !== undefined && par.type !== undefined) named++;
      if (par.type !== undefined) typed++;
      list.push(par);
    }
    return false;
  });
  if (list.length === 0) return [];
  if (named === 0 && !requireNames) {
    // all unnamed => found names are named types
    for (const par of list) {
      if (par.name !== undefined) {
        par.type = par.name;
        par.name = undefined;
      }
    }
  } else if (named !== list.length) {
    distribute(p, list, named, typed, end, requireNames);
  }
  return group(list);
}

/** distribute gives each name its type (names before a type share it) and reports mixed lists. */
function distribute(p: Parser, list: Param[], named: number, typed: number, end: number, requireNames: boolean): void {
  let errPos = 0;
  let typ: ast.Expr | undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const par = list[i]!;
    if (par.type !== undefined) {
      typ = par.type;
      if (par.name === undefined) {
        errPos = startPos(p, typ);
        par.name = { kind: 'Ident', pos: errPos, name: '_' };
      }
    } else if (typ !== undefined) {
      par.type = typ;
    } else {
      // only a name
      errPos = par.name!.pos;
      par.type = { kind: 'BadExpr', pos: errPos };
    }
  }
  if (errPos === 0) return;
  let msg: string;
  if (named === typed) {
    // the parameters without type are at the end: report at the closing token
    errPos = end;
    msg = requireNames ? 'missing type constraint' : 'missing parameter type';
  } else if (requireNames) {
    msg = 'missing type parameter name';
    if (list.length === 1) msg += ' or invalid array length';
  } else {
    msg = 'missing parameter name';
  }
  p.syntaxErrorAt(errPos, msg);
}

/** startPos is the leftmost position of a type as gc computes it (a function type starts at its "("). */
function startPos(p: Parser, t: ast.Expr): number {
  for (;;) {
    switch (t.kind) {
      case 'SelectorExpr':
      case 'IndexExpr':
        t = t.x;
        continue;
      case 'BinaryExpr':
        t = t.x;
        continue;
      case 'FuncType':
        return p.funcLparen.get(t) ?? t.pos;
      default:
        return t.pos;
    }
  }
}

/** group turns parameters into Fields, merging consecutive names that share one type node. */
function group(list: Param[]): ast.Field[] {
  const out: ast.Field[] = [];
  let cur: { pos: number; names: ast.Ident[]; type: ast.Expr } | undefined;
  for (const par of list) {
    const t = par.type!;
    if (par.name === undefined) {
      if (cur) out.push(field(cur.pos, cur.names, cur.type, undefined));
      cur = undefined;
      out.push(field(par.pos, [], t, undefined));
      continue;
    }
    if (cur && cur.type === t) {
      cur.names.push(par.name);
      continue;
    }
    if (cur) out.push(field(cur.pos, cur.names, cur.type, undefined));
    cur = { pos: par.pos, names: [par.name], type: t };
  }
  if (cur) out.push(field(cur.pos, cur.names, cur.type, undefined));
  return out;
}
