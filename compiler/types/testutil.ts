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
