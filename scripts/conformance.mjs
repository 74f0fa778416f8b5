#!/usr/bin/env node
// conformance: runs Go's own test suite — the single-file `// run` programs
// under $(go env GOROOT)/test, in place, never copied — with gowasm, and
// reports the pass rate. Then it runs the syntax and types conformance
// scripts (scripts/conformance-syntax.mjs, scripts/conformance-types.mjs) so
// that one command prints every conformance figure.
//
// Selection and expectations follow Go's runner (src/cmd/internal/testdir):
// - the recipe is the first non-empty line of the file that is not a build
//   constraint, a `//` comment; only `run` is executed here, every other kind
//   (errorcheck, compile, rundir, runoutput, ...) is counted in the summary;
// - the header's `//go:build` line is evaluated for GOOS=wasip1 GOARCH=wasm with
//   the tags the runner satisfies (gc, test_run, release tags; cgo off), using
//   compiler/loader's evaluator from dist/;
// - recipe arguments: leading `-flags` are go-command flags (`-goexperiment X`
//   and `-godebug X` set the environment, `-t N` raises the timeout, `-gcflags`
//   that gowasm implements (compiler/gcflags.ts) go to the compiler, the rest
//   cannot apply to gowasm and are recorded); leading `.go` arguments are more
//   source files (as `go run a.go b.go`); the rest are the program's arguments;
// - the program runs with GOROOT/test as its current directory, and passes when
//   it exits with status 0 and its combined stdout+stderr equals the sibling
//   NAME.out file, or is empty when there is none.
//
// Each test is compiled in-process through compile() (dist/compiler/index.js)
// in a worker thread (terminated on timeout) and run in a child Node process
// (runtime/host's runWasm, this file's --exec-wasm mode) with stdout and stderr
// on one file, so the interleaving is the program's. Two tests at a time. The
// machinery shared with scripts/std-examples.mjs is in scripts/lib/: the compile
// workers (compile-pool.mjs), the runs (run-program.mjs), the compiler snapshot
// (compiler-snapshot.mjs), the known-failures list (known-failures.mjs).
//
// Failure kinds: unsupported (the compiler says "X is not yet supported"; grouped by X, every
// std import counted as one feature), runtime-api ("undefined: runtime.X": our package runtime
// lacks it), type-error (any other compile error: our checker or loader rejected valid Go), ice
// (internal compiler error), crash (the compiler threw or died, or the host failed), compile-timeout,
// timeout (the program ran too long), trap (a WebAssembly trap), panic (status != 0 with a
// "panic:" or "fatal error:" line: self-checking tests panic on failure), exit-status (any other
// non-zero status), wrong-output (status 0, output differs).
//
// Output: conformance/results.tsv (one row a test; git-ignored), a summary by
// directory, by failure kind and by unsupported feature, and the last line
// `go-test: P/N pass`. conformance/known-failures.txt lists the tests expected
// to fail, `path<TAB>kind: first line of the diagnostic`; the run exits 1 when a
// test not listed fails, when a listed test passes, or when a listed test no
// longer exists — so the list only shrinks. `--update-known` rewrites it.
//
// usage: node scripts/conformance.mjs [options] [FILTER...]
//   FILTER          substring of the test path (relative to GOROOT/test); only
//                   matching tests run, and the peer scripts are skipped
//   --update-known  rewrite conformance/known-failures.txt from this run (a partial run
//                   updates only the entries of the tests it ran)
//   --jobs N        parallel tests (default 2)
//   --timeout S     seconds a test program may run (default 10; more if its recipe says -t N)
//   --compile-timeout S  seconds compiling one test may take (default 60: generous, so that a
//                   loaded machine does not turn slow compiles into flaky failures)
//   --no-peers      do not run the syntax and types conformance scripts
//   --list          print the selected tests and exit
//   --verbose       print every failure as it happens
//   --fast          run only the fast subset (see fastSubset; what `npm test` runs)
// The compiler comes from dist/ (`npm run build`), or from $GOWASM_DIST.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CompilePool, inSlots } from './lib/compile-pool.mjs';
import { prepareCompiler } from './lib/compiler-snapshot.mjs';
import { knownReport, readKnown, writeKnown } from './lib/known-failures.mjs';
import { cmpStr as cmpPath, firstLine as firstLineMax, oneLine, table } from './lib/report.mjs';
import { childEnv, execWasmChild, execWasmCommand, isExecWasmChild, runProgram } from './lib/run-program.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const liveDist = process.env.GOWASM_DIST ? resolve(process.env.GOWASM_DIST) : join(root, 'dist');
/** This file, which the --exec-wasm children run. */
const thisScript = fileURLToPath(import.meta.url);
const confDir = join(root, 'conformance');
const knownFile = join(confDir, 'known-failures.txt');
const resultsFile = join(confDir, 'results.tsv');

// ---------------------------------------------------------------------------
// Discovery

function goroot() {
  if (process.env.GOROOT && existsSync(join(process.env.GOROOT, 'test'))) return process.env.GOROOT;
  return execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
}

/** walk lists the .go files under dir, leaving out the `*.dir` directories (parts of multi-file tests). */
function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) {
      if (!name.endsWith('.dir') && name !== 'testdata') walk(p, out);
    } else if (name.endsWith('.go') && st.isFile()) out.push(p);
  }
  return out;
}

/** splitQuoted splits a recipe as the runner does (quotes group, backslash escapes). */
function splitQuoted(s) {
  const args = [];
  let arg = '';
  let escaped = false;
  let quoted = false;
  let quote = '';
  for (const c of s) {
    if (escaped) escaped = false;
    else if (c === '\\') {
      escaped = true;
      continue;
    } else if (quote !== '') {
      if (c === quote) {
        quote = '';
        continue;
      }
    } else if (c === '"' || c === "'") {
      quoted = true;
      quote = c;
      continue;
    } else if (/\s/u.test(c)) {
      if (quoted || arg !== '') args.push(arg);
      quoted = false;
      arg = '';
      continue;
    }
    arg += c;
  }
  if (quoted || arg !== '') args.push(arg);
  return args;
}

const isConstraintLine = (l) => /^\/\/go:build(\s|$)/.test(l) || /^\/\/\s*\+build(\s|$)/.test(l);

/** recipe returns the action words of a test file, as the runner finds them. */
function recipe(src) {
  for (const line of src.split('\n')) {
    if (isConstraintLine(line)) continue;
    const action = line.replace(/^\/\//, '').trim();
    if (action !== '') return line.startsWith('//') ? splitQuoted(action) : [];
  }
  return [];
}

/** classify decides what to do with one file: { kind, test? }. */
function classify(loader, gcflags, ctx, testDir, file) {
  const rel = relative(testDir, file);
  const src = readFileSync(file, 'utf8');
  const words = recipe(src);
  const action = words[0] ?? '';
  const known = ['compile', 'compiledir', 'build', 'builddir', 'buildrundir', 'run', 'buildrun', 'runoutput', 'rundir', 'runindir', 'asmcheck',
    'errorcheckandrundir', 'errorcheckwithauto', 'errorcheck', 'errorcheckdir', 'errorcheckoutput', 'skip'];
  if (!known.includes(action)) return { rel, kind: 'not a test (no recipe)' };
  const header = src.split('\npackage')[0];
  const buildLine = loader.findBuildLine(header.includes('package ') ? header : `${header}\npackage x\n`);
  if (buildLine !== undefined) {
    let ok;
    try {
      ok = loader.evalBuildExpr(loader.parseBuildExpr(buildLine), ctx);
    } catch {
      ok = false;
    }
    if (!ok) return { rel, kind: `${action}, excluded by //go:build for wasip1/wasm` };
  }
  if (action !== 'run') return { rel, kind: action };
  const test = { rel, file, files: [file], args: [], flags: [], gcflags: [], env: {}, timeoutS: 0 };
  const rest = words.slice(1);
  while (rest.length > 0 && rest[0].startsWith('-')) {
    const f = rest.shift();
    if (f === '-t') test.timeoutS = Number(rest.shift());
    else if (f === '-goexperiment') test.env.GOEXPERIMENT = rest.shift();
    else if (f === '-godebug') test.env.GODEBUG = rest.shift();
    else if (f === '-gomodversion') rest.shift();
    else if (f === '-gcflags' || f.startsWith('-gcflags=')) {
      const v = f === '-gcflags' ? rest.shift() : f.slice('-gcflags='.length);
      if ('flags' in gcflags.parseGcflags([v])) test.gcflags.push(v);
      else test.flags.push(`-gcflags=${v}`);
    } else test.flags.push(f);
  }
  while (rest.length > 0 && rest[0].endsWith('.go')) test.files.push(join(dirname(file), rest.shift()));
  test.args = rest;
  return { rel, kind: 'run', test };
}

// ---------------------------------------------------------------------------
// Running

/** execute runs a module in a child Node process (this file's --exec-wasm mode) with stdout and
 * stderr on outPath; resolves { exit, signal, timedOut, output, truncated, side }. */
async function execute(wasmPath, test, cwd, outPath, timeoutMs) {
  const [command, args] = execWasmCommand(thisScript, wasmPath, test.args);
  const r = await runProgram(command, args, { cwd, env: childEnv(test.env), outPath, timeoutMs });
  let output = readFileSync(outPath);
  const truncated = output.length > 1 << 20;
  output = output.subarray(0, 1 << 20).toString('utf8').replaceAll('\r\n', '\n');
  return { ...r, output, truncated };
}

const firstLine = (s) => firstLineMax(s, 160);

/** feature extracts the unsupported feature of a diagnostic "pos: X is not yet supported". */
function unsupportedFeature(diags) {
  for (const line of diags.split('\n')) {
    const m = /: (.*) is not yet supported$/.exec(line) ?? /^(.*) is not yet supported$/.exec(line);
    if (m) {
      const what = m[1].replace(/^.*?: /, '');
      if (/^import "/.test(what)) return 'import of a std package';
      return what;
    }
  }
  return 'unknown';
}

/** importsOf lists the import paths of a Go file (for ranking the std packages the tests need). */
function importsOf(file) {
  const src = readFileSync(file, 'utf8');
  const out = new Set();
  const block = /^import\s*\(([\s\S]*?)^\)/gm;
  let m;
  while ((m = block.exec(src))) for (const q of m[1].matchAll(/"([^"]+)"/g)) out.add(q[1]);
  for (const q of src.matchAll(/^import\s+(?:[\w.]+\s+)?"([^"]+)"/gm)) out.add(q[1]);
  out.delete('unsafe');
  return [...out];
}

/** The std packages of tier T1 (issue 7: "the conformance harness's T1 programs"). */
const T1_PACKAGES = new Set(['fmt', 'os', 'strings', 'strconv', 'errors', 'sort', 'math', 'unicode', 'bytes', 'sync', 'time', 'runtime']);

/** tierOf classifies a test by its imports (unsafe aside): T0 imports nothing, T1 only packages of
 * T1_PACKAGES, T2 anything else. */
function tierOf(imports) {
  if (imports.length === 0) return 'T0';
  return imports.every((p) => T1_PACKAGES.has(p)) ? 'T1' : 'T2';
}

/** judge turns a compile result and a run into a result row. */
function judge(test, expected, c, r, ms) {
  const row = { test: test.rel, status: 'fail', kind: '', feature: '', compileMs: ms.compile, runMs: ms.run ?? 0, detail: '' };
  if (c.timeout) return { ...row, kind: 'compile-timeout', detail: `compiling took more than ${ms.compileLimit / 1000} s` };
  if (c.threw) return { ...row, kind: 'crash', detail: oneLine(c.threw) };
  if (c.exitCode !== 0) {
    const d = c.diagnostics ?? '';
    const ice = d.split('\n').find((l) => l.includes('internal compiler error'));
    if (ice) return { ...row, kind: 'ice', detail: firstLine(ice.replace(/^.*?internal compiler error/, 'internal compiler error')) };
    if (/is not yet supported/.test(d)) {
      const feature = unsupportedFeature(d);
      const line = d.split('\n').find((l) => l.includes('is not yet supported'));
      return { ...row, kind: 'unsupported', feature, detail: firstLine(line.replace(/^\S+:\d+:\d+: /, '')) };
    }
    const text = d.replace(/^\S+:\d+:\d+: /gm, '');
    // A program that uses package runtime's API we do not have yet (runtime.GC, runtime.Caller, ...).
    const rt = /^undefined: (runtime\.\w+)$/m.exec(text);
    if (rt) return { ...row, kind: 'runtime-api', feature: rt[1], detail: firstLine(rt[0]) };
    return { ...row, kind: 'type-error', detail: firstLine(text) };
  }
  if (r.timedOut) return { ...row, kind: 'timeout', detail: `ran for more than ${ms.runLimit / 1000} s` };
  const side = r.side.trim();
  if (side.startsWith('host ')) return { ...row, kind: 'crash', detail: oneLine(`running: ${side.slice(5)}`) };
  if (side.startsWith('trap ')) return { ...row, kind: 'trap', detail: oneLine(side.slice(5)) };
  if (r.signal) return { ...row, kind: 'crash', detail: `runner killed by ${r.signal}` };
  if (r.exit !== 0) {
    const lines = r.output.split('\n');
    const p = lines.find((l) => /^(panic: |fatal error: )/.test(l));
    if (p !== undefined) return { ...row, kind: 'panic', detail: firstLine(p) };
    return { ...row, kind: 'exit-status', detail: `exit status ${r.exit}: ${firstLine(r.output)}` };
  }
  if (r.output !== expected) {
    const got = r.output.split('\n');
    const want = expected.split('\n');
    let i = 0;
    while (i < got.length && i < want.length && got[i] === want[i]) i++;
    const detail = expected === ''
      ? `unexpected output: ${JSON.stringify(firstLine(r.output))}`
      : `line ${i + 1}: got ${JSON.stringify((got[i] ?? '<EOF>').slice(0, 60))}, want ${JSON.stringify((want[i] ?? '<EOF>').slice(0, 60))}`;
    return { ...row, kind: 'wrong-output', detail };
  }
  return { ...row, status: 'pass' };
}

// ---------------------------------------------------------------------------
// Known failures

const reasonOf = (r) => `${r.kind}${r.feature ? ` (${r.feature})` : ''}: ${oneLine(r.detail)}`;

/** updateKnown rewrites the known-failures list: from this run's rows, and for a partial run
 * (FILTER or --fast) merged into the current list — the tests run are updated (dropped when they
 * pass), the others kept as they were. */
function updateKnown(rows, known, partial, total) {
  const m = partial ? new Map(known) : new Map();
  for (const r of rows) {
    if (r.status === 'pass') m.delete(r.test);
    else m.set(r.test, reasonOf(r));
  }
  return writeKnown(knownFile, m, (n) =>
    '# Tests of $(go env GOROOT)/test expected to fail with gowasm, one a line: path<TAB>kind: first line of the diagnostic.\n' +
    '# Generated by `node scripts/conformance.mjs --update-known`; never edited by hand. The run fails when a test\n' +
    '# not listed fails or a listed one passes, so this list only shrinks. See docs/conformance.md.\n' +
    `# ${n} of ${total} run tests.\n`);
}

// ---------------------------------------------------------------------------
// Peers

function runPeer(script) {
  return new Promise((resolvePromise) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [join(here, script)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolvePromise({ code, out, secs: (Date.now() - t0) / 1000 }));
  });
}

// ---------------------------------------------------------------------------
// Main

function parseArgs(argv) {
  const o = { update: false, jobs: 2, timeoutS: 10, compileTimeoutS: 60, peers: true, list: false, verbose: false, fast: false, filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--update-known') o.update = true;
    else if (a === '--jobs') o.jobs = Number(argv[++i]);
    else if (a === '--timeout') o.timeoutS = Number(argv[++i]);
    else if (a === '--compile-timeout') o.compileTimeoutS = Number(argv[++i]);
    else if (a === '--no-peers') o.peers = false;
    else if (a === '--list') o.list = true;
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--fast') o.fast = true;
    else if (a.startsWith('-')) {
      console.error(`conformance: unknown option ${a}`);
      process.exit(2);
    } else o.filters.push(a);
  }
  return o;
}

/** FAST_TOP is how many top-level tests (test/*.go, by name) the fast subset considers. */
const FAST_TOP = 40;

/** fastSubset is the part of the suite `npm test` runs (tests/conformance.test.ts), chosen by a
 * fixed rule so that no list needs maintaining: the tests of test/ken and the first FAST_TOP
 * tests of test/*.go by name, less those in the known-failures list. */
function fastSubset(tests, known) {
  const top = tests.filter((t) => !t.rel.includes('/')).slice(0, FAST_TOP);
  const ken = tests.filter((t) => t.rel.startsWith('ken/'));
  return [...top, ...ken].filter((t) => !known.has(t.rel));
}

const inc = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  // The compiler the run uses: a snapshot of liveDist, handed to the workers and (through
  // $GOWASM_CONFORMANCE_DIST) to the --exec-wasm children.
  const { work, dist, loader } = await prepareCompiler({ name: 'conformance', root, liveDist, distEnv: 'GOWASM_CONFORMANCE_DIST' });
  const gcflags = await import(pathToFileURL(join(dist, 'compiler', 'gcflags.js')).href);
  const base = loader.defaultBuildContext();
  // The tags Go's runner satisfies (testdir_test.go, context.match): release tags, gc, test_run; cgo is off.
  const ctx = { goos: base.goos, goarch: base.goarch, tags: new Set([...base.tags].filter((t) => t.startsWith('go1.')).concat(['gc', 'test_run'])) };
  const gr = goroot();
  const testDir = join(gr, 'test');

  const kinds = new Map();
  let tests = [];
  for (const f of walk(testDir, [])) {
    const c = classify(loader, gcflags, ctx, testDir, f);
    inc(kinds, c.kind);
    if (c.test) tests.push(c.test);
  }
  const known = readKnown(knownFile);
  const totalRun = tests.length;
  const partial = opts.filters.length > 0 || opts.fast;
  if (opts.filters.length > 0) tests = tests.filter((t) => opts.filters.some((f) => t.rel.includes(f)));
  if (opts.fast) tests = fastSubset(tests, known);
  if (opts.list) {
    for (const t of tests) console.log(t.rel);
    return;
  }

  const pool = new CompilePool(opts.jobs, dist);
  const rows = new Map();
  let done = 0;
  const progress = process.stderr.isTTY;

  await inSlots(opts.jobs, tests, async (test, i, k) => {
    const compileLimit = opts.compileTimeoutS * 1000;
    const runLimit = Math.max(opts.timeoutS, test.timeoutS) * 1000;
    const outFile = test.file.replace(/\.go$/, '.out');
    const expected = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    const tc = Date.now();
    const c = await pool.compile(i, { id: k, files: test.files, cwd: dirname(test.file), goexperiment: test.env.GOEXPERIMENT, gcflags: test.gcflags }, compileLimit);
    const ms = { compile: Date.now() - tc, compileLimit, runLimit };
    let r;
    if (!c.timeout && !c.threw && c.exitCode === 0) {
      const wasmPath = join(work, `t${i}.wasm`);
      writeFileSync(wasmPath, c.wasm);
      const tr = Date.now();
      r = await execute(wasmPath, test, testDir, join(work, `t${i}.out`), runLimit);
      ms.run = Date.now() - tr;
    }
    const row = judge(test, expected, c, r, ms);
    row.tier = tierOf(test.files.flatMap((f) => importsOf(f)));
    if (row.kind === 'unsupported' && row.feature === 'import of a std package') row.imports = importsOf(test.file);
    rows.set(test.rel, row);
    done++;
    if (opts.verbose && row.status === 'fail') console.error(`FAIL ${row.test}: ${row.kind}${row.feature ? ` (${row.feature})` : ''}: ${row.detail}`);
    else if (progress) process.stderr.write(`\r${done}/${tests.length} `);
  });
  await pool.close();
  if (progress) process.stderr.write('\r');
  const secs = (Date.now() - t0) / 1000;

  // Results file.
  const all = [...rows.values()].sort((a, b) => cmpPath(a.test, b.test));
  mkdirSync(confDir, { recursive: true });
  let tsv = 'test\tstatus\tkind\tfeature\tcompile_ms\trun_ms\tdetail\n';
  for (const r of all) tsv += `${r.test}\t${r.status}\t${r.kind}\t${r.feature}\t${r.compileMs}\t${r.runMs}\t${oneLine(r.detail)}\n`;
  writeFileSync(partial ? resultsFile.replace(/\.tsv$/, '.partial.tsv') : resultsFile, tsv);

  // Summary.
  const pass = all.filter((r) => r.status === 'pass').length;
  const byDir = new Map();
  for (const r of all) {
    const d = dirname(r.test);
    const e = byDir.get(d) ?? { pass: 0, n: 0 };
    e.n++;
    if (r.status === 'pass') e.pass++;
    byDir.set(d, e);
  }
  let s = `\nGo test suite: ${testDir}, ${secs.toFixed(0)} s\n`;
  s += table('files by recipe (only `run` is executed)', kinds);
  const byTier = new Map();
  for (const r of all) {
    const e = byTier.get(r.tier) ?? { pass: 0, n: 0 };
    e.n++;
    if (r.status === 'pass') e.pass++;
    byTier.set(r.tier, e);
  }
  s += '\nby tier of imports (T0: none; T1: only fmt, os, strings, strconv, errors, sort, math, unicode, bytes, sync, time, runtime; T2: others)\n';
  for (const t of ['T0', 'T1', 'T2']) {
    const e = byTier.get(t);
    if (e) s += `  ${t}  ${String(e.pass).padStart(4)} / ${String(e.n).padEnd(4)} ${((100 * e.pass) / e.n).toFixed(1)}%\n`;
  }
  s += '\nby directory (pass / run)\n';
  for (const [d, e] of [...byDir.entries()].sort((a, b) => cmpPath(a[0], b[0]))) s += `  ${d.padEnd(22)} ${String(e.pass).padStart(4)} / ${e.n}\n`;
  const byKind = new Map();
  const byFeature = new Map();
  const byImport = new Map();
  const byRuntime = new Map();
  for (const r of all) {
    if (r.status === 'pass') continue;
    inc(byKind, r.kind);
    if (r.kind === 'runtime-api') inc(byRuntime, r.feature);
    if (r.kind === 'unsupported') inc(byFeature, r.feature);
    for (const p of r.imports ?? []) inc(byImport, p);
  }
  s += table('failures by kind', byKind, all.length);
  s += table('unsupported: first feature reported', byFeature, all.length);
  s += table('runtime-api: package runtime lacks', byRuntime, all.length);
  s += table('std packages imported by the tests blocked on imports (top 25)', new Map([...byImport.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)));

  // Known failures.
  let bad = 0;
  if (opts.update) {
    const n = updateKnown(all, known, partial, totalRun);
    s += `\nwrote ${relative(root, knownFile)} (${n} failures${partial ? '; only the tests of this run were updated' : ''})\n`;
  } else {
    const newFails = all.filter((r) => r.status === 'fail' && !known.has(r.test));
    const newPasses = all.filter((r) => r.status === 'pass' && known.has(r.test));
    const stale = partial ? [] : [...known.keys()].filter((t) => !rows.has(t));
    const report = knownReport({
      listRel: relative(root, knownFile),
      newFails: newFails.map((r) => [r.test, reasonOf(r)]),
      newPasses: newPasses.map((r) => r.test),
      stale,
      passHint: `remove from ${relative(root, knownFile)}, or run --update-known`,
      staleWhat: 'no such run test',
    });
    s += report.text;
    bad = report.bad;
  }

  // Peers.
  let peerBad = false;
  const peerLines = [];
  if (opts.peers && !partial) {
    for (const script of ['conformance-syntax.mjs', 'conformance-types.mjs']) {
      if (!existsSync(join(here, script))) {
        peerLines.push(`${script}: not present`);
        continue;
      }
      const p = await runPeer(script);
      s += `\n--- ${script} (${p.secs.toFixed(0)} s, exit ${p.code}) ---\n${p.out.trimEnd().split('\n').slice(-15).join('\n')}\n`;
      const figures = p.out.split('\n').filter((l) => /^(syntax|types): /.test(l));
      peerLines.push(...(figures.length ? figures : [`${script}: no figure line`]).map((f) => `${f}  (${script}: exit ${p.code}, ${p.secs.toFixed(0)} s)`));
      if (p.code !== 0) peerBad = true;
    }
  }
  s += `\ntotal time ${((Date.now() - t0) / 1000).toFixed(0)} s; results in ${relative(root, partial ? resultsFile.replace(/\.tsv$/, '.partial.tsv') : resultsFile)}\n`;
  for (const l of peerLines) s += `${l}\n`;
  if (bad) s += `conformance: ${bad} unexpected result(s) against the known-failures list\n`;
  s += `go-test: ${pass}/${all.length} pass\n`;
  process.stdout.write(s);
  process.exitCode = bad || peerBad ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Entry: the child that runs a module (--exec-wasm), or the main run. (The
// compile workers are scripts/lib/compile-worker.mjs.)

if (isExecWasmChild()) {
  // Child mode: run a module with stdout/stderr inherited; report a trap on fd 3.
  await execWasmChild(process.env.GOWASM_CONFORMANCE_DIST ?? liveDist, { programName: 'test.wasm', env: process.env });
} else {
  await main();
}
