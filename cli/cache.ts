// This file implements the build cache of `gowasm run` and `gowasm build`: compiled modules are
// stored in $GOWASM_CACHE (default ~/.cache/gowasm, or $XDG_CACHE_HOME/gowasm)
// under a SHA-256 key of the compiler build, the optimisation level and the
// contents of every source file the build reads (the program's and runtime/go's;
// the std from GOROOT is represented by GOROOT's path and version).

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findGoToolchain, gowasmVersion, packageRoot } from '../compiler/loader/index.js';

/** cacheDir is where compiled modules are kept. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GOWASM_CACHE) return resolve(env.GOWASM_CACHE);
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'gowasm');
}

function walkFiles(dir: string, out: string[], keep: (name: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walkFiles(p, out, keep);
    else if (keep(name)) out.push(p);
  }
}

let fingerprint: string | undefined;

/** compilerFingerprint identifies this build of the compiler: its version and the size and
 * modification time of each of its code files, so a rebuilt compiler never reuses stale modules. */
function compilerFingerprint(): string {
  if (fingerprint) return fingerprint;
  const h = createHash('sha256');
  h.update(gowasmVersion());
  const compilerDir = fileURLToPath(new URL('../compiler/', import.meta.url));
  const files: string[] = [];
  walkFiles(compilerDir, files, (n) => n.endsWith('.js') || n.endsWith('.ts'));
  for (const f of files) {
    const st = statSync(f);
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\0`);
  }
  return (fingerprint = h.digest('hex'));
}

/** cacheKey hashes everything a build depends on. `inputs` are the program's files, or its directory. */
export function cacheKey(inputs: { files?: readonly string[]; dir?: string }, optFlag: string, cwd = process.cwd()): string {
  const h = createHash('sha256');
  h.update(compilerFingerprint());
  h.update(`\0${optFlag}\0`);
  const sources: string[] = [];
  if (inputs.dir !== undefined) walkFiles(resolve(cwd, inputs.dir), sources, (n) => n.endsWith('.go'));
  for (const f of inputs.files ?? []) sources.push(resolve(cwd, f));
  walkFiles(join(packageRoot(), 'runtime', 'go'), sources, (n) => n.endsWith('.go'));
  for (const f of sources) {
    h.update(`${f}\0`);
    try {
      h.update(readFileSync(f));
    } catch {
      h.update('\0missing\0'); // the compile reports it
    }
  }
  // The std is read from GOROOT: its location and version stand for its sources (a toolchain's
  // GOROOT/src does not change without its VERSION changing).
  const tc = findGoToolchain();
  h.update(`\0${tc?.goroot ?? ''}\0${tc?.version ?? ''}`);
  // Diagnostics show paths relative to cwd, so the same sources from elsewhere are another build.
  h.update(`\0${cwd}`);
  return h.digest('hex').slice(0, 32);
}

/** readCached returns a cached module, if present. */
export function readCached(key: string): Uint8Array | undefined {
  try {
    return readFileSync(join(cacheDir(), `${key}.wasm`));
  } catch {
    return undefined;
  }
}

/** writeCached stores a module (atomically: write then rename). Failures only cost a rebuild. */
export function writeCached(key: string, wasm: Uint8Array): void {
  try {
    const dir = cacheDir();
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, wasm);
    renameSync(tmp, join(dir, `${key}.wasm`));
  } catch {
    // A read-only or full cache directory must not break `gowasm run`.
  }
}
