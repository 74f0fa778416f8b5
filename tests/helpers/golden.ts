// This file implements the shared part of the golden tests: discovering the
// testdata programs, reading what real Go printed (written by `npm run
// golden`), compiling a program through the compiler API, and normalising a
// panic's stderr (Go's stack trace after "goroutine 1 [running]:" has
// addresses and paths, and wasm has no "[signal ...]" line; a fatal error's
// runtime frames and goroutine header carry addresses too).

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type CompileResult, type OptLevel } from '../../compiler/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface GoldenProgram {
  /** Path relative to the repository root: "testdata/basics/hello.go", or a directory
   * "testdata/programs/inventory" whose .go files form the program. */
  readonly rel: string;
  readonly isDir: boolean;
  /** True for testdata/errors: the expected result is a compile error. */
  readonly compileError: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

/** Programs are testdata/AREA/NAME.go files and testdata/AREA/NAME/ directories. */
function listPrograms(testdata: string): string[] {
  const out: string[] = [];
  for (const area of readdirSync(testdata).sort()) {
    const areaDir = join(testdata, area);
    if (!statSync(areaDir).isDirectory()) continue;
    for (const name of readdirSync(areaDir).sort()) {
      const p = join(areaDir, name);
      if (name.endsWith('.go') || statSync(p).isDirectory()) out.push(p);
    }
  }
  return out;
}

const readOr = (p: string, dflt: string): string => (existsSync(p) ? readFileSync(p, 'utf8') : dflt);

/** goldenPrograms lists the programs of testdata/ with their expected results, sorted by path. */
export function goldenPrograms(): GoldenProgram[] {
  return listPrograms(join(repoRoot, 'testdata')).map((f) => {
    const isDir = !f.endsWith('.go');
    const base = isDir ? f : f.slice(0, -'.go'.length);
    const rel = relative(repoRoot, f);
    return {
      rel,
      isDir,
      compileError: rel.split('/').includes('errors'),
      stdout: readOr(`${base}.out`, ''),
      stderr: readOr(`${base}.err`, ''),
      exit: Number(readOr(`${base}.exit`, '0').trim()),
    };
  });
}

/** normalizeStderr keeps a panic's or fatal error's output up to and including the first goroutine
 * header, a line `goroutine N [STATE]:` (STATE is anything: "running", "chan receive",
 * "select (no cases)", "sync.Mutex.Lock", …), and drops "[signal ...]" lines (native Go's SIGSEGV
 * report; a wasm program has no signals). Go numbers goroutines other than main unpredictably
 * ("goroutine 18 [running]:" for a panic in a goroutine), so in that header a number other than 1
 * becomes "N" ("goroutine N [running]:"); "goroutine 1" is kept. For a fatal error (`fatal error:
 * stack overflow`), Go also prints a "runtime: sp=0x… stack=[…]" line, the runtime's own frames
 * under "runtime stack:" (up to a blank line) and "goroutine 1 gp=0x… m=N mp=0x… [running]:": that
 * line and those frames are dropped and the header is shortened to "goroutine 1 [running]:".
 * Output without a goroutine header (`fatal error: no goroutines (main called runtime.Goexit) -
 * deadlock!`) is kept whole, minus the dropped lines. */
export function normalizeStderr(s: string): string {
  const lines: string[] = [];
  let inRuntimeStack = false;
  for (const l of s.split('\n')) {
    if (inRuntimeStack) {
      if (l !== '') continue;
      inRuntimeStack = false;
    }
    if (/^\[signal .*\]$/.test(l) || /^runtime: sp=0x[0-9a-f]+ stack=\[.*\]$/.test(l)) continue;
    if (l === 'runtime stack:') inRuntimeStack = true;
    const header = /^goroutine (\d+)(?: gp=\S+)?(?: m=\S+)?(?: mp=\S+)? (\[.*\]:)$/.exec(l);
    if (header) {
      lines.push(`goroutine ${header[1] === '1' ? '1' : 'N'} ${header[2]}`);
      return `${lines.join('\n')}\n`;
    }
    lines.push(l);
  }
  return lines.join('\n');
}

/** Optimisation level of the golden tests: $GOWASM_TEST_OPT (0-3, s or z), else -O1 (the
 * `gowasm run` default). */
export function testOptLevel(): { optLevel: OptLevel; shrinkLevel: 0 | 1 | 2 } {
  const v = process.env.GOWASM_TEST_OPT ?? '1';
  if (v === 's') return { optLevel: 2, shrinkLevel: 1 };
  if (v === 'z') return { optLevel: 2, shrinkLevel: 2 };
  const n = Number(v);
  return { optLevel: (n >= 0 && n <= 3 ? n : 1) as OptLevel, shrinkLevel: 0 };
}

/** compileGolden compiles a program as `gowasm build testdata/.../NAME.go` (or the directory)
 * run from the repository root. */
export function compileGolden(p: GoldenProgram): Promise<CompileResult> {
  const what = p.isDir ? { dir: p.rel } : { files: [p.rel] };
  return compile({ ...what, cwd: repoRoot, ...testOptLevel() });
}

/** How long a golden program may run before it counts as hanging. */
export const RUN_TIMEOUT_MS = 60_000;

/** runUnderNode runs a module with `gowasm run app.wasm` (runtime/host, built into dist/ by
 * `npm test`'s pretest) in a child process, from the repository root. */
export function runUnderNode(wasmPath: string): { stdout: string; stderr: string; exit: number | null } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.GOWASM_DEBUG;
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'gowasm.js'), 'run', wasmPath], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
  });
  if (r.error) throw new Error(`running ${wasmPath}: ${r.error.message}`);
  if (r.signal) throw new Error(`${wasmPath} was killed by ${r.signal} (timeout ${RUN_TIMEOUT_MS} ms?); stderr:\n${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr, exit: r.status };
}

/** runUnderWasmtime runs a module under the second engine, wasmtime, through tests/run_wasmtime.py
 * (the PyPI `wasmtime` package embeds the real engine), from the repository root. */
export function runUnderWasmtime(wasmPath: string): { stdout: string; stderr: string; exit: number | null } {
  const r = spawnSync('python3', [join(repoRoot, 'tests', 'run_wasmtime.py'), wasmPath], { cwd: repoRoot, encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
  if (r.error) throw new Error(`running ${wasmPath} under wasmtime: ${r.error.message}`);
  if (r.signal) throw new Error(`${wasmPath} was killed by ${r.signal} under wasmtime (timeout ${RUN_TIMEOUT_MS} ms?); stderr:\n${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr, exit: r.status };
}

export type Engine = 'node' | 'wasmtime';

/** expectGoldenRun writes a built module to wasmPath, runs it under the engine (Node by default)
 * and expects what real Go printed for p (stderr normalised). */
export function expectGoldenRun(wasm: Uint8Array, wasmPath: string, p: GoldenProgram, engine: Engine = 'node'): void {
  writeFileSync(wasmPath, wasm);
  const got = engine === 'node' ? runUnderNode(wasmPath) : runUnderWasmtime(wasmPath);
  expect({ stdout: got.stdout, stderr: normalizeStderr(got.stderr), exit: got.exit }).toEqual({
    stdout: p.stdout,
    stderr: normalizeStderr(p.stderr),
    exit: p.exit,
  });
}
