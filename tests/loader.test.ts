// This file tests compiler/loader: the //go:build evaluator, the file-name
// rules for GOOS=wasip1 GOARCH=wasm, which files of a directory form the
// package, the implicit runtime package, and the diagnostics for imports;
// import resolution (override first, GOROOT/src, vendor/, cycles, missing
// packages) over a fake GOROOT and override tree.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultBuildContext,
  displayPath,
  evalBuildExpr,
  findBuildLine,
  goodOSArchFile,
  importCandidates,
  loadProgram,
  parseBuildExpr,
  resolveInputs,
  toolchainProblem,
} from '../compiler/loader/index.js';
import { DiagnosticList } from '../compiler/syntax/diagnostics.js';
import { FileSet } from '../compiler/syntax/pos.js';

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

describe('import resolution', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gowasm-resolve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string): void => {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
  };
  const goroot = join(dir, 'goroot');
  const overrideRoot = join(dir, 'override');
  write('goroot/VERSION', 'go1.26.8\n');
  write('goroot/src/errors/errors.go', 'package errors\n\nfunc FromGoroot() {}\n');
  write('goroot/src/errors/errors_linux.go', 'package errors\n\nfunc Linux() {}\n');
  write('override/errors/errors.go', 'package errors\n\nfunc FromOverride() {}\n');
  write('override/runtime/r.go', 'package runtime\n');
  write('goroot/src/runtime/r.go', 'package runtime\n\nconst GOOS = "wasip1"\n');
  write('goroot/src/strings/s.go', 'package strings\n\nimport (\n\t"errors"\n\t"unsafe"\n)\n');
  write('goroot/src/strings/s_test.go', 'package strings\n\nimport "testing"\n');
  write('goroot/src/strings/cgo.go', 'package strings\n\nimport "C"\n');
  write('goroot/src/net/n.go', 'package net\n\nimport "golang.org/x/net/dns"\n');
  write('goroot/src/vendor/golang.org/x/net/dns/d.go', 'package dns\n\nimport "strings"\n');
  write('goroot/src/cyca/a.go', 'package cyca\n\nimport "cycb"\n');
  write('goroot/src/cycb/b.go', 'package cycb\n\nimport "cyca"\n');
  write('goroot/src/linuxonly/l_linux.go', 'package linuxonly\n');
  write('user/main.go', 'package main\n\nimport (\n\t"strings"\n\t"no/such/pkg"\n)\n\nfunc main() {}\n');
  write('userok/main.go', 'package main\n\nimport "net"\n\nfunc main() {}\n');
  write('userx/main.go', 'package main\n\nimport "golang.org/x/net/dns"\n\nfunc main() {}\n');

  const load = (o: { dir?: string; importPaths?: string[]; implicitRuntime?: boolean }) => {
    const diags = new DiagnosticList();
    const prog = loadProgram({ ...o, diags, cwd: dir, std: true, requireMain: false, goroot, overrideRoot, implicitRuntime: o.implicitRuntime ?? false });
    const lines = diags.items.map((d) => `${prog.fset.file(d.pos) ? prog.fset.format(d.pos) : 'gowasm'}: ${d.msg}`);
    return { prog, lines };
  };

  test('an override in runtime/go comes before GOROOT/src; _test.go, other GOOS and "C" files are left out', () => {
    const { prog, lines } = load({ importPaths: ['strings'] });
    expect(lines).toEqual([]);
    expect(prog.packages.map((p) => [p.path, p.origin])).toEqual([['errors', 'override'], ['strings', 'goroot']]);
    expect(prog.packages[0]!.files.map((f) => f.filename)).toEqual(['override/errors/errors.go']);
    expect(prog.packages[1]!.files.map((f) => f.filename)).toEqual(['goroot/src/strings/s.go']);
    expect(importCandidates('errors', { overrideRoot, goroot, fromGoroot: false }).map((c) => c.dir)).toEqual([
      join(overrideRoot, 'errors'),
      join(goroot, 'src/errors'),
    ]);
  });

  test('the implicit runtime is our override, loaded first', () => {
    const b = load({ dir: 'userok', implicitRuntime: true });
    expect(b.lines).toEqual([]);
    expect(b.prog.packages.map((p) => p.path)).toEqual(['runtime', 'errors', 'strings', 'vendor/golang.org/x/net/dns', 'net', 'main']);
    expect(b.prog.packages[0]!.dir).toBe(join(overrideRoot, 'runtime'));
  });

  test('std packages import golang.org/x/... from GOROOT/src/vendor; user packages do not', () => {
    const { prog, lines } = load({ dir: 'userok' });
    expect(lines).toEqual([]);
    const net = prog.packages.find((p) => p.path === 'net')!;
    expect(net.imports).toEqual(['vendor/golang.org/x/net/dns']);
    expect(net.importMap.get('golang.org/x/net/dns')).toBe('vendor/golang.org/x/net/dns');
    expect(load({ dir: 'userx' }).lines).toEqual([
      `userx/main.go:3:8: cannot find package "golang.org/x/net/dns" in any of:\n` +
        `\t${join(overrideRoot, 'golang.org/x/net/dns')} (from gowasm override)\n` +
        `\t${join(goroot, 'src/golang.org/x/net/dns')} (from $GOROOT)`,
    ]);
  });

  test('an import cycle is an error at the import that closes it', () => {
    const { lines } = load({ importPaths: ['cyca'] });
    expect(lines).toEqual([`goroot/src/cycb/b.go:3:8: import cycle not allowed: cyca imports cycb imports cyca`]);
  });

  test('a missing package is reported at its import, with where it was looked for', () => {
    const { prog, lines } = load({ dir: 'user' });
    expect(lines).toEqual([
      `user/main.go:5:2: cannot find package "no/such/pkg" in any of:\n` +
        `\t${join(overrideRoot, 'no/such/pkg')} (from gowasm override)\n` +
        `\t${join(goroot, 'src/no/such/pkg')} (from $GOROOT)`,
    ]);
    expect(prog.packages.map((p) => p.path)).toEqual(['errors', 'strings', 'main']);
  });

  test('a package without files for wasip1/wasm: an error when named, skipped when from a pattern', () => {
    expect(load({ importPaths: ['linuxonly'] }).lines).toEqual([`gowasm: build constraints exclude all Go files in ${join(goroot, 'src/linuxonly')}`]);
    const diags = new DiagnosticList();
    const prog = loadProgram({ importPaths: ['linuxonly', 'errors'], skipExcludedRoots: true, diags, std: true, goroot, overrideRoot, implicitRuntime: false });
    expect(diags.items).toEqual([]);
    expect(prog.packages.map((p) => p.path)).toEqual(['errors']);
  });

  test('parsed GOROOT and override packages are cached per FileSet', () => {
    const diags = new DiagnosticList();
    const fset = new FileSet();
    const opts = { importPaths: ['strings'], diags, fset, std: true, goroot, overrideRoot, implicitRuntime: false };
    const a = loadProgram(opts);
    const b = loadProgram(opts);
    expect(b.packages[1]!.files[0]).toBe(a.packages[1]!.files[0]);
    expect(loadProgram({ ...opts, fset: new FileSet() }).packages[1]!.files[0]).not.toBe(a.packages[1]!.files[0]);
  });

  test('build keeps std imports off: "not yet supported"', () => {
    const diags = new DiagnosticList();
    const prog = loadProgram({ dir: 'userok', diags, cwd: dir, overrideRoot, goroot });
    expect(diags.items.map((d) => `${prog.fset.format(d.pos)}: ${d.msg}`)).toEqual(['userok/main.go:3:8: import "net" is not yet supported']);
  });

  test('the tags gowasm satisfies', () => {
    for (const t of ['gc', 'purego', 'math_big_pure_go', 'gowasm', 'go1.26']) expect(ctx.tags.has(t)).toBe(true);
    expect(ctx.tags.has('gccgo')).toBe(false);
  });

  test('a missing or unsupported Go toolchain is named once, instead of a "cannot find package" per import', () => {
    write('oldgoroot/VERSION', 'go1.19.2\n');
    write('oldgoroot/src/strings/s.go', 'package strings\n');
    const diags = new DiagnosticList();
    loadProgram({ importPaths: ['strings', 'net'], diags, cwd: dir, std: true, requireMain: false, goroot: join(dir, 'oldgoroot'), overrideRoot, implicitRuntime: false });
    expect(diags.items.map((d) => d.msg)).toEqual([`the Go toolchain in ${join(dir, 'oldgoroot')} is go1.19.2; gowasm supports go1.26`]);
    expect(toolchainProblem(undefined)).toMatch(/^no Go toolchain found: .*set \$GOROOT$/);
    expect(toolchainProblem(goroot)).toBeUndefined();
  });
});
