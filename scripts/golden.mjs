#!/usr/bin/env node
// This file implements `npm run golden`: it writes the expected outputs of the
// golden programs under testdata/ by running REAL Go (never by hand).
//
//   node scripts/golden.mjs [testdata/area | testdata/area/NAME.go ...]
//
// A program is testdata/AREA/NAME.go, or a directory testdata/AREA/NAME/ whose
// .go files form one package main (built as `go build ./testdata/AREA/NAME`);
// its expected files are testdata/AREA/NAME.out/.err/.exit in both cases.
//
// For every program outside testdata/errors it runs
// `go build -o TMP NAME.go && TMP` (not `go run`, whose own "exit status N"
// line would pollute stderr) and writes NAME.out (stdout), NAME.err (stderr)
// and NAME.exit (the exit status, only when non-zero; a stale one is removed).
//
// For testdata/errors/NAME.go it runs `go build` and writes its diagnostics to
// NAME.err without the "# command-line-arguments" header. The build runs from
// the repository root with the path `testdata/errors/NAME.go`, exactly as the
// golden test hands the file to gowasm, so both print the same file names.
// NAME.exit is 2: gowasm's status for compile errors is 2 by design (issue 2),
// while `go build` itself exits 1.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const testdata = join(root, 'testdata');
const COMPILE_ERROR_EXIT = 2; // gowasm's compile-error status (go build uses 1)

/** programsIn lists the programs of an area: NAME.go files and NAME/ directories. */
function programsIn(area, out) {
  for (const name of readdirSync(area).sort()) {
    const p = join(area, name);
    if (statSync(p).isDirectory() || name.endsWith('.go')) out.push(p);
  }
  return out;
}

function selected() {
  const args = process.argv.slice(2);
  const out = [];
  if (args.length === 0) {
    for (const area of readdirSync(testdata).sort()) {
      if (statSync(join(testdata, area)).isDirectory()) programsIn(join(testdata, area), out);
    }
    return out;
  }
  for (const a of args) {
    const p = resolve(a);
    if (statSync(p).isDirectory() && dirname(p) === testdata) programsIn(p, out);
    else out.push(p); // a NAME.go file or a NAME/ program directory
  }
  return out;
}

function writeOrRemove(file, content, keep) {
  if (keep) writeFileSync(file, content);
  else if (existsSync(file)) unlinkSync(file);
}

const tmp = mkdtempSync(join(tmpdir(), 'gowasm-golden-'));
// Native Go, not a cross build: the programs only print, so linux/amd64 output is the reference.
const env = { ...process.env, GOOS: '', GOARCH: '', GOFLAGS: '', GO111MODULE: 'off', CGO_ENABLED: '0' };
let failures = 0;
try {
  for (const file of selected()) {
    const rel = relative(root, file);
    const isDirProgram = !file.endsWith('.go');
    const base = isDirProgram ? file : file.slice(0, -'.go'.length);
    const isErrorCase = rel.split('/').includes('errors');
    const exe = join(tmp, 'prog');
    const target = isDirProgram ? `./${rel}` : rel;
    const build = spawnSync('go', ['build', '-o', exe, target], { cwd: root, env, encoding: 'utf8' });
    if (isErrorCase) {
      if (build.status === 0) {
        console.error(`${rel}: expected a compile error, but go build succeeded`);
        failures++;
        continue;
      }
      const diags = build.stderr
        .split('\n')
        .filter((l) => !l.startsWith('# '))
        .join('\n');
      writeFileSync(`${base}.out`, '');
      writeFileSync(`${base}.err`, diags);
      writeFileSync(`${base}.exit`, `${COMPILE_ERROR_EXIT}\n`);
      console.log(`${rel}: compile error (${diags.split('\n').filter(Boolean).length} lines)`);
      continue;
    }
    if (build.status !== 0) {
      console.error(`${rel}: go build failed:\n${build.stderr}`);
      failures++;
      continue;
    }
    const run = spawnSync(exe, [], { cwd: isDirProgram ? file : dirname(file), env: process.env, encoding: 'buffer', timeout: 60_000 });
    if (run.error) {
      console.error(`${rel}: could not run: ${run.error.message}`);
      failures++;
      continue;
    }
    const status = run.status ?? 128;
    writeFileSync(`${base}.out`, run.stdout);
    writeFileSync(`${base}.err`, run.stderr);
    writeOrRemove(`${base}.exit`, `${status}\n`, status !== 0);
    console.log(`${rel}: exit ${status}`);
    rmSync(exe, { force: true });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`${failures} program(s) failed`);
  process.exit(1);
}
