// This file implements loadProgram: it finds and parses the packages of a
// program — the user's `package main` (FILE.go... or a DIR) and the implicit
// package `runtime` (runtime/go/runtime, always) — and returns them in
// dependency order. Imports are resolved through resolveImport, which looks
// at our overrides in runtime/go/<path> first; the standard library from
// GOROOT/src/<path> slots in there later (today any other import is diagnosed
// as not yet supported).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type * as ast from '../syntax/ast.js';
import { DiagnosticList } from '../syntax/diagnostics.js';
import { parseFile } from '../syntax/index.js';
import { FileSet, NoPos } from '../syntax/pos.js';
import { BuildExprError, defaultBuildContext, isSourceFileName, matchFile, type BuildContext } from './build-tags.js';
import { displayPath, overrideDir } from './paths.js';

export { defaultBuildContext, evalBuildExpr, findBuildLine, goodOSArchFile, matchFile, parseBuildExpr } from './build-tags.js';
export type { BuildContext, BuildExpr } from './build-tags.js';
export { findGoToolchain, goMinor, stdPackageDir, SUPPORTED_GO_MINORS } from './goroot.js';
export type { GoToolchain } from './goroot.js';
export { displayPath, gowasmVersion, overrideDir, packageRoot } from './paths.js';

export interface LoadOptions {
  /** The program's .go files (one package) … */
  readonly files?: readonly string[];
  /** … or its directory (all .go files but _test.go, filtered by build constraints). */
  readonly dir?: string;
  readonly diags: DiagnosticList;
  readonly fset?: FileSet;
  /** Directory relative paths are resolved against and shown relative to (default process.cwd()). */
  readonly cwd?: string;
  readonly buildContext?: BuildContext;
}

export interface LoadedPackage {
  /** Import path: "runtime", "main", later std paths. */
  readonly path: string;
  /** Package name from the package clauses. */
  readonly name: string;
  readonly dir: string;
  readonly files: ast.File[];
  /** Import paths this package depends on (runtime is implicit for every package but itself). */
  readonly imports: string[];
}

export interface LoadedProgram {
  readonly fset: FileSet;
  /** In dependency order: runtime first, main last. */
  readonly packages: LoadedPackage[];
}

/** Packages the checker provides itself; the loader never loads them. */
const BUILTIN_PACKAGES = new Set(['unsafe']);

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

/** resolveImport finds the directory of an imported package: our override first, then (later) GOROOT/src. */
function resolveImport(path: string, ctx: BuildContext, diags: DiagnosticList): PackageSource | undefined {
  const dir = overrideDir(path);
  let exists = false;
  try {
    exists = statSync(dir).isDirectory();
  } catch {
    exists = false;
  }
  if (!exists) return undefined;
  const files = listPackageDir(dir, ctx, diags, dir);
  if (!files) return undefined;
  return { path, dir, files };
}

function parseSources(src: PackageSource, fset: FileSet, diags: DiagnosticList, cwd: string): ast.File[] {
  const out: ast.File[] = [];
  for (const file of src.files) {
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

/** loadProgram loads the program's main package and everything it needs, runtime first. */
export function loadProgram(opts: LoadOptions): LoadedProgram {
  const diags = opts.diags;
  const fset = opts.fset ?? new FileSet();
  const cwd = opts.cwd ?? process.cwd();
  const ctx = opts.buildContext ?? defaultBuildContext();

  // The user's package.
  let mainSrc: PackageSource | undefined;
  if (opts.dir !== undefined) {
    const dir = resolve(cwd, opts.dir);
    const files = listPackageDir(dir, ctx, diags, opts.dir);
    if (files && files.length === 0) diags.error(NoPos, `no Go files in ${dir}`);
    if (files) mainSrc = { path: 'main', dir, files };
  } else {
    const files = (opts.files ?? []).map((f) => resolve(cwd, f));
    if (files.length === 0) diags.error(NoPos, 'no Go files given');
    // Files named on the command line are all part of the build: like the go command,
    // build constraints are not applied to them.
    const dirs = new Set(files.map((f) => dirname(f)));
    if (dirs.size > 1) diags.error(NoPos, 'named files must all be in one directory');
    mainSrc = { path: 'main', dir: files[0] ? dirname(files[0]) : cwd, files };
  }
  if (!mainSrc || diags.length > 0) return { fset, packages: [] };

  const loaded = new Map<string, LoadedPackage>();
  const order: LoadedPackage[] = [];
  const visiting = new Set<string>();

  const load = (src: PackageSource, isMain: boolean): LoadedPackage | undefined => {
    visiting.add(src.path);
    const files = parseSources(src, fset, diags, cwd);
    const name = packageName(files, src.dir, diags) ?? (isMain ? 'main' : src.path);
    if (isMain && files.length > 0 && name !== 'main') {
      diags.error(NoPos, `package ${name} is not a main package`);
    }
    const deps: string[] = src.path === 'runtime' ? [] : ['runtime'];
    for (const { path, spec } of importPaths(files)) {
      if (BUILTIN_PACKAGES.has(path) || deps.includes(path)) continue;
      if (visiting.has(path) && !loaded.has(path)) {
        diags.error(spec.path.pos, `import cycle not allowed: ${src.path} imports ${path}`);
        continue;
      }
      // The std from GOROOT/src comes later; today the only importable package is runtime,
      // which every package but runtime itself already depends on (see deps above).
      diags.error(spec.path.pos, `import ${JSON.stringify(path)} is not yet supported`);
    }
    // Dependencies first (depth-first, so the result is in dependency order).
    for (const dep of deps) {
      if (loaded.has(dep) || visiting.has(dep)) continue;
      const depSrc = resolveImport(dep, ctx, diags);
      if (!depSrc) {
        diags.error(NoPos, `cannot find package ${JSON.stringify(dep)} (looked in ${overrideDir(dep)})`);
        continue;
      }
      load(depSrc, false);
    }
    const pkg: LoadedPackage = { path: src.path, name, dir: src.dir, files, imports: deps };
    loaded.set(src.path, pkg);
    order.push(pkg);
    return pkg;
  };

  load(mainSrc, true);
  return { fset, packages: order };
}
