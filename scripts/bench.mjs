#!/usr/bin/env node
// This file implements `npm run bench`: it builds every program under bench/
// three ways (native `go build`; Go's own `GOOS=wasip1 GOARCH=wasm` port; and
// gowasm build -O3, its default), runs the .wasm builds under the Node WASI runner that
// `gowasm run` uses and under wasmtime (the PyPI `wasmtime` package, when it
// is importable), checks that every build prints what the native build prints,
// and writes docs/benchmarks.md (tables, machine, method) and
// docs/benchmarks.png (time ratios to native). Nothing here asserts a time.
//
//   node scripts/bench.mjs [--runs N] [--quick] [--only a,b,...]
//                          [--no-build] [--no-write] [--no-wasmtime]
//
// --runs N     timed runs of each variant (default 5; --quick: 1); the
//              variants run interleaved: run 1 of every program and variant,
//              then run 2, ..., with the order of variants rotated each run.
// --quick      a smoke run: each program's size constant (marked
//              `// bench:size quick=V` in its main.go) is replaced by V in a
//              temporary copy; one run; one warm compile.
// --only       only these programs (directory names under bench/).
// --no-build   do not run `tsc` first (use dist/ as it is).
// --no-write   print the report instead of writing docs/.
// --no-wasmtime  skip the wasmtime columns.
//
// Every figure in the report comes from this run. The whole run is kept under
// a time budget (BENCH_BUDGET_S, default 860 s): a timed round does not start
// when the last one's duration would overrun it, and the report says how many
// rounds were done (the builds and the first round always happen).

import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const docsDir = join(root, 'docs');
// gowasm runs from a private snapshot (see snapshotCompiler), so that edits and rebuilds of the
// work tree during the run cannot change the compiler halfway through.
let gowasmBin = join(root, 'bin', 'gowasm.js');
const wasmtimeRunner = join(benchDir, '..', 'tests', 'run_wasmtime.py');
const TIME = '/usr/bin/time';
const PY_RSS = [
  'import resource, subprocess, sys',
  'rc = subprocess.call(sys.argv[2:])',
  'kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss',
  "open(sys.argv[1], 'w').write(('Command terminated by signal %d\\n' % -rc if rc < 0 else '') + '%d\\n' % kb)",
  'sys.exit(128 - rc if rc < 0 else rc)',
].join('\n');

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const o = { runs: undefined, quick: false, only: undefined, build: true, write: true, wasmtime: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--runs' || a.startsWith('--runs=')) o.runs = Number(val());
    else if (a === '--only' || a.startsWith('--only=')) o.only = val().split(',').filter(Boolean);
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-write') o.write = false;
    else if (a === '--no-wasmtime') o.wasmtime = false;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(8, 23).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else die(`unknown option ${a}`);
  }
  if (o.runs === undefined) o.runs = o.quick ? 1 : 5;
  if (!Number.isInteger(o.runs) || o.runs < 1) die('--runs wants a positive integer');
  return o;
}

function die(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(2);
}

const log = (s) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------- helpers

function median(xs) {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function geomean(xs) {
  if (xs.length === 0) return undefined;
  return Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}

function firstLine(s) {
  return (s.split('\n').find((l) => l.trim() !== '') ?? '').trim();
}

/** run spawns a command under /usr/bin/time (peak RSS), with a timeout; resolves with its outcome. */
function run(cmd, args, { env, cwd = root, timeoutMs = 120000, timing } = {}) {
  return new Promise((resolvePromise) => {
    const rssFile = join(work, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
    // Peak RSS: /usr/bin/time -f %M, or else a Python wrapper reading getrusage(RUSAGE_CHILDREN).
    const useTime = true;
    const argv = haveTime ? ['-f', '%M', '-o', rssFile, cmd, ...args] : ['-c', PY_RSS, rssFile, cmd, ...args];
    const exe = haveTime ? TIME : 'python3';
    const childEnv = { ...(env ?? process.env) };
    if (timing) childEnv.BENCH_TIMING_FILE = timing;
    const t0 = process.hrtime.bigint();
    // detached: its own process group, so that a timeout kills the program too, not only its wrapper
    const child = spawn(exe, argv, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child.pid);
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child.pid);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      let rssKB;
      let exit = code;
      let sig = signal;
      let stderr = Buffer.concat(err).toString('utf8');
      if (useTime) {
        try {
          const t = readFileSync(rssFile, 'utf8');
          // "Command terminated by signal N" / "Command exited with non-zero status N" precede the number.
          const m = t.match(/terminated by signal (\d+)/);
          if (m) sig = `signal ${m[1]}`;
          const nums = t.trim().split('\n').filter((l) => /^\d+$/.test(l.trim()));
          if (nums.length) rssKB = Number(nums[nums.length - 1]);
          rmSync(rssFile, { force: true });
        } catch {
          // killed before time wrote its file
        }
      }
      let engine;
      if (timing) {
        try {
          engine = JSON.parse(readFileSync(timing, 'utf8'));
          rmSync(timing, { force: true });
        } catch {
          engine = undefined;
        }
      }
      resolvePromise({ seconds, exit, signal: sig, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr, rssKB, engine });
    });
  });
}

/** runSync is for the short set-up commands (versions, builds). */
function runSync(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  return { ...r, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function fmtS(s) {
  if (s === undefined) return '—';
  if (s < 0.1) return `${(s * 1000).toFixed(0)} ms`;
  if (s < 10) return `${s.toFixed(2)} s`;
  return `${s.toFixed(1)} s`;
}

function fmtRatio(r) {
  if (r === undefined || !isFinite(r)) return '—';
  return r < 10 ? `${r.toFixed(2)}×` : `${r.toFixed(1)}×`;
}

function fmtBytes(n) {
  if (n === undefined) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(2)} MiB`;
}

function fmtMB(kb) {
  return kb === undefined ? '—' : `${(kb / 1024).toFixed(1)} MB`;
}

// ---------------------------------------------------------------- set-up

const opts = parseArgs(process.argv.slice(2));
const budgetS = Number(process.env.BENCH_BUDGET_S ?? (opts.quick ? 240 : 860));
const tStart = Date.now();
const elapsed = () => (Date.now() - tStart) / 1000;
const haveTime = existsSync(TIME) && !process.env.BENCH_NO_GNU_TIME;
const work = mkdtempSync(join(tmpdir(), 'gowasm-bench-'));
const loadSamples = [];
const sampleLoad = () => loadSamples.push(loadavg()[0]);
const loadTimer = setInterval(sampleLoad, 5000);
sampleLoad();
const loadAtStart = loadavg();

// The timed programs run in process groups of their own: end them with us.
const running = new Set();
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(work, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const goCheck = runSync('go', ['version']);
if (goCheck.status !== 0) die('the go command is needed (native and wasip1 builds)');
const goVersion = goCheck.stdout.trim();

/** snapshotCompiler lays out a private copy of gowasm in the work directory: package.json,
 * bin/, runtime/go/, dist/ (compiled by tsc from the sources now, or copied with --no-build) and
 * a link to node_modules. The Node runner of the .wasm builds comes from the same snapshot. */
function snapshotCompiler() {
  const snap = join(work, 'gowasm');
  mkdirSync(snap, { recursive: true });
  for (const p of ['package.json', 'bin', join('runtime', 'go')]) cpSync(join(root, p), join(snap, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(snap, 'node_modules'), 'dir');
  let how = 'dist/ as it was (--no-build)';
  let built = false;
  if (opts.build) {
    log('bench: compiling the compiler (tsc) into a private snapshot...');
    const tsc = runSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--outDir', join(snap, 'dist')]);
    if (tsc.status === 0) {
      how = 'compiled by tsc from the work tree at the start of the run';
      built = true;
    } else {
      how = `tsc failed (${firstLine(tsc.stdout + tsc.stderr)}), so dist/ as it was was used`;
      log(`bench: ${how}`);
      rmSync(join(snap, 'dist'), { recursive: true, force: true });
    }
  }
  if (!built) cpSync(join(root, 'dist'), join(snap, 'dist'), { recursive: true });
  gowasmBin = join(snap, 'bin', 'gowasm.js');
  return how;
}
const compilerBuild = snapshotCompiler();
// Which sources were measured (read-only git queries).
const gitHead = runSync('git', ['rev-parse', '--short', 'HEAD']);
const gitDirty = runSync('git', ['status', '--porcelain', '--untracked-files=no']);
const sourceRev =
  gitHead.status === 0
    ? `commit ${gitHead.stdout.trim()}${gitDirty.stdout.trim() ? ' plus uncommitted changes in the work tree' : ''}`
    : 'not a git work tree';
const gowasmVersion = runSync(process.execPath, [gowasmBin, 'version']).stdout.trim() || 'unknown';

let wasmtimeVersion;
if (opts.wasmtime) {
  const py = runSync('python3', ['-c', 'import wasmtime, importlib.metadata as m; print(m.version("wasmtime"))']);
  if (py.status === 0) wasmtimeVersion = py.stdout.trim();
  else log('bench: the Python wasmtime package is not importable: wasmtime columns skipped');
}

// Programs: bench/NAME/main.go, in a fixed order (start-up, compute, goroutines), others after.
const ORDER = [
  'hello', 'hello-fmt', 'binary-trees', 'fannkuch-redux', 'n-body', 'spectral-norm', 'mandelbrot', 'fasta',
  'map-count', 'tree-walk', 'sort', 'strings', 'token-ring', 'prime-sieve', 'worker-pool',
];
const STARTUP = new Set(['hello', 'hello-fmt']);
let names = readdirSync(benchDir).filter((n) => existsSync(join(benchDir, n, 'main.go')));
names.sort((a, b) => {
  const ia = ORDER.indexOf(a), ib = ORDER.indexOf(b);
  return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib) || a.localeCompare(b);
});
if (opts.only) {
  for (const n of opts.only) if (!names.includes(n)) die(`no program bench/${n}/main.go`);
  names = names.filter((n) => opts.only.includes(n));
}

// Sources: bench/NAME/main.go, or for --quick a copy with the size constants replaced.
const SIZE_RE = /^(\s*(?:const\s+)?\w+\s*=\s*)([^\s/]+)(\s*\/\/\s*bench:size\s+quick=(\S+).*)$/;
function sourceOf(name) {
  const orig = join(benchDir, name, 'main.go');
  if (!opts.quick) return { dir: join(benchDir, name), file: orig, display: relative(root, orig) };
  const dir = join(work, 'src', name);
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(orig, 'utf8')
    .split('\n')
    .map((l) => {
      const m = l.match(SIZE_RE);
      return m ? `${m[1]}${m[4]}${m[3]}` : l;
    })
    .join('\n');
  const file = join(dir, 'main.go');
  writeFileSync(file, text);
  return { dir, file, display: relative(root, orig) };
}

// ---------------------------------------------------------------- builds

const VARIANTS = [
  { id: 'native', label: 'native', build: 'native' },
  { id: 'gowasip1-node', label: 'Go wasip1 (Node)', build: 'gowasip1', engine: 'node' },
  { id: 'gowasip1-wasmtime', label: 'Go wasip1 (wasmtime)', build: 'gowasip1', engine: 'wasmtime' },
  { id: 'gowasm-node', label: 'gowasm (Node)', build: 'gowasm', engine: 'node' },
  { id: 'gowasm-wasmtime', label: 'gowasm (wasmtime)', build: 'gowasm', engine: 'wasmtime' },
].filter((v) => v.engine !== 'wasmtime' || wasmtimeVersion);

const goEnv = (extra) => {
  const e = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '', GO111MODULE: 'off', ...extra };
  if (!extra.GOOS) delete e.GOOS;
  if (!extra.GOARCH) delete e.GOARCH;
  return e;
};

let cacheUsed = false; // did any gowasm build write to its $GOWASM_CACHE?
const results = {}; // name -> { builds: {...}, runs: { variantId: [...] }, status: { variantId: string } }
const warmCompiles = Number(process.env.BENCH_WARM_COMPILES ?? 1);

for (const name of names) {
  const src = sourceOf(name);
  const r = { name, src, builds: {}, runs: {}, fail: {}, expected: undefined };
  results[name] = r;
  const outDir = join(work, 'out', name);
  mkdirSync(outDir, { recursive: true });

  // native
  {
    const out = join(outDir, 'native');
    const b = runSync('go', ['build', '-o', out, src.file], { env: goEnv({}) });
    r.builds.native = b.status === 0 ? { path: out, seconds: b.seconds } : { error: firstLine(b.stderr.replace(/^#.*\n/, '')) };
  }
  // Go's own wasip1 port
  {
    const out = join(outDir, 'gowasip1.wasm');
    const b = runSync('go', ['build', '-o', out, src.file], { env: goEnv({ GOOS: 'wasip1', GOARCH: 'wasm' }) });
    r.builds.gowasip1 =
      b.status === 0
        ? { path: out, seconds: b.seconds, ...sizes(out) }
        : { error: firstLine(b.stderr.replace(/^#.*\n/, '')) };
  }
  // gowasm: one cold compile (fresh, empty cache directory), then warm ones (same cache directory).
  {
    const out = join(outDir, 'gowasm.wasm');
    const cache = join(work, 'cache', name);
    mkdirSync(cache, { recursive: true });
    const env = { ...process.env, GOWASM_CACHE: cache };
    const cmd = [gowasmBin, 'build', '-O3', '-o', out, opts.quick ? src.file : relative(root, src.file)];
    const cold = runSync(process.execPath, cmd, { env });
    if (cold.status !== 0 || !existsSync(out)) {
      const diag = firstLine(cold.stderr || cold.stdout).split(src.file).join(src.display);
      r.builds.gowasm = { error: diag || `exit status ${cold.status}${cold.signal ? ` (${cold.signal})` : ''}`, cold: cold.seconds };
    } else {
      const warm = [];
      for (let i = 0; i < warmCompiles; i++) {
        const w = runSync(process.execPath, cmd, { env });
        if (w.status === 0) warm.push(w.seconds);
      }
      r.builds.gowasm = { path: out, cold: cold.seconds, warm: median(warm), ...sizes(out) };
      if (readdirSync(cache).length > 0) cacheUsed = true;
    }
  }
  const g = r.builds.gowasm;
  log(`bench: built ${name}: native ${r.builds.native.error ? 'FAILED' : 'ok'}, wasip1 ${r.builds.gowasip1.error ? 'FAILED' : 'ok'}, gowasm ${g.error ? `cannot compile: ${g.error}` : `ok (${fmtS(g.cold)} cold, ${fmtBytes(g.raw)})`}`);
}

function sizes(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

// ---------------------------------------------------------------- runs

function commandFor(v, r) {
  const b = r.builds[v.build];
  if (!b || b.error) return undefined;
  if (v.build === 'native') return { cmd: b.path, args: [] };
  if (v.engine === 'node') return { cmd: process.execPath, args: [gowasmBin, 'run', b.path] };
  return { cmd: 'python3', args: [wasmtimeRunner, b.path], timing: true };
}

/** describeFailure names how a run failed, with the first line of its output that the native build did not print. */
function describeFailure(res, expected) {
  if (res.timedOut) return `timed out after ${timeoutMs / 1000} s`;
  const why = res.signal ? `killed by ${res.signal}` : `exit status ${res.exit}`;
  const known = new Set(((expected?.stdout ?? '') + (expected?.stderr ?? '')).split('\n'));
  const line = (res.stdout + res.stderr).split('\n').find((l) => l.trim() !== '' && !known.has(l));
  return line ? `${why}: ${line.trim().slice(0, 120)}` : `${why}, after printing ${expected ? 'part or all of the expected output' : 'nothing unusual'}`;
}

const timeoutMs = Number(process.env.BENCH_TIMEOUT_S ?? (opts.quick ? 60 : 120)) * 1000;
let roundsDone = 0;
let stoppedEarly = false;
let lastRoundS = 0;
for (let round = 0; round < opts.runs; round++) {
  const roundStart = elapsed();
  if (round > 0 && elapsed() + lastRoundS > budgetS) {
    stoppedEarly = true;
    log(`bench: another round would overrun the time budget (${budgetS} s): stopping after ${round} rounds`);
    break;
  }
  log(`bench: round ${round + 1}/${opts.runs} (${elapsed().toFixed(0)} s elapsed, load ${loadavg()[0].toFixed(2)})`);
  for (const name of names) {
    const r = results[name];
    // rotate the order of the variants each round so none always runs first
    const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]);
    // native first in round 1: its output is the reference
    if (round === 0) order.sort((a, b) => (a.id === 'native' ? -1 : b.id === 'native' ? 1 : 0));
    for (const v of order) {
      if (r.fail[v.id]) continue;
      const c = commandFor(v, r);
      if (!c) continue;
      const timing = c.timing ? join(work, `timing-${name}-${v.id}.json`) : undefined;
      const res = await run(c.cmd, c.args, { timeoutMs, timing });
      const ok = !res.timedOut && res.exit === 0 && !res.signal;
      if (v.id === 'native') {
        if (!ok) {
          r.fail[v.id] = describeFailure(res);
          continue;
        }
        if (r.expected === undefined) r.expected = { stdout: res.stdout, stderr: res.stderr };
      }
      if (!ok) {
        r.fail[v.id] = `${describeFailure(res, r.expected)}${opts.runs > 1 ? ` (round ${round + 1})` : ''}`;
        continue;
      }
      if (r.expected && (res.stdout !== r.expected.stdout || res.stderr !== r.expected.stderr)) {
        const want = (r.expected.stdout + r.expected.stderr).split('\n');
        const got = (res.stdout + res.stderr).split('\n');
        let k = 0;
        while (k < want.length && want[k] === got[k]) k++;
        r.fail[v.id] = `wrong output (round ${round + 1}): line ${k + 1} is “${(got[k] ?? '<missing>').slice(0, 70)}”, native printed “${(want[k] ?? '<nothing>').slice(0, 70)}”`;
        r.wrongSeconds ??= {};
        r.wrongSeconds[v.id] = res.seconds;
        continue;
      }
      (r.runs[v.id] ??= []).push({ seconds: res.seconds, rssKB: res.rssKB, engine: res.engine });
    }
  }
  roundsDone = round + 1;
  lastRoundS = elapsed() - roundStart;
}
clearInterval(loadTimer);
sampleLoad();
const loadAtEnd = loadavg();

// ---------------------------------------------------------------- summary

for (const name of names) {
  const r = results[name];
  r.med = {};
  r.rss = {};
  r.engineCompile = {};
  for (const v of VARIANTS) {
    const xs = r.runs[v.id];
    if (!xs || r.fail[v.id]) continue;
    r.med[v.id] = median(xs.map((x) => x.seconds));
    const rss = xs.map((x) => x.rssKB).filter((x) => x !== undefined);
    r.rss[v.id] = rss.length ? median(rss) : undefined;
    const ec = xs.map((x) => x.engine?.compile).filter((x) => x !== undefined);
    if (ec.length) r.engineCompile[v.id] = median(ec);
  }
  r.ratio = {};
  for (const v of VARIANTS) {
    if (r.med[v.id] !== undefined && r.med.native) r.ratio[v.id] = r.med[v.id] / r.med.native;
  }
}

function cell(r, v) {
  if (r.fail[v.id]) {
    if (v.build === 'gowasm' && r.builds.gowasm?.error) return 'cannot compile';
    return `✗ ${r.fail[v.id].startsWith('wrong output') ? 'wrong output' : r.fail[v.id].startsWith('timed out') ? 'timed out' : 'failed'}`;
  }
  const b = r.builds[v.build];
  if (!b || b.error) return v.build === 'gowasm' ? 'cannot compile' : 'build failed';
  if (r.med[v.id] === undefined) return '—';
  return v.id === 'native' ? fmtS(r.med[v.id]) : `${fmtS(r.med[v.id])} (${fmtRatio(r.ratio[v.id])})`;
}

// Geometric means over the compute programs (not hello*) that every variant ran correctly.
const computeNames = names.filter((n) => !STARTUP.has(n));
const common = computeNames.filter((n) => VARIANTS.every((v) => results[n].ratio[v.id] !== undefined));
const geo = {};
for (const v of VARIANTS) geo[v.id] = geomean(common.map((n) => results[n].ratio[v.id]));
const gowasmVsWasip1 = (n, engine) => {
  const a = results[n].med[`gowasm-${engine}`], b = results[n].med[`gowasip1-${engine}`];
  return a !== undefined && b !== undefined ? a / b : undefined;
};

// ---------------------------------------------------------------- report

const cpuModel = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const meanLoad = loadSamples.reduce((a, x) => a + x, 0) / loadSamples.length;
const now = new Date();
const lines = [];
const P = (s = '') => lines.push(s);

P('# Benchmarks');
P();
P('Generated by `npm run bench` (scripts/bench.mjs) — every figure below comes from that one run;');
P('nothing is edited by hand. Rerun it to refresh this page and the chart.');
P();
if (opts.quick) P('> **This is a `--quick` smoke run** (sizes reduced, one run): the times mean nothing.\n');
P(`- Date: ${now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`);
P(`- Machine: ${cpus().length} cores, ${cpuModel}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`);
P(`- Load average (1 min): ${loadAtStart[0].toFixed(2)} at the start, ${loadAtEnd[0].toFixed(2)} at the end, ${meanLoad.toFixed(2)} on average over the run (sampled every 5 s; the benchmark itself accounts for about 1).`);
if (meanLoad > 1.5)
  P(`  **Measured under load**: other work was running on this ${cpus().length}-core machine, so absolute times are noisy; the ratios are more trustworthy, since all variants were interleaved.`);
P(`- ${goVersion}; Node ${process.version}; wasmtime ${wasmtimeVersion ? `${wasmtimeVersion} (Python package)` : 'not available'}; ${gowasmVersion}`);
P(`- gowasm sources: ${sourceRev}; the compiler was ${compilerBuild}.`);
P(`- Runs: ${roundsDone} timed run${roundsDone === 1 ? '' : 's'} of each variant${stoppedEarly ? ` (of ${opts.runs} asked: another round would have overrun the time budget of ${budgetS} s)` : ''}; the whole benchmark took ${(elapsed() / 60).toFixed(1)} min.`);
P();
P('## Method');
P();
P('- Each program in `bench/NAME/main.go` is built three ways: native `go build` (linux/amd64);');
P('  Go\'s own port, `GOOS=wasip1 GOARCH=wasm go build`; and `gowasm build -O3` (its default).');
P('- The .wasm builds run under the Node WASI runner that `gowasm run` uses (`node bin/gowasm.js run X.wasm`),');
P('  and under wasmtime through the Python `wasmtime` package (`tests/run_wasmtime.py`, the runner the tests use), which compiles the');
P('  module with Cranelift on every run (no cache): its compile time is part of the wasmtime times and is shown');
P('  apart below. Node times include Node\'s start-up and loading the gowasm CLI (see `hello`). The Node runner');
P('  compiles a module under 1 MiB (the gowasm builds) with V8\'s optimising tier only and a bigger one (Go\'s');
P('  port) with V8\'s default tiering (runtime/host/run.ts): the choice each start-up favours.');
P('- Variants run interleaved: round 1 runs every program in every variant, then round 2…, with the order of');
P('  the variants rotated each round. Times are wall-clock medians of the rounds; a ratio is a median divided by');
P(`  the native median of the same run. Peak memory is the median max RSS ${haveTime ? 'from `/usr/bin/time -f %M`' : 'from getrusage(RUSAGE_CHILDREN) in a Python wrapper (`/usr/bin/time` is missing; this overstates small programs, as the forked child starts with Python\'s pages)'}`);
P('  (for the Node and wasmtime variants it includes the engine itself).');
P('- Every build must print exactly what the native build prints (each program prints a checksum with');
P('  `println`); anything else is reported as a wrong output and left out of the times.');
P('- Programs use no imports (n-body and spectral-norm have their own Newton `sqrt` instead of `math.Sqrt`), so');
P('  all builds do the same work; `hello-fmt` is the exception, for fmt\'s size. Native Go runs with its default');
P(`  GOMAXPROCS (${cpus().length} here); both wasm builds are single-threaded.`);
P('- gowasm compile time is the wall time of `node bin/gowasm.js build -O3`: "cold" is the first build with a');
P('  fresh, empty `$GOWASM_CACHE`; "warm" the next build with the same cache directory (the median, when');
P(`  BENCH_WARM_COMPILES asks for more than one); in this run \`gowasm build\` wrote ${cacheUsed ? 'to' : 'nothing to'} that directory${cacheUsed ? '' : ', so the two differ only by what the OS and Node keep warm'}. \`go build\``);
P('  times are with Go\'s build cache already warm (the standard library compiled).');
P();

P('## Time (median; ratio to native in parentheses)');
P();
P(`| program | ${VARIANTS.map((v) => v.label).join(' | ')} |`);
P(`|---|${VARIANTS.map(() => '---:').join('|')}|`);
for (const n of names) P(`| ${n} | ${VARIANTS.map((v) => cell(results[n], v)).join(' | ')} |`);
if (common.length)
  P(`| **geometric mean** (${common.length} program${common.length === 1 ? '' : 's'}) | ${VARIANTS.map((v) => (v.id === 'native' ? '1.00×' : fmtRatio(geo[v.id]))).join(' | ')} |`);
P();
P(`The geometric means cover the programs (not hello*) that every variant ran correctly: ${common.length ? common.join(', ') : 'none yet'}.`);
P();

const problems = [];
for (const n of names) {
  const r = results[n];
  if (r.builds.gowasm?.error) continue;
  for (const v of VARIANTS) if (r.fail[v.id]) problems.push(`- ${n}, ${v.label}: ${r.fail[v.id]}`);
  for (const b of ['native', 'gowasip1']) if (r.builds[b]?.error) problems.push(`- ${n}, ${b} build failed: ${r.builds[b].error}`);
}
const cannot = names.filter((n) => results[n].builds.gowasm?.error);
P('## What gowasm cannot compile yet');
P();
if (cannot.length === 0) P(`Nothing: every program${opts.only ? ' of this run' : ''} compiles.`);
else {
  P('| program | first line of gowasm\'s diagnostic |');
  P('|---|---|');
  for (const n of cannot) P(`| ${n} | \`${results[n].builds.gowasm.error.replace(/\|/g, '\\|')}\` |`);
}
P();
if (problems.length) {
  P('## Failures and wrong outputs');
  P();
  for (const p of problems) P(p);
  P();
}

P('## Size of the .wasm');
P();
P('| program | Go wasip1 raw | Go wasip1 gzip | gowasm raw | gowasm gzip | gowasm / Go wasip1 (raw) |');
P('|---|---:|---:|---:|---:|---:|');
for (const n of names) {
  const a = results[n].builds.gowasip1, b = results[n].builds.gowasm;
  const ratio = a?.raw && b?.raw ? `${((b.raw / a.raw) * 100).toFixed(2)}%` : '—';
  P(`| ${n} | ${fmtBytes(a?.raw)} | ${fmtBytes(a?.gzip)} | ${b?.error ? 'cannot compile' : fmtBytes(b?.raw)} | ${b?.error ? '' : fmtBytes(b?.gzip)} | ${ratio} |`);
}
P();

P('## Compile time');
P();
P(`| program | go build (native) | go build (wasip1) | gowasm cold | gowasm warm |${wasmtimeVersion ? ' wasmtime module compile: Go wasip1 | gowasm |' : ''}`);
P(`|---|---:|---:|---:|---:|${wasmtimeVersion ? '---:|---:|' : ''}`);
for (const n of names) {
  const r = results[n];
  const g = r.builds.gowasm;
  const gw = g?.error ? `cannot compile (${fmtS(g.cold)})` : fmtS(g?.cold);
  const wt = wasmtimeVersion ? ` ${fmtS(r.engineCompile['gowasip1-wasmtime'])} | ${fmtS(r.engineCompile['gowasm-wasmtime'])} |` : '';
  P(`| ${n} | ${fmtS(r.builds.native?.seconds)} | ${fmtS(r.builds.gowasip1?.seconds)} | ${gw} | ${g?.error ? '' : fmtS(g?.warm)} |${wt}`);
}
P();

P('## Peak memory (max RSS, median)');
P();
P(`| program | ${VARIANTS.map((v) => v.label).join(' | ')} |`);
P(`|---|${VARIANTS.map(() => '---:').join('|')}|`);
for (const n of names) P(`| ${n} | ${VARIANTS.map((v) => (results[n].rss[v.id] !== undefined ? fmtMB(results[n].rss[v.id]) : results[n].fail[v.id] || results[n].builds[v.build]?.error ? '✗' : '—')).join(' | ')} |`);
P();

P('## Targets (reported, not asserted)');
P();
const tgt = [];
const geoNode = geo['gowasm-node'];
tgt.push(`- Geometric mean time within 1.5× of native: gowasm (Node) ${fmtRatio(geoNode)}${geo['gowasm-wasmtime'] ? `, gowasm (wasmtime) ${fmtRatio(geo['gowasm-wasmtime'])}` : ''} over ${common.length} programs — ${geoNode === undefined ? 'not measurable yet' : geoNode <= 1.5 ? 'met' : 'not met'}.`);
const vsRows = computeNames.map((n) => [n, gowasmVsWasip1(n, 'node'), wasmtimeVersion ? gowasmVsWasip1(n, 'wasmtime') : undefined]);
const measured = vsRows.filter(([, a, b]) => a !== undefined || b !== undefined);
const slower = measured.filter(([, a, b]) => (a !== undefined && a >= 1) || (b !== undefined && b >= 1));
const fmtVs = (x) => (x === undefined ? 'not measured' : fmtRatio(x));
tgt.push(
  `- Faster than Go's wasip1 build on every program: ${measured.length === 0 ? 'not measurable yet' : `${measured.length - slower.length} of ${measured.length} measured programs are faster under every engine where they ran`}${slower.length ? `; not yet: ${slower.map(([n, a, b]) => `${n} (${fmtVs(a)} Go wasip1's time under Node${wasmtimeVersion ? `, ${fmtVs(b)} under wasmtime` : ''})`).join(', ')}` : ''}; ${computeNames.length - measured.length} program${computeNames.length - measured.length === 1 ? '' : 's'} not measured under any engine (cannot compile or failed).`,
);
const hw = results.hello;
if (hw) {
  const a = hw.builds.gowasip1?.raw, b = hw.builds.gowasm?.raw;
  tgt.push(`- hello .wasm at most a tenth of Go's wasip1 size: ${b && a ? `${fmtBytes(b)} vs ${fmtBytes(a)} (${(b / a * 100).toFixed(2)}%) — ${b * 10 <= a ? 'met' : 'not met'}` : 'not measurable'}.`);
  const hf = results['hello-fmt'];
  if (hf) tgt.push(`- hello-fmt: ${hf.builds.gowasm?.error ? `gowasm cannot compile it yet; Go wasip1 ${fmtBytes(hf.builds.gowasip1?.raw)}` : `${fmtBytes(hf.builds.gowasm?.raw)} vs Go wasip1 ${fmtBytes(hf.builds.gowasip1?.raw)} (${(hf.builds.gowasm.raw / hf.builds.gowasip1.raw * 100).toFixed(2)}%)`}.`);
  const c = hw.builds.gowasm;
  tgt.push(`- hello compile under one second: ${c?.error ? 'cannot compile' : `cold ${fmtS(c?.cold)}, warm ${fmtS(c?.warm)} — ${c.warm < 1 ? 'met (warm)' : 'not met'}`}.`);
}
for (const t of tgt) P(t);
P();
P('![time ratios to native per program](benchmarks.png)');
P();

const report = lines.join('\n');

// ---------------------------------------------------------------- chart

function chartSvg() {
  const progs = computeNames.filter((n) => results[n].med.native !== undefined);
  const series = VARIANTS.filter((v) => v.id !== 'native');
  const colors = { 'gowasip1-node': '#7f9cc9', 'gowasip1-wasmtime': '#2f5d9e', 'gowasm-node': '#f2a65a', 'gowasm-wasmtime': '#c8551b' };
  let maxR = 2;
  let minR = 0.5;
  for (const n of progs) for (const v of series) {
    const x = results[n].ratio[v.id];
    if (x !== undefined) {
      maxR = Math.max(maxR, x);
      minR = Math.min(minR, x);
    }
  }
  const hiExp = Math.ceil(Math.log2(maxR));
  const loExp = Math.floor(Math.log2(minR));
  const W = 1100, H = 580, left = 70, right = 20, top = 70, bottom = 150;
  const plotW = W - left - right, plotH = H - top - bottom;
  const y = (r) => top + plotH * (1 - (Math.log2(r) - loExp) / (hiExp - loExp));
  const groupW = plotW / Math.max(progs.length, 1);
  const barW = Math.min(22, (groupW - 12) / series.length);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const o = [];
  o.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Arial, sans-serif">`);
  o.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  o.push(`<text x="${W / 2}" y="26" font-size="18" text-anchor="middle" font-weight="bold">Run time relative to native Go (log scale; lower is better; 1 = native)</text>`);
  o.push(`<text x="${W / 2}" y="46" font-size="12" text-anchor="middle" fill="#444">${esc(`${now.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores, mean load ${meanLoad.toFixed(2)}, median of ${roundsDone} run${roundsDone === 1 ? '' : 's'}${opts.quick ? ', QUICK SMOKE RUN' : ''}`)}</text>`);
  for (let e = loExp; e <= hiExp; e++) {
    const r = 2 ** e;
    const yy = y(r);
    o.push(`<line x1="${left}" x2="${W - right}" y1="${yy}" y2="${yy}" stroke="${e === 0 ? '#000' : '#ddd'}" stroke-width="${e === 0 ? 1.5 : 1}"/>`);
    o.push(`<text x="${left - 8}" y="${yy + 4}" font-size="12" text-anchor="end">${r >= 1 ? r : r.toFixed(e < -2 ? 3 : 2)}×</text>`);
  }
  progs.forEach((n, i) => {
    const gx = left + i * groupW + (groupW - barW * series.length) / 2;
    series.forEach((v, k) => {
      const x = gx + k * barW;
      const r = results[n].ratio[v.id];
      if (r === undefined) {
        const why = results[n].builds[v.build]?.error ? 'n/c' : '✗';
        o.push(`<text x="${x + barW / 2 + 4}" y="${y(1) - 4}" font-size="11" font-weight="bold" text-anchor="start" fill="${colors[v.id]}" transform="rotate(-90 ${x + barW / 2 + 4} ${y(1) - 4})">${why}</text>`);
        return;
      }
      const y1 = y(Math.max(r, 1)), y0 = y(Math.min(r, 1));
      o.push(`<rect x="${x + 1}" y="${y1}" width="${barW - 2}" height="${Math.max(y0 - y1, 1)}" fill="${colors[v.id]}"/>`);
      o.push(`<text x="${x + barW / 2}" y="${r >= 1 ? y1 - 3 : y0 + 11}" font-size="9" text-anchor="middle">${r < 10 ? r.toFixed(1) : r.toFixed(0)}</text>`);
    });
    const lx = left + i * groupW + groupW / 2;
    o.push(`<text x="${lx}" y="${top + plotH + 14}" font-size="12" text-anchor="end" transform="rotate(-35 ${lx} ${top + plotH + 14})">${esc(n)}</text>`);
  });
  o.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#000"/>`);
  const ly = H - 40;
  let lx = left;
  for (const v of series) {
    o.push(`<rect x="${lx}" y="${ly - 11}" width="14" height="14" fill="${colors[v.id]}"/>`);
    o.push(`<text x="${lx + 20}" y="${ly}" font-size="13">${esc(v.label)}</text>`);
    lx += 40 + v.label.length * 8;
  }
  o.push(`<text x="${left}" y="${ly + 20}" font-size="12" fill="#444">n/c = gowasm cannot compile it yet; ✗ = failed or wrong output (see docs/benchmarks.md); hello programs (start-up) are in the tables only</text>`);
  o.push('</svg>');
  return o.join('\n');
}

async function renderPng(svg) {
  try {
    const { Resvg } = await import('@resvg/resvg-js');
    const r = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: 'white' });
    return r.render().asPng();
  } catch (e) {
    log(`bench: cannot render the chart (${e instanceof Error ? e.message.split('\n')[0] : e}); install @resvg/resvg-js`);
    return undefined;
  }
}

const svg = chartSvg();
const png = await renderPng(svg);
if (opts.write) {
  mkdirSync(docsDir, { recursive: true });
  writeFileSync(join(docsDir, 'benchmarks.md'), report);
  if (png) writeFileSync(join(docsDir, 'benchmarks.png'), png);
  log(`bench: wrote docs/benchmarks.md${png ? ' and docs/benchmarks.png' : ''} (${(elapsed() / 60).toFixed(1)} min)`);
} else {
  process.stdout.write(report);
  if (png) {
    const p = join(tmpdir(), 'gowasm-benchmarks.png');
    writeFileSync(p, png);
    log(`bench: chart written to ${p}`);
  }
}
