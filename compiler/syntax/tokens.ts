// This file implements the Go token set: a numeric Token enum, the spelling of
// every token as gc prints it in syntax errors, keyword lookup and binary
// operator precedences.

export enum Token {
  EOF,
  // names and literals
  Name,
  Literal, // the scanner sets litKind
  // operators (binary ones first, keep this order: see binaryOp)
  Add, // +
  Sub, // -
  Mul, // *
  Quo, // /
  Rem, // %
  And, // &
  Or, // |
  Xor, // ^
  Shl, // <<
  Shr, // >>
  AndNot, // &^
  LAnd, // &&
  LOr, // ||
  Eql, // ==
  Neq, // !=
  Lss, // <
  Leq, // <=
  Gtr, // >
  Geq, // >=
  // assignment operators (the op is in Scanner.op)
  AssignOp, // += -= ... &^=
  Inc, // ++
  Dec, // --
  Assign, // =
  Define, // :=
  Arrow, // <-
  Not, // !
  Tilde, // ~
  Ellipsis, // ...
  LParen,
  LBrack,
  LBrace,
  RParen,
  RBrack,
  RBrace,
  Comma,
  Semi,
  Colon,
  Dot,
  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
}

export const tokenCount = Token.Var + 1;

/** keywords maps each Go keyword to its token. */
export const keywords: ReadonlyMap<string, Token> = new Map<string, Token>([
  ['break', Token.Break], ['case', Token.Case], ['chan', Token.Chan], ['const', Token.Const],
  ['continue', Token.Continue], ['default', Token.Default], ['defer', Token.Defer], ['else', Token.Else],
  ['fallthrough', Token.Fallthrough], ['for', Token.For], ['func', Token.Func], ['go', Token.Go],
  ['goto', Token.Goto], ['if', Token.If], ['import', Token.Import], ['interface', Token.Interface],
  ['map', Token.Map], ['package', Token.Package], ['range', Token.Range], ['return', Token.Return],
  ['select', Token.Select], ['struct', Token.Struct], ['switch', Token.Switch], ['type', Token.Type],
  ['var', Token.Var],
]);

/** tokenText is the source spelling of each token (keywords and operators). */
export const tokenText: readonly string[] = (() => {
  const t: string[] = new Array<string>(tokenCount).fill('');
  t[Token.EOF] = 'EOF';
  t[Token.Name] = 'name';
  t[Token.Literal] = 'literal';
  const ops: [Token, string][] = [
    [Token.Add, '+'], [Token.Sub, '-'], [Token.Mul, '*'], [Token.Quo, '/'], [Token.Rem, '%'],
    [Token.And, '&'], [Token.Or, '|'], [Token.Xor, '^'], [Token.Shl, '<<'], [Token.Shr, '>>'],
    [Token.AndNot, '&^'], [Token.LAnd, '&&'], [Token.LOr, '||'], [Token.Eql, '=='], [Token.Neq, '!='],
    [Token.Lss, '<'], [Token.Leq, '<='], [Token.Gtr, '>'], [Token.Geq, '>='], [Token.AssignOp, 'op='],
    [Token.Inc, '++'], [Token.Dec, '--'], [Token.Assign, '='], [Token.Define, ':='], [Token.Arrow, '<-'],
    [Token.Not, '!'], [Token.Tilde, '~'], [Token.Ellipsis, '...'], [Token.LParen, '('], [Token.LBrack, '['],
    [Token.LBrace, '{'], [Token.RParen, ')'], [Token.RBrack, ']'], [Token.RBrace, '}'], [Token.Comma, ','],
    [Token.Semi, ';'], [Token.Colon, ':'], [Token.Dot, '.'],
  ];
  for (const [k, s] of ops) t[k] = s;
  for (const [s, k] of keywords) t[k] = s;
  return t;
})();

export function isKeyword(t: Token): boolean {
  return t >= Token.Break && t <= Token.Var;
}

/** precedence of a binary operator token, 0 if the token is not one. */
export function precedence(t: Token): number {
  switch (t) {
    case Token.LOr:
      return 1;
    case Token.LAnd:
      return 2;
    case Token.Eql: case Token.Neq: case Token.Lss: case Token.Leq: case Token.Gtr: case Token.Geq:
      return 3;
    case Token.Add: case Token.Sub: case Token.Or: case Token.Xor:
      return 4;
    case Token.Mul: case Token.Quo: case Token.Rem: case Token.Shl: case Token.Shr: case Token.And: case Token.AndNot:
      return 5;
    default:
      return 0;
  }
}

/** tokstring names a token in "expected X" messages as gc does. */
export function tokstring(t: Token): string {
  if (t === Token.Comma) return 'comma';
  if (t === Token.Semi) return 'semicolon or newline';
  if (isKeyword(t)) return 'keyword ' + tokenText[t]!;
  return tokenText[t]!;
}
