// This file implements helpers shared by the SSA tests: parsing, checking and
// building Go sources (optionally with the runtime package), and collecting
// the sanity-check failures of every function of a program.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as ast from '../syntax/ast.js';
import { DiagnosticList } from '../syntax/diagnostics.js';
import { FileSet } from '../syntax/pos.js';
import { parseFile } from '../syntax/index.js';
import { checkPackage } from '../types/index.js';
import type { CheckedPackage } from '../types/info.js';
import type { Package } from '../types/object.js';
import { runtimeSources } from '../loader/index.js';
import type { Program } from './ir.js';
import { buildProgram, sanityCheck } from './index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Built {
  prog: Program;
  fset: FileSet;
  diags: DiagnosticList;
}

function parseAll(fset: FileSet, diags: DiagnosticList, files: { name: string; src: string | Uint8Array }[]): ast.File[] {
  return files.map((f) => parseFile(fset, f.name, typeof f.src === 'string' ? new TextEncoder().encode(f.src) : f.src, diags));
}

function check(fset: FileSet, diags: DiagnosticList, path: string, files: ast.File[], deps: Package[]): CheckedPackage {
  const cp = checkPackage({ fset, diags, importer: (p) => deps.find((d) => d.path === p) }, path, files);
  if (diags.length) throw new Error(`diagnostics for ${path}:\n${diags.format(fset, 50)}`);
  return cp;
}

export const runtimeFiles = runtimeSources;

/** build parses, checks and builds a main package (and the runtime package when asked). */
export function build(files: { name: string; src: string | Uint8Array }[], withRuntime = false): Built {
  const fset = new FileSet();
  const diags = new DiagnosticList();
  const pkgs: CheckedPackage[] = [];
  if (withRuntime) pkgs.push(check(fset, diags, 'runtime', parseAll(fset, diags, runtimeFiles()), []));
  pkgs.push(check(fset, diags, 'main', parseAll(fset, diags, files), pkgs.map((p) => p.pkg)));
  const prog = buildProgram(pkgs, fset, diags);
  return { prog, fset, diags };
}

export function buildSource(src: string): Built {
  return build([{ name: 'main.go', src }]);
}

/** insane returns the sanity-check failures of every function of prog. */
export function insane(prog: Program): string[] {
  return prog.functions.flatMap((fn) => sanityCheck(fn));
}

/** GoldenProgram is one program of testdata/: a NAME.go file, or a NAME/ directory whose .go files
 * form one package main; `base` + ".out"/".err"/".exit" are its expected outputs. */
export interface GoldenProgram {
  readonly rel: string;
  readonly base: string;
  readonly files: string[];
}

/** goldenPrograms lists the programs under dir (recursively, skipping testdata/errors): each .go file
 * of a directory without subdirectory programs is a program, and a directory below an area
 * (testdata/AREA/.../NAME/) holding .go files is one multi-file program. */
export function goldenPrograms(dir: string, depth = 0): GoldenProgram[] {
  const out: GoldenProgram[] = [];
  const names = readdirSync(dir).sort();
  const gos = names.filter((n) => n.endsWith('.go'));
  if (depth >= 2 && gos.length > 0) {
    return [{ rel: relative(repoRoot, dir), base: dir, files: gos.map((n) => join(dir, n)) }];
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!(depth === 0 && name === 'errors')) out.push(...goldenPrograms(p, depth + 1));
    } else if (name.endsWith('.go')) out.push({ rel: relative(repoRoot, p), base: p.slice(0, -3), files: [p] });
  }
  return out;
}

/** buildGolden builds a golden program (with the runtime package). */
export function buildGolden(p: GoldenProgram): Built {
  return build(p.files.map((f) => ({ name: f, src: readFileSync(f) })), true);
}

/** importsStd reports whether a program imports a package other than runtime and unsafe (those
 * are built through the loader, which resolves the std from GOROOT). */
export function importsStd(files: readonly string[]): boolean {
  return files.some((f) => {
    const src = readFileSync(f, 'utf8');
    const imports = [...src.matchAll(/^\s*(?:import\s+)?(?:[\w.]+\s+)?"([^"]+)"\s*$/gm)].map((m) => m[1]);
    return imports.some((p) => p !== 'runtime' && p !== 'unsafe');
  });
}
