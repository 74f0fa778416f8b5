#!/usr/bin/env node
// ssa-std: the report issue 5 asks for — how many standard-library packages
// build to sane SSA (`npm run conformance:ssa`). For every std package of
// $(go env GOROOT)/src (cmd/ excluded; those whose files the wasip1/wasm
// build constraints all exclude are skipped, as `go list` does; `runtime` is
// our override, runtime/go/runtime, as in every build), it compiles a
// generated `package main` importing it (`import _ "PKG"`) through compile()
// with stopAfter 'ssa' (every function of every package is built, not only the
// reachable ones) and debug on (the sanity checker runs on every function).
// A package passes when it type-checks and each of its functions builds and is
// sane. Functions the builder records as unsupported (a construct gowasm does
// not compile yet: channels, go statements...) are counted apart: such a
// package builds, but not completely.
//
// usage: node scripts/ssa-std.mjs [--verbose] [PKG...]
// Last line: `ssa-std: P/N packages build to sane SSA (U of them with unsupported functions)`.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { compile } = await import(pathToFileURL(join(dist, 'compiler', 'driver.js')).href);
const { findGoToolchain, listStdPackages } = await import(pathToFileURL(join(dist, 'compiler', 'loader', 'index.js')).href);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const named = args.filter((a) => !a.startsWith('--'));
const tc = findGoToolchain();
if (!tc) {
  console.error('ssa-std: no Go toolchain found');
  process.exit(2);
}
const pkgs = named.length > 0 ? named : listStdPackages(tc.goroot);
const work = mkdtempSync(join(tmpdir(), 'gowasm-ssa-std-'));
const t0 = Date.now();
let ok = 0;
let withUnsupported = 0;
let run = 0;
const failures = [];
for (const pkg of pkgs) {
  const file = join(work, 'main.go');
  writeFileSync(file, `package main\n\nimport _ ${JSON.stringify(pkg)}\n\nfunc main() {}\n`);
  const r = await compile({ files: [file], cwd: work, stopAfter: 'ssa', debug: true });
  const first = r.diagnostics.split('\n')[0] ?? '';
  if (r.exitCode !== 0 && /build constraints exclude all Go files|use of internal package|is not in std/.test(r.diagnostics)) continue;
  run++;
  if (r.exitCode !== 0) {
    failures.push(`${pkg}: ${first}`);
    continue;
  }
  ok++;
  const unsupported = r.program.functions.filter((f) => f.pkg === pkg && f.unsupported);
  if (unsupported.length > 0) {
    withUnsupported++;
    if (verbose) console.log(`${pkg}: ${unsupported.length} unsupported (${unsupported[0].unsupported.what})`);
  }
}
rmSync(work, { recursive: true, force: true });
if (failures.length) console.log(`failures:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\n${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`ssa-std: ${ok}/${run} packages build to sane SSA (${withUnsupported} of them with unsupported functions)`);
process.exit(failures.length > 0 ? 1 : 0);
