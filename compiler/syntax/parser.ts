// This file implements the parser's state: the token stream (one token of
// look-ahead from the Scanner), error reporting with gc's "syntax error: ..."
// wording and its one-syntax-error-per-line rule, error recovery (advance),
// and small helpers shared by parse-decl/stmt/expr/type.ts.

import type * as ast from './ast.js';
import type { DiagnosticList } from './diagnostics.js';
import type { Pos, SourceFile } from './pos.js';
import { Scanner, type RawDirective } from './scanner.js';
import { Token, tokenText, tokstring } from './tokens.js';

/** stopset: statement keywords at which advance() stops inside function bodies. */
const stopset: number[] = [
  Token.Break, Token.Const, Token.Continue, Token.Defer, Token.Fallthrough, Token.For, Token.Go,
  Token.Goto, Token.If, Token.Return, Token.Select, Token.Switch, Token.Type, Token.Var,
];

/** Deeper nesting of expressions, types, statements or composite literals than this is
 * reported ("exceeded max nesting depth", go/parser's wording) instead of exhausting the stack. */
export const maxNesting = 1000;

/** NestingError aborts a parse that nests too deeply; parseSourceFile catches it. */
export class NestingError extends Error {
  constructor(readonly pos: Pos) {
    super('exceeded max nesting depth');
  }
}

export class Parser {
  readonly scanner: Scanner;
  readonly base: number;
  /** the current token (a field read through tok() so that TypeScript does not narrow it across next()) */
  private cur: Token = Token.EOF;
  /** function nesting level (for error recovery) */
  fnest = 0;
  /** expression nesting level (for complit ambiguity resolution); -1 in if/for/switch headers */
  xnest = 0;
  errcnt = 0;
  /** current recursion depth of nested constructs (see maxNesting) */
  depth = 0;
  /** number of branch and labeled statements parsed so far (branch checks are skipped for bodies without any) */
  branchCount = 0;
  /** position of "(" of each FuncType (gc positions a function type there) */
  readonly funcLparen = new WeakMap<ast.FuncType, Pos>();

  private lastSyntaxErrLine = -1;
  private lastErr: { line: number; msg: string } = { line: -1, msg: '' };

  constructor(
    readonly file: SourceFile,
    src: Uint8Array,
    readonly diags: DiagnosticList,
  ) {
    this.base = file.base;
    this.scanner = new Scanner(src, file, (off, msg) => this.errorAt(this.base + off, msg));
  }

  /** enter records one more level of nesting (leave with depth--); it aborts the parse when too deep. */
  enter(): void {
    if (++this.depth > maxNesting) throw new NestingError(this.pos());
  }

  tok(): Token {
    return this.cur;
  }

  next(): void {
    this.scanner.next();
    this.cur = this.scanner.tok;
  }

  /** pos is the position of the current token. */
  pos(): Pos {
    return this.base + this.scanner.offset;
  }

  get lit(): string {
    return this.scanner.lit;
  }

  got(t: Token): boolean {
    if (this.cur === t) {
      this.next();
      return true;
    }
    return false;
  }

  want(t: Token): void {
    if (!this.got(t)) {
      this.syntaxError('expected ' + tokstring(t));
      this.advance();
    }
  }

  // ---- errors

  errorAt(pos: Pos, msg: string): void {
    const line = this.file.position(pos - this.base).line;
    if (msg.startsWith('syntax error')) {
      if (line === this.lastSyntaxErrLine) return; // only one syntax error per line
      this.lastSyntaxErrLine = line;
    } else if (line === this.lastErr.line && msg === this.lastErr.msg) {
      return;
    }
    this.lastErr = { line, msg };
    this.errcnt++;
    this.diags.error(pos, msg);
  }

  error(msg: string): void {
    this.errorAt(this.pos(), msg);
  }

  syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos(), msg);
  }

  /** syntaxErrorAt reports a syntax error, naming the current token as gc does. */
  syntaxErrorAt(pos: Pos, msg: string): void {
    if (this.cur === Token.EOF && this.errcnt > 0) return; // avoid meaningless follow-up errors
    if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) msg = ' ' + msg;
    else if (msg.startsWith('expected ')) msg = ', ' + msg;
    else if (msg !== '') {
      this.errorAt(pos, 'syntax error: ' + msg);
      return;
    }
    this.errorAt(pos, 'syntax error: unexpected ' + this.tokDesc() + msg);
  }

  /** tokDesc describes the current token as gc does in "unexpected X". */
  tokDesc(): string {
    const s = this.scanner;
    switch (this.cur) {
      case Token.Name:
        return 'name ' + s.lit;
      case Token.Semi:
        return s.lit;
      case Token.Literal:
        return 'literal ' + s.lit;
      case Token.AssignOp:
        return tokenText[s.op] + '=';
      default:
        return tokstring(this.cur);
    }
  }

  /** advance skips tokens until one in followlist (or a statement keyword inside functions) is found.
   * Without a followlist it skips exactly one token (unless at EOF). */
  advance(...followlist: Token[]): void {
    if (followlist.length === 0) {
      if (this.cur !== Token.EOF) this.next();
      return;
    }
    const follow = new Set<number>(followlist);
    if (this.fnest > 0) for (const t of stopset) follow.add(t);
    while (this.cur !== Token.EOF && !follow.has(this.cur)) this.next();
  }

  /** list parses a sep-separated list closed by close, calling f for each element (f returns true to stop).
   * It returns the position of the closing token. */
  list(context: string, sep: Token, close: Token, f: () => boolean): Pos {
    let done = false;
    while (this.cur !== Token.EOF && this.cur !== close && !done) {
      done = f();
      // sep is optional before close
      if (!this.got(sep) && this.cur !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance(Token.RParen, Token.RBrack, Token.RBrace);
        if (this.cur !== close) return this.pos();
      }
    }
    const pos = this.pos();
    this.want(close);
    return pos;
  }

  // ---- small node helpers

  name(): ast.Ident {
    if (this.cur === Token.Name) {
      const id: ast.Ident = { kind: 'Ident', pos: this.pos(), name: this.scanner.lit };
      this.next();
      return id;
    }
    const id: ast.Ident = { kind: 'Ident', pos: this.pos(), name: '_' };
    this.syntaxError('expected name');
    this.advance();
    return id;
  }

  nameList(first: ast.Ident): ast.Ident[] {
    const l = [first];
    while (this.got(Token.Comma)) l.push(this.name());
    return l;
  }

  badExpr(): ast.BadExpr {
    return { kind: 'BadExpr', pos: this.pos() };
  }

  /** oliteral parses an optional literal. */
  oliteral(): ast.BasicLit | undefined {
    if (this.cur === Token.Literal) {
      const b: ast.BasicLit = { kind: 'BasicLit', pos: this.pos(), litKind: this.scanner.litKind, value: this.scanner.lit };
      this.next();
      return b;
    }
    return undefined;
  }

  // ---- directives

  /** takeDirectives returns the //go: directives seen since the last call that start their line. */
  takeDirectives(): ast.Directive[] {
    const raw = this.scanner.directives;
    if (raw.length === 0) return [];
    this.scanner.directives = [];
    const out: ast.Directive[] = [];
    for (const d of raw) {
      if (!d.lineStart || d.text.startsWith('go:build')) continue;
      out.push(toDirective(this.base, d));
    }
    return out;
  }

  clearDirectives(): void {
    if (this.scanner.directives.length > 0) this.scanner.directives = [];
  }
}

export function toDirective(base: number, d: RawDirective): ast.Directive {
  const words = splitDirective(d.text);
  return { pos: base + d.offset, name: words[0] ?? '', args: words.slice(1) };
}

/** splitDirective splits a directive into words at spaces and tabs; a Go-quoted word
 * ("a b" or `a b`, as //go:embed allows) stays one word, quotes included. */
export function splitDirective(text: string): string[] {
  const words: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= n) break;
    const start = i;
    const q = text[i];
    if (q === '"' || q === '`') {
      i++;
      while (i < n && text[i] !== q) i += text[i] === '\\' && q === '"' ? 2 : 1;
      i = Math.min(i + 1, n);
    }
    while (i < n && text[i] !== ' ' && text[i] !== '\t') i++;
    words.push(text.slice(start, i));
  }
  return words;
}
