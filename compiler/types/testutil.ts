// This file implements helpers shared by the type checker tests: parsing and
// checking Go source held in strings, with an importer over previously
// checked packages, and formatting diagnostics as `go build` prints them.

import { parseFile } from '../syntax/index.js';
import { DiagnosticList } from '../syntax/diagnostics.js';
import { FileSet } from '../syntax/pos.js';
import type * as ast from '../syntax/ast.js';
import { checkPackage } from './index.js';
import type { CheckedPackage } from './info.js';
import type { Package } from './object.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runtimeSources } from '../loader/index.js';
import { checkProgram as checkDriverProgram } from '../driver.js';
import { importsStd } from '../ssa/testutil.js';

export interface Checked extends CheckedPackage {
  fset: FileSet;
  diags: DiagnosticList;
  errors: string; // formatted, all errors
}

export interface SourcePackage {
  path: string;
  files: { name: string; src: string | Uint8Array }[];
}

/** checkSources checks packages in dependency order; the last one is returned. */
export function checkSources(pkgs: SourcePackage[]): Checked {
  const fset = new FileSet();
  const diags = new DiagnosticList();
  const done = new Map<string, Package>();
  let last: CheckedPackage | undefined;
  for (const p of pkgs) {
    const files: ast.File[] = p.files.map((f) => parseFile(fset, f.name, typeof f.src === 'string' ? new TextEncoder().encode(f.src) : f.src, diags));
    last = checkPackage({ fset, diags, importer: (path) => done.get(path) }, p.path, files);
    done.set(p.path, last.pkg);
  }
  return { ...last!, fset, diags, errors: diags.format(fset, 1000) };
}

/** checkSource checks one file of package main. */
export function checkSource(src: string, filename = 'x.go'): Checked {
  return checkSources([{ path: 'main', files: [{ name: filename, src }] }]);
}

/** A golden program: NAME.go, or a directory NAME/ whose .go files are one package. */
export interface Program {
  readonly path: string; // the .go file or the directory
  readonly files: string[];
}

/** programsIn lists the programs of testdata/: each area directory holds NAME.go programs and NAME/ directory programs. */
export function programsIn(testdata: string): Program[] {
  if (!existsSync(testdata)) return [];
  const out: Program[] = [];
  for (const area of readdirSync(testdata).sort()) {
    const d = join(testdata, area);
    if (statSync(d).isDirectory()) out.push(...areaPrograms(d));
  }
  return out;
}

/** areaPrograms lists the programs of one area: .go files, and directories whose .go files are one package. */
export function areaPrograms(dir: string): Program[] {
  if (!existsSync(dir)) return [];
  const out: Program[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      const gos = readdirSync(p).filter((f) => f.endsWith('.go')).sort();
      if (gos.length > 0) out.push({ path: p, files: gos.map((f) => join(p, f)) });
    } else if (name.endsWith('.go')) out.push({ path: p, files: [p] });
  }
  return out;
}

const repoRoot = join(import.meta.dirname, '..', '..');

/** checkProgram checks a golden program's files as package main; a program importing "runtime"
 * gets our runtime package (runtime/go/runtime), checked first, as the loader does. */
export function checkProgram(files: string[]): Checked {
  if (importsStd(files)) {
    // std imports: checked as compile checks them (the loader resolves GOROOT)
    const r = checkDriverProgram({ files });
    const main = r.packages?.[r.packages.length - 1];
    if (!main) throw new Error(`program does not check:\n${r.diagnostics}`);
    return { ...main, fset: r.fset, diags: new DiagnosticList(), errors: r.diagnostics };
  }
  const srcs = files.map((f) => ({ name: relative(repoRoot, f), src: readFileSync(f) }));
  const pkgs: SourcePackage[] = [];
  if (srcs.some((s) => /^import\s+(\(\s*)?"runtime"/m.test(s.src.toString()) || /^\s+"runtime"$/m.test(s.src.toString()))) {
    pkgs.push({ path: 'runtime', files: runtimeSources().map((f) => ({ name: relative(repoRoot, f.name), src: f.src })) });
  }
  pkgs.push({ path: 'main', files: srcs });
  return checkSources(pkgs);
}
