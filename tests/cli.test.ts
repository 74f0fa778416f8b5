// This file tests the gowasm command as a user runs it (bin/gowasm.js → dist/,
// built by `npm test`'s pretest): version, env, --help, diagnostics compared
// with real `go build`, `build -o`, `run` with arguments and exit statuses,
// and clean errors for missing files and bad flags.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARGC_EXIT_WAT, helloWat, wat2wasm } from './helpers/wat.js';
import { repoRoot } from './helpers/golden.js';

const bin = join(repoRoot, 'bin', 'gowasm.js');
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function gowasm(args: string[], cwd = tmp): Ran {
  const env: NodeJS.ProcessEnv = { ...process.env, GOWASM_CACHE: join(tmp, 'cache') };
  delete env.NODE_OPTIONS; // the command itself must keep node:wasi's warning off the terminal
  delete env.GOWASM_DEBUG;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What real `go build` prints for a file, without its "# package" header lines. */
function goBuildDiagnostics(file: string, cwd: string): string {
  const r = spawnSync('go', ['build', '-o', join(tmp, 'go-out'), file], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GO111MODULE: 'off' },
  });
  expect(r.status).not.toBe(0);
  return r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('# '))
    .join('\n');
}

test('version', () => {
  const r = gowasm(['version']);
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(new RegExp(`^gowasm version ${pkg.version.replace(/\./g, '\\.')} wasip1/wasm`));
});

test('env reports GOROOT, the Go version and the cache directory', () => {
  const goroot = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout.trim();
  const goversion = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).stdout.trim();
  const r = gowasm(['env']);
  expect(r.status).toBe(0);
  const lines = r.stdout.split('\n');
  expect(lines).toContain(`GOROOT=${goroot}`);
  expect(lines).toContain(`GOVERSION=${goversion}`);
  expect(lines).toContain(`GOWASM_CACHE=${join(tmp, 'cache')}`);
  expect(r.stdout).toMatch(/^GOWASM_VERSION=\d+\.\d+\.\d+$/m);
});

test.each([[[]], [['build']], [['run']], [['version']], [['env']], [['ssa']]])('--help %j', (sub) => {
  const r = gowasm([...sub, '--help']);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^Usage: gowasm/);
  expect(r.stderr).toBe('');
});

test('a type error prints go build\'s diagnostic and exits 2, without a stack trace', () => {
  const src = 'package main\n\nfunc main() {\n\tx := 1\n\tvar s string = 2\n\tprintln(s)\n}\n';
  writeFileSync(join(tmp, 'bad.go'), src);
  const want = goBuildDiagnostics('bad.go', tmp);
  const r = gowasm(['build', 'bad.go']);
  expect(r.stderr).toBe(want);
  expect(r.stderr).toMatch(/^\.\/bad\.go:4:2: declared and not used: x$/m);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.status).toBe(2);
});

test('a syntax error too', () => {
  writeFileSync(join(tmp, 'syntax.go'), 'package main\n\nfunc main() {\n\tprintln(1 +)\n}\n');
  const want = goBuildDiagnostics('syntax.go', tmp);
  const r = gowasm(['build', 'syntax.go']);
  expect(r.stderr).toBe(want);
  expect(r.status).toBe(2);
});

test('build -o writes a valid module', () => {
  const out = join(tmp, 'hello.wasm');
  const r = gowasm(['build', '-o', out, join(repoRoot, 'testdata', 'basics', 'hello.go')]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(WebAssembly.validate(readFileSync(out))).toBe(true);
  // a second build of the unchanged program comes from the build cache, with the same bytes
  const out2 = join(tmp, 'hello2.wasm');
  const cached = readdirSync(join(tmp, 'cache')).length;
  expect(gowasm(['build', '-o', out2, join(repoRoot, 'testdata', 'basics', 'hello.go')]).status).toBe(0);
  expect(readFileSync(out2)).toEqual(readFileSync(out));
  expect(readdirSync(join(tmp, 'cache')).length).toBe(cached);
});

test('run compiles and runs a Go program (println goes to stderr)', () => {
  const r = gowasm(['run', 'testdata/basics/hello.go'], repoRoot);
  expect(r).toEqual({ status: 0, stdout: '', stderr: 'Hello, gowasm!\n' });
  // The second run comes from the cache and prints the same.
  expect(gowasm(['run', 'testdata/basics/hello.go'], repoRoot)).toEqual(r);
});

test('run passes arguments after -- and propagates the exit status', async () => {
  writeFileSync(join(tmp, 'argc.wasm'), await wat2wasm(ARGC_EXIT_WAT));
  expect(gowasm(['run', 'argc.wasm', '--', 'a', '-b', 'c']).status).toBe(4);
  expect(gowasm(['run', 'argc.wasm', 'x', 'y']).status).toBe(3);
});

test('run of a module: its output, its status and no ExperimentalWarning', async () => {
  writeFileSync(join(tmp, 'hi.wasm'), await wat2wasm(helloWat('hi there\n', 1, 7)));
  expect(gowasm(['run', 'hi.wasm'])).toEqual({ status: 7, stdout: 'hi there\n', stderr: '' });
});

test('a missing file is a clean error', () => {
  const r = gowasm(['build', 'nosuch.go']);
  expect(r.stderr).toBe('gowasm: open ./nosuch.go: no such file or directory\n');
  expect(r.status).toBe(2);
  const r2 = gowasm(['run', 'nosuch.wasm']);
  expect(r2.stderr).toBe('gowasm: open nosuch.wasm: no such file or directory\n');
  expect(r2.status).toBe(2);
});

test('a bad optimisation level is a usage error', () => {
  const r = gowasm(['build', '-O9', 'x.go']);
  expect(r.stderr).toMatch(/invalid optimisation level -O9/);
  expect(r.status).toBe(2);
});

test("ssa prints package main's SSA form, the whole program with --all, one function with --func, and names a missing one", () => {
  const r = gowasm(['ssa', 'testdata/basics/hello.go', '--func', 'main'], repoRoot);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^func main\.main\(\):$/m);
  expect(r.stdout).toMatch(/println\("Hello, gowasm!"/);
  const main = gowasm(['ssa', 'testdata/basics/hello.go'], repoRoot);
  expect(main.status).toBe(0);
  expect(main.stdout).toMatch(/^package main$/m);
  expect(main.stdout).toMatch(/^func main\.main\(\):$/m);
  expect(main.stdout).not.toMatch(/^package runtime$/m);
  expect(main.stdout).not.toMatch(/^func runtime\./m);
  const all = gowasm(['ssa', '--all', 'testdata/basics/hello.go'], repoRoot);
  expect(all.status).toBe(0);
  expect(all.stdout).toMatch(/^package runtime$/m);
  expect(all.stdout).toMatch(/^func runtime\.printstring\(/m);
  expect(all.stdout).toMatch(/^package main$/m);
  const missing = gowasm(['ssa', 'testdata/basics/hello.go', '--func', 'nosuch'], repoRoot);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/no function nosuch/);
});

test('--gcflags: -d=maymorestack=PKG.FUNC calls the hook in every non-leaf function of main (all=: of the std too); other flags are refused', () => {
  // A hook counting its calls; what go run -gcflags=... prints for this program: "10 false", "10 true".
  writeFileSync(
    join(tmp, 'hook.go'),
    `package main

import (
	"os"
	"strconv"
)

var count int

//go:nosplit
func hook() { count++ }

func leaf(x int) int { return x * 2 }

//go:noinline
func rec(n int) int {
	if n == 0 {
		return 0
	}
	return leaf(n) + rec(n-1)
}

func main() {
	before := count
	rec(9)
	n := count - before
	_ = strconv.Itoa(before)
	after := count
	os.Stdout.WriteString(strconv.Itoa(n) + " " + strconv.FormatBool(after > before+n) + "\\n")
}
`,
  );
  expect(gowasm(['run', '--gcflags=-d=maymorestack=main.hook', 'hook.go'])).toEqual({ status: 0, stdout: '10 false\n', stderr: '' });
  expect(gowasm(['run', '--gcflags', 'all=-d=maymorestack=main.hook', 'hook.go'])).toEqual({ status: 0, stdout: '10 true\n', stderr: '' });
  expect(gowasm(['run', 'hook.go'])).toEqual({ status: 0, stdout: '0 false\n', stderr: '' });
  const missing = gowasm(['build', '--gcflags=-d=maymorestack=main.nohook', 'hook.go']);
  expect(missing).toEqual({ status: 2, stdout: '', stderr: 'gowasm: -d=maymorestack: function main.nohook is not defined\n' });
  const other = gowasm(['build', '--gcflags=-l', 'hook.go']);
  expect(other).toEqual({ status: 2, stdout: '', stderr: 'gowasm: -gcflags: -l is not yet supported\n' });
});

test('the standard library comes from GOROOT: fmt works, a missing package is named', () => {
  expect(gowasm(['run', join(repoRoot, 'examples', 'hello', 'main.go')])).toEqual({ status: 0, stdout: 'Hello, 世界\n', stderr: '' });
  writeFileSync(join(tmp, 'imp.go'), 'package main\n\nimport "no/such/pkg"\n\nfunc main() {\n\tpkg.F()\n}\n');
  const r = gowasm(['run', 'imp.go']);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^\.\/imp\.go:3:8: cannot find package "no\/such\/pkg" in any of:\n/);
});

test('build without operands compiles the current directory, honouring file-name constraints', () => {
  const dir = join(tmp, 'adder');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.go'), 'package main\n\nfunc main() {\n\tprintln("sum", sum(40, 2))\n}\n');
  writeFileSync(join(dir, 'sum_wasip1.go'), 'package main\n\nfunc sum(a, b int) int { return a + b }\n');
  writeFileSync(join(dir, 'sum_linux.go'), 'package main\n\nfunc sum(a, b int) int { return a - b }\n');
  const b = gowasm(['build', '-O0'], dir);
  expect(b).toEqual({ status: 0, stdout: '', stderr: '' });
  expect(gowasm(['run', 'adder.wasm'], dir)).toEqual({ status: 0, stdout: '', stderr: 'sum 42\n' });
  expect(gowasm(['run', 'adder'], tmp)).toEqual({ status: 0, stdout: '', stderr: 'sum 42\n' });
});
