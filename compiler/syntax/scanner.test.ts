// Tests for the scanner: every literal form, operators, automatic semicolons,
// comments and directives, byte columns with multibyte characters, and the
// lexical errors (checked against gc's own output where wording matters).

import { FileSet } from './pos.js';
import { Scanner } from './scanner.js';
import { Token, tokenText } from './tokens.js';
import { gcErrors, parseBytes, parseString } from './testutil.js';

interface Tok {
  tok: string;
  lit: string;
  off: number;
}

function scan(src: string): { toks: Tok[]; errs: string[]; sc: Scanner } {
  const bytes = new TextEncoder().encode(src);
  const fset = new FileSet();
  const f = fset.addFile('x.go', bytes.length);
  const errs: string[] = [];
  const sc = new Scanner(bytes, f, (off, msg) => {
    const p = f.position(off);
    errs.push(`${p.line}:${p.column}: ${msg}`);
  });
  const toks: Tok[] = [];
  for (let i = 0; i < 1000; i++) {
    sc.next();
    if (sc.tok === Token.EOF) break;
    const name = sc.tok === Token.Literal ? sc.litKind : tokenText[sc.tok]!;
    const lit = sc.tok === Token.Literal || sc.tok === Token.Name || sc.tok === Token.Semi ? sc.lit : sc.tok === Token.AssignOp ? tokenText[sc.op] + '=' : '';
    toks.push({ tok: name, lit, off: sc.offset });
  }
  return { toks, errs, sc };
}

function lits(src: string): string[] {
  return scan(src).toks.filter((t) => t.tok !== ';').map((t) => `${t.tok} ${t.lit}`);
}

describe('scanner literals', () => {
  test('integers in every base, with separators', () => {
    expect(lits('0 42 0x1F 0X_ff 0o17 0O7 017 0b101 0B_1 1_000_000 0_7')).toEqual([
      'INT 0', 'INT 42', 'INT 0x1F', 'INT 0X_ff', 'INT 0o17', 'INT 0O7', 'INT 017', 'INT 0b101', 'INT 0B_1',
      'INT 1_000_000', 'INT 0_7',
    ]);
    expect(scan('0 42 0x1F 0X_ff 0o17 0O7 017 0b101 0B_1 1_000_000 0_7').errs).toEqual([]);
  });
  test('floats, hex floats and imaginary literals', () => {
    expect(lits('1.5 .5 1. 1e10 1E-3 0x1p-2 0X.8p1 0x1.fp+3 1_0.2_5 2i 1.5i 0x1p2i 0i 089i 0o7i')).toEqual([
      'FLOAT 1.5', 'FLOAT .5', 'FLOAT 1.', 'FLOAT 1e10', 'FLOAT 1E-3', 'FLOAT 0x1p-2', 'FLOAT 0X.8p1',
      'FLOAT 0x1.fp+3', 'FLOAT 1_0.2_5', 'IMAG 2i', 'IMAG 1.5i', 'IMAG 0x1p2i', 'IMAG 0i', 'IMAG 089i', 'IMAG 0o7i',
    ]);
    expect(scan('1.5 .5 089.5 089e1 0x1p-2').errs).toEqual([]);
  });
  test('runes with every escape', () => {
    const src = String.raw`'a' 'ä' '本' '\a' '\b' '\f' '\n' '\r' '\t' '\v' '\\' '\'' '\x7f' '\377' '\u12e4' '\U00101234'`;
    const r = scan(src);
    expect(r.errs).toEqual([]);
    expect(r.toks.filter((t) => t.tok === 'CHAR').map((t) => t.lit)).toEqual(src.split(' '));
  });
  test('interpreted and raw strings', () => {
    const src = '"" "abc" "\\"q\\"" "\\u65e5本\\U00008a9e" "\\xff\\000" `raw\nline \\n` `` "日本語"';
    const r = scan(src);
    expect(r.errs).toEqual([]);
    expect(r.toks.filter((t) => t.tok === 'STRING').map((t) => t.lit)).toEqual([
      '""', '"abc"', '"\\"q\\""', '"\\u65e5本\\U00008a9e"', '"\\xff\\000"', '`raw\nline \\n`', '``', '"日本語"',
    ]);
  });
  test('operators and assignment operators', () => {
    const ops = '+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , ; . :';
    const r = scan(ops);
    expect(r.errs).toEqual([]);
    const got = r.toks.map((t) => (t.tok === 'op=' ? t.lit : t.tok));
    // ')' ']' '}' and '++' '--' insert no semicolon in the middle of a line
    expect(got.join(' ')).toBe(ops);
  });
});

describe('automatic semicolons', () => {
  test('after names, literals, keywords and closing tokens at newline', () => {
    const toks = scan('x\n1\nbreak\nreturn\n)\n]\n}\ny++\nz--\nfallthrough\ncontinue\n+\n').toks;
    const semis = toks.filter((t) => t.tok === ';').map((t) => t.lit);
    expect(semis).toEqual(Array(11).fill('newline'));
  });
  test('at EOF, before line comments and in multi-line comments', () => {
    expect(scan('x').toks.map((t) => `${t.tok}${t.lit}`)).toEqual(['namex', ';EOF']);
    expect(scan('x // c\ny').toks.map((t) => t.tok)).toEqual(['name', ';', 'name', ';']);
    expect(scan('x /* a\nb */ y').toks.map((t) => t.tok)).toEqual(['name', ';', 'name', ';']);
    expect(scan('x /* a b */ y').toks.map((t) => t.tok)).toEqual(['name', 'name', ';']);
    expect(scan('x ;').toks.map((t) => t.lit)).toEqual(['x', 'semicolon']);
  });
});

describe('positions', () => {
  test('byte columns with multibyte characters', () => {
    const r = parseString('package p\n\nvar ä, 本 = "é", x\n');
    const spec = r.file.decls[0]!;
    expect(spec.kind).toBe('GenDecl');
    if (spec.kind !== 'GenDecl' || spec.specs[0]!.kind !== 'ValueSpec') throw new Error('bad');
    const vs = spec.specs[0];
    const at = (p: number): string => {
      const q = r.fset.position(p);
      return `${q.line}:${q.column}`;
    };
    expect(vs.names.map((n) => at(n.pos))).toEqual(['3:5', '3:9']);
    expect(vs.values.map((v) => at(v.pos))).toEqual(['3:15', '3:21']);
  });
  test('lines are recorded inside raw strings and comments', () => {
    const r = parseString('package p\n/* a\nb */ var x = `1\n2\n3`\nvar y int\n');
    const d = r.file.decls[1]!;
    expect(r.fset.position(d.pos).line).toBe(6);
  });
});

describe('directives', () => {
  test('//go:build and //go: directives', () => {
    const r = parseString(
      '//go:build wasip1 && !js\n\n// Package p.\npackage p\n\n//go:noinline\n//go:linkname f runtime.f\nfunc f()\n\n//go:embed a.txt b.txt\nvar s string\n\nfunc g() {}\n',
    );
    expect(r.errors).toBe('');
    expect(r.file.buildConstraint).toBe('wasip1 && !js');
    const [f, v, g] = r.file.decls;
    expect(f!.kind === 'FuncDecl' && f.directives.map((d) => [d.name, ...d.args])).toEqual([
      ['go:noinline'],
      ['go:linkname', 'f', 'runtime.f'],
    ]);
    expect(v!.kind === 'GenDecl' && v.directives.map((d) => [d.name, ...d.args])).toEqual([['go:embed', 'a.txt', 'b.txt']]);
    expect(g!.kind === 'FuncDecl' && g.directives).toEqual([]);
  });
  test('quoted //go:embed patterns stay one argument', () => {
    const r = parseString('package p\n\nimport _ "embed"\n\n//go:embed "a b.txt" `c d` e\nvar s string\n');
    const d = r.file.decls[1]!;
    expect(d.kind === 'GenDecl' && d.directives[0]!.args).toEqual(['"a b.txt"', '`c d`', 'e']);
  });
  test('directives attach to specs of a grouped type declaration', () => {
    const r = parseString('package p\ntype (\n\t//go:notinheap\n\tT struct{}\n\tU int\n)\n');
    const d = r.file.decls[0]!;
    if (d.kind !== 'GenDecl') throw new Error('bad');
    expect(d.specs.map((s) => (s.kind === 'TypeSpec' ? s.directives.map((x) => x.name) : []))).toEqual([['go:notinheap'], []]);
  });
  test('wasmimport on a bodyless function', () => {
    const r = parseString('package p\n\n//go:wasmimport wasi_snapshot_preview1 fd_write\nfunc fdWrite(fd int32, iovs *byte, n int32, nw *int32) int32\n');
    const f = r.file.decls[0]!;
    expect(f.kind === 'FuncDecl' && f.body === undefined && f.directives[0]).toMatchObject({
      name: 'go:wasmimport',
      args: ['wasi_snapshot_preview1', 'fd_write'],
    });
  });
});

describe('line directives', () => {
  // expected positions: what runtime.Caller reports under gc for a call at each marker
  const src = [
    'package p', //                      1
    'var _ = 1 //line w.go:3', //        2  not at the start of its line
    '//line :1', //                      3
    'var a = 1', //                      4  :1 (no file name: Caller says ??)
    '\t//line indented.go:50', //        5  not in column 1
    'var b = 1', //                      6  :3
    '//line a:b:c:3:4', //               7
    'var c = 1', //                      8  a:b:c:3
    '//line :11:22', //                  9
    'var d = 1', //                      10 a:b:c:11 (a column keeps the file name)
    'var e = /*line q.go:9*/ 1; var f = /*line :7:1*/ 2', // 11 q.go:9, then q.go:7
    'var g = 3', //                      12 q.go:8
    '/*line multi', //                   13
    'line.go:5*/ var h = 1', //          14 multi\nline.go:6 (gc counts from the comment's first line)
    '//line ok.go', //                   15 no colon: an ordinary comment
    'var i = 1', //                      16 multi\nline.go:8
  ].join('\n');
  const at = (needle: string): string => {
    const fset = new FileSet();
    const bytes = new TextEncoder().encode(src);
    const f = fset.addFile('x.go', bytes.length);
    const sc = new Scanner(bytes, f, () => {});
    for (sc.next(); sc.tok !== Token.EOF; ) sc.next();
    const p = fset.adjustedPosition(f.pos(src.indexOf(needle)));
    return `${p.filename}:${p.line}`;
  };
  test.each([
    ['var a', ':1'],
    ['var b', ':3'],
    ['var c', 'a:b:c:3'],
    ['var d', 'a:b:c:11'],
    ['1; var f', 'q.go:9'],
    ['2\nvar g', 'q.go:7'],
    ['var g', 'q.go:8'],
    ['var h', 'multi\nline.go:6'],
    ['var i', 'multi\nline.go:8'],
  ])('%s is at %s', (needle, want) => {
    expect(at(needle)).toBe(want);
  });
  test('positions before any directive stay physical', () => {
    expect(at('var _')).toBe('x.go:2');
  });
});

describe('lexical errors match gc', () => {
  const cases: [string, string][] = [
    ['bad literals', 'package p\nvar (\n\ta = 09\n\tb = 0x\n\tc = 1e+\n\td = 0b12\n\te = 0o8\n\tf = 1__0\n\tg = 0x1.5\n\th = 0b1.0\n\ti = 0x1e3p\n\tj = 1p3\n\tk = 0_x\n\tl = 12_\n)\n'],
    ['bad escapes', 'package p\nvar (\n\ta = "\\q"\n\tb = \'\\400\'\n\tc = "\\xg0"\n\td = \'\\uD800\'\n\te = "\\U00110000"\n\tf = \'ab\'\n\tg = \'\'\n\th = "\\8"\n)\n'],
    ['unterminated', 'package p\nvar a = "abc\nvar b = \'x\nvar c = 1\n/* never closed'],
    ['raw string', 'package p\nvar a = `abc'],
    ['bad characters', 'package p\nvar a @ 1\nvar b = 1 # 2\nvar ۶x = 1\nvar xé€ = 2\n'],
    ['bad line directives', 'package p\n//line foo.go:0\nvar a = 1\n//line :x\nvar b = 1\n/*line f:1:0*/ var c = 1\n//line f:1:2:99999999999\nvar d = 1\n'],
  ];
  test.each(cases)('%s', (_name, src) => {
    expect(parseString(src).errors).toBe(gcErrors(src));
  });
  test('NUL, invalid UTF-8 and BOM', () => {
    const enc = new TextEncoder();
    const parts = [enc.encode('package p\n\nvar a = "x'), new Uint8Array([0]), enc.encode('y"\nvar b = "'), new Uint8Array([0xff]), enc.encode('"\n// c '), new Uint8Array([0xef, 0xbb, 0xbf]), enc.encode('\nvar c = 1\n')];
    const src = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      src.set(p, o);
      o += p.length;
    }
    expect(parseBytes(src).errors).toBe(gcErrors(src));
  });
});
