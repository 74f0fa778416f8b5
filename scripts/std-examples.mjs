#!/usr/bin/env node
// std-examples: runs the testable examples of Go's standard library with gowasm
// (`npm run conformance:std`). This file owns what is particular to it: discovering the
// examples, generating the programs, compiling, running and judging them, the
// report, and its known-failures list conformance/std-examples-known-failures.txt;
// the machinery it shares with scripts/conformance.mjs is in scripts/lib/ (the
// compile workers, the runs, the compiler snapshot, the known-failures file).
// See docs/conformance.md, section "Std examples".
//
// What is run. For each package of STD_PACKAGES, the `_test.go` files of
// $(go env GOROOT)/src/PKG are read in place (never copied into the repository).
// A testable example is, as for `go test` (go/doc's Examples and testing's
// runExample): a top-level `func ExampleXxx()` without parameters or results,
// whose name continues with a non-lowercase rune (or nothing) after "Example",
// and whose body's last comment group starts with `Output:` or `Unordered
// output:` (case-insensitive). Files whose build constraints exclude
// GOOS=wasip1 GOARCH=wasm are skipped. Every example file of the std list is in
// an external test package (package PKG_test); an example in an internal test
// package (package PKG) would be reported as failed (kind harness), since it
// would need PKG itself recompiled with its test files.
//
// Programs. A program is generated in a temporary directory (never in the
// repository): the example files, with their package clause rewritten to
// `package main`, the other PKG_test files that declare identifiers they use
// (found by a small tokenizer, transitively; an example file's Test functions
// come along, so a file that also holds tests needs package testing), and a
// generated zz_gowasm_examples.go whose main runs the examples in source order
// (files sorted by name), each between marker lines on stdout, with a deferred
// recover so that a panic fails that example only. Line and column positions of
// the GOROOT files are kept, so diagnostics point into GOROOT's files.
//
// Isolation. A package's examples are first compiled as one program. When that
// fails, the failure is narrowed: an example whose own function holds a
// diagnostic is failed with it and its body blanked (imports only it used become
// `_` imports), and the rest is compiled again; a diagnostic elsewhere splits a
// multi-file group into one program per example file; only what is left after
// that fails together with the first diagnostic. At run time, a program that
// dies inside an example (trap, os.Exit, fatal error, timeout) fails that
// example and is run again from the next one (the program takes the index of
// its first example as argument).
//
// Judging follows testing: got and want are compared after trimming white space
// at both ends; for `Unordered output:` after sorting their lines. An example
// fails when it panics, even with the right output. The Output text is
// go/ast's CommentGroup.Text of that comment group, after the `Output:` prefix.
//
// Figure: `std-examples: P/N examples pass in K packages`, where N counts the
// testable examples found in the list's packages, P those that passed, and K
// the packages of the list with at least one testable example.
//
// Known failures: conformance/std-examples-known-failures.txt lists the
// examples expected to fail, `PKG.ExampleName<TAB>kind: detail`, written only by
// --update-known. A run exits 1 when an example not listed fails, when a listed
// one passes, or when a listed one no longer exists (full runs only). --fast
// runs only the packages with at least one example expected to pass.
//
// Compiled modules (and compile failures) are cached under
// $GOWASM_CACHE/std-examples (default ~/.cache/gowasm/std-examples), keyed by a
// hash of the compiler snapshot (dist/, runtime/go/), the generated sources and
// the environment switches; --no-cache disables it.
//
//
// usage: node scripts/std-examples.mjs [options] [PKG...]
//   PKG             run only these packages of the list (e.g. strings math/bits)
//   --update-known  rewrite the known-failures list (a partial run updates only its packages)
//   --fast          only the packages with an example not in the known-failures list
//   --jobs N        packages in parallel (default 2)
//   --timeout S     seconds one run of a program may take (default 20)
//   --compile-timeout S  seconds one compile may take (default 180)
//   --no-cache      do not read or write the module cache
//   --list          print the testable examples found and exit
//   --verbose       print every failure's full got/want and diagnostics
//   --native        build the generated programs with the installed Go instead of gowasm (a check
//                   of the harness: every example should pass; no cache, no known-failures check)
// The compiler comes from dist/ (`npm run build`), or from $GOWASM_DIST.

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilePool, OPT_LEVEL, inSlots } from './lib/compile-pool.mjs';
import { hashSnapshot, prepareCompiler } from './lib/compiler-snapshot.mjs';
import { knownReport, readKnown, writeKnown } from './lib/known-failures.mjs';
import { firstLine as firstLineMax, oneLine, table } from './lib/report.mjs';
import { childEnv, execWasmChild, execWasmCommand, isExecWasmChild, runProgram } from './lib/run-program.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const liveDist = process.env.GOWASM_DIST ? resolve(process.env.GOWASM_DIST) : join(root, 'dist');
const confDir = join(root, 'conformance');
const knownFile = join(confDir, 'std-examples-known-failures.txt');
const resultsFile = join(confDir, 'results-std-examples.tsv'); // git-ignored (conformance/results*.tsv)
/** This file, which the --exec-wasm children run. */
const thisScript = fileURLToPath(import.meta.url);
const MAIN_FILE = 'zz_gowasm_examples.go';
const MARK = '\x01gowasm-example';
const MAX_NARROWING_ROUNDS = 30;

/** The std packages whose examples are run. */
const STD_PACKAGES = [
  'fmt', 'strings', 'strconv', 'bytes', 'errors', 'sort', 'unicode', 'unicode/utf8', 'math', 'math/bits', 'math/big',
  'math/rand/v2', 'slices', 'maps', 'cmp', 'container/heap', 'container/list', 'container/ring', 'bufio', 'io', 'path',
  'path/filepath', 'text/tabwriter', 'text/template', 'encoding/json', 'encoding/binary', 'encoding/hex', 'encoding/base64',
  'encoding/csv', 'hash/crc32', 'hash/fnv', 'crypto/sha256', 'crypto/md5', 'regexp', 'time', 'os', 'sync', 'html', 'net/url',
  'unicode/utf16',
];

/** SETUP stands in for what a package's internal test files do before its examples run, which
 * the harness cannot include (they belong to package PKG itself). */
const SETUP = {
  // time/internal_test.go's init calls ForceUSPacificForTesting: the examples expect Local to be
  // US Pacific. GOOS=wasip1 ignores TZ (time's zoneinfo_wasip1.go: Local is UTC, as under Go's own
  // wasip1 port), so an init of the generated main copies America/Los_Angeles into *time.Local (the
  // location Local points to) before any example runs; Local's lazy initialization on wasip1 then
  // only names it "Local", as initTestingZone does. time/tzdata provides the zone where no zoneinfo
  // files are reachable; TZ keeps --native runs (Linux, where initLocal reads TZ) the same.
  time: {
    env: { TZ: 'America/Los_Angeles' },
    imports: ['time/tzdata'],
    init: {
      imports: { gowasmtime: 'time' },
      body: `loc, err := gowasmtime.LoadLocation("America/Los_Angeles")
	if err != nil {
		panic("cannot load America/Los_Angeles: " + err.Error())
	}
	*gowasmtime.Local = *loc`,
    },
  },
};

// ---------------------------------------------------------------------------
// A small Go tokenizer: enough to find declarations, example bodies, comments
// and imports. Tokens: { k: 'ident'|'comment'|'string'|'number'|'op', t, s, e, line, endLine }
// (s/e are offsets into the source, lines are 1-based).

const identStart = /[\p{L}_]/u;
const identRest = /[\p{L}\p{N}_]*/uy;

function tokenize(src) {
  const toks = [];
  let i = 0;
  let line = 1;
  const n = src.length;
  const push = (k, s, startLine) => toks.push({ k, t: src.slice(s, i), s, e: i, line: startLine, endLine: line });
  while (i < n) {
    const c = src[i];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    const s = i;
    const l0 = line;
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      push('comment', s, l0);
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (; i < stop; i++) if (src[i] === '\n') line++;
      push('comment', s, l0);
    } else if (c === '"' || c === "'") {
      i++;
      while (i < n && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      i++;
      push('string', s, l0);
    } else if (c === '`') {
      i++;
      while (i < n && src[i] !== '`') {
        if (src[i] === '\n') line++;
        i++;
      }
      i++;
      push('string', s, l0);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      i++;
      while (i < n && /[0-9A-Za-z_.]/.test(src[i])) {
        if ((src[i] === 'e' || src[i] === 'E' || src[i] === 'p' || src[i] === 'P') && (src[i + 1] === '+' || src[i + 1] === '-')) i++;
        i++;
      }
      push('number', s, l0);
    } else if (identStart.test(c) || (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00)) {
      identRest.lastIndex = i + c.length;
      identRest.exec(src);
      i = identRest.lastIndex;
      push('ident', s, l0);
    } else {
      i++;
      push('op', s, l0);
    }
  }
  return toks;
}

/** matching returns the index of the token closing the bracket at toks[i]. */
function matching(toks, i) {
  const open = toks[i].t;
  const close = { '(': ')', '[': ']', '{': '}' }[open];
  let depth = 0;
  for (let j = i; j < toks.length; j++) {
    if (toks[j].k !== 'op') continue;
    if (toks[j].t === open) depth++;
    else if (toks[j].t === close && --depth === 0) return j;
  }
  return toks.length - 1;
}

// go/ast's CommentGroup.Text and go/doc's output comment, reimplemented from their documentation.

function isDirective(c) {
  if (/^(line|extern|export) /.test(c)) return true;
  const colon = c.indexOf(':');
  if (colon <= 0 || colon + 1 >= c.length) return false;
  for (let i = 0; i <= colon + 1; i++) if (i !== colon && !/[a-z0-9]/.test(c[i])) return false;
  return true;
}

/** commentText is CommentGroup.Text: markers and the first space of line comments removed, trailing
 * blanks trimmed, directives dropped, leading blank lines removed, runs of blank lines made one, and
 * one trailing newline. */
function commentText(group) {
  const lines = [];
  for (const tok of group) {
    let c = tok.t;
    if (c[1] === '/') {
      c = c.slice(2);
      if (c.startsWith(' ')) c = c.slice(1);
      else if (c !== '' && isDirective(c)) continue;
    } else c = c.slice(2, -2);
    for (const l of c.split('\n')) lines.push(l.replace(/[ \t\r\n\v\f]+$/, ''));
  }
  const kept = [];
  for (const l of lines) if (l !== '' || (kept.length > 0 && kept[kept.length - 1] !== '')) kept.push(l);
  if (kept.length > 0 && kept[kept.length - 1] !== '') kept.push('');
  return kept.join('\n');
}

const outputPrefix = /^\s*(unordered )?output:/i;

/** exampleOutput returns { output, unordered } when the last comment group of the body tokens
 * toks[a..b] (the braces excluded) is an output comment. Groups are formed as go/parser does:
 * consecutive comments at most one line apart; a comment on the line of the previous token only
 * groups with comments on that same line. */
function exampleOutput(toks, a, b) {
  let last = null;
  let i = a;
  while (i <= b) {
    if (toks[i].k !== 'comment') {
      i++;
      continue;
    }
    const prev = toks[i - 1];
    const sameLine = prev !== undefined && prev.k !== 'comment' && prev.endLine === toks[i].line;
    const group = [toks[i]];
    let j = i + 1;
    while (j <= b && toks[j].k === 'comment' && toks[j].line <= group[group.length - 1].endLine + (sameLine ? 0 : 1)) group.push(toks[j++]);
    last = group;
    i = j;
  }
  if (!last) return null;
  const text = commentText(last);
  const m = outputPrefix.exec(text);
  if (!m) return null;
  let out = text.slice(m[0].length).replace(/^ +/, '');
  if (out.startsWith('\n')) out = out.slice(1);
  return { output: out, unordered: m[1] !== undefined };
}

/** analyze finds a Go file's package clause, imports, top-level declared names, examples, and
 * the identifiers it uses (not those after a `.`). */
function analyze(src) {
  const toks = tokenize(src);
  const info = { toks, pkgTok: null, imports: [], decls: new Set(), examples: [], hasTests: false };
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    if (tk.k === 'op') {
      if ('([{'.includes(tk.t)) depth++;
      else if (')]}'.includes(tk.t)) depth--;
      continue;
    }
    if (depth !== 0 || tk.k !== 'ident') continue;
    const next = toks[i + 1];
    if (tk.t === 'package' && !info.pkgTok) info.pkgTok = next;
    else if (tk.t === 'import') {
      const end = next?.t === '(' ? matching(toks, i + 1) : next?.k === 'string' ? i + 1 : i + 2;
      for (let j = i + 1; j <= end && j < toks.length; j++) {
        if (toks[j].k !== 'string') continue;
        const prevTok = toks[j - 1];
        const alias = (prevTok.k === 'ident' && prevTok.t !== 'import') || (prevTok.k === 'op' && prevTok.t === '.') ? prevTok : null;
        info.imports.push({ path: JSON.parse(toks[j].t.replace(/^`|`$/g, '"')), alias, pathTok: toks[j] });
      }
      i = end;
    } else if (tk.t === 'func') {
      if (next?.t === '(') continue; // a method: declares no package-level name
      if (next?.k !== 'ident') continue;
      info.decls.add(next.t);
      if (/^(Test|Benchmark|Fuzz)($|[^\p{Ll}])/u.test(next.t)) info.hasTests = true;
      const isExampleName = /^Example($|[^\p{Ll}])/u.test(next.t);
      const p = toks[i + 2];
      if (isExampleName && p?.t === '(' && toks[i + 3]?.t === ')' && toks[i + 4]?.t === '{') {
        const open = i + 4;
        const close = matching(toks, open);
        const out = exampleOutput(toks, open + 1, close - 1);
        info.examples.push({
          name: next.t, funcLine: tk.line, endLine: toks[close].line, bodyS: toks[open].e, bodyE: toks[close].s,
          tokA: open + 1, tokB: close - 1, runnable: out !== null, output: out?.output ?? '', unordered: out?.unordered ?? false,
        });
      }
    } else if (tk.t === 'type' || tk.t === 'var' || tk.t === 'const') {
      if (next?.t === '(') {
        const end = matching(toks, i + 1);
        let d = 0;
        let lineOfLast = -1;
        for (let j = i + 2; j < end; j++) {
          const t = toks[j];
          if (t.k === 'op' && '([{'.includes(t.t)) d++;
          else if (t.k === 'op' && ')]}'.includes(t.t)) d--;
          else if (d === 0 && t.k === 'ident' && t.line !== lineOfLast) {
            info.decls.add(t.t);
            for (let m = j + 1; toks[m]?.t === ',' && toks[m + 1]?.k === 'ident'; m += 2) info.decls.add(toks[m + 1].t);
          }
          if (t.k !== 'comment') lineOfLast = t.line;
        }
      } else if (next?.k === 'ident') {
        info.decls.add(next.t);
        for (let m = i + 2; toks[m]?.t === ',' && toks[m + 1]?.k === 'ident'; m += 2) info.decls.add(toks[m + 1].t);
      }
    }
  }
  return info;
}

/** localNames lists the names a file declares inside functions, roughly: before `:=`, after a
 * `var` or `const` in a body, and the parameters and results of functions. Used to tell a local
 * `rot13 := ...` from a helper rot13 declared in another test file; a miss is repaired by the
 * `undefined: NAME` retry of runPackage. */
function localNames(toks) {
  const out = new Set();
  let depth = 0;
  const params = (open) => {
    const close = matching(toks, open);
    const segs = [[]];
    let d = 0;
    for (let j = open + 1; j < close; j++) {
      const t = toks[j];
      if (t.k === 'comment') continue;
      if (t.k === 'op' && '([{'.includes(t.t)) d++;
      else if (t.k === 'op' && ')]}'.includes(t.t)) d--;
      if (d === 0 && t.t === ',') segs.push([]);
      else segs[segs.length - 1].push(t);
    }
    const named = segs.some((g) => g.length >= 2 && g[0].k === 'ident' && g[1].t !== '.');
    if (named) for (const g of segs) if (g[0]?.k === 'ident') out.add(g[0].t);
    return close;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k === 'op') {
      if ('([{'.includes(t.t)) depth++;
      else if (')]}'.includes(t.t)) depth--;
      else if (t.t === ':' && toks[i + 1]?.t === '=' && toks[i + 1].s === t.e) {
        for (let j = i - 1; toks[j]?.k === 'ident'; j -= 2) {
          out.add(toks[j].t);
          if (toks[j - 1]?.t !== ',') break;
        }
      }
      continue;
    }
    if (t.k !== 'ident') continue;
    if (t.t === 'func') {
      // Receiver, parameters and results: the paren lists before the body.
      let j = i + 1;
      if (toks[j]?.t === '(') j = params(j) + 1;
      if (toks[j]?.k === 'ident') j++;
      if (toks[j]?.t === '[') j = matching(toks, j) + 1;
      if (toks[j]?.t === '(') j = params(j) + 1;
      if (toks[j]?.t === '(') params(j);
    } else if (depth > 0 && (t.t === 'var' || t.t === 'const')) {
      if (toks[i + 1]?.t === '(') {
        const close = matching(toks, i + 1);
        let line = -1;
        for (let j = i + 2; j < close; j++) if (toks[j].k === 'ident' && toks[j].line !== line) (out.add(toks[j].t), (line = toks[j].line));
      } else for (let j = i + 1; toks[j]?.k === 'ident'; j += 2) {
        out.add(toks[j].t);
        if (toks[j + 1]?.t !== ',') break;
      }
    }
  }
  return out;
}

/** usedIdents lists the identifiers a file uses outside the given blanked offset ranges (not
 * those right after a `.`, which are fields, methods or package members). */
function usedIdents(info, blanked) {
  const out = new Set();
  for (let i = 0; i < info.toks.length; i++) {
    const t = info.toks[i];
    if (t.k !== 'ident' || t.t === '_' || info.toks[i - 1]?.t === '.') continue;
    if (blanked.some(([s, e]) => t.s >= s && t.e <= e)) continue;
    out.add(t.t);
  }
  return out;
}

/** selectorBases lists the identifiers used right before a `.` (package names among them). */
function selectorBases(info, blanked) {
  const out = new Set();
  for (let i = 0; i + 1 < info.toks.length; i++) {
    const t = info.toks[i];
    if (t.k !== 'ident' || info.toks[i + 1].t !== '.' || info.toks[i - 1]?.t === '.') continue;
    if (blanked.some(([s, e]) => t.s >= s && t.e <= e)) continue;
    out.add(t.t);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Discovery

function goroot() {
  if (process.env.GOROOT && existsSync(join(process.env.GOROOT, 'src'))) return process.env.GOROOT;
  return execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
}

const pkgNameCache = new Map();
/** packageName reads the package name of an import path from GOROOT (math/rand/v2 is "rand"). */
function packageName(gr, path) {
  if (pkgNameCache.has(path)) return pkgNameCache.get(path);
  let name = path.split('/').pop();
  if (/^v[0-9]+$/.test(name) && path.includes('/')) name = path.split('/').slice(-2)[0];
  const dir = join(gr, 'src', path);
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.go') || f.endsWith('_test.go')) continue;
      const m = /^package\s+(\w+)/m.exec(readFileSync(join(dir, f), 'utf8'));
      if (m && m[1] !== 'main' && m[1] !== 'documentation') {
        name = m[1];
        break;
      }
    }
  }
  pkgNameCache.set(path, name);
  return name;
}

/** discover reads the test files of one std package: { pkg, dir, files: Map(name → file), examples }. */
function discover(loader, ctx, gr, pkg) {
  const dir = join(gr, 'src', pkg);
  const files = new Map();
  const examples = [];
  const excluded = [];
  if (!existsSync(dir)) return { pkg, dir, files, examples, excluded, missing: true };
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('_test.go')) continue;
    const src = readFileSync(join(dir, name), 'utf8');
    // Build constraints for GOOS=wasip1 GOARCH=wasm; the file-name rule applies to the name without _test.
    let ok;
    try {
      ok = loader.matchFile(name.replace(/_test\.go$/, '.go'), src, ctx);
    } catch {
      ok = false;
    }
    const info = analyze(src);
    const pkgName = info.pkgTok?.t ?? '';
    const file = { name, src, info, pkgName, external: pkgName.endsWith('_test') };
    if (!ok) {
      if (info.examples.some((e) => e.runnable)) excluded.push(name);
      continue;
    }
    files.set(name, file);
    for (const e of info.examples) {
      if (!e.runnable) continue;
      examples.push({ ...e, file: name, id: `${pkg}.${e.name}`, external: file.external });
    }
  }
  return { pkg, dir, files, examples, excluded, missing: false };
}

// ---------------------------------------------------------------------------
// Program generation

/** helperClosure returns the file names of a program: the example files and the external test
 * files declaring identifiers they use, transitively. */
function helperClosure(d, exampleFiles, blankedOf, extra = []) {
  const chosen = new Set([...exampleFiles, ...extra]);
  const queue = [...chosen];
  const declaredIn = new Map();
  for (const f of d.files.values()) {
    if (!f.external) continue;
    for (const n of f.info.decls) if (!declaredIn.has(n)) declaredIn.set(n, f.name);
  }
  while (queue.length > 0) {
    const f = d.files.get(queue.shift());
    f.info.locals ??= localNames(f.info.toks);
    for (const id of usedIdents(f.info, blankedOf(f.name))) {
      const g = declaredIn.get(id);
      if (g && !chosen.has(g) && !f.info.decls.has(id) && !f.info.locals.has(id)) {
        chosen.add(g);
        queue.push(g);
      }
    }
  }
  return [...chosen].sort();
}

/** rewriteFile produces the temp copy of a GOROOT test file: package main, stripped example bodies
 * blanked (newlines kept, so positions hold), and imports no longer used turned into `_` imports. */
function rewriteFile(gr, file, stripped) {
  const { info } = file;
  const blanked = info.examples.filter((e) => stripped.has(e.name)).map((e) => [e.bodyS + 1, e.bodyE]);
  const edits = []; // [start, end, replacement]
  if (info.pkgTok) edits.push([info.pkgTok.s, info.pkgTok.e, 'main']);
  for (const [s, e] of blanked) edits.push([s, e, file.src.slice(s, e).replace(/[^\n]/g, ' ')]);
  if (blanked.length > 0) {
    const bases = selectorBases(info, blanked);
    for (const im of info.imports) {
      if (im.alias && (im.alias.t === '_' || im.alias.t === '.')) continue;
      const name = im.alias ? im.alias.t : packageName(gr, im.path);
      if (bases.has(name)) continue;
      if (im.alias) edits.push([im.alias.s, im.alias.e, '_']);
      else edits.push([im.pathTok.s, im.pathTok.s, '_ ']);
    }
  }
  edits.sort((a, b) => b[0] - a[0]);
  let out = file.src;
  for (const [s, e, r] of edits) out = out.slice(0, s) + r + out.slice(e);
  return out;
}

/** mainFile generates the program's main: it runs the examples from index os.Args[1] on, each
 * between marker lines on stdout, recovering a panic as a marker line. */
function mainFile(examples, extraImports = [], init = undefined) {
  let s = '// Generated by scripts/std-examples.mjs: runs the examples between marker lines.\n\npackage main\n\n';
  const named = Object.entries(init?.imports ?? {}).map(([n, p]) => `\t${n} ${JSON.stringify(p)}\n`).join('');
  s += `import (\n\tgowasmfmt "fmt"\n\tgowasmos "os"\n${named}${extraImports.map((p) => `\t_ ${JSON.stringify(p)}\n`).join('')})\n\n`;
  // The package's setup (SETUP[pkg].init) runs after every package's initialization, before main.
  if (init) s += `func init() {\n\t${init.body}\n}\n\n`;
  s += 'var gowasmExamples = []struct {\n\tname string\n\tf    func()\n}{\n';
  for (const e of examples) s += `\t{${JSON.stringify(e.name)}, ${e.name}},\n`;
  s += '}\n\n';
  s += `func main() {
	start := 0
	if len(gowasmos.Args) > 1 {
		for _, c := range gowasmos.Args[1] {
			start = start*10 + int(c-'0')
		}
	}
	for i := start; i < len(gowasmExamples); i++ {
		gowasmRunExample(gowasmExamples[i].name, gowasmExamples[i].f)
	}
}

func gowasmRunExample(name string, f func()) {
	gowasmos.Stdout.WriteString("\\n${MARK.replace('\x01', '\\x01')} begin " + name + "\\n")
	finished := false
	defer func() {
		if !finished {
			gowasmos.Stdout.WriteString(gowasmfmt.Sprintf("\\n${MARK.replace('\x01', '\\x01')} panic %s %q\\n", name, gowasmfmt.Sprint(recover())))
		}
		gowasmos.Stdout.WriteString("\\n${MARK.replace('\x01', '\\x01')} end " + name + "\\n")
	}()
	f()
	finished = true
}
`;
  return s;
}

// ---------------------------------------------------------------------------
// Compiling (worker threads: scripts/lib/compile-pool.mjs) and caching

/** nativeBuild builds a generated program with the installed Go (--native: checks the harness
 * itself; every example should pass). */
function nativeBuild(dir, files, timeoutS) {
  const env = { ...process.env, GOOS: '', GOARCH: '', GOFLAGS: '', GO111MODULE: 'off', CGO_ENABLED: '0' };
  delete env.GOROOT;
  const r = spawnSync('go', ['build', '-o', 'prog.exe', ...files], { cwd: dir, env, encoding: 'utf8', timeout: timeoutS * 1000 });
  if (r.error) return { threw: r.error.message };
  return { exitCode: r.status === 0 ? 0 : 2, diagnostics: r.stderr.split('\n').filter((l) => !l.startsWith('# ')).join('\n').replaceAll('_test_.go:', '_test.go:') };
}

// ---------------------------------------------------------------------------
// Running a module (a child Node process per run, this file's --exec-wasm mode)

/** execute runs a program with the package's GOROOT directory as its current directory (as go test
 * does: some examples read testdata/ or their own source) and a scratch directory as its /tmp. */
async function execute(wasmPath, args, runDir, pkgDir, extraEnv, timeoutMs, native = false) {
  const outPath = join(runDir, 'stdout');
  const errPath = join(runDir, 'stderr');
  const env = childEnv({ ...extraEnv, TMPDIR: native ? join(runDir, 'tmp') : '/tmp', GOWASM_STD_EXAMPLES_TMP: join(runDir, 'tmp') });
  const [command, argv] = native ? [wasmPath, args] : execWasmCommand(thisScript, wasmPath, args);
  const r = await runProgram(command, argv, { cwd: pkgDir, env, outPath, errPath, timeoutMs });
  const read = (p) => readFileSync(p).subarray(0, 4 << 20).toString('utf8');
  return { ...r, stdout: read(outPath), stderr: read(errPath), side: r.side.trim() };
}

/** splitRun cuts a run's stdout at the marker lines: [{ name, output, ended, panic }] in order. */
function splitRun(stdout) {
  const runs = [];
  let cur = null;
  let buf = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(MARK)) {
      if (cur) buf.push(line);
      continue;
    }
    const [, what, name, ...rest] = line.split(' ');
    if (what === 'begin') {
      cur = { name, output: '', ended: false, panic: null };
      runs.push(cur);
      buf = [];
    } else if (cur && name === cur.name) {
      if (cur.panic === null) cur.output = buf.join('\n');
      if (what === 'panic') cur.panic = rest.join(' ');
      if (what === 'end') cur.ended = true;
      buf = [];
      if (what === 'end') cur = null;
    }
  }
  if (cur && !cur.ended) cur.output = buf.join('\n');
  return runs;
}

// testing's comparison: TrimSpace (Go's white space), and sorted lines for unordered output.
const goTrim = (s) => s.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, '');
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const sortLines = (s) => s.split('\n').sort(byteOrder).join('\n');

function judgeOutput(ex, got) {
  let g = goTrim(got);
  let w = goTrim(ex.output);
  if (ex.unordered) {
    g = sortLines(g);
    w = sortLines(w);
  }
  if (g === w) return null;
  const gl = g.split('\n');
  const wl = w.split('\n');
  let i = 0;
  while (i < gl.length && i < wl.length && gl[i] === wl[i]) i++;
  const q = (s) => JSON.stringify(s === undefined ? '<EOF>' : s.length > 70 ? `${s.slice(0, 67)}...` : s);
  return { detail: `${ex.unordered ? 'sorted ' : ''}line ${i + 1}: got ${q(gl[i])}, want ${q(wl[i])}`, got: g, want: w };
}

const firstLine = (s) => firstLineMax(s, 200);

/** compileFailure turns a failed compile into { kind, detail }. */
function compileFailure(c, compileLimitS) {
  if (c.timeout) return { kind: 'compile-timeout', detail: `compiling took more than ${compileLimitS} s` };
  if (c.threw) return { kind: 'crash', detail: oneLine(c.threw) };
  const d = c.diagnostics ?? '';
  const ice = d.split('\n').find((l) => l.includes('internal compiler error'));
  if (ice) return { kind: 'ice', detail: firstLine(ice) };
  const unsup = d.split('\n').find((l) => l.includes('is not yet supported'));
  if (unsup) return { kind: 'unsupported', detail: firstLine(unsup) };
  if (/undefined: runtime\.\w+/.test(d)) return { kind: 'runtime-api', detail: firstLine(d.split('\n').find((l) => /undefined: runtime\./.test(l))) };
  return { kind: 'compile-error', detail: firstLine(d) };
}

// ---------------------------------------------------------------------------
// One package

/** runPackage compiles and runs a package's examples with narrowing on failure; returns its rows. */
async function runPackage(ctx, slot, d) {
  const { gr, opts, pool, cache, work } = ctx;
  const results = new Map(); // example id → row
  const stripped = new Map(); // file name → Set of stripped example names
  const stats = { compiles: 0, cached: 0, compileMs: 0, runs: 0, runMs: 0 };
  const exampleFilesAll = [...new Set(d.examples.map((e) => e.file))].sort();
  const fail = (ex, kind, detail, extra = {}) => results.set(ex.id, { id: ex.id, pkg: d.pkg, status: 'fail', kind, detail, ...extra });
  const pass = (ex) => results.set(ex.id, { id: ex.id, pkg: d.pkg, status: 'pass', kind: '', detail: '' });
  const strippedOf = (f) => stripped.get(f) ?? new Set();
  const blankedOf = (f) => d.files.get(f).info.examples.filter((e) => strippedOf(f).has(e.name)).map((e) => [e.bodyS + 1, e.bodyE]);
  const relDiag = (s) => s.split(`${gr}/src/`).join('').split(ctx.snapRoot).join('gowasm');

  for (const ex of d.examples) if (!ex.external) fail(ex, 'harness', `example in the internal test package ${d.files.get(ex.file).pkgName} (needs the package rebuilt with its test files)`);

  let progN = 0;
  const extraHelpers = new Set(); // files added after an `undefined: NAME` they declare
  async function compileUnit(exampleFiles) {
    const names = helperClosure(d, exampleFiles, blankedOf, [...extraHelpers]);
    const dir = join(work, `${d.pkg.replaceAll('/', '_')}-${slot}-${progN++}`);
    mkdirSync(dir, { recursive: true });
    const sources = [];
    for (const n of names) sources.push([n, rewriteFile(gr, d.files.get(n), strippedOf(n))]);
    const runList = [];
    for (const f of exampleFiles) for (const ex of d.examples) if (ex.file === f && !results.has(ex.id) && !strippedOf(f).has(ex.name)) runList.push(ex);
    sources.push([MAIN_FILE, mainFile(runList, SETUP[d.pkg]?.imports, SETUP[d.pkg]?.init)]);
    // go build leaves out files named *_test.go: --native writes them as *_test_.go.
    const onDisk = (n) => (opts.native ? n.replace(/_test\.go$/, '_test_.go') : n);
    for (const [n, s] of sources) writeFileSync(join(dir, onDisk(n)), s);
    const key = createHash('sha256').update(ctx.compilerHash).update(`\0${OPT_LEVEL}\0${d.pkg}\0`);
    for (const [n, s] of sources) key.update(`${n}\0${s}\0`);
    const k = key.digest('hex');
    let c = cache?.get(k);
    const t0 = Date.now();
    if (c) stats.cached++;
    else if (opts.native) c = nativeBuild(dir, sources.map(([n]) => onDisk(n)), opts.compileTimeoutS);
    else {
      c = await pool.compile(slot, { files: sources.map(([n]) => join(dir, n)), cwd: dir }, opts.compileTimeoutS * 1000);
      if (!c.timeout && !c.threw) cache?.put(k, c);
    }
    stats.compiles++;
    stats.compileMs += Date.now() - t0;
    if (c.diagnostics) c = { ...c, diagnostics: relDiag(c.diagnostics).replace(/^(?:\.\/)?(\w+\.go):/gm, `${d.pkg}/$1:`) };
    // The programs are package main, so %T and %v of the examples' own types print main.T where
    // go test prints PKG_test.T: map those names back (only top-level names of the program's files).
    const testPkg = d.files.get(exampleFiles[0]).pkgName;
    const own = new Set(names.flatMap((n) => [...d.files.get(n).info.decls]));
    const normalize = (out) => out.replace(/\bmain\.([\p{L}_][\p{L}\p{N}_]*)/gu, (m, id) => (own.has(id) ? `${testPkg}.${id}` : m));
    return { dir, names, runList, c, normalize };
  }

  /** solve compiles the examples of some files, narrowing on failure (see the header), and runs them. */
  async function solve(exampleFiles, rounds = 0) {
    const pending = () => d.examples.filter((e) => exampleFiles.includes(e.file) && !results.has(e.id));
    if (pending().length === 0) return;
    const u = await compileUnit(exampleFiles);
    if (!u.c.timeout && !u.c.threw && u.c.exitCode === 0) return runUnit(u);
    // A helper the closure missed (a name also declared locally): add its file and retry.
    let added = false;
    for (const m of (u.c.diagnostics ?? '').matchAll(/: undefined: (\w+)$/gm)) {
      const f = [...d.files.values()].find((g) => g.external && g.info.decls.has(m[1]) && !u.names.includes(g.name));
      if (f && !extraHelpers.has(f.name)) (extraHelpers.add(f.name), (added = true));
    }
    if (added) return solve(exampleFiles, rounds + 1);
    const why = compileFailure(u.c, opts.compileTimeoutS);
    // Diagnostics inside example functions of these files (their paths are now PKG/NAME.go).
    const inFiles = new Set(exampleFiles.map((f) => `${d.pkg}/${f}`));
    const positions = [];
    for (const l of (u.c.diagnostics ?? '').split('\n')) {
      const m = /^(.+\.go):(\d+):\d+: /.exec(l);
      if (m && inFiles.has(m[1])) positions.push({ file: m[1].slice(d.pkg.length + 1), line: Number(m[2]), text: l });
    }
    const culprits = new Map();
    for (const p of positions) {
      const ex = d.files.get(p.file).info.examples.find((e) => p.line >= e.funcLine && p.line <= e.endLine && !strippedOf(p.file).has(e.name));
      if (ex && !culprits.has(`${p.file}\0${ex.name}`)) culprits.set(`${p.file}\0${ex.name}`, { file: p.file, ex, text: p.text });
    }
    if (culprits.size > 0 && rounds < MAX_NARROWING_ROUNDS) {
      for (const { file, ex, text } of culprits.values()) {
        if (!stripped.has(file)) stripped.set(file, new Set());
        stripped.get(file).add(ex.name);
        const row = d.examples.find((e) => e.file === file && e.name === ex.name);
        if (row && !results.has(row.id)) {
          const w = compileFailure({ diagnostics: text }, opts.compileTimeoutS);
          fail(row, w.kind, w.detail, { diagnostics: u.c.diagnostics });
        }
      }
      return solve(exampleFiles, rounds + 1);
    }
    if (exampleFiles.length > 1) {
      for (const f of exampleFiles) await solve([f], rounds);
      return;
    }
    for (const ex of pending()) fail(ex, why.kind, why.detail, { diagnostics: u.c.diagnostics });
  }

  async function runUnit(u) {
    const wasmPath = opts.native ? join(u.dir, 'prog.exe') : join(u.dir, 'prog.wasm');
    if (!opts.native) writeFileSync(wasmPath, u.c.wasm);
    let start = 0;
    while (start < u.runList.length) {
      const runDir = join(u.dir, `run${start}`);
      mkdirSync(join(runDir, 'tmp'), { recursive: true });
      const t0 = Date.now();
      const r = await execute(wasmPath, [String(start)], runDir, d.dir, SETUP[d.pkg]?.env ?? {}, opts.timeoutS * 1000, opts.native);
      stats.runs++;
      stats.runMs += Date.now() - t0;
      const runs = splitRun(r.stdout);
      let next = u.runList.length;
      for (let i = 0; i < u.runList.length - start; i++) {
        const ex = u.runList[start + i];
        const got = runs[i];
        if (!got || got.name !== ex.name) {
          // The program ended before this example began: blame the program's end on it.
          fail(ex, ...deathReason(r, 'before the example began'));
          next = start + i + 1;
          break;
        }
        if (!got.ended) {
          fail(ex, ...deathReason(r, 'during the example'), { got: got.output });
          next = start + i + 1;
          break;
        }
        if (got.panic !== null) {
          let v = got.panic;
          try {
            v = JSON.parse(v);
          } catch {
            // Go's %q escapes that JSON lacks (\x01): keep the quoted form
          }
          fail(ex, 'panic', `${v} [recovered]`, { got: got.output });
          continue;
        }
        const bad = judgeOutput(ex, u.normalize(got.output));
        if (bad) fail(ex, 'wrong-output', bad.detail, { got: bad.got, want: bad.want });
        else pass(ex);
      }
      start = next;
    }
  }

  function deathReason(r, when) {
    if (r.timedOut) return ['timeout', `ran over ${opts.timeoutS} s (${when})`];
    if (r.side.startsWith('trap ')) return ['trap', `${oneLine(r.side.slice(5))} (${when})`];
    if (r.side.startsWith('host ')) return ['crash', `running: ${oneLine(r.side.slice(5))} (${when})`];
    const p = r.stderr.split('\n').find((l) => /^(panic: |fatal error: )/.test(l));
    if (p) return ['panic', `${firstLine(p)} (${when})`];
    return ['exit', `program exited with status ${r.exit}${r.stderr.trim() ? `: ${firstLine(r.stderr)}` : ''} (${when})`];
  }

  const t0 = Date.now();
  await solve(exampleFilesAll);
  stats.ms = Date.now() - t0;
  return { rows: d.examples.map((e) => results.get(e.id)), stats };
}

// ---------------------------------------------------------------------------
// Cache of compile results

function openCache(compilerHash) {
  const dir = join(process.env.GOWASM_CACHE ?? join(homedir(), '.cache', 'gowasm'), 'std-examples');
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    return null;
  }
  return {
    get(k) {
      const meta = join(dir, `${k}.json`);
      if (!existsSync(meta)) return null;
      try {
        const m = JSON.parse(readFileSync(meta, 'utf8'));
        if (m.exitCode === 0) return { ...m, wasm: new Uint8Array(readFileSync(join(dir, `${k}.wasm`))) };
        return m;
      } catch {
        return null;
      }
    },
    put(k, c) {
      try {
        if (c.exitCode === 0) writeFileSync(join(dir, `${k}.wasm`), c.wasm);
        writeFileSync(join(dir, `${k}.json`), JSON.stringify({ exitCode: c.exitCode, diagnostics: c.diagnostics }));
      } catch {
        // a cache that cannot be written is no cache
      }
    },
    compilerHash,
  };
}

// ---------------------------------------------------------------------------
// Known failures

const reasonOf = (r) => `${r.kind}: ${oneLine(r.detail)}`;

function updateKnown(rows, known, ranPkgs, partial, total) {
  const m = new Map(known);
  if (!partial) m.clear();
  for (const id of known.keys()) if (ranPkgs.has(id.slice(0, id.lastIndexOf('.')))) m.delete(id);
  for (const r of rows) if (r.status === 'fail') m.set(r.id, reasonOf(r));
  return writeKnown(knownFile, m, (n) =>
    '# Std examples expected to fail with gowasm, one a line: PKG.ExampleName<TAB>kind: detail.\n' +
    '# Generated by `node scripts/std-examples.mjs --update-known`; never edited by hand. A run fails when an\n' +
    '# example not listed fails or a listed one passes, so this list only shrinks. See docs/conformance.md.\n' +
    `# ${n} of ${total} examples.\n`);
}

// ---------------------------------------------------------------------------
// Main

function parseArgs(argv) {
  const o = { native: false, update: false, fast: false, jobs: 2, timeoutS: 20, compileTimeoutS: 180, cache: true, list: false, verbose: false, pkgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--update-known') o.update = true;
    else if (a === '--fast') o.fast = true;
    else if (a === '--jobs') o.jobs = Number(argv[++i]);
    else if (a === '--timeout') o.timeoutS = Number(argv[++i]);
    else if (a === '--compile-timeout') o.compileTimeoutS = Number(argv[++i]);
    else if (a === '--no-cache') o.cache = false;
    else if (a === '--list') o.list = true;
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--native') o.native = true;
    else if (a.startsWith('-')) {
      console.error(`std-examples: unknown option ${a}`);
      process.exit(2);
    } else if (!STD_PACKAGES.includes(a)) {
      console.error(`std-examples: ${a} is not in the package list (${STD_PACKAGES.join(' ')})`);
      process.exit(2);
    } else o.pkgs.push(a);
  }
  return o;
}

const indent = (s, p = '      ') => s.split('\n').map((l) => p + l).join('\n');

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  // A snapshot of the compiler (see scripts/lib/compiler-snapshot.mjs), handed to the workers and
  // (through $GOWASM_STD_EXAMPLES_DIST) to the --exec-wasm children; its hash keys the cache.
  const { work, dist, loader } = await prepareCompiler({ name: 'std-examples', root, liveDist, distEnv: 'GOWASM_STD_EXAMPLES_DIST' });
  const compilerHash = hashSnapshot(dist);
  const ctx0 = loader.defaultBuildContext();
  const buildCtx = ctx0; // GOOS=wasip1 GOARCH=wasm, gc, purego, release tags, no GOEXPERIMENT
  const gr = goroot();

  const known = readKnown(knownFile);
  let pkgs = opts.pkgs.length > 0 ? opts.pkgs : STD_PACKAGES;
  const all = STD_PACKAGES.map((p) => discover(loader, buildCtx, gr, p));
  const total = all.reduce((n, d) => n + d.examples.length, 0);
  if (opts.fast) pkgs = pkgs.filter((p) => all.find((d) => d.pkg === p).examples.some((e) => !known.has(e.id)));
  const partial = opts.pkgs.length > 0 || opts.fast;
  const selected = all.filter((d) => pkgs.includes(d.pkg));
  if (opts.list) {
    for (const d of selected) for (const e of d.examples) console.log(`${e.id}\t${d.pkg}/${e.file}:${e.funcLine}${e.unordered ? '\tunordered' : ''}`);
    console.log(`${selected.reduce((n, d) => n + d.examples.length, 0)} testable examples in ${selected.filter((d) => d.examples.length).length} packages`);
    return;
  }

  const pool = new CompilePool(opts.jobs, dist);
  const cache = opts.cache && !opts.native ? openCache(compilerHash) : null;
  const ctx = { gr, opts, pool, cache, work: join(work, 'progs'), compilerHash, snapRoot: dirname(dist) };
  const out = new Map();
  const queue = selected.filter((d) => d.examples.length > 0);
  const progress = process.stderr.isTTY;
  await inSlots(opts.jobs, queue, async (d, slot) => {
    const r = await runPackage(ctx, slot, d);
    out.set(d.pkg, r);
    if (progress) process.stderr.write(`\r${out.size}/${queue.length} packages `);
    // Free the temp programs of the package as soon as it is done.
    for (const name of readdirSync(ctx.work)) if (name.startsWith(`${d.pkg.replaceAll('/', '_')}-`)) rmSync(join(ctx.work, name), { recursive: true, force: true });
  });
  await pool.close();
  if (progress) process.stderr.write('\r');

  // Report.
  const rows = [];
  let s = `\nStd examples: ${gr}/src, ${((Date.now() - t0) / 1000).toFixed(0)} s\n\nper package (pass / examples; compiles, cached; compile s, run s)\n`;
  for (const d of selected) {
    if (d.examples.length === 0) {
      s += `  ${d.pkg.padEnd(16)}    -   no testable examples${d.excluded.length ? ` (build-constrained out: ${d.excluded.join(' ')})` : ''}\n`;
      continue;
    }
    const r = out.get(d.pkg);
    rows.push(...r.rows);
    const p = r.rows.filter((x) => x.status === 'pass').length;
    const st = r.stats;
    s += `  ${d.pkg.padEnd(16)} ${String(p).padStart(3)} / ${String(r.rows.length).padEnd(4)} (${st.compiles} compiles, ${st.cached} cached; ${(st.compileMs / 1000).toFixed(1)} s, ${(st.runMs / 1000).toFixed(1)} s)\n`;
  }
  const failures = rows.filter((r) => r.status === 'fail');
  if (failures.length > 0) {
    s += '\nfailures\n';
    let lastPkg = '';
    for (let i = 0; i < failures.length; i++) {
      const r = failures[i];
      if (r.pkg !== lastPkg) s += `  ${r.pkg}\n`;
      lastPkg = r.pkg;
      // Consecutive failures of a package with one reason (a compile error) are printed once.
      let j = i;
      while (j + 1 < failures.length && failures[j + 1].pkg === r.pkg && failures[j + 1].kind === r.kind && failures[j + 1].detail === r.detail && !['wrong-output', 'panic'].includes(r.kind)) j++;
      const short = (x) => x.id.slice(x.pkg.length + 1);
      if (j > i) {
        const names = failures.slice(i, j + 1).map(short);
        s += `    ${names.length} examples (${names.length > 4 ? `${names.slice(0, 3).join(', ')}, ...` : names.join(', ')}): ${r.kind}: ${r.detail}\n`;
        i = j;
      } else s += `    ${short(r)}: ${r.kind}: ${r.detail}\n`;
      if (opts.verbose) {
        if (r.got !== undefined) s += `      got:\n${indent(r.got, '        ')}\n`;
        if (r.want !== undefined) s += `      want:\n${indent(r.want, '        ')}\n`;
        if (r.diagnostics) s += `      diagnostics:\n${indent(r.diagnostics.trimEnd(), '        ')}\n`;
      }
    }
    const byKind = new Map();
    const byCause = new Map();
    for (const r of failures) {
      byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
      if (!['wrong-output', 'panic'].includes(r.kind)) {
        const cause = `${r.kind}: ${r.detail.replace(/ \((during|before) the example.*\)$/, '')}`;
        byCause.set(cause, (byCause.get(cause) ?? 0) + 1);
      }
    }
    s += table('failures by kind', byKind);
    s += table('examples blocked, by first diagnostic or reason (compile and run failures)', new Map([...byCause.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)));
  }

  mkdirSync(confDir, { recursive: true });
  const tsvPath = partial ? resultsFile.replace(/\.tsv$/, '.partial.tsv') : resultsFile;
  let tsv = 'example\tstatus\tkind\tdetail\n';
  for (const r of rows) tsv += `${r.id}\t${r.status}\t${r.kind}\t${oneLine(r.detail)}\n`;
  writeFileSync(tsvPath, tsv);

  let bad = 0;
  if (opts.update && !opts.native) {
    const n = updateKnown(rows, known, new Set(queue.map((d) => d.pkg)), partial, total);
    s += `\nwrote ${relative(root, knownFile)} (${n} failures${partial ? '; only the packages of this run were updated' : ''})\n`;
  } else if (opts.native) {
    s += '\n(--native: the known-failures list is not checked)\n';
  } else if (known.size > 0 || existsSync(knownFile)) {
    const newFails = failures.filter((r) => !known.has(r.id));
    const newPasses = rows.filter((r) => r.status === 'pass' && known.has(r.id));
    const ids = new Set(all.flatMap((d) => d.examples.map((e) => e.id)));
    const stale = partial ? [] : [...known.keys()].filter((id) => !ids.has(id));
    const report = knownReport({
      listRel: relative(root, knownFile),
      newFails: newFails.map((r) => [r.id, reasonOf(r)]),
      newPasses: newPasses.map((r) => r.id),
      stale,
      passHint: 'run --update-known',
      staleWhat: 'no such example',
    });
    s += report.text;
    bad = report.bad;
    if (bad) s += `std-examples: ${bad} unexpected result(s) against the known-failures list\n`;
  } else {
    s += `\n(no ${relative(root, knownFile)} yet: run with --update-known to create it)\n`;
  }
  const pass = rows.filter((r) => r.status === 'pass').length;
  const k = selected.filter((d) => d.examples.length > 0).length;
  s += `\ntotal time ${((Date.now() - t0) / 1000).toFixed(0)} s; results in ${relative(root, tsvPath)}\n`;
  s += `std-examples: ${pass}/${rows.length} examples pass in ${k} packages\n`;
  process.stdout.write(s);
  process.exitCode = bad ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Entry: the child that runs a module (--exec-wasm), or the main run. (The
// compile workers are scripts/lib/compile-worker.mjs.)

if (isExecWasmChild()) {
  // Child mode: run a module with stdout/stderr inherited; report a trap or host failure on fd 3.
  const scratch = process.env.GOWASM_STD_EXAMPLES_TMP;
  const env = { ...process.env, PWD: process.cwd() };
  delete env.GOWASM_STD_EXAMPLES_TMP;
  delete env.GOWASM_STD_EXAMPLES_DIST;
  await execWasmChild(process.env.GOWASM_STD_EXAMPLES_DIST ?? liveDist, {
    programName: 'example.test', env, preopens: { '/': '/', ...(scratch ? { '/tmp': scratch } : {}) },
  });
} else {
  await main();
}
