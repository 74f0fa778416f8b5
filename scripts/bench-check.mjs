#!/usr/bin/env node
// This file implements `npm run bench:check`: the time gowasm takes to
// type-check the whole standard library from source (`gowasm check std`:
// load, parse and check every package of $(go env GOROOT)/src for
// GOOS=wasip1 GOARCH=wasm), side by side with Go's own go/types doing the same
// in the same run: go/types' source importer (parse and check each package
// and its imports from GOROOT/src, the build context set to wasip1/wasm, gc's
// wasm sizes) over the same import paths. Each side reports its best of N
// passes; gowasm's time is that of a whole `gowasm check std` process (Node's
// start and module load included, about 0.2 s), Go's that of the checking
// alone (the Go program, built natively, times itself).
//
// usage: node scripts/bench-check.mjs [--passes N]   (needs dist/: npm run build)

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const passesArg = process.argv.indexOf('--passes');
const passes = passesArg >= 0 ? Math.max(1, Number(process.argv[passesArg + 1]) || 3) : 3;

function die(msg) {
  console.error(`bench:check: ${msg}`);
  process.exit(2);
}

const goroot = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout?.trim();
if (!goroot) die('cannot run `go env GOROOT`: Go is needed for the comparison');
const goVersion = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).stdout.trim();
const { listStdPackages } = await import(pathToFileURL(join(repo, 'dist', 'compiler', 'loader', 'index.js')).href);
const paths = listStdPackages(goroot);

// gowasm: whole `gowasm check std` processes (each starts with empty caches).
const cli = join(repo, 'bin', 'gowasm.js');
let ourBest = Infinity;
for (let p = 0; p < passes; p++) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'check', 'std'], { cwd: tmpdir(), encoding: 'utf8', maxBuffer: 1 << 26 });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) die(`gowasm check std failed (status ${r.status}):\n${(r.stdout + r.stderr).slice(0, 2000)}`);
  ourBest = Math.min(ourBest, s);
}

// go/types with the source importer: each package is checked once (the importer caches what it
// imported), so one pass checks the same set of packages as `gowasm check std`.
const goBench = `package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/build"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

func main() {
	passes, _ := strconv.Atoi(os.Args[1])
	sc := bufio.NewScanner(os.Stdin)
	var paths []string
	for sc.Scan() {
		paths = append(paths, sc.Text())
	}
	best := time.Duration(1 << 62)
	checked, skipped, failed := 0, 0, 0
	var failures []string
	for p := 0; p < passes; p++ {
		runtime.GC()
		checked, skipped, failed = 0, 0, 0
		failures = nil
		t0 := time.Now()
		imp := importer.ForCompiler(token.NewFileSet(), "source", nil).(types.ImporterFrom)
		for _, path := range paths {
			if _, err := imp.ImportFrom(path, build.Default.GOROOT+"/src", 0); err != nil {
				if strings.Contains(err.Error(), "build constraints exclude") || strings.Contains(err.Error(), "no buildable Go source") {
					skipped++
				} else {
					failed++
					failures = append(failures, path+": "+strings.SplitN(err.Error(), "\\n", 2)[0])
				}
				continue
			}
			checked++
		}
		if d := time.Since(t0); d < best {
			best = d
		}
	}
	out, _ := json.Marshal(map[string]any{"seconds": best.Seconds(), "checked": checked, "skipped": skipped, "failed": failed, "failures": failures})
	fmt.Println(string(out))
}
`;
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-bench-check-'));
const goDir = join(tmp, 'gobench');
mkdirSync(goDir);
writeFileSync(join(goDir, 'go.mod'), 'module gowasmbench\n\ngo 1.21\n');
writeFileSync(join(goDir, 'main.go'), goBench);
const b = spawnSync('go', ['build', '-o', 'gobench', '.'], { cwd: goDir, encoding: 'utf8', env: { ...process.env, GOFLAGS: '', GOWORK: 'off' } });
if (b.status !== 0) die(`go build failed:\n${b.stderr}`);
// The build context (go/build.Default: GOOS, GOARCH and the tool tags of that GOARCH, such as the
// absence of goexperiment.regabiargs on wasm) comes from the environment of the checking process.
const g = spawnSync(join(goDir, 'gobench'), [String(passes)], {
  input: paths.join('\n') + '\n',
  encoding: 'utf8',
  maxBuffer: 1 << 24,
  env: { ...process.env, GOOS: 'wasip1', GOARCH: 'wasm', CGO_ENABLED: '0' },
});
rmSync(tmp, { recursive: true, force: true });
if (g.status !== 0) die(`the go/types checker failed:\n${g.stderr}`);
const go = JSON.parse(g.stdout.trim());

const load = loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`packages: ${paths.length} import paths under ${goroot}/src (go/types: ${go.checked} checked, ${go.skipped} excluded by build constraints, ${go.failed} failed${go.failed ? `: ${go.failures.slice(0, 3).join('; ')}` : ''})`);
console.log(`gowasm check std: ${ourBest.toFixed(2)} s (best of ${passes}, whole process, node ${process.version})`);
console.log(`go/types:         ${go.seconds.toFixed(2)} s (best of ${passes}, source importer, ${goVersion})`);
console.log(`ratio: gowasm takes ${(ourBest / go.seconds).toFixed(2)}x go/types' time (load average ${load}, ${cpus().length} CPUs)`);
