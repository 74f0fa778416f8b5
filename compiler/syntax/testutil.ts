// This file implements helpers shared by the syntax tests: parsing a string,
// formatting diagnostics, and running gc (`go tool compile`) as the oracle.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as ast from './ast.js';
import { DiagnosticList } from './diagnostics.js';
import { FileSet } from './pos.js';
import { parseFile } from './index.js';

export interface Parsed {
  file: ast.File;
  fset: FileSet;
  diags: DiagnosticList;
  errors: string; // formatted as gc prints them
}

export function parseString(src: string, filename = 'x.go'): Parsed {
  const fset = new FileSet();
  const diags = new DiagnosticList();
  const file = parseFile(fset, filename, new TextEncoder().encode(src), diags);
  return { file, fset, diags, errors: diags.format(fset, 1000) };
}

export function parseBytes(src: Uint8Array, filename = 'x.go'): Parsed {
  const fset = new FileSet();
  const diags = new DiagnosticList();
  const file = parseFile(fset, filename, src, diags);
  return { file, fset, diags, errors: diags.format(fset, 1000) };
}

/** gcErrors runs `go tool compile` on src (as x.go) and returns its diagnostics. */
export function gcErrors(src: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'gowasm-syntax-'));
  try {
    writeFileSync(join(dir, 'x.go'), src);
    try {
      execFileSync('go', ['tool', 'compile', '-e', '-o', join(dir, 'x.o'), '-p', 'p', 'x.go'], { cwd: dir, stdio: 'pipe' });
      return '';
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      return (err.stdout?.toString() ?? '') + (err.stderr?.toString() ?? '');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function goroot(): string {
  return execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
}
