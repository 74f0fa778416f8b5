#!/usr/bin/env node
// This file implements `npm run bench:parse`: the parse throughput of gowasm's
// parser (compiler/syntax) over every .go file of $(go env GOROOT)/src, side by
// side with Go's own go/parser on the same files in the same run. Both sides
// read all files into memory first and time only parsing; each reports its
// best of 3 passes. The Go side is a tiny program written to a temp dir and
// run with `go run` (its compile time is not measured: it times itself).
//
// usage: node scripts/bench-parse.mjs [--passes N]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const passesArg = process.argv.indexOf('--passes');
const passes = passesArg >= 0 ? Math.max(1, Number(process.argv[passesArg + 1]) || 3) : 3;
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-bench-parse-'));

function die(msg) {
  console.error(`bench:parse: ${msg}`);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(2);
}

/** every .go file under dir (testdata included, as gofmt walks a tree), sorted */
function walk(dir, out) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && e.name.endsWith('.go')) out.push(p);
  }
  return out;
}

/** compile compiler/syntax alone (tsc on its entry file), so that the benchmark does not depend
 * on the rest of the tree building; returns the URL of its index.js */
function buildParser() {
  const out = join(tmp, 'syntax');
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '--outDir', out, '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--rootDir', join(repo, 'compiler', 'syntax'),
    join(repo, 'compiler', 'syntax', 'index.ts')], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) die(`cannot compile compiler/syntax:\n${r.stdout}${r.stderr}`);
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return pathToFileURL(join(out, 'index.js')).href;
}

// go/parser with the mode the syntax conformance check uses: comments kept, no object resolution
// (gowasm's parser keeps directives and resolves nothing either).
const goBench = `package main

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"runtime"
	"strconv"
	"time"
)

func main() {
	passes, _ := strconv.Atoi(os.Args[1])
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var files []string
	for sc.Scan() {
		files = append(files, sc.Text())
	}
	srcs := make([][]byte, len(files))
	total := 0
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		srcs[i] = b
		total += len(b)
	}
	best := time.Duration(1 << 62)
	rejected := 0
	for p := 0; p < passes; p++ {
		runtime.GC()
		rejected = 0
		t0 := time.Now()
		for i, f := range files {
			if _, err := parser.ParseFile(token.NewFileSet(), f, srcs[i], parser.SkipObjectResolution|parser.ParseComments); err != nil {
				rejected++
			}
		}
		if d := time.Since(t0); d < best {
			best = d
		}
	}
	fmt.Printf("{\\"seconds\\": %g, \\"bytes\\": %d, \\"files\\": %d, \\"rejected\\": %d}\\n", best.Seconds(), total, len(files), rejected)
}
`;

const goroot = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' });
if (goroot.status !== 0 || !goroot.stdout.trim()) die('cannot run `go env GOROOT`: Go is needed for the comparison');
const goVersion = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).stdout.trim();
const src = join(goroot.stdout.trim(), 'src');
const files = walk(src, []);

// gowasm's parser.
const { parseFile, FileSet, DiagnosticList } = await import(buildParser());
const srcs = files.map((f) => readFileSync(f));
const bytes = srcs.reduce((n, b) => n + b.length, 0);
let ourBest = Infinity;
let ourRejected = 0;
for (let p = 0; p < passes; p++) {
  globalThis.gc?.();
  ourRejected = 0;
  const t0 = performance.now();
  for (let i = 0; i < files.length; i++) {
    const diags = new DiagnosticList();
    parseFile(new FileSet(), files[i], srcs[i], diags);
    if (diags.length > 0) ourRejected++;
  }
  ourBest = Math.min(ourBest, (performance.now() - t0) / 1000);
}

// go/parser, on the same files.
const goDir = join(tmp, 'gobench');
spawnSync('mkdir', ['-p', goDir]);
writeFileSync(join(goDir, 'go.mod'), 'module gowasmbench\n\ngo 1.21\n');
writeFileSync(join(goDir, 'main.go'), goBench);
const g = spawnSync('go', ['run', '.', String(passes)], {
  cwd: goDir,
  input: files.join('\n') + '\n',
  encoding: 'utf8',
  maxBuffer: 1 << 24,
  env: { ...process.env, GOFLAGS: '', GOWORK: 'off' },
});
rmSync(tmp, { recursive: true, force: true });
if (g.status !== 0) die(`go run failed:\n${g.stderr}`);
const go = JSON.parse(g.stdout.trim());
if (go.files !== files.length || go.bytes !== bytes) die(`go saw ${go.files} files / ${go.bytes} bytes, we ${files.length} / ${bytes}`);

const mb = bytes / 1e6;
const load = loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`files: ${files.length} .go files under ${src} (${mb.toFixed(1)} MB; rejected: gowasm ${ourRejected}, go/parser ${go.rejected})`);
console.log(`gowasm parser:  ${(mb / ourBest).toFixed(1)} MB/s (best of ${passes}: ${ourBest.toFixed(2)} s, node ${process.version})`);
console.log(`go/parser:      ${(mb / go.seconds).toFixed(1)} MB/s (best of ${passes}: ${go.seconds.toFixed(2)} s, ${goVersion})`);
console.log(`ratio: gowasm takes ${(ourBest / go.seconds).toFixed(2)}x go/parser's time (load average ${load}, ${(await import('node:os')).cpus().length} CPUs)`);
