// This file implements the actions of the gowasm subcommands (build, run,
// version, env, ssa, check). The commander wiring is in main.ts; exit statuses go
// through exit.ts.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { findGoToolchain, gowasmVersion, listStdPackages, resolveInputs } from '../compiler/loader/index.js';
import { runWasm } from '../runtime/host/index.js';
import { cacheDir, cacheKey, readCached, writeCached } from './cache.js';
import { EXIT_FAILURE, EXIT_USAGE, failWith, setExitStatus, writeDiagnostics } from './exit.js';
import type { OptChoice } from './opt.js';

const debug = (): boolean => process.env.GOWASM_DEBUG === '1';

/** The compiler is imported on first use, so that `gowasm version`, `env` and `--help` start fast. */
const compiler = (): Promise<typeof import('../compiler/index.js')> => import('../compiler/index.js');

/** defaultOutput names the module like `go build` names the binary: after the first file or the directory. */
function defaultOutput(inputs: readonly string[]): string {
  const r = resolveInputs(inputs);
  if (r.dir !== undefined) return `${basename(resolve(r.dir))}.wasm`;
  const first = r.files?.[0] ?? 'main.go';
  return `${basename(first, '.go')}.wasm`;
}

/** compileCached compiles a program, or reads it from the build cache (cache.ts) when nothing it
 * reads has changed; undefined once the diagnostics are written. */
async function compileCached(inputs: string[], opt: OptChoice, gcflags: readonly string[]): Promise<Uint8Array | undefined> {
  const r = resolveInputs(inputs);
  const key = r.error ? undefined : cacheKey(r, [opt.flag, process.env.GOEXPERIMENT ?? '', ...gcflags].join('\0'));
  const hit = key ? readCached(key) : undefined;
  if (hit) return hit;
  const { compile } = await compiler();
  const result = await compile({
    inputs,
    optLevel: opt.optLevel,
    shrinkLevel: opt.shrinkLevel,
    debug: debug(),
    goexperiment: process.env.GOEXPERIMENT,
    gcflags,
  });
  if (!result.wasm) {
    writeDiagnostics(result.diagnostics, result.exitCode);
    return undefined;
  }
  if (key) writeCached(key, result.wasm);
  return result.wasm;
}

export async function buildCommand(inputs: string[], opts: { output?: string; opt: OptChoice; gcflags: readonly string[] }): Promise<void> {
  const wasm = await compileCached(inputs, opts.opt, opts.gcflags);
  if (!wasm) return;
  const out = opts.output ?? defaultOutput(inputs);
  try {
    writeFileSync(out, wasm);
  } catch (e) {
    failWith(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return;
  }
  setExitStatus(0);
}

/** splitRunOperands separates the program (FILE.go..., DIR or app.wasm) from its arguments,
 * as `go run` does: without "--", the program is the leading .go files, or the first operand. */
export function splitRunOperands(operands: readonly string[], afterDashDash: readonly string[] | undefined): {
  inputs: string[];
  args: string[];
} {
  if (afterDashDash !== undefined) return { inputs: [...operands], args: [...afterDashDash] };
  let n = 0;
  while (n < operands.length && operands[n]!.endsWith('.go')) n++;
  if (n === 0 && operands.length > 0) n = 1;
  return { inputs: operands.slice(0, n), args: operands.slice(n) };
}

export async function runCommand(inputs: string[], args: string[], opts: { opt: OptChoice; gcflags: readonly string[] }): Promise<void> {
  if (inputs.length === 0) {
    failWith('run: no Go files listed', EXIT_USAGE);
    return;
  }
  let wasm: Uint8Array | undefined;
  let programName: string;
  if (inputs.length === 1 && inputs[0]!.endsWith('.wasm')) {
    programName = inputs[0]!;
    try {
      wasm = readFileSync(inputs[0]!);
    } catch (e) {
      failWith(`open ${inputs[0]}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(e)}`);
      return;
    }
  } else {
    const r = resolveInputs(inputs);
    if (r.error) {
      failWith(r.error, EXIT_USAGE);
      return;
    }
    programName = defaultOutput(inputs);
    wasm = await compileCached(inputs, opts.opt, opts.gcflags);
    if (!wasm) return;
  }
  let status: number;
  try {
    status = (await runWasm(wasm, { programName, args, env: process.env, debug: debug() })).exitCode;
  } catch (e) {
    failWith(`cannot run ${programName}: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  setExitStatus(status);
}

export function versionCommand(): void {
  process.stdout.write(`gowasm version ${gowasmVersion()} wasip1/wasm (node ${process.version})\n`);
  setExitStatus(0);
}

export function envCommand(): void {
  const tc = findGoToolchain();
  const lines = [
    `GOWASM_VERSION=${gowasmVersion()}`,
    `GOROOT=${tc?.goroot ?? ''}`,
    `GOVERSION=${tc?.version ?? ''}`,
    `GOOS=wasip1`,
    `GOARCH=wasm`,
    `GOWASM_CACHE=${cacheDir()}`,
  ];
  process.stdout.write(lines.map((l) => `${l}\n`).join(''));
  if (!tc) failWith('no Go toolchain found: install Go or set $GOROOT (its GOROOT/src supplies the standard library)');
  else setExitStatus(0);
}

export async function ssaCommand(inputs: string[], opts: { func?: string; all?: boolean; gcflags: readonly string[] }): Promise<void> {
  const { compile, printFunction, printProgram } = await compiler();
  const result = await compile({ inputs, stopAfter: 'ssa', debug: debug(), gcflags: opts.gcflags });
  if (!result.program) {
    writeDiagnostics(result.diagnostics, result.exitCode);
    return;
  }
  if (opts.func === undefined) {
    process.stdout.write(printProgram(result.program, opts.all ? undefined : new Set(['main'])));
    setExitStatus(0);
    return;
  }
  const name = opts.func;
  const fn = result.program.byName.get(name) ?? result.program.byName.get(`main.${name}`);
  if (!fn) {
    failWith(`ssa: no function ${name} (names are link names, e.g. main.main, main.(*T).M)`);
    return;
  }
  process.stdout.write(printFunction(fn));
  setExitStatus(0);
}

/** goFilesUnder lists every .go file under dir, recursively and sorted, as gofmt walks a tree:
 * _test.go files, testdata and files excluded by build constraints included; names starting
 * with "." are skipped, and symbolic links to directories are not followed. */
function goFilesUnder(dir: string, out: string[]): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) goFilesUnder(p, out);
    else if (e.name.endsWith('.go')) out.push(p);
  }
  return out;
}

/** checkCommand implements `gowasm check [--syntax-only] PATH...`. With syntaxOnly every .go file
 * under the paths is parsed on its own (directories recursively); otherwise each directory is a
 * package, and the .go files named are one more package, each loaded as `build` loads it (build
 * constraints, implicit runtime) and type-checked. Diagnostics go to stderr; the status is 2 after
 * any error, else 0, and nothing is printed for clean input. */
export async function checkCommand(paths: string[], opts: { syntaxOnly?: boolean }): Promise<void> {
  const { checkOnly, parseOnly } = await compiler();
  let failed = false;
  const dirs: string[] = [];
  const files: string[] = [];
  const importPaths: string[] = [];
  let fromPattern = false;
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Not a file or directory: an import path (fmt, encoding/json) or the pattern "std", as the go command reads them.
      if (!opts.syntaxOnly && code === 'ENOENT' && isImportPathArg(p)) {
        if (p === 'std') {
          const tc = findGoToolchain();
          if (!tc) failWith('gowasm: cannot expand "std": no Go toolchain found (set $GOROOT or put go on PATH)');
          else {
            importPaths.push(...listStdPackages(tc.goroot));
            fromPattern = true;
          }
        } else importPaths.push(p);
        continue;
      }
      process.stderr.write(`gowasm: stat ${p}: ${code === 'ENOENT' ? 'no such file or directory' : String(code ?? e)}\n`);
      failed = true;
      continue;
    }
    (isDir ? dirs : files).push(p);
  }

  if (opts.syntaxOnly) {
    // Named files are parsed whatever their names; directories contribute their .go files.
    const all = [...files];
    for (const d of dirs) {
      try {
        goFilesUnder(d, all);
      } catch (e) {
        process.stderr.write(`gowasm: cannot read directory ${d}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
        failed = true;
      }
    }
    for (const f of all) {
      const r = parseOnly(f, { debug: debug() });
      if (r.diagnostics) process.stderr.write(r.diagnostics);
      if (r.exitCode !== 0) failed = true;
    }
  } else {
    // Import paths are checked together (shared dependencies are checked once), then each
    // directory, then the named files; the process reuses parsed and checked std packages.
    const units: { label: string; opts: { files?: string[]; dir?: string; importPaths?: string[]; fromPattern?: boolean } }[] = [];
    if (importPaths.length > 0) units.push({ label: importPaths.join(' '), opts: { importPaths, fromPattern } });
    units.push(...dirs.map((d) => ({ label: d, opts: { dir: d } })));
    if (files.length > 0) units.push({ label: 'command-line-arguments', opts: { files } });
    const many = units.length + importPaths.length > 2;
    for (const u of units) {
      const r = checkOnly({ ...u.opts, debug: debug() });
      if (r.failed.length === 0 && r.diagnostics) {
        // Load errors: not tied to one checked package.
        if (many) process.stderr.write(`# ${u.label}\n`);
        process.stderr.write(r.diagnostics);
      }
      for (const f of r.failed) {
        // Several packages, or a dependency: a "# package" header before each one's errors, as the go command prints.
        const label = f.path === 'main' ? u.label : f.path;
        if (many || f.dependency || r.failed.length > 1) process.stderr.write(`# ${label}\n`);
        if (f.dependency) process.stderr.write(`gowasm: dependency ${f.path} of ${u.label} has errors:\n`);
        process.stderr.write(f.diagnostics);
      }
      if (r.exitCode !== 0) failed = true;
    }
  }
  setExitStatus(failed ? EXIT_FAILURE : 0);
}

/** isImportPathArg tells an import path operand (fmt, encoding/json, golang.org/x/mod) from a file path. */
function isImportPathArg(p: string): boolean {
  return !p.endsWith('.go') && !p.startsWith('.') && !p.startsWith('/') && /^[A-Za-z0-9_.~+-]+(\/[A-Za-z0-9_.~+-]+)*$/.test(p);
}
