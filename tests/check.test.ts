// This file tests `gowasm check [--syntax-only] PATH...` as a user runs it
// (bin/gowasm.js → dist/, built by `npm test`'s pretest): a clean file, a
// syntax error with gc's message, a type error, directories (recursive with
// --syntax-only, one package each without), the exit statuses and --help;
// std import paths (`check fmt`) and user packages importing the std.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './helpers/golden.js';

const bin = join(repoRoot, 'bin', 'gowasm.js');
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function gowasm(args: string[], cwd = tmp): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.GOWASM_DEBUG;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(rel: string, text: string): void {
  const p = join(tmp, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
}

const SYNTAX_MSG = 'syntax error: unexpected newline in composite literal; possibly missing comma or }';

beforeAll(() => {
  write('ok.go', 'package main\n\nfunc main() {\n\tprintln("hi")\n}\n');
  write('bad.go', 'package main\n\nfunc main() {\n\tx := []int{1, 2\n\t}\n\t_ = x\n}\n');
  write('typ.go', 'package main\n\nfunc main() {\n\tvar s string = 1\n\t_ = s\n}\n');
  // A library package: a type error in a.go; b_linux.go is excluded for wasip1 and has a syntax error.
  write('lib/a.go', 'package lib\n\nfunc F() int { return "x" }\n');
  write('lib/b_linux.go', '//go:build linux\n\npackage lib\n\nfunc G() { x := []int{1, 2\n}}\n');
  write('tree/clean/c.go', 'package clean\n\nfunc C() {}\n');
  write('tree/clean/c_test.go', 'package clean\n\nfunc TestC() {}\n');
  write('tree/deep/er/e_test.go', 'package er\n\nvar v = []int{1, 2\n}\n');
  write('tree/.hidden/h.go', 'package h\n\nfunc (\n');
  write('usesfmt/main.go', 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println(strings.ToUpper("hi"))\n}\n');
  write('fmtbad/main.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar n int = fmt.Sprint(1)\n\t_ = n\n}\n');
  write('nopkg/main.go', 'package main\n\nimport "no/such/pkg"\n\nfunc main() { pkg.F() }\n');
});

test('a clean file prints nothing and exits 0, with and without --syntax-only', () => {
  for (const args of [['check', '--syntax-only', 'ok.go'], ['check', 'ok.go']]) {
    const r = gowasm(args);
    expect({ args, status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ args, status: 0, stdout: '', stderr: '' });
  }
});

test('a syntax error is reported with gc position and message, status 2', () => {
  const r = gowasm(['check', '--syntax-only', 'bad.go']);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`./bad.go:4:17: ${SYNTAX_MSG}\n`);
  // The full check stops at the same syntax error.
  const full = gowasm(['check', 'bad.go']);
  expect(full.status).toBe(2);
  expect(full.stderr).toBe(`./bad.go:4:17: ${SYNTAX_MSG}\n`);
});

test('a type error is reported by check, not by --syntax-only', () => {
  const r = gowasm(['check', 'typ.go']);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe('./typ.go:4:17: cannot use 1 (untyped int constant) as string value in variable declaration\n');
  expect(gowasm(['check', '--syntax-only', 'typ.go']).status).toBe(0);
});

test('--syntax-only walks directories recursively: _test.go and build-excluded files, not dot names', () => {
  const r = gowasm(['check', '--syntax-only', 'tree', 'lib']);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe(
    `tree/deep/er/e_test.go:3:19: ${SYNTAX_MSG}\n` + `lib/b_linux.go:5:27: ${SYNTAX_MSG}\n`,
  );
  expect(gowasm(['check', '--syntax-only', 'tree/clean'])).toMatchObject({ status: 0, stderr: '' });
});

test('a directory is one package: build constraints applied, any package name, one header per package', () => {
  const r = gowasm(['check', 'lib']);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe('lib/a.go:3:23: cannot use "x" (untyped string constant) as int value in return statement\n');
  expect(gowasm(['check', 'tree/clean'])).toMatchObject({ status: 0, stderr: '' });
  const two = gowasm(['check', 'lib', 'tree/clean', 'typ.go']);
  expect(two.status).toBe(2);
  expect(two.stderr).toBe(
    '# lib\nlib/a.go:3:23: cannot use "x" (untyped string constant) as int value in return statement\n' +
      '# command-line-arguments\n./typ.go:4:17: cannot use 1 (untyped int constant) as string value in variable declaration\n',
  );
});

test('a missing path is an error, status 2', () => {
  const r = gowasm(['check', '--syntax-only', 'nope.go']);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe('gowasm: stat nope.go: no such file or directory\n');
});

test('check --help describes the command', () => {
  const r = gowasm(['check', '--help']);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Usage: gowasm check [options] [paths...]');
  expect(r.stdout).toContain('--syntax-only');
});

describe('std packages', () => {
  test('check fmt: the package and its dependencies check clean', () => {
    expect(gowasm(['check', 'fmt'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  test('a user package importing the std is checked fully', () => {
    expect(gowasm(['check', 'usesfmt'])).toMatchObject({ status: 0, stderr: '' });
    const r = gowasm(['check', 'fmtbad']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('fmtbad/main.go:6:14: cannot use fmt.Sprint(1) (value of type string) as int value in variable declaration\n');
  });

  test('a missing package is reported at its import, as the go command words it', () => {
    const r = gowasm(['check', 'nopkg']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^nopkg\/main\.go:3:8: cannot find package "no\/such\/pkg" in any of:\n\t\S+ \(from gowasm override\)\n\t\S+ \(from \$GOROOT\)\n$/);
    const named = gowasm(['check', 'no/such/pkg']);
    expect(named.status).toBe(2);
    expect(named.stderr).toMatch(/^gowasm: cannot find package "no\/such\/pkg" in any of:/);
  });
});
