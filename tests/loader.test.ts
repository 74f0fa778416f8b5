// This file tests compiler/loader: the //go:build evaluator, the file-name
// rules for GOOS=wasip1 GOARCH=wasm, which files of a directory form the
// package, the implicit runtime package, and the diagnostics for imports.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultBuildContext,
  displayPath,
  evalBuildExpr,
  findBuildLine,
  goodOSArchFile,
  loadProgram,
  parseBuildExpr,
  resolveInputs,
} from '../compiler/loader/index.js';
import { DiagnosticList } from '../compiler/syntax/diagnostics.js';

const ctx = defaultBuildContext(26);
const holds = (e: string): boolean => evalBuildExpr(parseBuildExpr(e), ctx);

describe('build expressions', () => {
  test.each([
    ['wasip1', true],
    ['wasm', true],
    ['linux', false],
    ['!linux', true],
    ['wasip1 && wasm', true],
    ['linux || wasm', true],
    ['linux || darwin', false],
    ['!(linux || darwin) && wasm', true],
    ['wasm && !wasip1', false],
    ['linux || wasip1 && wasm', true], // && binds tighter than ||
    ['(linux || wasip1) && !wasm', false],
    ['go1.21', true],
    ['go1.26', true],
    ['go1.27', false],
    ['gowasm', true],
    ['cgo', false],
    ['!!wasm', true],
  ])('%s → %s', (expr, want) => {
    expect(holds(expr)).toBe(want);
  });

  test('malformed expressions are rejected', () => {
    expect(() => parseBuildExpr('linux &&')).toThrow();
    expect(() => parseBuildExpr('(linux')).toThrow();
    expect(() => parseBuildExpr('a b')).toThrow();
    expect(() => parseBuildExpr('a = b')).toThrow();
  });

  test('the //go:build line is read from the header only', () => {
    expect(findBuildLine('// Copyright\n\n//go:build linux && !cgo\n\npackage x\n')).toBe('linux && !cgo');
    expect(findBuildLine('/* block\n comment */\n//go:build wasm\npackage x\n')).toBe('wasm');
    expect(findBuildLine('package x\n//go:build linux\n')).toBeUndefined();
    expect(findBuildLine('// +build linux\n\npackage x\n')).toBeUndefined();
  });
});

describe('file names', () => {
  test.each([
    ['a.go', true],
    ['a_wasip1.go', true],
    ['a_wasm.go', true],
    ['a_wasip1_wasm.go', true],
    ['a_linux.go', false],
    ['a_amd64.go', false],
    ['a_linux_wasm.go', false],
    ['a_wasip1_amd64.go', false],
    ['exec_unix.go', true], // "unix" is not a GOOS
    ['wasm.go', true], // no underscore: not a constraint
    ['js_wasm.go', true], // the part before the first underscore is never a constraint
    ['x_js_wasm.go', false], // GOOS js
  ])('%s → %s', (name, want) => {
    expect(goodOSArchFile(name, ctx)).toBe(want);
  });
});

describe('loadProgram', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gowasm-loader-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string): void => {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
  };
  write('pkg/main.go', 'package main\n\nfunc main() { helper() }\n');
  write('pkg/helper_wasip1.go', 'package main\n\nfunc helper() {}\n');
  write('pkg/helper_linux.go', 'package main\n\nfunc helper() {}\n');
  write('pkg/main_test.go', 'package main\n');
  write('pkg/_ignored.go', 'package main\n');
  write('pkg/tagged.go', '//go:build wasip1 && (wasm || arm)\n\npackage main\n\nvar tagged = 1\n');
  write('pkg/excluded.go', '//go:build !wasm\n\npackage main\n\nvar excluded = 1\n');
  write('imports/a.go', 'package main\n\nimport (\n\t"fmt"\n\t"unsafe"\n)\n\nfunc main() {}\n');
  write('mixed/a.go', 'package main\n');
  write('mixed/b.go', 'package other\n');
  write('lib/a.go', 'package lib\n');

  test('a directory: build constraints and file-name rules select the files; runtime comes first', () => {
    const diags = new DiagnosticList();
    const prog = loadProgram({ dir: join(dir, 'pkg'), diags, cwd: dir });
    expect(diags.items).toEqual([]);
    expect(prog.packages.map((p) => p.path)).toEqual(['runtime', 'main']);
    const main = prog.packages[1]!;
    expect(main.files.map((f) => f.filename)).toEqual(['pkg/helper_wasip1.go', 'pkg/main.go', 'pkg/tagged.go']);
    expect(main.imports).toEqual(['runtime']);
    expect(prog.packages[0]!.imports).toEqual([]);
  });

  test('named files are all part of the build, shown as go build shows them', () => {
    const diags = new DiagnosticList();
    const prog = loadProgram({ files: ['main.go', 'helper_linux.go'], diags, cwd: join(dir, 'pkg') });
    expect(diags.items).toEqual([]);
    expect(prog.packages[1]!.files.map((f) => f.filename)).toEqual(['./main.go', './helper_linux.go']);
  });

  test('imports other than runtime and unsafe are not yet supported', () => {
    const diags = new DiagnosticList();
    const prog = loadProgram({ dir: 'imports', diags, cwd: dir });
    const lines = diags.items.map((d) => `${prog.fset.format(d.pos)}: ${d.msg}`);
    expect(lines).toEqual(['imports/a.go:4:2: import "fmt" is not yet supported']);
  });

  test('mixed package names, non-main packages and missing files are diagnosed', () => {
    const d1 = new DiagnosticList();
    loadProgram({ dir: 'mixed', diags: d1, cwd: dir });
    expect(d1.items.map((d) => d.msg)).toEqual([`found packages main (a.go) and other (b.go) in ${join(dir, 'mixed')}`]);
    const d2 = new DiagnosticList();
    loadProgram({ dir: 'lib', diags: d2, cwd: dir });
    expect(d2.items.map((d) => d.msg)).toEqual(['package lib is not a main package']);
    const d3 = new DiagnosticList();
    loadProgram({ files: ['nosuch.go'], diags: d3, cwd: dir });
    expect(d3.items.map((d) => d.msg)).toEqual(['open ./nosuch.go: no such file or directory']);
  });

  test('resolveInputs tells a directory from files', () => {
    expect(resolveInputs(['pkg'], dir)).toEqual({ dir: 'pkg' });
    expect(resolveInputs(['a.go', 'b.go'], dir)).toEqual({ files: ['a.go', 'b.go'] });
    expect(resolveInputs(['a.txt'], dir).error).toMatch(/\.go/);
  });

  test('displayPath follows go build', () => {
    expect(displayPath('/x/y/a.go', '/x/y')).toBe('./a.go');
    expect(displayPath('/x/y/sub/a.go', '/x/y')).toBe('sub/a.go');
    expect(displayPath('/home/user/a.go', '/home/user/y')).toBe('../a.go');
    expect(displayPath('/elsewhere/deep/a.go', '/x/y/z/w')).toBe('/elsewhere/deep/a.go');
  });
});
