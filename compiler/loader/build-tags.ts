// This file implements build constraints for GOOS=wasip1 GOARCH=wasm: the
// `//go:build` expression (a small boolean-expression parser and evaluator over
// build tags) and the `_GOOS` / `_GOARCH` / `_test` file-name rules of the go command.

/** The target of every gowasm build. */
export const TARGET_GOOS = 'wasip1';
export const TARGET_GOARCH = 'wasm';

/** Known GOOS and GOARCH values: only these count as file-name suffixes. */
const KNOWN_GOOS = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl',
  'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);
const KNOWN_GOARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64',
  'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x',
  'sparc', 'sparc64', 'wasm',
]);

/** BuildContext decides which tags are satisfied. */
export interface BuildContext {
  readonly goos: string;
  readonly goarch: string;
  /** Extra satisfied tags (e.g. "gowasm", release tags go1.1 … go1.N). */
  readonly tags: ReadonlySet<string>;
}

/** releaseTags returns go1.1 … go1.minor, as the go command satisfies them for a Go version. */
export function releaseTags(minor: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= minor; i++) out.push(`go1.${i}`);
  return out;
}

/** Tags gowasm satisfies besides GOOS, GOARCH and the release tags. Measured on go1.26's std
 * (`gowasm check std`):
 * - purego: the std's "no assembly" switch; on wasm it selects hash/maphash's pure-Go hashing
 *   (instead of a linkname into runtime.memhash) and crypto/internal/fips140's purego constant.
 * - math_big_pure_go: math/big has Wasm assembly (arith_wasm.s) that we cannot use; without the
 *   tag arith_decl.go declares those functions without bodies.
 * - gc: we are not gc, but we compile gc's standard library (linkname, runtime hooks), and the go
 *   command always sets the compiler's tag: without gc (or gccgo) internal/goroot has no files for
 *   wasip1, so go/build and everything importing it fail to load. The other gc-tagged files are
 *   for other GOARCHes or are also guarded by !purego.
 * - gowasm: our own, for code that must tell gowasm apart. */
export const GOWASM_TAGS: readonly string[] = ['gowasm', 'gc', 'purego', 'math_big_pure_go'];

/** defaultBuildContext is wasip1/wasm plus GOWASM_TAGS and the release tags of the given Go minor version. */
export function defaultBuildContext(goMinor = 26): BuildContext {
  return { goos: TARGET_GOOS, goarch: TARGET_GOARCH, tags: new Set([...GOWASM_TAGS, ...releaseTags(goMinor)]) };
}

/** tagSatisfied reports whether one build tag holds in ctx. */
export function tagSatisfied(tag: string, ctx: BuildContext): boolean {
  return tag === ctx.goos || tag === ctx.goarch || ctx.tags.has(tag);
}

/** BuildExpr is a parsed //go:build expression. */
export type BuildExpr =
  | { readonly op: 'tag'; readonly tag: string }
  | { readonly op: 'not'; readonly x: BuildExpr }
  | { readonly op: 'and' | 'or'; readonly x: BuildExpr; readonly y: BuildExpr };

/** BuildExprError reports a malformed //go:build line. */
export class BuildExprError extends Error {
  constructor(msg: string) {
    super(msg);
    this.name = 'BuildExprError';
  }
}

function tokenize(text: string): string[] {
  const toks: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '(' || c === ')' || c === '!') {
      toks.push(c);
      i++;
    } else if (text.startsWith('&&', i) || text.startsWith('||', i)) {
      toks.push(text.slice(i, i + 2));
      i += 2;
    } else {
      let j = i;
      while (j < text.length && /[A-Za-z0-9_.]/.test(text[j]!)) j++;
      if (j === i) throw new BuildExprError(`unexpected character ${JSON.stringify(c)} in build constraint`);
      toks.push(text.slice(i, j));
      i = j;
    }
  }
  return toks;
}

/** parseBuildExpr parses the text after "//go:build". Precedence: ! over && over ||. */
export function parseBuildExpr(text: string): BuildExpr {
  const toks = tokenize(text);
  let pos = 0;
  const peek = (): string | undefined => toks[pos];
  const expect = (t: string): void => {
    if (toks[pos] !== t) throw new BuildExprError(`expected ${t} in build constraint`);
    pos++;
  };
  const parseOr = (): BuildExpr => {
    let x = parseAnd();
    while (peek() === '||') {
      pos++;
      x = { op: 'or', x, y: parseAnd() };
    }
    return x;
  };
  const parseAnd = (): BuildExpr => {
    let x = parseNot();
    while (peek() === '&&') {
      pos++;
      x = { op: 'and', x, y: parseNot() };
    }
    return x;
  };
  const parseNot = (): BuildExpr => {
    const t = peek();
    if (t === '!') {
      pos++;
      return { op: 'not', x: parseNot() };
    }
    if (t === '(') {
      pos++;
      const x = parseOr();
      expect(')');
      return x;
    }
    if (t === undefined || t === ')' || t === '&&' || t === '||') {
      throw new BuildExprError('malformed build constraint');
    }
    pos++;
    return { op: 'tag', tag: t };
  };
  const e = parseOr();
  if (pos !== toks.length) throw new BuildExprError('unexpected tokens at end of build constraint');
  return e;
}

/** evalBuildExpr evaluates a parsed expression in ctx. */
export function evalBuildExpr(e: BuildExpr, ctx: BuildContext): boolean {
  switch (e.op) {
    case 'tag':
      return tagSatisfied(e.tag, ctx);
    case 'not':
      return !evalBuildExpr(e.x, ctx);
    case 'and':
      return evalBuildExpr(e.x, ctx) && evalBuildExpr(e.y, ctx);
    case 'or':
      return evalBuildExpr(e.x, ctx) || evalBuildExpr(e.y, ctx);
  }
}

/** findBuildLine returns the //go:build expression of a Go source header (before the package clause), if any. */
export function findBuildLine(src: string): string | undefined {
  let i = 0;
  let inBlock = false;
  while (i < src.length) {
    let end = src.indexOf('\n', i);
    if (end < 0) end = src.length;
    const line = src.slice(i, end).trim();
    i = end + 1;
    if (inBlock) {
      if (line.includes('*/')) inBlock = false;
      continue;
    }
    if (line === '') continue;
    if (line.startsWith('//')) {
      const m = /^\/\/go:build(?:\s+(.*))?$/.exec(line);
      if (m) return (m[1] ?? '').trim();
      continue;
    }
    if (line.startsWith('/*')) {
      if (!line.includes('*/')) inBlock = true;
      continue;
    }
    return undefined; // the package clause (or anything else) ends the header
  }
  return undefined;
}

/** goodOSArchFile applies the go command's file-name rules: *_GOOS, *_GOARCH, *_GOOS_GOARCH (before .go). */
export function goodOSArchFile(filename: string, ctx: BuildContext): boolean {
  const base = filename.replace(/\.go$/, '');
  const parts = base.split('_');
  if (parts.length < 2) return true;
  const last = parts[parts.length - 1]!;
  const prev = parts.length >= 3 ? parts[parts.length - 2]! : undefined;
  if (prev !== undefined && KNOWN_GOOS.has(prev) && KNOWN_GOARCH.has(last)) {
    return prev === ctx.goos && last === ctx.goarch;
  }
  if (KNOWN_GOOS.has(last)) return last === ctx.goos;
  if (KNOWN_GOARCH.has(last)) return last === ctx.goarch;
  return true;
}

/** isSourceFileName reports whether a directory entry is a Go file the package build considers. */
export function isSourceFileName(name: string): boolean {
  return name.endsWith('.go') && !name.endsWith('_test.go') && !name.startsWith('_') && !name.startsWith('.');
}

/** matchFile decides whether a file of a package directory is part of the build. */
export function matchFile(filename: string, src: string, ctx: BuildContext): boolean {
  if (!goodOSArchFile(filename, ctx)) return false;
  const expr = findBuildLine(src);
  if (expr === undefined) return true;
  return evalBuildExpr(parseBuildExpr(expr), ctx);
}
