// This file implements the path helpers of the loader: where gowasm's own files
// are (found from import.meta.url, so it works from dist/ and from the sources)
// and how a file name is shown in diagnostics (as the go command shows it).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** packageRoot is the directory holding gowasm's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        const name = (JSON.parse(readFileSync(pj, 'utf8')) as { name?: unknown }).name;
        if (name === 'gowasm') return (root = dir);
      } catch {
        // not ours: keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the gowasm package root');
    dir = up;
  }
}

/** overrideDir is runtime/go/<importPath>: our own Go source of a package (runtime, and std replacements). */
export function overrideDir(importPath: string): string {
  return join(packageRoot(), 'runtime', 'go', ...importPath.split('/'));
}

/** displayPath shows a file as `go build` does: relative to cwd when that is shorter
 * (with a "./" prefix for files directly in cwd), else absolute. */
export function displayPath(file: string, cwd: string): string {
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === '' || rel.length >= abs.length) return abs;
  if (!rel.includes(sep)) return `.${sep}${rel}`;
  return rel;
}

let versionCache: string | undefined;

/** gowasmVersion is the version of this gowasm, from its package.json. */
export function gowasmVersion(): string {
  if (versionCache === undefined) {
    const pj = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    versionCache = typeof pj.version === 'string' ? pj.version : '0.0.0';
  }
  return versionCache;
}
