// This file implements the loader: it finds and parses the packages of a
// program or of a `gowasm check` — the user's package (FILE.go... or a DIR),
// packages named by import path, the implicit package `runtime` — and returns
// them, with everything they import, in dependency order.
//
// An import path resolves (resolveImport) to our override runtime/go/<path>
// when that directory exists, else to GOROOT/src/<path>; a package of GOROOT
// importing golang.org/x/... gets GOROOT/src/vendor/<path>, as the go command
// does. Files are selected by the wasip1/wasm build constraints (build-tags.ts),
// _test.go files and (cgo being off) files importing "C" left out. Parsed
// GOROOT and override packages are cached per FileSet (positions belong to
// one), so one process checking many packages parses each once.
//
// `build` does not resolve std imports yet (LoadOptions.std false): every import
// but runtime and unsafe is diagnosed as not yet supported. `check` turns it on.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type * as ast from '../syntax/ast.js';
import { DiagnosticList } from '../syntax/diagnostics.js';
import { parseFile } from '../syntax/index.js';
import { FileSet, NoPos } from '../syntax/pos.js';
import { BuildExprError, defaultBuildContext, isSourceFileName, matchFile, type BuildContext } from './build-tags.js';
import { findGoToolchain, goMinor, goVersionOf, SUPPORTED_GO_MINORS } from './goroot.js';
import { displayPath, packageRoot } from './paths.js';

export { defaultBuildContext, evalBuildExpr, findBuildLine, goodOSArchFile, matchFile, parseBuildExpr } from './build-tags.js';
export type { BuildContext, BuildExpr } from './build-tags.js';
export { findGoToolchain, goMinor, listStdPackages, stdPackageDir, SUPPORTED_GO_MINORS } from './goroot.js';
export type { GoToolchain } from './goroot.js';
export { displayPath, gowasmVersion, overrideDir, packageRoot } from './paths.js';

export interface LoadOptions {
  /** The user's package as .go files (one package) … */
  readonly files?: readonly string[];
  /** … or its directory (all .go files but _test.go, filtered by build constraints). */
  readonly dir?: string;
  /** Packages named by import path (e.g. "fmt"), loaded as the imports of a package are (`gowasm check fmt`). */
  readonly importPaths?: readonly string[];
  /** The import paths come from a pattern ("std"): those whose files the build constraints all
   * exclude are left out silently, as the go command does. */
  readonly skipExcludedRoots?: boolean;
  readonly diags: DiagnosticList;
  readonly fset?: FileSet;
  /** Directory relative paths are resolved against and shown relative to (default process.cwd()). */
  readonly cwd?: string;
  readonly buildContext?: BuildContext;
  /** The user's package must be a package main (default true; `check` accepts any). */
  readonly requireMain?: boolean;
  /** Resolve imports from runtime/go and GOROOT/src (default false: every import but runtime and
   * unsafe is "not yet supported", as long as the backend cannot compile the std). */
  readonly std?: boolean;
  /** Every package depends on the implicit package runtime (our runtime/go/runtime; default true).
   * Type-checking alone does not need it. */
  readonly implicitRuntime?: boolean;
  /** Where overrides live (default <gowasm>/runtime/go; tests use their own). */
  readonly overrideRoot?: string;
  /** GOROOT (default: findGoToolchain()). */
  readonly goroot?: string;
}

export interface LoadedPackage {
  /** Import path: "runtime", "main", std paths ("vendor/golang.org/x/..." for vendored ones). */
  readonly path: string;
  /** Package name from the package clauses. */
  readonly name: string;
  readonly dir: string;
  readonly files: ast.File[];
  /** Import paths (resolved) this package depends on (runtime is implicit unless implicitRuntime is off). */
  readonly imports: string[];
  /** The import path as written → the path of the package it resolved to, when they differ (vendor/). */
  readonly importMap: ReadonlyMap<string, string>;
  /** Where the package comes from. */
  readonly origin: 'user' | 'override' | 'goroot';
  /** Functions without a body are allowed: the package has assembly (.s files) or is on the go
   * command's list of packages compiled without -complete. */
  readonly allowMissingBodies: boolean;
}

export interface LoadedProgram {
  readonly fset: FileSet;
  /** In dependency order: runtime first, the user's or named packages last. */
  readonly packages: LoadedPackage[];
}

/** Packages the checker provides itself; the loader never loads them. */
const BUILTIN_PACKAGES = new Set(['unsafe']);

/** Std packages gc compiles without -complete (cmd/go/internal/work/gc.go): bodyless functions are fine. */
const INCOMPLETE = new Set(['bytes', 'internal/poll', 'net', 'os', 'runtime/metrics', 'runtime/pprof', 'runtime/trace', 'sync', 'syscall', 'time']);

/** resolveInputs turns command-line operands into LoadOptions fields: one DIR, or .go files. */
export function resolveInputs(inputs: readonly string[], cwd = process.cwd()): { files?: string[]; dir?: string; error?: string } {
  if (inputs.length === 0) return { dir: cwd };
  if (inputs.length === 1) {
    const p = resolve(cwd, inputs[0]!);
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) return { dir: inputs[0]! };
  }
  for (const f of inputs) {
    if (!f.endsWith('.go')) return { error: `named files must be .go files: ${f}` };
  }
  return { files: [...inputs] };
}

interface PackageSource {
  readonly path: string;
  readonly dir: string;
  /** Absolute file paths, already filtered. */
  readonly files: string[];
  readonly origin: LoadedPackage['origin'];
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The build-constraint-filtered file lists of GOROOT and override directories, per build context. */
const listedDirs = new WeakMap<BuildContext, Map<string, string[]>>();

/** listCachedDir is listPackageDir for directories that do not change while we run (GOROOT, overrides). */
function listCachedDir(dir: string, ctx: BuildContext, diags: DiagnosticList): string[] | undefined {
  let m = listedDirs.get(ctx);
  if (!m) listedDirs.set(ctx, (m = new Map()));
  const hit = m.get(dir);
  if (hit) return hit;
  const local = new DiagnosticList();
  const files = listPackageDir(dir, ctx, local, dir);
  for (const d of local.items) diags.error(d.pos, d.msg, d.soft);
  if (files && local.length === 0) m.set(dir, files);
  return files;
}

function listPackageDir(dir: string, ctx: BuildContext, diags: DiagnosticList, shown: string): string[] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).filter(isSourceFileName).sort();
  } catch (e) {
    diags.error(NoPos, `cannot read directory ${shown}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return undefined;
  }
  const out: string[] = [];
  for (const name of names) {
    const file = resolve(dir, name);
    const src = readFileSync(file, 'utf8');
    try {
      if (matchFile(name, src, ctx)) out.push(file);
    } catch (e) {
      if (!(e instanceof BuildExprError)) throw e;
      diags.error(NoPos, `${displayPath(file, process.cwd())}: ${e.message}`);
    }
  }
  return out;
}

/** Where resolveImport looks for one import path, in order. */
export interface ImportCandidate {
  readonly dir: string;
  readonly path: string;
  readonly origin: 'override' | 'goroot';
  /** How the go command names the place in "cannot find package" (from $GOROOT). */
  readonly from: string;
}

/** importCandidates lists the directories an import path may resolve to, in order: our override,
 * GOROOT/src/<path>, and for a GOROOT package importing a non-std path
 * (golang.org/x/...), GOROOT/src/vendor/<path>. */
export function importCandidates(
  path: string,
  opts: { overrideRoot: string; goroot?: string; fromGoroot: boolean },
): ImportCandidate[] {
  const out: ImportCandidate[] = [];
  const parts = path.split('/');
  out.push({ dir: join(opts.overrideRoot, ...parts), path, origin: 'override', from: 'gowasm override' });
  if (opts.goroot) {
    const src = join(opts.goroot, 'src');
    // The go command: std packages import golang.org/x/... from GOROOT/src/vendor (a path
    // whose first element has a dot is never a std package).
    if (opts.fromGoroot && parts[0]!.includes('.')) {
      out.push({ dir: join(src, 'vendor', ...parts), path: `vendor/${path}`, origin: 'goroot', from: 'vendor tree' });
    }
    out.push({ dir: join(src, ...parts), path, origin: 'goroot', from: '$GOROOT' });
  }
  return out;
}

interface ParsedDir {
  readonly files: ast.File[];
  /** Errors of reading and parsing, replayed to every load that uses the package. */
  readonly errors: { pos: number; msg: string; soft?: boolean }[];
}

/** Parsed GOROOT and override packages, per FileSet (positions belong to one), then per directory. */
const parsedCache = new WeakMap<FileSet, Map<string, ParsedDir>>();

function parseSources(files: readonly string[], fset: FileSet, diags: DiagnosticList, cwd: string): ast.File[] {
  const out: ast.File[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : String(code ?? e);
      diags.error(NoPos, `open ${displayPath(file, cwd)}: ${why}`);
      continue;
    }
    out.push(parseFile(fset, displayPath(file, cwd), bytes, diags));
  }
  return out;
}

/** parsePackage parses a package's files, from the cache for GOROOT and override packages. */
function parsePackage(src: PackageSource, fset: FileSet, diags: DiagnosticList, cwd: string): ast.File[] {
  if (src.origin === 'user') return parseSources(src.files, fset, diags, cwd);
  let cache = parsedCache.get(fset);
  if (!cache) parsedCache.set(fset, (cache = new Map()));
  let entry = cache.get(src.dir);
  if (!entry) {
    const local = new DiagnosticList();
    const files = parseSources(src.files, fset, local, cwd);
    entry = { files, errors: local.items.map((d) => ({ pos: d.pos, msg: d.msg, soft: d.soft })) };
    cache.set(src.dir, entry);
  }
  for (const d of entry.errors) diags.error(d.pos, d.msg, d.soft);
  return entry.files;
}

function importPaths(files: ast.File[]): { path: string; spec: ast.ImportSpec }[] {
  const out: { path: string; spec: ast.ImportSpec }[] = [];
  for (const f of files) {
    for (const spec of f.imports) {
      const lit = spec.path.value;
      // Import paths are plain string literals ("x" or `x`); no escapes are needed in valid paths.
      out.push({ path: lit.slice(1, -1), spec });
    }
  }
  return out;
}

/** packageName checks that all files agree on the package name and returns it. */
function packageName(files: ast.File[], dir: string, diags: DiagnosticList): string | undefined {
  const first = files[0];
  if (!first) return undefined;
  const name = first.pkgName.name;
  for (const f of files) {
    if (f.pkgName.name !== name) {
      diags.error(
        NoPos,
        `found packages ${name} (${basename(first.filename)}) and ${f.pkgName.name} (${basename(f.filename)}) in ${dir}`,
      );
      return undefined;
    }
  }
  return name;
}

/** loadProgram loads the user's package and/or the packages named by import path, and everything
 * they import, in dependency order (runtime first when implicit). */
export function loadProgram(opts: LoadOptions): LoadedProgram {
  const diags = opts.diags;
  const fset = opts.fset ?? new FileSet();
  const cwd = opts.cwd ?? process.cwd();
  const std = opts.std ?? false;
  const implicitRuntime = opts.implicitRuntime ?? true;
  const requireMain = opts.requireMain ?? true;
  const overrideRoot = opts.overrideRoot ?? join(packageRoot(), 'runtime', 'go');
  let goroot = opts.goroot;
  if (std && goroot === undefined) goroot = findGoToolchain()?.goroot;
  const ctx = opts.buildContext ?? sharedContext((goroot && goMinorOf(goroot)) || 26);

  // The user's package.
  let mainSrc: PackageSource | undefined;
  if (opts.dir !== undefined) {
    const dir = resolve(cwd, opts.dir);
    const files = listPackageDir(dir, ctx, diags, opts.dir);
    if (files && files.length === 0) diags.error(NoPos, `no Go files in ${dir}`);
    if (files) mainSrc = { path: 'main', dir, files, origin: 'user' };
  } else if (opts.files !== undefined || !opts.importPaths) {
    const files = (opts.files ?? []).map((f) => resolve(cwd, f));
    if (files.length === 0) diags.error(NoPos, 'no Go files given');
    // Files named on the command line are all part of the build: like the go command,
    // build constraints are not applied to them.
    const dirs = new Set(files.map((f) => dirname(f)));
    if (dirs.size > 1) diags.error(NoPos, 'named files must all be in one directory');
    mainSrc = { path: 'main', dir: files[0] ? dirname(files[0]) : cwd, files, origin: 'user' };
  }
  if (diags.length > 0) return { fset, packages: [] };

  const loaded = new Map<string, LoadedPackage>();
  const order: LoadedPackage[] = [];
  /** The import stack, for cycle errors. */
  const stack: string[] = [];

  /** toolchainChecked: the first import read from GOROOT checks the toolchain (reported once). */
  let toolchainOk: boolean | undefined;
  const checkToolchain = (): boolean => {
    if (toolchainOk === undefined) {
      const problem = toolchainProblem(goroot);
      if (problem) diags.error(NoPos, problem);
      toolchainOk = !problem;
    }
    return toolchainOk;
  };

  /** resolveImport finds the package an import path names, as seen from a package of origin `from`. */
  const resolveImport = (path: string, fromGoroot: boolean): { src?: PackageSource; looked: ImportCandidate[] } => {
    const looked = importCandidates(path, { overrideRoot, goroot, fromGoroot });
    for (const c of looked) {
      if (c.origin === 'goroot' && !checkToolchain()) return { looked: [] };
      if (!isDir(c.dir)) continue;
      const files = listCachedDir(c.dir, ctx, diags);
      if (!files) return { looked };
      return { src: { path: c.path, dir: c.dir, files, origin: c.origin }, looked };
    }
    if (goroot === undefined && !checkToolchain()) return { looked: [] };
    return { looked };
  };

  const load = (src: PackageSource, isUser: boolean): LoadedPackage => {
    stack.push(src.path);
    let files = parsePackage(src, fset, diags, cwd);
    // Our package runtime has one generated file (the Go version: versionFile).
    if (src.path === 'runtime' && src.origin === 'override') files = [...files, versionFile(fset, goroot ?? findGoToolchain()?.goroot, diags)];
    // cgo is off for wasip1: go/build leaves out the files that import "C".
    if (!isUser) files = files.filter((f) => !f.imports.some((s) => s.path.value === '"C"'));
    const name = packageName(files, src.dir, diags) ?? (isUser ? 'main' : src.path);
    if (isUser && requireMain && files.length > 0 && name !== 'main') {
      diags.error(NoPos, `package ${name} is not a main package`);
    }
    const deps: string[] = implicitRuntime && src.path !== 'runtime' ? ['runtime'] : [];
    const importMap = new Map<string, string>();
    const todo: { path: string; spec: ast.ImportSpec; src: PackageSource }[] = [];
    for (const { path, spec } of importPaths(files)) {
      if (BUILTIN_PACKAGES.has(path) || path === 'C' || importMap.has(path) || deps.includes(path)) continue;
      if (loaded.has(path) && std) {
        importMap.set(path, path);
        deps.push(path);
        continue;
      }
      if (!std) {
        // The std from GOROOT/src is not compiled yet; the only importable package is runtime,
        // which every package but runtime itself already depends on (see deps above).
        diags.error(spec.path.pos, `import ${JSON.stringify(path)} is not yet supported`);
        continue;
      }
      const r = resolveImport(path, src.origin === 'goroot');
      if (!r.src && toolchainOk === false) continue;
      if (!r.src) {
        const where = r.looked.map((c) => `\n\t${c.dir} (from ${c.from})`).join('');
        diags.error(spec.path.pos, `cannot find package ${JSON.stringify(path)} in any of:${where}`);
        continue;
      }
      if (r.src.files.length === 0) {
        diags.error(spec.path.pos, `build constraints exclude all Go files in ${r.src.dir}`);
        continue;
      }
      const cyc = stack.indexOf(r.src.path);
      if (cyc >= 0) {
        const chain = [...stack.slice(cyc), r.src.path].join(' imports ');
        diags.error(spec.path.pos, `import cycle not allowed: ${chain}`);
        continue;
      }
      importMap.set(path, r.src.path);
      if (!deps.includes(r.src.path)) deps.push(r.src.path);
      todo.push({ path, spec, src: r.src });
    }
    // Dependencies first (depth-first, so the result is in dependency order).
    for (const t of todo) {
      if (loaded.has(t.src.path)) continue;
      load(t.src, false);
    }
    stack.pop();
    const allowMissingBodies =
      src.origin === 'goroot' && (INCOMPLETE.has(src.path) || safeReaddir(src.dir).some((f) => f.endsWith('.s')));
    const pkg: LoadedPackage = { path: src.path, name, dir: src.dir, files, imports: deps, importMap, origin: src.origin, allowMissingBodies };
    loaded.set(src.path, pkg);
    order.push(pkg);
    return pkg;
  };

  // The implicit runtime is always ours (runtime/go/runtime), loaded first.
  if (implicitRuntime) {
    const dir = join(overrideRoot, 'runtime');
    const files = isDir(dir) ? listCachedDir(dir, ctx, diags) : undefined;
    if (files) load({ path: 'runtime', dir, files, origin: 'override' }, false);
    else diags.error(NoPos, `cannot find package "runtime" (looked in ${dir})`);
  }
  for (const path of opts.importPaths ?? []) {
    if (loaded.has(path)) continue;
    const r = resolveImport(path, false);
    if (!r.src && toolchainOk === false) continue;
    if (!r.src) {
      if (!std) diags.error(NoPos, `import ${JSON.stringify(path)} is not yet supported`);
      else {
        const where = r.looked.map((c) => `\n\t${c.dir} (from ${c.from})`).join('');
        diags.error(NoPos, `cannot find package ${JSON.stringify(path)} in any of:${where}`);
      }
      continue;
    }
    if (r.src.files.length === 0) {
      if (!opts.skipExcludedRoots) diags.error(NoPos, `build constraints exclude all Go files in ${r.src.dir}`);
      continue;
    }
    if (!loaded.has(r.src.path)) load(r.src, false);
  }
  if (mainSrc) load(mainSrc, true);
  return { fset, packages: order };
}

/** toolchainProblem says why the std cannot be read from goroot (none found, unsupported version),
 * or returns undefined when it can. */
export function toolchainProblem(goroot: string | undefined): string | undefined {
  const supported = SUPPORTED_GO_MINORS.map((m) => `go1.${m}`).join(', ');
  if (!goroot) {
    return `no Go toolchain found: gowasm compiles the standard library from GOROOT/src; install Go (${supported}) or set $GOROOT`;
  }
  const version = goVersionOf(goroot);
  const minor = version ? goMinor(version) : undefined;
  if (minor === undefined || !SUPPORTED_GO_MINORS.includes(minor)) {
    return `the Go toolchain in ${goroot} is ${version ?? 'of unknown version'}; gowasm supports ${supported}`;
  }
  return undefined;
}

/** The generated file of package runtime, per FileSet: `const buildVersion = "go1.N.M"`, the
 * version of the GOROOT whose std is compiled (runtime.Version returns it), "unknown" without one. */
const versionFiles = new WeakMap<FileSet, ast.File>();

/** runtimeVersionSource is the generated file of package runtime (see versionFile). */
export function runtimeVersionSource(goroot = findGoToolchain()?.goroot): { name: string; src: Uint8Array } {
  const version = (goroot && goVersionOf(goroot)) || 'unknown';
  const src = `// Code generated by gowasm's loader. DO NOT EDIT.\n\npackage runtime\n\nconst buildVersion = ${JSON.stringify(version)}\n`;
  return { name: '<gowasm>/runtime/zversion.go', src: new TextEncoder().encode(src) };
}

/** runtimeSources lists the source files of our package runtime (runtime/go/runtime, non-test .go
 * files, then the generated one), for tests that check or build it without the loader. */
export function runtimeSources(): { name: string; src: Uint8Array }[] {
  const dir = join(packageRoot(), 'runtime', 'go', 'runtime');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))
    .sort()
    .map((f): { name: string; src: Uint8Array } => ({ name: join(dir, f), src: readFileSync(join(dir, f)) }))
    .concat([runtimeVersionSource()]);
}

function versionFile(fset: FileSet, goroot: string | undefined, diags: DiagnosticList): ast.File {
  let f = versionFiles.get(fset);
  if (!f) {
    const { name, src } = runtimeVersionSource(goroot);
    f = parseFile(fset, name, src, diags);
    versionFiles.set(fset, f);
  }
  return f;
}

const contexts = new Map<number, BuildContext>();

/** sharedContext is defaultBuildContext(minor), one object per process (the listing cache is per context). */
function sharedContext(minor: number): BuildContext {
  let c = contexts.get(minor);
  if (!c) contexts.set(minor, (c = defaultBuildContext(minor)));
  return c;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function goMinorOf(goroot: string): number | undefined {
  const vf = join(goroot, 'VERSION');
  if (!existsSync(vf)) return undefined;
  return goMinor(readFileSync(vf, 'utf8').split('\n')[0]!.trim());
}
