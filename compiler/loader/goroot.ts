// This file implements finding the Go toolchain whose GOROOT/src supplies the
// standard library: $GOROOT if set, else `go env GOROOT`; and its version (the
// GOROOT/VERSION file, else `go version`). `gowasm env` prints what it finds.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface GoToolchain {
  readonly goroot: string;
  /** e.g. "go1.26.8" */
  readonly version: string;
  /** How GOROOT was found. */
  readonly source: '$GOROOT' | 'go env GOROOT';
}

/** Minor versions of Go whose standard library gowasm targets. */
export const SUPPORTED_GO_MINORS: readonly number[] = [26];

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function goVersionOf(goroot: string): string | undefined {
  const vf = join(goroot, 'VERSION');
  if (existsSync(vf)) {
    const first = readFileSync(vf, 'utf8').split('\n')[0]?.trim();
    if (first && first.startsWith('go')) return first;
  }
  try {
    const out = execFileSync(join(goroot, 'bin', 'go'), ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /\b(go\d+\.\d+(?:\.\d+)?\S*)/.exec(out)?.[1];
  } catch {
    return undefined;
  }
}

let cached: GoToolchain | undefined | null = null;

/** findGoToolchain returns the Go toolchain, or undefined when none is installed. */
export function findGoToolchain(env: NodeJS.ProcessEnv = process.env): GoToolchain | undefined {
  if (cached !== null && env === process.env) return cached;
  let found: GoToolchain | undefined;
  const fromEnv = env.GOROOT;
  if (fromEnv && isDir(join(fromEnv, 'src'))) {
    found = { goroot: fromEnv, version: goVersionOf(fromEnv) ?? 'unknown', source: '$GOROOT' };
  } else {
    try {
      const out = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (out && isDir(out)) found = { goroot: out, version: goVersionOf(out) ?? 'unknown', source: 'go env GOROOT' };
    } catch {
      found = undefined;
    }
  }
  if (env === process.env) cached = found;
  return found;
}

/** goMinor extracts N from "go1.N[.M]". */
export function goMinor(version: string): number | undefined {
  const m = /^go1\.(\d+)/.exec(version);
  return m ? Number(m[1]) : undefined;
}

/** stdPackageDir is where the source of a standard-library package lives (GOROOT/src/<path>). */
export function stdPackageDir(tc: GoToolchain, importPath: string): string {
  return join(tc.goroot, 'src', ...importPath.split('/'));
}

/** listStdPackages lists the import paths of the standard library: the directories of GOROOT/src
 * holding non-test .go files, without cmd/, testdata/, vendor/, names starting with "." or "_",
 * and the documentation-only packages builtin and unsafe (the checker provides unsafe). */
export function listStdPackages(goroot: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    const ents = readdirSync(dir, { withFileTypes: true });
    if (rel && ents.some((e) => e.isFile() && e.name.endsWith('.go') && !e.name.endsWith('_test.go'))) out.push(rel);
    for (const e of ents) {
      if (!e.isDirectory() || e.name === 'testdata' || e.name === 'vendor' || e.name.startsWith('.') || e.name.startsWith('_')) continue;
      if (!rel && (e.name === 'cmd' || e.name === 'builtin' || e.name === 'unsafe')) continue;
      walk(join(dir, e.name), rel ? `${rel}/${e.name}` : e.name);
    }
  };
  walk(join(goroot, 'src'), '');
  return out.sort();
}
