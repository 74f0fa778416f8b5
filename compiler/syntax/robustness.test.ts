// Robustness test: real files from $(go env GOROOT)/src (read at test time),
// mutated thousands of times by deleting, duplicating and swapping tokens and
// by truncation, must always parse to a File without throwing, with every
// diagnostic positioned inside the file.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticList } from './diagnostics.js';
import { parseFile } from './index.js';
import { FileSet } from './pos.js';
import { Scanner } from './scanner.js';
import { Token } from './tokens.js';
import { goroot } from './testutil.js';

/** a small deterministic PRNG so failures are reproducible */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** tokenSpans returns [start, end) byte ranges of the tokens of src (end = start of the next token or space). */
function tokenSpans(src: Uint8Array): [number, number][] {
  const fset = new FileSet();
  const sc = new Scanner(src, fset.addFile('t', src.length), () => {});
  const starts: number[] = [];
  for (let i = 0; i < 200000; i++) {
    sc.next();
    if (sc.tok === Token.EOF) break;
    if (sc.tok === Token.Semi && sc.lit !== 'semicolon') continue;
    starts.push(sc.offset);
  }
  return starts.map((s, i) => {
    let e = s + 1;
    const lim = i + 1 < starts.length ? starts[i + 1]! : src.length;
    while (e < lim && src[e] !== 0x20 && src[e] !== 0x0a && src[e] !== 0x09) e++;
    return [s, e];
  });
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function mutate(src: Uint8Array, spans: [number, number][], r: (n: number) => number): Uint8Array {
  const [s, e] = spans[r(spans.length)]!;
  const [s2, e2] = spans[r(spans.length)]!;
  switch (r(6)) {
    case 5: {
      // insert a random byte (NUL, invalid UTF-8, BOM start, quotes, brackets...)
      const bytes = [0, 0xff, 0xef, 0xbb, 0xbf, 0x22, 0x27, 0x60, 0x7b, 0x7d, 0x28, 0x5b, 0x2f, 0x2a, 0x5c, 0x0a];
      return concat(src.subarray(0, s), new Uint8Array([bytes[r(bytes.length)]!]), src.subarray(s));
    }
    case 0: // delete a token
      return concat(src.subarray(0, s), src.subarray(e));
    case 1: // duplicate a token
      return concat(src.subarray(0, e), src.subarray(s, e), src.subarray(e));
    case 2: {
      // swap two tokens
      const [a, b] = s < s2 ? [[s, e], [s2, e2]] : [[s2, e2], [s, e]];
      if (a[1]! > b[0]!) return src;
      return concat(src.subarray(0, a[0]), src.subarray(b[0]!, b[1]), src.subarray(a[1]!, b[0]), src.subarray(a[0]!, a[1]), src.subarray(b[1]!));
    }
    case 3: // replace a token by another one
      return concat(src.subarray(0, s), src.subarray(s2, e2), src.subarray(e));
    default: // truncate
      return src.subarray(0, s + r(e - s + 1));
  }
}

function pickFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  for (const d of dirs) {
    const names = readdirSync(join(root, d)).filter((n) => n.endsWith('.go')).sort();
    out.push(...names.slice(0, 4).map((n) => join(root, d, n)));
  }
  return out;
}

describe('robustness', () => {
  test('mutated GOROOT files never make the parser throw', () => {
    const root = join(goroot(), 'src');
    const files = pickFiles(root, ['fmt', 'strings', 'sort', 'errors', 'container/list', 'unicode/utf8', 'math/bits', 'slices', 'maps', 'iter', 'go/token', 'text/tabwriter']);
    expect(files.length).toBeGreaterThanOrEqual(30);
    const r = rng(12345);
    let runs = 0;
    let withErrors = 0;
    for (const f of files) {
      const src = new Uint8Array(readFileSync(f));
      const spans = tokenSpans(src);
      for (let i = 0; i < 100; i++) {
        let m = mutate(src, spans, r);
        if (r(4) === 0) m = mutate(m, spans, r); // sometimes a second mutation (spans are approximate then)
        const fset = new FileSet();
        const diags = new DiagnosticList();
        let threw: unknown;
        try {
          const file = parseFile(fset, f, m, diags);
          expect(file.kind).toBe('File');
        } catch (e) {
          threw = e;
        }
        if (threw !== undefined) throw new Error(`parser threw on a mutation of ${f} (#${i}): ${String(threw)}`);
        const sf = fset.files[0]!;
        for (const d of diags.items) {
          if (d.pos < sf.base || d.pos > sf.base + sf.size) throw new Error(`diagnostic outside the file: ${d.msg}`);
        }
        if (diags.length > 0) withErrors++;
        runs++;
      }
    }
    expect(runs).toBeGreaterThanOrEqual(3000);
    expect(withErrors).toBeGreaterThan(runs / 2); // the mutations do produce invalid programs
  });
});

describe('deep nesting', () => {
  const parse = (src: string): DiagnosticList => {
    const diags = new DiagnosticList();
    parseFile(new FileSet(), 'x.go', new TextEncoder().encode(src), diags);
    return diags;
  };
  test.each([
    ['parentheses', (n: number) => `var x = ${'('.repeat(n)}1${')'.repeat(n)}`],
    ['slice types', (n: number) => `var x = ${'[]'.repeat(n)}int{}`],
    ['blocks', (n: number) => `func f() ${'{'.repeat(n)}${'}'.repeat(n)}`],
    ['pointers', (n: number) => `var x ${'*'.repeat(n)}int`],
    ['composite literals', (n: number) => `var x = T{${'{'.repeat(n)}${'}'.repeat(n)}}`],
  ])('%s: moderate depth parses, absurd depth is reported, never a stack overflow', (_name, make) => {
    expect(parse(`package p\n${make(500)}\n`).items.map((d) => d.msg)).toEqual([]);
    expect(parse(`package p\n${make(100000)}\n`).items.map((d) => d.msg)).toEqual(['exceeded max nesting depth']);
  });
  test('a long else-if chain is not nesting', () => {
    let body = 'func f(x int) int {\n\tif x == 0 {\n\t\treturn 0\n';
    for (let i = 1; i < 20000; i++) body += `\t} else if x == ${i} {\n\t\treturn ${i}\n`;
    body += '\t}\n\treturn -1\n}\n';
    expect(parse(`package p\n${body}`).length).toBe(0);
  });
});
