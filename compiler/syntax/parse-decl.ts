// This file implements parsing of a source file and its declarations: the
// package clause, imports, const/var/type declarations (grouped or not, with
// type parameter lists and the array-vs-type-parameter ambiguity), function
// and method declarations, and the attachment of //go: directives.

import type * as ast from './ast.js';
import { NestingError, type Parser } from './parser.js';
import { Token } from './tokens.js';
import { binaryExpr, exprList, pexpr } from './parse-expr.js';
import { arrayType, checkVariadic, funcType, paramList, type_, typeOrNil } from './parse-type.js';
import { funcBody } from './parse-stmt.js';

type SpecParser = (p: Parser, group: boolean, iota: number) => ast.Spec;

export function parseSourceFile(p: Parser, filename: string): ast.File {
  p.next();
  const pos = p.pos();
  const buildConstraint = takeBuildConstraint(p);
  const decls: ast.Decl[] = [];
  const imports: ast.ImportSpec[] = [];
  const file = (pkgName: ast.Ident): ast.File => ({
    kind: 'File', pos, filename, pkgName, imports, decls, buildConstraint, end: p.base + p.file.size,
  });
  if (!p.got(Token.Package)) {
    p.syntaxError('package statement must be first');
    return file({ kind: 'Ident', pos, name: '_' });
  }
  p.clearDirectives();
  const pkgName = p.name();
  p.want(Token.Semi);
  // don't bother continuing if the package clause has errors
  if (p.errcnt > 0) return file(pkgName);
  let prev = Token.Import;
  while (p.tok() !== Token.EOF) {
    if (p.tok() === Token.Import && prev !== Token.Import) p.syntaxError('imports must appear before other declarations');
    prev = p.tok();
    let ok: boolean;
    try {
      ok = topLevelDecl(p, decls, imports);
    } catch (e) {
      // absurdly deep nesting: report it and stop (the declarations parsed so far are kept)
      if (e instanceof NestingError) p.errorAt(e.pos, e.message);
      else if (e instanceof RangeError) p.errorAt(p.pos(), 'exceeded max nesting depth');
      else throw e;
      return file(pkgName);
    }
    if (!ok) continue;
    // drop directives inside the declaration before consuming ';' (the next ones belong to the next decl)
    p.clearDirectives();
    if (p.tok() !== Token.EOF && !p.got(Token.Semi)) {
      p.syntaxError('after top level declaration');
      p.advance(Token.Import, Token.Const, Token.Type, Token.Var, Token.Func);
    }
  }
  return file(pkgName);
}

function takeBuildConstraint(p: Parser): string | undefined {
  for (const d of p.scanner.directives) {
    if (d.lineStart && /^go:build(\s|$)/.test(d.text)) return d.text.slice('go:build'.length).trim();
  }
  return undefined;
}

/** topLevelDecl parses one declaration; false after an error that skipped to the next declaration. */
function topLevelDecl(p: Parser, decls: ast.Decl[], imports: ast.ImportSpec[]): boolean {
  const pos = p.pos();
  const directives = p.takeDirectives();
  switch (p.tok()) {
    case Token.Import: {
      p.next();
      const d = declGroup(p, pos, 'import', importDecl, directives);
      for (const s of d.specs) imports.push(s as ast.ImportSpec);
      decls.push(d);
      return true;
    }
    case Token.Const:
      p.next();
      decls.push(declGroup(p, pos, 'const', constDecl, directives));
      return true;
    case Token.Type:
      p.next();
      decls.push(declGroup(p, pos, 'type', typeDecl, directives));
      return true;
    case Token.Var:
      p.next();
      decls.push(declGroup(p, pos, 'var', varDecl, directives));
      return true;
    case Token.Func: {
      p.next();
      decls.push(funcDecl(p, pos, directives));
      return true;
    }
    default: {
      const last = decls[decls.length - 1];
      if (p.tok() === Token.LBrace && last !== undefined && last.kind === 'FuncDecl' && last.body === undefined) {
        // opening { of function declaration on next line
        p.syntaxError('unexpected semicolon or newline before {');
      } else {
        p.syntaxError('non-declaration statement outside function body');
      }
      p.advance(Token.Import, Token.Const, Token.Type, Token.Var, Token.Func);
      p.clearDirectives();
      return false;
    }
  }
}

/** declGroup parses `spec` or `( spec; spec; ... )` after the keyword. */
export function declGroup(
  p: Parser,
  pos: number,
  tok: ast.GenDecl['tok'],
  f: SpecParser,
  directives: ast.Directive[],
): ast.GenDecl {
  const specs: ast.Spec[] = [];
  if (p.tok() === Token.LParen) {
    p.next();
    let iota = 0;
    p.list('grouped declaration', Token.Semi, Token.RParen, () => {
      specs.push(f(p, true, iota++));
      return false;
    });
  } else {
    const s = f(p, false, 0);
    if (s.kind === 'TypeSpec' && directives.length > 0) (s as { directives: ast.Directive[] }).directives = directives;
    specs.push(s);
  }
  return { kind: 'GenDecl', pos, tok, specs, directives };
}

function importDecl(p: Parser): ast.ImportSpec {
  const pos = p.pos();
  let name: ast.Ident | undefined;
  if (p.tok() === Token.Name) name = p.name();
  else if (p.tok() === Token.Dot) {
    name = { kind: 'Ident', pos: p.pos(), name: '.' };
    p.next();
  }
  const bad = p.scanner.bad;
  let path = p.oliteral();
  let badPath = bad;
  if (path === undefined) {
    p.syntaxError('missing import path');
    p.advance(Token.Semi, Token.RParen);
    path = { kind: 'BasicLit', pos: p.pos(), litKind: 'STRING', value: '""' };
    badPath = true;
  } else if (path.litKind !== 'STRING') {
    if (!bad) p.syntaxErrorAt(path.pos, 'import path must be a string');
    badPath = true;
  }
  return badPath ? { kind: 'ImportSpec', pos, name, path, bad: true } : { kind: 'ImportSpec', pos, name, path };
}

/** gotAssign consumes "=" (or ":=" with a complaint). */
function gotAssign(p: Parser): boolean {
  if (p.tok() === Token.Define) p.syntaxError('expected =');
  if (p.tok() === Token.Define || p.tok() === Token.Assign) {
    p.next();
    return true;
  }
  return false;
}

export function constDecl(p: Parser, _group: boolean, iota: number): ast.ValueSpec {
  const pos = p.pos();
  const names = p.nameList(p.name());
  let type: ast.Expr | undefined;
  let values: ast.Expr[] = [];
  if (p.tok() !== Token.EOF && p.tok() !== Token.Semi && p.tok() !== Token.RParen) {
    type = typeOrNil(p);
    if (gotAssign(p)) values = exprList(p);
  }
  return { kind: 'ValueSpec', pos, names, type, values, iota };
}

export function varDecl(p: Parser, _group: boolean, _iota: number): ast.ValueSpec {
  const pos = p.pos();
  const names = p.nameList(p.name());
  let type: ast.Expr | undefined;
  let values: ast.Expr[] = [];
  if (gotAssign(p)) values = exprList(p);
  else {
    type = type_(p);
    if (gotAssign(p)) values = exprList(p);
  }
  return { kind: 'ValueSpec', pos, names, type, values, iota: 0 };
}

export function typeDecl(p: Parser, group: boolean, _iota: number): ast.TypeSpec {
  const pos = p.pos();
  const directives = group ? p.takeDirectives() : [];
  const name = p.name();
  let typeParams: ast.Field[] | undefined;
  let assign = false;
  let type: ast.Expr | undefined;
  if (p.tok() === Token.LBrack) {
    // array/slice type or type parameter list
    const lpos = p.pos();
    p.next();
    if (p.tok() === Token.Name) {
      // An index or slice expression is never a constant array length, so a
      // name followed by "[" starts a constraint like P []E.
      let x: ast.Expr = p.name();
      if (p.tok() !== Token.LBrack) {
        p.xnest++;
        x = binaryExpr(p, pexpr(p, x, false), 0);
        p.xnest--;
      }
      const [pname, ptype] = extractName(x, p.tok() === Token.Comma);
      if (pname !== undefined && (ptype !== undefined || p.tok() !== Token.RBrack)) {
        typeParams = paramList(p, pname, ptype, Token.RBrack, true);
        checkVariadic(p, typeParams, false);
        assign = gotAssign(p);
        type = typeOrNil(p);
      } else {
        type = arrayType(p, lpos, x);
      }
    } else if (p.tok() === Token.RBrack) {
      p.next();
      type = { kind: 'ArrayType', pos: lpos, len: undefined, elem: type_(p) };
    } else {
      type = arrayType(p, lpos, undefined);
    }
  } else {
    assign = gotAssign(p);
    type = typeOrNil(p);
  }
  if (type === undefined) {
    type = p.badExpr();
    p.syntaxError('in type declaration');
    p.advance(Token.Semi, Token.RParen);
  }
  return { kind: 'TypeSpec', pos, name, typeParams, assign, type, directives };
}

/** extractName splits x into a type parameter name and its constraint when x can be read as
 * `name constraint`: a name alone, `name *T`, `name T1|T2`, `name(T)`. With force the split
 * happens even when the constraint could also be an ordinary expression. */
function extractName(x: ast.Expr, force: boolean): [ast.Ident | undefined, ast.Expr | undefined] {
  switch (x.kind) {
    case 'Ident':
      return [x, undefined];
    case 'BinaryExpr':
      if (x.op === '*' && x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
        return [x.x, { kind: 'StarExpr', pos: x.opPos, x: x.y }];
      }
      if (x.op === '|') {
        const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
        if (name !== undefined && lhs !== undefined) {
          return [name, { kind: 'BinaryExpr', pos: lhs.pos, op: '|', opPos: x.opPos, x: lhs, y: x.y }];
        }
      }
      break;
    case 'CallExpr':
      if (x.fun.kind === 'Ident' && x.args.length === 1 && !x.hasDots && (force || isTypeElem(x.args[0]!))) {
        return [x.fun, { kind: 'ParenExpr', pos: x.lparen, x: x.args[0]! }];
      }
      break;
  }
  return [undefined, x];
}

/** isTypeElem reports whether x is certainly a type element (not possibly a value expression). */
function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return x.op === '~' || isTypeElem(x.x);
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'ParenExpr':
      return isTypeElem(x.x);
  }
  return false;
}

function funcDecl(p: Parser, pos: number, directives: ast.Directive[]): ast.FuncDecl {
  let recv: ast.Field | undefined;
  const hadRecv = p.tok() === Token.LParen;
  if (hadRecv) {
    const rpos = p.pos();
    p.next();
    const rl = paramList(p, undefined, undefined, Token.RParen, false);
    checkVariadic(p, rl, false);
    const n = rl.reduce((k, f) => k + Math.max(1, f.names.length), 0);
    if (n === 0) p.error('method has no receiver');
    else if (n > 1) p.error('method has multiple receivers');
    void rpos;
    recv = rl[0];
  }
  let name: ast.Ident;
  let typeParams: ast.Field[] | undefined;
  let type: ast.FuncType;
  if (p.tok() === Token.Name) {
    name = p.name();
    if (p.tok() === Token.LBrack) {
      const lpos = p.pos();
      if (recv !== undefined) p.syntaxErrorAt(lpos, 'method must have no type parameters');
      p.next();
      if (p.tok() === Token.RBrack) {
        p.syntaxError('empty type parameter list');
        p.next();
      } else {
        typeParams = paramList(p, undefined, undefined, Token.RBrack, true);
        checkVariadic(p, typeParams, false);
      }
    }
    type = funcType(p, pos, '');
  } else {
    name = { kind: 'Ident', pos: p.pos(), name: '_' };
    type = { kind: 'FuncType', pos, params: [], results: [] };
    p.syntaxError(hadRecv ? 'expected name' : 'expected name or (');
    p.advance(Token.LBrace, Token.Semi);
  }
  let body: ast.BlockStmt | undefined;
  if (p.tok() === Token.LBrace) body = funcBody(p);
  return { kind: 'FuncDecl', pos, recv, name, typeParams, type, body, directives };
}

