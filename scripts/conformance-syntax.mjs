#!/usr/bin/env node
// This file implements the syntax conformance check: it parses every .go file
// under $(go env GOROOT)/src and $(go env GOROOT)/test with gowasm's parser and
// compares the accept/reject verdict with Go's own go/parser (a small Go
// program run at check time). Where the two disagree, gc itself
// (`go tool compile`) decides: gc's parser checks a few things go/parser
// does not (labels and branches, `...` placement, receivers, ...), and
// go/parser a few that gc leaves to its type checker. It also reports parse
// throughput against go/parser on the same files.
//
// usage: node scripts/conformance-syntax.mjs [--verbose]

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const tmp = mkdtempSync(join(tmpdir(), 'gowasm-conf-'));

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) walk(p, out);
    else if (name.endsWith('.go') && st.isFile()) out.push(p);
  }
  return out;
}

/** compile compiler/syntax alone (tsc on its entry file, ignoring tsconfig) into tmp/syntax */
function buildParser() {
  const out = join(tmp, 'syntax');
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '--outDir', out, '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--rootDir', join(repo, 'compiler', 'syntax'),
    join(repo, 'compiler', 'syntax', 'index.ts')], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) console.error(r.stdout, r.stderr);
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return join(out, 'index.js');
}

const goOracle = `package main

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"time"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var files []string
	for sc.Scan() {
		files = append(files, sc.Text())
	}
	srcs := make([][]byte, len(files))
	for i, f := range files {
		srcs[i], _ = os.ReadFile(f)
	}
	verdict := make([]bool, len(files))
	t0 := time.Now()
	for i, f := range files {
		_, err := parser.ParseFile(token.NewFileSet(), f, srcs[i], parser.SkipObjectResolution|parser.ParseComments)
		verdict[i] = err == nil
	}
	d := time.Since(t0)
	for i, f := range files {
		if verdict[i] {
			fmt.Println("OK", f)
		} else {
			fmt.Println("ERR", f)
		}
	}
	fmt.Println("TIME", d.Seconds())
}
`;

function runGoOracle(files) {
  const dir = join(tmp, 'oracle');
  execFileSync('mkdir', ['-p', dir]);
  writeFileSync(join(dir, 'main.go'), goOracle);
  writeFileSync(join(dir, 'go.mod'), 'module oracle\n\ngo 1.22\n');
  execFileSync('go', ['build', '-o', join(dir, 'oracle'), '.'], { cwd: dir });
  const out = execFileSync(join(dir, 'oracle'), { input: files.join('\n'), maxBuffer: 1 << 28, encoding: 'utf8' });
  const verdict = new Map();
  let seconds = 0;
  for (const line of out.split('\n')) {
    if (line.startsWith('TIME ')) seconds = Number(line.slice(5));
    else if (line) verdict.set(line.slice(line.indexOf(' ') + 1), line.startsWith('OK'));
  }
  return { verdict, seconds };
}

/** gcSyntaxErrors returns gc's diagnostics for one file (gc stops after its parser when that fails). */
function gcOutput(file) {
  const r = spawnSync('go', ['tool', 'compile', '-e', '-p', 'p', '-o', join(tmp, 'x.o'), basename(file)], { cwd: dirname(file), encoding: 'utf8' });
  return (r.stdout + r.stderr).split('\n').filter(Boolean);
}

async function main() {
  const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  const files = [...walk(join(goroot, 'src'), []), ...walk(join(goroot, 'test'), [])];
  const { parseFile, FileSet, DiagnosticList } = await import(pathToFileURL(buildParser()).href);
  const srcs = files.map((f) => new Uint8Array(readFileSync(f)));
  const bytes = srcs.reduce((n, s) => n + s.length, 0);

  const ours = new Map();
  const t0 = performance.now();
  for (let i = 0; i < files.length; i++) {
    const fset = new FileSet();
    const diags = new DiagnosticList();
    try {
      parseFile(fset, basename(files[i]), srcs[i], diags);
      ours.set(files[i], { ok: diags.length === 0, errs: diags.format(fset, 1000).split('\n').filter(Boolean) });
    } catch (e) {
      ours.set(files[i], { ok: false, errs: [`CRASH ${e && e.stack}`] });
    }
  }
  const ourSeconds = (performance.now() - t0) / 1000;
  // a second, warm pass (the first one includes JIT compilation of the parser)
  const t1 = performance.now();
  for (let i = 0; i < files.length; i++) {
    try {
      parseFile(new FileSet(), basename(files[i]), srcs[i], new DiagnosticList());
    } catch {
      // reported above
    }
  }
  const warmSeconds = (performance.now() - t1) / 1000;
  const go = runGoOracle(files);

  let agreeGoParser = 0;
  let agreeGc = 0;
  const disagree = [];
  for (const f of files) {
    const o = ours.get(f);
    if (o.ok === go.verdict.get(f)) {
      agreeGoParser++;
      continue;
    }
    // go/parser and we differ: ask gc. gc only type-checks files its parser accepts,
    // so when we reject, gc must print exactly our errors (and reject too).
    const gc = gcOutput(f);
    const gcSyntax = gc.filter((l) => o.errs.includes(l));
    const confirmed = o.ok ? !gc.some((l) => /syntax error/.test(l)) : gcSyntax.length === o.errs.length;
    if (confirmed) {
      agreeGc++;
      if (verbose) console.log(`gc agrees with us (go/parser ${go.verdict.get(f) ? 'accepts' : 'rejects'}): ${f}`);
    } else disagree.push({ f, o, gc });
  }
  for (const { f, o, gc } of disagree) {
    console.log(`DISAGREE ${f}: ours ${o.ok ? 'accept' : 'reject'}`);
    const gcSet = new Set(gc);
    const ourSet = new Set(o.errs);
    for (const l of o.errs.filter((x) => !gcSet.has(x)).slice(0, 5)) console.log(`  only ours: ${l}`);
    for (const l of gc.filter((x) => !ourSet.has(x)).slice(0, 5)) console.log(`  only gc:   ${l}`);
  }
  const mb = bytes / 1e6;
  console.log(`throughput: gowasm ${(mb / ourSeconds).toFixed(1)} MB/s cold, ${(mb / warmSeconds).toFixed(1)} MB/s warm; go/parser ${(mb / go.seconds).toFixed(1)} MB/s (${mb.toFixed(1)} MB, ${files.length} files; time ratio ${(ourSeconds / go.seconds).toFixed(2)}x cold, ${(warmSeconds / go.seconds).toFixed(2)}x warm)`);
  console.log(`agree with go/parser: ${agreeGoParser}; where go/parser and gc differ, agree with gc: ${agreeGc}`);
  console.log(`syntax: ${agreeGoParser + agreeGc}/${files.length} files agree`);
  rmSync(tmp, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
});
