// This file implements compile(): it runs the stages in order — load+parse
// (compiler/loader, compiler/syntax), check (compiler/types, dependencies
// first), SSA (compiler/ssa), wasm (compiler/wasm, imported lazily because
// Binaryen costs ~0.3 s to load) — stops after the first stage that reports
// errors, and prints the diagnostics as `go build` does. checkOnly (stages 1-2,
// any package) and parseOnly (one file's syntax) serve `gowasm check`.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath, gowasmVersion, loadProgram, resolveInputs, type LoadedPackage } from './loader/index.js';
import type { Program, Function as SsaFunction } from './ssa/ir.js';
import { parseGcflags } from './gcflags.js';
import { buildProgram, linkProgram, sanityCheck } from './ssa/index.js';
import { DiagnosticList, InternalError, UnsupportedError } from './syntax/diagnostics.js';
import { parseFile } from './syntax/index.js';
import { FileSet, NoPos, type Pos } from './syntax/pos.js';
import { checkPackage } from './types/index.js';
import type { CheckedPackage } from './types/info.js';
import type { Package } from './types/object.js';

/** Exit status of a failed build. gowasm uses 2 (issue 2); `go build` itself exits 1. */
export const COMPILE_ERROR_EXIT = 2;

/** At most this many diagnostics are printed, then "too many errors" (as gc does). */
export const MAX_ERRORS = 10;

export type OptLevel = 0 | 1 | 2 | 3;
export type ShrinkLevel = 0 | 1 | 2;

export interface CompileOptions {
  /** Command-line operands: FILE.go... or one DIR (used when files/dir are absent). */
  readonly inputs?: readonly string[];
  readonly files?: readonly string[];
  readonly dir?: string;
  /** Directory paths are resolved against and shown relative to (default process.cwd()). */
  readonly cwd?: string;
  readonly optLevel?: OptLevel;
  readonly shrinkLevel?: ShrinkLevel;
  /** Keep function names in the module's name section. */
  readonly debugNames?: boolean;
  /** Stop after building SSA (for `gowasm ssa`): the result has `program` and no `wasm`. */
  readonly stopAfter?: 'ssa';
  /** Print stacks of internal errors and run the SSA sanity checker (GOWASM_DEBUG=1). */
  readonly debug?: boolean;
  /** The GOEXPERIMENT value (comma-separated experiments, `no` prefix to disable) as the go
   * command reads it; only `fieldtrack` changes gowasm's output (ir.ts Program.experiments). */
  readonly goexperiment?: string;
  /** Values of -gcflags options (compiler/gcflags.ts: only -d=maymorestack is implemented). */
  readonly gcflags?: readonly string[];
}

export interface CompileResult {
  readonly wasm?: Uint8Array;
  readonly program?: Program;
  /** What `go build` would print on stderr (empty on success). */
  readonly diagnostics: string;
  /** 0 on success, COMPILE_ERROR_EXIT otherwise. */
  readonly exitCode: number;
}

/** compilerVersion is gowasm's version, from its package.json. */
export const compilerVersion = gowasmVersion;

/** formatDiagnostics prints diagnostics as gc does: sorted by position, duplicates (same line and
 * message) dropped, at most MAX_ERRORS, then "too many errors" at the position of the last one shown. */
export function formatDiagnostics(diags: DiagnosticList, fset: FileSet): string {
  const sorted = diags.sorted(fset);
  const shown = sorted.slice(0, MAX_ERRORS);
  const where = (pos: Pos): string => (pos === NoPos || !fset.file(pos) ? 'gowasm' : fset.format(pos));
  let out = '';
  for (const d of shown) out += `${where(d.pos)}: ${d.msg}\n`;
  if (sorted.length >= MAX_ERRORS) out += `${where(shown[shown.length - 1]!.pos)}: too many errors\n`;
  return out;
}

/** reportException turns an exception of a stage into a diagnostic; it never rethrows. */
function reportException(e: unknown, diags: DiagnosticList, debug: boolean): void {
  if (e instanceof UnsupportedError) {
    diags.error(e.pos, e.message);
    return;
  }
  const pos = e instanceof InternalError ? (e.pos ?? NoPos) : NoPos;
  const msg = e instanceof Error ? e.message : String(e);
  let text = `internal compiler error: ${msg}`;
  if (debug && e instanceof Error && e.stack) text += `\n${e.stack}`;
  diags.error(pos, text);
}

function fail(diags: DiagnosticList, fset: FileSet): CompileResult {
  return { diagnostics: formatDiagnostics(diags, fset), exitCode: COMPILE_ERROR_EXIT };
}

/** experiments parses a GOEXPERIMENT value: the experiments it turns on. */
function experiments(v: string | undefined): ReadonlySet<string> {
  const on = new Set<string>();
  for (const e of (v ?? '').split(',').map((x) => x.trim())) {
    if (e.startsWith('no')) on.delete(e.slice(2));
    else if (e) on.add(e);
  }
  return on;
}

function debugFromEnv(): boolean {
  return process.env.GOWASM_DEBUG === '1';
}

/** PackageCache keeps the GOROOT and override packages checked in this process, so that the next
 * compile or check reuses them: one FileSet for all runs (the loader caches parsed packages per
 * FileSet), and the checked packages by directory with their diagnostics. */
class PackageCache {
  readonly fset = new FileSet();
  private readonly checked = new Map<string, { cp?: CheckedPackage; diags: DiagnosticList }>();

  /** check type-checks p (dependencies are in byPath), or returns the cached result. */
  check(p: LoadedPackage, byPath: Map<string, Package>, debug: boolean): { cp?: CheckedPackage; diags: DiagnosticList } {
    const cacheable = p.origin !== 'user';
    const key = `${p.path}\x00${p.dir}`;
    let entry = cacheable ? this.checked.get(key) : undefined;
    if (entry) return entry;
    const pd = new DiagnosticList();
    let cp: CheckedPackage | undefined;
    try {
      cp = checkPackage({ fset: this.fset, diags: pd, importer: (path: string) => byPath.get(p.importMap.get(path) ?? path) }, p.path, p.files);
    } catch (e) {
      reportException(e, pd, debug);
    }
    const kept = new DiagnosticList();
    keepDiagnostics(pd, p, kept);
    entry = { cp, diags: kept };
    if (cacheable && cp) this.checked.set(key, entry);
    return entry;
  }
}

const packageCache = new PackageCache();

/** loadAndCheck runs stages 1 (load and parse) and 2 (type-check, dependencies first). It returns
 * the checked packages in dependency order, or undefined when a stage reported errors (in diags).
 * With requireMain false (gowasm check), the package need not be a package main. */
function loadAndCheck(
  opts: CompileOptions,
  diags: DiagnosticList,
  fset: FileSet,
  debug: boolean,
  requireMain = true,
): CheckedPackage[] | undefined {
  const cwd = opts.cwd ?? process.cwd();

  // 1. Load and parse.
  let files = opts.files;
  let dir = opts.dir;
  if (files === undefined && dir === undefined) {
    const r = resolveInputs(opts.inputs ?? [], cwd);
    if (r.error) {
      diags.error(NoPos, r.error);
      return undefined;
    }
    files = r.files;
    dir = r.dir;
  }
  let loaded;
  try {
    loaded = loadProgram({ files, dir, diags, fset, cwd, requireMain, std: true });
  } catch (e) {
    reportException(e, diags, debug);
  }
  if (!loaded || diags.length > 0) return undefined;

  // 2. Type-check, dependencies first; the importer hands out already-checked packages.
  const checked: CheckedPackage[] = [];
  const byPath = new Map<string, Package>();
  for (const p of loaded.packages) {
    const { cp, diags: pd } = packageCache.check(p, byPath, debug);
    for (const d of pd.items) diags.error(d.pos, d.msg, d.soft);
    if (!cp || diags.length > 0) break;
    checked.push(cp);
    byPath.set(p.path, cp.pkg);
  }
  if (diags.length > 0) return undefined;
  return checked;
}

/** keepDiagnostics copies a package's diagnostics to out, without `missing function body` where the
 * package may have bodyless functions (assembly in GOROOT; served by link.ts or the backend). */
function keepDiagnostics(from: DiagnosticList, p: LoadedPackage, out: DiagnosticList): void {
  for (const d of from.items) if (!(p.allowMissingBodies && d.msg === 'missing function body')) out.error(d.pos, d.msg, d.soft);
}


export interface CheckOptions extends CompileOptions {
  /** Packages named by import path (`gowasm check fmt`), checked after their dependencies. */
  readonly importPaths?: readonly string[];
  /** The import paths come from a pattern (std): those without files for wasip1/wasm are skipped. */
  readonly fromPattern?: boolean;
}

export interface CheckResult extends CompileResult {
  /** The packages with errors, in dependency order: named ones, and dependencies that failed. */
  readonly failed: { readonly path: string; readonly diagnostics: string; readonly dependency: boolean }[];
}

/** checkOnly loads and type-checks packages — FILE.go... or DIR (any package name), and/or import
 * paths — with their dependencies (std imports resolved from runtime/go and GOROOT/src), for
 * `gowasm check`. Diagnostics are those of the named packages, or of the dependency that failed. */
export function checkOnly(opts: CheckOptions): CheckResult {
  const debug = opts.debug ?? debugFromEnv();
  const diags = new DiagnosticList();
  const fset = packageCache.fset;
  const cwd = opts.cwd ?? process.cwd();
  const failWhole = (): CheckResult => ({ ...fail(diags, fset), failed: [] });

  let files = opts.files;
  let dir = opts.dir;
  if (files === undefined && dir === undefined && !opts.importPaths?.length) {
    const r = resolveInputs(opts.inputs ?? [], cwd);
    if (r.error) {
      diags.error(NoPos, r.error);
      return failWhole();
    }
    files = r.files;
    dir = r.dir;
  }
  let loaded;
  try {
    loaded = loadProgram({ files, dir, importPaths: opts.importPaths, skipExcludedRoots: opts.fromPattern, diags, fset, cwd, requireMain: false, std: true, implicitRuntime: false });
  } catch (e) {
    reportException(e, diags, debug);
  }
  if (!loaded || diags.length > 0) return failWhole();

  const named = new Set<string>(['main']);
  for (const p of loaded.packages) if (p.origin !== 'user' && opts.importPaths?.includes(p.path)) named.add(p.path);
  const byPath = new Map<string, Package>();
  const failed: { path: string; diagnostics: string; dependency: boolean }[] = [];
  for (const p of loaded.packages) {
    const entry = packageCache.check(p, byPath, debug);
    if (entry.cp) byPath.set(p.path, entry.cp.pkg);
    // A failing dependency is reported (once) and checking goes on with what it declares, so
    // that the named packages still get their own diagnostics.
    const isNamed = named.has(p.path);
    if (entry.diags.length > 0) {
      failed.push({ path: p.path, diagnostics: formatDiagnostics(entry.diags, fset), dependency: !isNamed });
    }
  }
  const diagnostics = failed.map((f) => (failed.length > 1 || f.dependency ? `# ${f.path}\n` : '') + f.diagnostics).join('');
  return { diagnostics, exitCode: failed.length > 0 ? COMPILE_ERROR_EXIT : 0, failed };
}

/** parseOnly parses one file (any name; build constraints are not consulted) and returns its
 * syntax diagnostics as gc prints them (empty when clean), for `gowasm check --syntax-only`.
 * The file is shown relative to cwd as `go build` shows it. */
export function parseOnly(file: string, opts: { cwd?: string; debug?: boolean } = {}): CompileResult {
  const debug = opts.debug ?? debugFromEnv();
  const cwd = opts.cwd ?? process.cwd();
  const diags = new DiagnosticList();
  const fset = new FileSet();
  const shown = displayPath(file, cwd);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : String(code ?? e);
    diags.error(NoPos, `open ${shown}: ${why}`);
    return fail(diags, fset);
  }
  try {
    parseFile(fset, shown, bytes, diags);
  } catch (e) {
    reportException(e, diags, debug);
  }
  return diags.length > 0 ? fail(diags, fset) : { diagnostics: '', exitCode: 0 };
}

/** checkProgram runs stages 1-2 on a program as compile does (std resolved, our runtime; the
 * process-wide package cache), for tests that inspect the checker's results. */
export function checkProgram(opts: CompileOptions): { packages?: CheckedPackage[]; diagnostics: string; fset: FileSet } {
  const diags = new DiagnosticList();
  const fset = packageCache.fset;
  const packages = loadAndCheck(opts, diags, fset, opts.debug ?? debugFromEnv());
  return { packages, diagnostics: formatDiagnostics(diags, fset), fset };
}

/** compile runs the whole pipeline on a program. It never throws for bad input. */
export async function compile(opts: CompileOptions): Promise<CompileResult> {
  const debug = opts.debug ?? debugFromEnv();
  const diags = new DiagnosticList();
  const fset = packageCache.fset;

  const gc = parseGcflags(opts.gcflags ?? []);
  if ('error' in gc) {
    diags.error(NoPos, gc.error);
    return fail(diags, fset);
  }
  const checked = loadAndCheck(opts, diags, fset, debug);
  if (!checked) return fail(diags, fset);

  // 3. SSA.
  let program: Program;
  try {
    // Lazy (only what can run is built) unless the SSA itself is the product (gowasm ssa, tests).
    program = buildProgram(checked, fset, diags, { lazy: opts.stopAfter !== 'ssa', maymorestack: gc.flags.maymorestack });
    if (diags.length > 0) return fail(diags, fset);
    // Sanity first: linking rewrites calls to implementations whose parameter types differ
    // nominally from the declarations' (same wasm layout, e.g. *sync.notifyList → *runtime.notifyList).
    if (debug && diags.length === 0) sanityCheckProgram(program, diags);
    linkProgram(program);
  } catch (e) {
    reportException(e, diags, debug);
    return fail(diags, fset);
  }
  if (diags.length > 0) return fail(diags, fset);
  program.experiments = experiments(opts.goexperiment);
  if (opts.stopAfter === 'ssa') return { program, diagnostics: '', exitCode: 0 };

  // 4. Wasm.
  let wasm: Uint8Array;
  try {
    const { emitProgram } = await import('./wasm/index.js');
    wasm = emitProgram(program, {
      optLevel: opts.optLevel ?? 2,
      shrinkLevel: opts.shrinkLevel ?? 0,
      debugNames: opts.debugNames ?? false,
    });
  } catch (e) {
    reportException(e, diags, debug);
    return fail(diags, fset);
  }
  if (diags.length > 0) return fail(diags, fset);
  return { wasm, program, diagnostics: '', exitCode: 0 };
}

function sanityCheckProgram(program: Program, diags: DiagnosticList): void {
  // Program.functions lists every function, closures and wrappers included.
  for (const fn of program.functions as readonly SsaFunction[]) {
    if (fn.unbuilt) continue; // never reached: the lazy builder left its body unbuilt
    for (const problem of sanityCheck(fn)) diags.error(fn.pos, `internal compiler error: ${fn.name}: ${problem}`);
  }
}
