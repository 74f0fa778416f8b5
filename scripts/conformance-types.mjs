#!/usr/bin/env node
// conformance-types: runs the type checker over Go's own type-checker test
// data, in place: the ERROR-annotated files under
// $(go env GOROOT)/src/internal/types/testdata/{check,spec,examples,fixedbugs}
// (a directory there is one package of several files).
//
// The annotations follow types2's harness (cmd/compile/internal/types2/
// check_test.go): a comment `/* ERROR "substr" */` or `// ERRORx "regexp"`
// expects an error on the line of the token just before the comment, at
// that token's column give or take the directory's tolerance (check 50,
// spec 20, examples 125, fixedbugs 100, as types2 uses); several comments
// may follow one token. A file passes when every error reported matches an
// annotation and every annotation is matched. Errors whose message is
// exactly an ERROR pattern are counted separately ("exact").
//
// Part (b) type-checks every package of the standard library in place, as
// `gowasm check std` does: the import paths of listStdPackages (GOROOT/src;
// cmd/, testdata/, vendor/, builtin and unsafe left out) loaded by
// compiler/loader (overrides in runtime/go first, GOROOT/src, vendor/ for
// golang.org/x/..., the wasip1/wasm build constraints and gowasm's tags,
// cgo off), each checked after its imports; packages whose files the
// constraints all exclude are skipped. "missing function body" is not
// counted where gc compiles without -complete (the loader's
// allowMissingBodies: packages with .s files and go build's fixed list). The
// testdata files that import std packages use the same packages.
//
// compiler/types/testdata/known-failures.txt lists the files expected to
// fail, one per line: `dir/file.go  reason`. The run exits 1 when a file
// not listed fails or a listed file passes. `--update` rewrites the list
// (keeping a leading `[note]` of a reason, such as `[wasm32: ...]`).
// `--verbose` prints every problem; a path argument runs only matching files.
// As in types2's harness, the package is checked with the test-only builtins
// assert and trace, and with the -lang version and -fakeImportC flag of the
// first line of its first file (`// -lang=go1.17`), if any.
//
// The compiled checker is imported from dist/ (`npm run build`), or from
// $GOWASM_DIST. Packages run in a worker thread; one that takes more than
// 20 s fails as a timeout and the run goes on.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const dist = process.env.GOWASM_DIST ? resolve(process.env.GOWASM_DIST) : join(root, 'dist');
const knownFile = join(root, 'compiler/types/testdata/known-failures.txt');
const DIRS = [['check', 50], ['spec', 20], ['examples', 125], ['fixedbugs', 100]];
const TIMEOUT_MS = 20000;

// ---------------------------------------------------------------------------
// Annotations

/** comments returns the ERROR annotations of src: { line, col, rx, substr, text }. */
function annotations(src) {
  const out = [];
  let prev = { line: 1, col: 1 };
  let line = 1;
  let col = 1;
  let i = 0;
  const n = src.length;
  const adv = (k) => {
    for (let j = 0; j < k; j++) {
      if (src[i] === '\n') {
        line++;
        col = 1;
      } else if ((src.charCodeAt(i) & 0xc0) !== 0x80) col += Buffer.byteLength(src[i]);
      i++;
    }
  };
  const comment = (text) => {
    const m = /^ (ERRORx?) (.*)$/s.exec(text);
    if (!m) return;
    const lit = m[2].trim();
    let pattern;
    try {
      pattern = unquote(lit);
    } catch {
      return;
    }
    out.push({ line: prev.line, col: prev.col, substr: m[1] === 'ERROR', pattern, text: text.trim() });
  };
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      adv(1);
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      let j = src.indexOf('\n', i);
      if (j < 0) j = n;
      comment(src.slice(i + 2, j));
      adv(j - i);
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      let j = src.indexOf('*/', i + 2);
      if (j < 0) j = n;
      comment(src.slice(i + 2, j));
      adv(j + 2 - i);
      continue;
    }
    prev = { line, col };
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      adv(j + 1 - i);
    } else if (c === '`') {
      let j = src.indexOf('`', i + 1);
      if (j < 0) j = n;
      adv(j + 1 - i);
    } else if (/[\p{L}_0-9]/u.test(c)) {
      let j = i;
      const num = /[0-9]/.test(c);
      while (j < n && /[\p{L}\p{N}_]/u.test(src[j]) || (num && j < n && (src[j] === '.' || ((src[j] === '+' || src[j] === '-') && /[eEpP]/.test(src[j - 1]))))) j++;
      adv(Math.max(1, j - i));
    } else if (c === '.' && /[0-9]/.test(src[i + 1] ?? '')) {
      let j = i + 1;
      while (j < n && /[\p{L}\p{N}_.]/u.test(src[j])) j++;
      adv(j - i);
    } else {
      // operators: the longest of Go's multi-character operators
      const ops = ['<<=', '>>=', '&^=', '...', '&&', '||', '<-', '++', '--', '==', '!=', '<=', '>=', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', '&^'];
      const op = ops.find((o) => src.startsWith(o, i));
      adv(op ? op.length : 1);
    }
  }
  return out;
}

/** unquote decodes a Go string literal ("..." or `...`). */
function unquote(lit) {
  if (lit.startsWith('`') && lit.endsWith('`') && lit.length >= 2) return lit.slice(1, -1);
  if (!lit.startsWith('"') || !lit.endsWith('"') || lit.length < 2) throw new Error('bad literal');
  return JSON.parse(lit.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\([abfv'])/g, (_, ch) => ({ a: '\\u0007', b: '\\b', f: '\\f', v: '\\u000b', "'": "'" })[ch]));
}

/** goRegExp translates the Go regexp syntax the annotations use into JavaScript's. */
function goRegExp(p) {
  return new RegExp(p.replace(/\(\?s\)/g, '').replace(/\\z/g, '$').replace(/\\Q(.*?)(\\E|$)/g, (_, s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 's');
}

// ---------------------------------------------------------------------------
// Checking one package (worker side)

async function workerMain() {
  const { parseFile } = await import(pathToFileURL(join(dist, 'compiler/syntax/index.js')).href);
  const { DiagnosticList } = await import(pathToFileURL(join(dist, 'compiler/syntax/diagnostics.js')).href);
  const { FileSet } = await import(pathToFileURL(join(dist, 'compiler/syntax/pos.js')).href);
  const { checkPackage } = await import(pathToFileURL(join(dist, 'compiler/types/index.js')).href);
  const loader = await import(pathToFileURL(join(dist, 'compiler/loader/index.js')).href);
  const lib = { parseFile, DiagnosticList, FileSet, checkPackage };
  lib.std = makeStdLoader(lib, loader, workerData.goroot);
  parentPort.on('message', (job) => {
    let result;
    try {
      result = job.kind === 'std' ? lib.std.result(job.path) : runPackage(job, lib);
    } catch (e) {
      result = { pass: false, reason: `crash: ${String(e?.message ?? e).split('\n')[0]}`, problems: [], matched: 0, exact: 0, wanted: 0 };
    }
    parentPort.postMessage({ id: job.id, ...result });
  });
  parentPort.postMessage({ ready: true });
}

function runPackage(job, lib) {
  const { parseFile, DiagnosticList, FileSet, checkPackage } = lib;
  const fset = new FileSet();
  const diags = new DiagnosticList();
  const srcs = job.files.map((f) => readFileSync(f, 'utf8'));
  const asts = job.files.map((f, i) => parseFile(fset, f, new TextEncoder().encode(srcs[i]), diags));
  const wants = new Map(); // file -> line -> [annotation]
  let wanted = 0;
  job.files.forEach((f, i) => {
    const m = new Map();
    for (const a of annotations(srcs[i])) {
      if (!m.has(a.line)) m.set(a.line, []);
      m.get(a.line).push(a);
      wanted++;
    }
    wants.set(f, m);
  });
  // An import that is not a std package the checker can load is left to the checker to
  // report ("could not import"), as types2's harness does with its importer's errors.
  const importer = (p) => {
    try {
      return lib.std.load(p);
    } catch {
      return undefined;
    }
  };
  // As types2's harness: the test-only builtins assert and trace, and the flags of the first line of the first file.
  const flags = fileFlags(srcs[0] ?? '');
  checkPackage({ fset, diags, importer, goVersion: flags.lang, testBuiltins: true, fakeImportC: flags.fakeImportC === 'true' }, asts[0]?.pkgName?.name ?? 'p', asts);
  const problems = [];
  let matched = 0;
  let exact = 0;
  for (const d of diags.items) {
    const p = fset.position(d.pos);
    const list = wants.get(p.filename)?.get(p.line) ?? [];
    const msg = d.msg;
    const cands = list.filter((a) => (a.substr ? msg.includes(a.pattern) : safeTest(a.pattern, msg)));
    if (cands.length === 0) {
      problems.push(`${short(p.filename)}:${p.line}:${p.column}: unexpected error: ${msg.split('\n')[0]}` + (list.length ? `  (want ${list.map((a) => a.text).join(' ')})` : ''));
      continue;
    }
    let best = cands[0];
    for (const a of cands) if (Math.abs(a.col - p.column) < Math.abs(best.col - p.column)) best = a;
    if (Math.abs(best.col - p.column) > job.colDelta) {
      problems.push(`${short(p.filename)}:${p.line}:${p.column}: got col ${p.column}, want ${best.col}: ${msg.split('\n')[0]}`);
    }
    list.splice(list.indexOf(best), 1);
    matched++;
    if (best.substr && msg === best.pattern) exact++;
  }
  for (const [f, m] of wants) for (const [line, list] of m) for (const a of list) problems.push(`${short(f)}:${line}:${a.col}: missing error ${a.text}`);
  return { pass: problems.length === 0, reason: problems[0] ?? '', problems, matched, exact, wanted };
}

/** fileFlags parses a first line `// -lang=go1.N -gotypesalias=0 ...` as types2's harness does (-lang and -fakeImportC are used). */
function fileFlags(src) {
  const m = /^\/\/\s*(-[^\n]*)/.exec(src);
  const flags = {};
  if (!m) return flags;
  for (const f of m[1].trim().split(/\s+/)) {
    const kv = /^--?([\w]+)(?:=(.*))?$/.exec(f);
    if (kv) flags[kv[1]] = kv[2] ?? 'true';
  }
  return flags;
}

// ---------------------------------------------------------------------------
// Standard library packages (worker side): loaded by compiler/loader, checked after their
// imports, cached by path.

function makeStdLoader(lib, loader, gr) {
  const { DiagnosticList, FileSet, checkPackage } = lib;
  const fset = new FileSet();
  const cache = new Map(); // resolved path -> { pkg, errors, first } | null (no files for wasip1/wasm)
  const first = (errs) => (errs.length ? `${fset.format(errs[0].pos)}: ${errs[0].msg.split('\n')[0]}` : '');
  const load = (path) => {
    if (cache.has(path)) return cache.get(path)?.pkg;
    const diags = new DiagnosticList();
    const prog = loader.loadProgram({ importPaths: [path], skipExcludedRoots: true, std: true, implicitRuntime: false, requireMain: false, fset, diags, goroot: gr });
    for (const p of prog.packages) {
      if (cache.has(p.path)) continue;
      const pd = new DiagnosticList();
      const r = checkPackage({ fset, diags: pd, importer: (q) => cache.get(p.importMap.get(q) ?? q)?.pkg ?? undefined }, p.path, p.files);
      const errs = pd.items.filter((d) => !(d.msg === 'missing function body' && p.allowMissingBodies));
      cache.set(p.path, { pkg: r.pkg, errors: errs.length, first: first(errs) });
    }
    // Load errors (a dependency that cannot be found, a cycle...) count against the package loaded.
    const root = prog.packages.length && prog.packages[prog.packages.length - 1].path === path ? cache.get(path) : undefined;
    if (diags.length > 0) {
      const errs = diags.items;
      cache.set(path, { pkg: root?.pkg, errors: errs.length + (root?.errors ?? 0), first: first(errs) });
    } else if (!root) cache.set(path, null);
    return cache.get(path)?.pkg;
  };
  return {
    load,
    result(path) {
      load(path);
      const r = cache.get(path);
      if (!r) return { pass: false, reason: 'no Go files for wasip1/wasm', skipped: true, problems: [] };
      return { pass: r.errors === 0, reason: r.errors ? `${r.errors} errors; first: ${short2(r.first, gr)}` : '', problems: [] };
    },
  };
}

function short2(s, gr) {
  return s.split(join(gr, 'src') + '/').join('');
}

function safeTest(pattern, msg) {
  try {
    return goRegExp(pattern).test(msg);
  } catch {
    return false;
  }
}

function short(f) {
  const i = f.indexOf('/testdata/');
  return i >= 0 ? f.slice(i + '/testdata/'.length) : f;
}

// ---------------------------------------------------------------------------
// Driver (main thread)

function goroot() {
  if (process.env.GOROOT) return process.env.GOROOT;
  try {
    return execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function collectJobs(testdata, filter) {
  const jobs = [];
  for (const [dir, colDelta] of DIRS) {
    const d = join(testdata, dir);
    if (!existsSync(d)) continue;
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      let files;
      if (statSync(p).isDirectory()) files = readdirSync(p).filter((f) => f.endsWith('.go')).sort().map((f) => join(p, f));
      else if (name.endsWith('.go')) files = [p];
      else continue;
      if (files.length === 0) continue;
      const key = `${dir}/${name}`;
      if (filter && !key.includes(filter)) continue;
      jobs.push({ id: jobs.length, key, files, colDelta });
    }
  }
  return jobs;
}

/** stdPackages lists the import paths of the standard library as `gowasm check std` does (compiler/loader's listStdPackages). */
async function stdPackages(gr) {
  const { listStdPackages } = await import(pathToFileURL(join(dist, 'compiler/loader/index.js')).href);
  return listStdPackages(gr);
}

function readKnown() {
  const known = new Map();
  if (!existsSync(knownFile)) return known;
  for (const l of readFileSync(knownFile, 'utf8').split('\n')) {
    const t = l.trim();
    if (!t || t.startsWith('#')) continue;
    const m = /^(\S+)\s*(.*)$/.exec(t);
    known.set(m[1], m[2]);
  }
  return known;
}

function runJobs(jobs, gr, goMinor) {
  return new Promise((resolvePromise) => {
    const results = new Map();
    let worker;
    let queue = [...jobs];
    let current;
    let timer;
    const start = () => {
      worker = new Worker(fileURLToPath(import.meta.url), { workerData: { worker: true, goroot: gr, goMinor } });
      worker.on('message', (m) => {
        if (m.ready) return next();
        clearTimeout(timer);
        results.set(m.id, m);
        next();
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        if (current) results.set(current.id, { pass: false, reason: `crash: ${String(e?.message ?? e).split('\n')[0]}`, problems: [], matched: 0, exact: 0, wanted: 0 });
        current = undefined;
        restart();
      });
    };
    const restart = () => {
      void worker.terminate();
      if (queue.length === 0) return resolvePromise(results);
      start();
    };
    const next = () => {
      current = queue.shift();
      if (!current) {
        void worker.terminate();
        return resolvePromise(results);
      }
      const job = current;
      timer = setTimeout(() => {
        results.set(job.id, { pass: false, reason: `timeout after ${(job.timeout ?? TIMEOUT_MS) / 1000}s`, problems: [], matched: 0, exact: 0, wanted: 0 });
        current = undefined;
        worker.removeAllListeners();
        restart();
      }, job.timeout ?? TIMEOUT_MS);
      worker.postMessage(job);
    };
    start();
  });
}

async function main() {
  const args = process.argv.slice(2);
  const update = args.includes('--update');
  const verbose = args.includes('--verbose');
  const filter = args.find((a) => !a.startsWith('--'));
  if (!existsSync(join(dist, 'compiler/types/index.js'))) {
    console.error(`conformance-types: ${relative(root, dist) || dist}/compiler/types/index.js not found: run \`npm run build\` first`);
    process.exit(2);
  }
  const gr = goroot();
  const testdata = gr ? join(gr, 'src/internal/types/testdata') : undefined;
  if (!testdata || !existsSync(testdata)) {
    console.error('conformance-types: no Go toolchain found (GOROOT/src/internal/types/testdata)');
    process.exit(2);
  }
  const jobs = collectJobs(testdata, filter);
  const std = args.includes('--no-std') || filter ? [] : await stdPackages(gr);
  const stdJobs = std.map((path, i) => ({ id: jobs.length + i, kind: 'std', path, timeout: 120000 }));
  let goMinor = 26;
  try {
    goMinor = Number(/go1\.(\d+)/.exec(readFileSync(join(gr, 'VERSION'), 'utf8'))?.[1] ?? 26);
  } catch {
    // keep the default
  }
  const t0 = Date.now();
  // std first: the worker caches the packages, and the testdata files that import them reuse them
  const results = await runJobs([...stdJobs, ...jobs], gr, goMinor);
  const tTestdata = Date.now();
  const known = readKnown();
  let pass = 0;
  let wanted = 0;
  let matched = 0;
  let exact = 0;
  const unexpectedFail = [];
  const unexpectedPass = [];
  const failures = [];
  const perDir = new Map();
  for (const job of jobs) {
    const r = results.get(job.id) ?? { pass: false, reason: 'no result', problems: [] };
    const dir = job.key.split('/')[0];
    const pd = perDir.get(dir) ?? { pass: 0, total: 0 };
    pd.total++;
    wanted += r.wanted ?? 0;
    matched += r.matched ?? 0;
    exact += r.exact ?? 0;
    if (r.pass) {
      pass++;
      pd.pass++;
      if (known.has(job.key) && !filter) unexpectedPass.push(job.key);
    } else {
      failures.push([job.key, r.reason]);
      if (!known.has(job.key)) unexpectedFail.push([job.key, r.reason]);
      if (verbose) for (const p of r.problems.length ? r.problems : [r.reason]) console.log(`  ${job.key}: ${p}`);
    }
    perDir.set(dir, pd);
  }
  for (const [dir, pd] of perDir) console.log(`${dir.padEnd(10)} ${pd.pass}/${pd.total} files pass`);
  console.log(`annotations: ${matched}/${wanted} matched by a reported error, ${exact} of them with gc's exact message`);
  console.log(`time: ${((tTestdata - t0) / 1000).toFixed(1)}s in all (std and testdata)`);
  if (update && !filter) {
    const lines = ['# Files of GOROOT/src/internal/types/testdata that compiler/types does not pass yet, with the first problem.', '# Written by `node scripts/conformance-types.mjs --update`; the list may only shrink.'];
    // a bracketed note written in the list ("[wasm32: ...]", "[deliberate: ...]") is kept while the file still fails
    for (const [k, why] of failures) {
      const note = /^\[[^\]]*\]/.exec(known.get(k) ?? '')?.[0];
      lines.push(`${k}  ${note ? note + ' ' : ''}${why.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
    writeFileSync(knownFile, lines.join('\n') + '\n');
    console.log(`wrote ${relative(root, knownFile)} (${failures.length} files)`);
  } else {
    for (const [k, why] of unexpectedFail) console.log(`FAIL (not in known-failures): ${k}: ${why}`);
    for (const k of unexpectedPass) console.log(`PASS (listed in known-failures, remove it): ${k}`);
  }
  let stdClean = 0;
  let stdTotal = 0;
  const stdFailures = [];
  for (const j of stdJobs) {
    const r = results.get(j.id) ?? { pass: false, reason: 'no result' };
    if (r.skipped) continue;
    stdTotal++;
    if (r.pass) stdClean++;
    else stdFailures.push(`${j.path}: ${r.reason}`);
  }
  if (verbose || args.includes('--std-errors')) for (const f of stdFailures) console.log(`std ${f}`);
  if (std.length === 0) console.log('std: skipped (--no-std or a file filter)');
  console.log(`types: testdata ${pass}/${jobs.length} files, std ${stdClean}/${stdTotal} packages clean`);
  process.exit(!update && !filter && (unexpectedFail.length > 0 || unexpectedPass.length > 0) ? 1 : 0);
}

if (!isMainThread && workerData?.worker) await workerMain();
else await main();
