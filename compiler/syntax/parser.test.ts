// Tests for the parser: every declaration, statement, expression and type
// form of Go 1.22+, checked through a compact S-expression dump of the AST,
// plus a full parse of a sample of GOROOT/src without errors.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as ast from './ast.js';
import { gcErrors, goroot, parseBytes, parseString } from './testutil.js';
import { exprString } from './printer.js';
import { gcPos } from './nodepos.js';

/** dump renders a node as an S-expression: (Kind field...) with idents bare. */
function dump(n: unknown): string {
  if (n === undefined) return '_';
  if (Array.isArray(n)) return '[' + n.map(dump).join(' ') + ']';
  if (typeof n !== 'object' || n === null) return String(n);
  const o = n as Record<string, unknown>;
  switch (o.kind) {
    case 'Ident':
      return o.name as string;
    case 'BasicLit':
      return o.value as string;
    case 'Field': {
      const names = (o.names as ast.Ident[]).map((x) => x.name).join(',');
      return `(${names ? names + ' ' : ''}${dump(o.type)}${o.tag ? ' ' + dump(o.tag) : ''})`;
    }
  }
  const skip = new Set(['kind', 'pos', 'lbrack', 'lparen', 'rparen', 'lbrace', 'rbrace', 'opPos', 'tokPos', 'colon', 'directives', 'iota', 'arrow', 'end', 'filename', 'imports']);
  const parts: string[] = [o.kind as string];
  for (const [k, v] of Object.entries(o)) {
    if (skip.has(k) || v === undefined || v === false) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    parts.push(v === true ? k : typeof v === 'string' ? v : dump(v));
  }
  return '(' + parts.join(' ') + ')';
}

function parseOK(src: string): ast.File {
  const r = parseString(src);
  expect(r.errors).toBe('');
  return r.file;
}

function expr(s: string): string {
  const f = parseOK(`package p\nvar _ = ${s}\n`);
  const d = f.decls[0] as ast.GenDecl;
  return dump((d.specs[0] as ast.ValueSpec).values[0]);
}

function typ(s: string): string {
  const f = parseOK(`package p\ntype _ ${s}\n`);
  const d = f.decls[0] as ast.GenDecl;
  return dump((d.specs[0] as ast.TypeSpec).type);
}

function decl(s: string): string {
  const f = parseOK(`package p\n${s}\n`);
  return dump(f.decls[0]);
}

function stmts(s: string): string[] {
  const f = parseOK(`package p\nfunc _() {\n${s}\n}\n`);
  return (f.decls[0] as ast.FuncDecl).body!.stmts.map(dump);
}

describe('expressions', () => {
  test.each([
    ['a + b*c - d', '(BinaryExpr - (BinaryExpr + a (BinaryExpr * b c)) d)'],
    ['a || b && c == d', '(BinaryExpr || a (BinaryExpr && b (BinaryExpr == c d)))'],
    ['x<<2 &^ y | z', '(BinaryExpr | (BinaryExpr &^ (BinaryExpr << x 2) y) z)'],
    ['-x + ^y * !z', '(BinaryExpr + (UnaryExpr - x) (BinaryExpr * (UnaryExpr ^ y) (UnaryExpr ! z)))'],
    ['*p + &v', '(BinaryExpr + (StarExpr p) (UnaryExpr & v))'],
    ['<-ch', '(UnaryExpr <- ch)'],
    ['a.b.c(1, 2)', '(CallExpr (SelectorExpr (SelectorExpr a b) c) [1 2])'],
    ['f(xs...)', '(CallExpr f [xs] hasDots)'],
    ['a[i]', '(IndexExpr a [i])'],
    ['m[K, V]', '(IndexExpr m [K V])'],
    ['f[int](x)', '(CallExpr (IndexExpr f [int]) [x])'],
    ['s[:]', '(SliceExpr s)'],
    ['s[1:n]', '(SliceExpr s 1 n)'],
    ['s[i:j:k]', '(SliceExpr s i j k slice3)'],
    ['x.(T)', '(TypeAssertExpr x T)'],
    ['x.(*pkg.T)', '(TypeAssertExpr x (StarExpr (SelectorExpr pkg T)))'],
    ['(*T).M', '(SelectorExpr (ParenExpr (StarExpr T)) M)'],
    ['T.M', '(SelectorExpr T M)'],
    ['func(x int) int { return x }', '(FuncLit (FuncType [(x int)] [(int)]) (BlockStmt [(ReturnStmt [x])]))'],
    ['[]int{1, 2}', '(CompositeLit (ArrayType int) [1 2])'],
    ['[...]string{2: "a", "b"}', '(CompositeLit (ArrayType (Ellipsis) string) [(KeyValueExpr 2 "a") "b"])'],
    ['[]Point{{1, 2}, {X: 3}}', '(CompositeLit (ArrayType Point) [(CompositeLit [1 2]) (CompositeLit [(KeyValueExpr X 3)])])'],
    ['map[string][]int{"a": {1}}', '(CompositeLit (MapType string (ArrayType int)) [(KeyValueExpr "a" (CompositeLit [1]))])'],
    ['&T{}', '(UnaryExpr & (CompositeLit T))'],
    ['pkg.T[int]{x}', '(CompositeLit (IndexExpr (SelectorExpr pkg T) [int]) [x])'],
    ['struct{ x int }{1}', '(CompositeLit (StructType [(x int)]) [1])'],
    ["'a' + 1.5i", "(BinaryExpr + 'a' 1.5i)"],
    ['<-chan int(c)', '(UnaryExpr <- (CallExpr (ChanType both int) [c]))'],
    ['(<-chan int)(c)', '(CallExpr (ParenExpr (ChanType recv int)) [c])'],
    ['<-chan <-chan int(nil)', '(UnaryExpr <- (CallExpr (ChanType send (ChanType both int)) [nil]))'],
    ['<-chan <-chan int', '(ChanType recv (ChanType recv int))'],
    ['T[int]{}', '(CompositeLit (IndexExpr T [int]))'],
    ['[]func() int{}', '(CompositeLit (ArrayType (FuncType [(int)])))'],
    ['interface{ M() }(nil)', '(CallExpr (InterfaceType [(M (FuncType))]) [nil])'],
  ])('%s', (src, want) => {
    expect(expr(src)).toBe(want);
  });
});

describe('types', () => {
  test.each([
    ['*int', '(StarExpr int)'],
    ['[]*T', '(ArrayType (StarExpr T))'],
    ['[4][N]byte', '(ArrayType 4 (ArrayType N byte))'],
    ['map[K]V', '(MapType K V)'],
    ['chan int', '(ChanType both int)'],
    ['chan<- int', '(ChanType send int)'],
    ['<-chan int', '(ChanType recv int)'],
    ['chan<- chan int', '(ChanType send (ChanType both int))'],
    ['chan<- <-chan int', '(ChanType send (ChanType recv int))'],
    ['<-chan <-chan int', '(ChanType recv (ChanType recv int))'],
    ['chan (<-chan int)', '(ChanType both (ParenExpr (ChanType recv int)))'],
    ['func(int, string) (bool, error)', '(FuncType [(int) (string)] [(bool) (error)])'],
    ['func(a, b int, c ...string)', '(FuncType [(a,b int) (c (Ellipsis string))])'],
    ['func(...int)', '(FuncType [((Ellipsis int))])'],
    ['func() (n int, err error)', '(FuncType [(n int) (err error)])'],
    ['func(x []T) func() int', '(FuncType [(x (ArrayType T))] [((FuncType [(int)]))])'],
    [
      'struct { A; *B; pkg.C; D[int]; x, y int `json:"x"`; E [n]int; F []G }',
      '(StructType [(A) ((StarExpr B)) ((SelectorExpr pkg C)) ((IndexExpr D [int])) (x,y int `json:"x"`) (E (ArrayType n int)) (F (ArrayType G))])',
    ],
    ['struct{ T "tag" }', '(StructType [(T "tag")])'],
    [
      'interface { M(int) bool; io.Reader; ~int | ~string; G[int]; comparable }',
      '(InterfaceType [(M (FuncType [(int)] [(bool)])) ((SelectorExpr io Reader)) ((BinaryExpr | (UnaryExpr ~ int) (UnaryExpr ~ string))) ((IndexExpr G [int])) (comparable)])',
    ],
    ['pkg.List[pkg.T, []int]', '(IndexExpr (SelectorExpr pkg List) [(SelectorExpr pkg T) (ArrayType int)])'],
  ])('%s', (src, want) => {
    expect(typ(src)).toBe(want);
  });
});

describe('declarations', () => {
  test.each([
    ['import "fmt"', '(GenDecl import [(ImportSpec "fmt")])'],
    ['import (\n\tf "fmt"\n\t. "math"\n\t_ "embed"\n)', '(GenDecl import [(ImportSpec f "fmt") (ImportSpec . "math") (ImportSpec _ "embed")])'],
    ['const (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n)', '(GenDecl const [(ValueSpec [A] [iota]) (ValueSpec [B]) (ValueSpec [C D] int [1 2])])'],
    ['var x, y = 1, 2', '(GenDecl var [(ValueSpec [x y] [1 2])])'],
    ['var z []int', '(GenDecl var [(ValueSpec [z] (ArrayType int))])'],
    ['type A = B', '(GenDecl type [(TypeSpec A assign B)])'],
    ['type L[T any] struct{ next *L[T] }', '(GenDecl type [(TypeSpec L [(T any)] (StructType [(next (StarExpr (IndexExpr L [T])))]))])'],
    ['type M[K comparable, V any] map[K]V', '(GenDecl type [(TypeSpec M [(K comparable) (V any)] (MapType K V))])'],
    ['type N[A, B any] int', '(GenDecl type [(TypeSpec N [(A,B any)] int)])'],
    ['type S[P ~int | ~uint] []P', '(GenDecl type [(TypeSpec S [(P (BinaryExpr | (UnaryExpr ~ int) (UnaryExpr ~ uint)))] (ArrayType P))])'],
    ['type Arr [N]int', '(GenDecl type [(TypeSpec Arr (ArrayType N int))])'],
    ['type Arr2 [N * M]int', '(GenDecl type [(TypeSpec Arr2 (ArrayType (BinaryExpr * N M) int))])'],
    ['type Ambig [P *C]int', '(GenDecl type [(TypeSpec Ambig (ArrayType (BinaryExpr * P C) int))])'],
    ['type TP [P *C,] int', '(GenDecl type [(TypeSpec TP [(P (StarExpr C))] int)])'],
    ['type TP2 [P *[]C] int', '(GenDecl type [(TypeSpec TP2 [(P (StarExpr (ArrayType C)))] int)])'],
    ['type TP3 [P interface{ ~int }] int', '(GenDecl type [(TypeSpec TP3 [(P (InterfaceType [((UnaryExpr ~ int))]))] int)])'],
    ['type TP4 [P []E, E any] int', '(GenDecl type [(TypeSpec TP4 [(P (ArrayType E)) (E any)] int)])'],
    ['type Alias[T any] = []T', '(GenDecl type [(TypeSpec Alias [(T any)] assign (ArrayType T))])'],
    ['func f()', '(FuncDecl f (FuncType))'],
    ['func (r *T) M(x int) (int, error) { return 0, nil }', '(FuncDecl (r (StarExpr T)) M (FuncType [(x int)] [(int) (error)]) (BlockStmt [(ReturnStmt [0 nil])]))'],
    ['func (L[T]) Len() int { return 0 }', '(FuncDecl ((IndexExpr L [T])) Len (FuncType [(int)]) (BlockStmt [(ReturnStmt [0])]))'],
    ['func Map[S ~[]E, E any, R any](s S, f func(E) R) []R { return nil }', '(FuncDecl Map [(S (UnaryExpr ~ (ArrayType E))) (E any) (R any)] (FuncType [(s S) (f (FuncType [(E)] [(R)]))] [((ArrayType R))]) (BlockStmt [(ReturnStmt [nil])]))'],
  ])('%s', (src, want) => {
    expect(decl(src)).toBe(want);
  });
});

describe('statements', () => {
  test.each([
    ['x := 1', '(AssignStmt [x] := [1])'],
    ['a, b = b, a', '(AssignStmt [a b] = [b a])'],
    ['x <<= 2', '(AssignStmt [x] <<= [2])'],
    ['x &^= y', '(AssignStmt [x] &^= [y])'],
    ['i++', '(IncDecStmt i inc)'],
    ['i--', '(IncDecStmt i)'],
    ['ch <- v', '(SendStmt ch v)'],
    ['f()', '(ExprStmt (CallExpr f))'],
    ['*p = 1', '(AssignStmt [(StarExpr p)] = [1])'],
    ['var x int', '(DeclStmt (GenDecl var [(ValueSpec [x] int)]))'],
    ['const c = 1', '(DeclStmt (GenDecl const [(ValueSpec [c] [1])]))'],
    ['type t struct{}', '(DeclStmt (GenDecl type [(TypeSpec t (StructType))]))'],
    ['go f(x)', '(GoStmt (CallExpr f [x]))'],
    ['defer func() { recover() }()', '(DeferStmt (CallExpr (FuncLit (FuncType) (BlockStmt [(ExprStmt (CallExpr recover))]))))'],
    ['return', '(ReturnStmt)'],
    ['return 1, 2', '(ReturnStmt [1 2])'],
    ['{ }', '(BlockStmt)'],
    ['if x { } else if y { } else { }', '(IfStmt x (BlockStmt) (IfStmt y (BlockStmt) (BlockStmt)))'],
    ['if v, ok := m[k]; ok { }', '(IfStmt (AssignStmt [v ok] := [(IndexExpr m [k])]) ok (BlockStmt))'],
    ['if x == (T{}) { }', '(IfStmt (BinaryExpr == x (ParenExpr (CompositeLit T))) (BlockStmt))'],
    ['if f([]int{1}) { }', '(IfStmt (CallExpr f [(CompositeLit (ArrayType int) [1])]) (BlockStmt))'],
    ['for { break }', '(ForStmt (BlockStmt [(BranchStmt break)]))'],
    ['for x < 10 { continue }', '(ForStmt (BinaryExpr < x 10) (BlockStmt [(BranchStmt continue)]))'],
    ['for i := 0; i < n; i++ { }', '(ForStmt (AssignStmt [i] := [0]) (BinaryExpr < i n) (IncDecStmt i inc) (BlockStmt))'],
    ['for ; ; { }', '(ForStmt (BlockStmt))'],
    ['for range ch { }', '(RangeStmt ch (BlockStmt))'],
    ['for i := range 10 { }', '(RangeStmt i := 10 (BlockStmt))'],
    ['for k, v = range m { }', '(RangeStmt k v = m (BlockStmt))'],
    ['for _, x := range []T{{}} { }', '(RangeStmt _ x := (CompositeLit (ArrayType T) [(CompositeLit)]) (BlockStmt))'],
    ['switch { case x > 1: fallthrough\ndefault: }', '(SwitchStmt [(CaseClause [(BinaryExpr > x 1)] [(BranchStmt fallthrough)]) (CaseClause isDefault)])'],
    ['switch x := f(); x { case 1, 2: }', '(SwitchStmt (AssignStmt [x] := [(CallExpr f)]) x [(CaseClause [1 2])])'],
    ['switch v := x.(type) { case int, string: case nil: }', '(TypeSwitchStmt (AssignStmt [v] := [(TypeAssertExpr x)]) [(CaseClause [int string]) (CaseClause [nil])])'],
    ['switch x.(type) { default: }', '(TypeSwitchStmt (ExprStmt (TypeAssertExpr x)) [(CaseClause isDefault)])'],
    ['select { case v := <-c: case c <- 1: case <-d: default: }', '(SelectStmt [(CommClause (AssignStmt [v] := [(UnaryExpr <- c)])) (CommClause (SendStmt c 1)) (CommClause (ExprStmt (UnaryExpr <- d))) (CommClause)])'],
    ['L: for { break L }', '(LabeledStmt L (ForStmt (BlockStmt [(BranchStmt break L)])))'],
    ['goto L\nL:', '(BranchStmt goto L)'],
    [';', '(EmptyStmt)'],
  ])('%s', (src, want) => {
    expect(stmts(src)[0]).toBe(want);
  });
});

describe('GOROOT/src parses without errors', () => {
  test('a sample of the standard library', () => {
    const root = join(goroot(), 'src');
    const dirs = ['fmt', 'strconv', 'go/parser', 'runtime', 'net/http', 'slices', 'maps', 'iter', 'encoding/json', 'sync'];
    let n = 0;
    for (const d of dirs) {
      const dir = join(root, d);
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.go') || !statSync(join(dir, name)).isFile()) continue;
        const r = parseBytes(readFileSync(join(dir, name)), join(dir, name));
        expect(r.errors).toBe('');
        n++;
      }
    }
    expect(n).toBeGreaterThan(300);
  });
});

describe('printer and gc positions', () => {
  // gc's type checker quotes each unused expression as "x + 1 (value of type int) is not used":
  // the quoted text must be what exprString gives.
  const body = [
    'x + 1*2', 's[1:x]', 'm["k"]', '*p', 'T{1, 2}', 'func(a int) int { return a }', '[]int{1}', '(x + 1) * 3', '-x',
    'p.a', 'any(x).(int)', 'struct{ a int }{1}', 'map[string]int{"a": 1}', 'x << 2 &^ 3', 's[:]', 's[1:2:3]',
  ];
  const src = `package p\n\ntype T struct{ a, b int }\n\nfunc f(x int, s []int, m map[string]T, ch chan int, p *T) {\n${body.map((b) => '\t' + b + '\n').join('')}}\n`;
  test('exprString matches gc', () => {
    const want = gcErrors(src)
      .split('\n')
      .filter((l) => l.endsWith('is not used'))
      .map((l) => l.replace(/^x\.go:\d+:\d+: /, '').replace(/ \((value|variable|map index expression|comma, ok expression)[^]*$/, ''));
    const r = parseString(src);
    expect(r.errors).toBe('');
    const stmts = (r.file.decls[1] as ast.FuncDecl).body!.stmts;
    expect(stmts.map((s) => exprString((s as ast.ExprStmt).x))).toEqual(want);
  });
  test('gcPos is the operator, "(", "[", "." or "{" of an expression', () => {
    const r = parseString('package p\nvar _ = a + b\nvar _ = f(x)\nvar _ = s[i]\nvar _ = s[i:j]\nvar _ = x.y\nvar _ = x.(T)\nvar _ = T{1}\nvar _ = -x\n');
    const cols = r.file.decls.map((d) => {
      const x = ((d as ast.GenDecl).specs[0] as ast.ValueSpec).values[0]!;
      return r.fset.position(gcPos(x)).column;
    });
    expect(cols).toEqual([11, 10, 10, 10, 10, 10, 10, 9]);
  });
});
