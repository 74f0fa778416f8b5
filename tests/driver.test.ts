// This file tests compiler/driver: how diagnostics are printed (gc's order,
// limit and "too many errors" line, compared with real `go build`), that the
// pipeline stops after the first failing stage, and the multi-file and
// directory forms of a program.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, formatDiagnostics } from '../compiler/index.js';
import { DiagnosticList } from '../compiler/syntax/diagnostics.js';
import { FileSet, NoPos } from '../compiler/syntax/pos.js';

const tmp = mkdtempSync(join(tmpdir(), 'gowasm-driver-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  const p = join(tmp, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
}

/** What real `go build` prints, without the "# package" header. */
function goBuild(args: string[]): string {
  const r = spawnSync('go', ['build', '-o', join(tmp, 'go-out'), ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, GO111MODULE: 'off' },
  });
  return r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('# '))
    .join('\n');
}

describe('formatDiagnostics', () => {
  const fset = new FileSet();
  const src = 'line1\nline2\nline3\n';
  const f = fset.addFile('./a.go', src.length);
  f.addLine(6);
  f.addLine(12);

  test('sorted by position, duplicates on one line dropped, no-position errors named gowasm', () => {
    const d = new DiagnosticList();
    d.error(f.pos(7), 'second');
    d.error(f.pos(1), 'first');
    d.error(f.pos(8), 'second');
    d.error(NoPos, 'no Go files');
    expect(formatDiagnostics(d, fset)).toBe('gowasm: no Go files\n./a.go:1:2: first\n./a.go:2:2: second\n');
  });

  test('ten errors and more end with "too many errors" at the tenth', () => {
    const d = new DiagnosticList();
    for (let i = 0; i < 12; i++) d.error(f.pos(i), `e${i}`);
    const lines = formatDiagnostics(d, fset).split('\n');
    expect(lines.length).toBe(12); // 10 errors, the "too many" line, the final newline
    expect(lines[9]).toBe('./a.go:2:4: e9');
    expect(lines[10]).toBe('./a.go:2:4: too many errors');
  });
});

describe('compile', () => {
  write('multi/a.go', 'package main\n\nfunc main() {\n\tprintln(helper(2))\n\tvar unused int\n}\n');
  write('multi/b.go', 'package main\n\nfunc helper(x int) int {\n\treturn x + "s"\n}\n');
  write('ok/main.go', 'package main\n\nfunc main() {\n\tprintln(twice(21))\n}\n');
  write('ok/twice.go', 'package main\n\nfunc twice(x int) int { return 2 * x }\n');

  test('errors of several files are printed in file order, as go build prints them', async () => {
    const r = await compile({ inputs: ['multi/a.go', 'multi/b.go'], cwd: tmp });
    expect(r.wasm).toBeUndefined();
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics).toBe(goBuild(['multi/a.go', 'multi/b.go']));
  });

  test('a directory program compiles to a valid module', async () => {
    const r = await compile({ inputs: ['ok'], cwd: tmp, optLevel: 0 });
    expect(r.diagnostics).toBe('');
    expect(r.exitCode).toBe(0);
    expect(WebAssembly.validate(r.wasm! as Uint8Array<ArrayBuffer>)).toBe(true); // a plain (non-shared) buffer
  });

  test('stopAfter ssa returns the program and no module', async () => {
    const r = await compile({ inputs: ['ok/main.go', 'ok/twice.go'], cwd: tmp, stopAfter: 'ssa' });
    expect(r.wasm).toBeUndefined();
    expect(r.program?.byName.has('main.twice')).toBe(true);
  });

  test('no inputs at all is an error, not an exception', async () => {
    const r = await compile({ files: [], cwd: tmp });
    expect(r.exitCode).toBe(2);
    expect(r.diagnostics).toBe('gowasm: no Go files given\n');
  });
});

describe('GOEXPERIMENT', () => {
  const src = `package main

type E struct{}

//go:nointerface
func (E) Hidden() {}
func (E) Shown()  {}

type W struct{ E }

func main() {
	for _, x := range []any{E{}, &E{}, W{}} {
		_, h := x.(interface{ Hidden() })
		_, s := x.(interface{ Shown() })
		println(h, s)
	}
}
`;
  write('fieldtrack/main.go', src);

  /** What real Go prints for the program with GOEXPERIMENT set to exp. */
  function goRun(exp: string): string {
    const r = spawnSync('go', ['run', 'fieldtrack/main.go'], { cwd: tmp, encoding: 'utf8', env: { ...process.env, GO111MODULE: 'off', GOEXPERIMENT: exp } });
    return r.stdout + r.stderr;
  }

  test.each(['fieldtrack', 'nofieldtrack'])('%s: //go:nointerface methods leave (or stay in) method tables as with go', async (exp) => {
    const r = await compile({ inputs: ['fieldtrack/main.go'], cwd: tmp, optLevel: 0, goexperiment: exp });
    expect(r.diagnostics).toBe('');
    const wasm = join(tmp, `${exp}.wasm`);
    writeFileSync(wasm, r.wasm!);
    const run = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'gowasm.js'), 'run', wasm], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe(goRun(exp));
  });
});
