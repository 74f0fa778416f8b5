// compiler-snapshot: the compiler a harness run uses. This module owns the
// run's temporary work directory (removed at exit), the snapshot of the
// compiler and runtime taken into it (so that a run sees one consistent
// compiler even while `npm run build` or an edit of runtime/go happens in the
// working tree), the check that the snapshot loads, and the snapshot's hash
// (the key of scripts/std-examples.mjs's module cache).

import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** snapshotCompiler copies liveDist (a dist/ directory), root's runtime/go/ and package.json into
 * work/gowasm (node_modules is linked) and returns the snapshot's dist/. The compiler finds
 * runtime/go next to the package.json above its own files (compiler/loader/paths.ts). */
export function snapshotCompiler(root, liveDist, work) {
  const snap = join(work, 'gowasm');
  mkdirSync(join(snap, 'runtime'), { recursive: true });
  cpSync(liveDist, join(snap, 'dist'), { recursive: true });
  cpSync(join(root, 'runtime', 'go'), join(snap, 'runtime', 'go'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(snap, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(snap, 'node_modules'), 'dir');
  return join(snap, 'dist');
}

/** hashTree hashes the names and contents of the files under dir. */
function hashTree(h, dir, base = dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) hashTree(h, p, base);
    else {
      h.update(relative(base, p));
      h.update('\0');
      h.update(readFileSync(p));
      h.update('\0');
    }
  }
}

/** hashSnapshot hashes a snapshot's dist/ and runtime/go/ (dist is the snapshot's dist/). */
export function hashSnapshot(dist) {
  const h = createHash('sha256');
  hashTree(h, dist);
  hashTree(h, join(dirname(dist), 'runtime', 'go'));
  return h.digest('hex');
}

/** prepareCompiler starts a harness run: it checks that liveDist holds a built compiler, makes the
 * work directory (gowasm-NAME-*, removed at exit), snapshots the compiler into it, sets
 * process.env[distEnv] to the snapshot's dist/ (for the --exec-wasm children) and loads the
 * compiler, the host and the loader from it. It exits with status 2, after a message prefixed
 * with name, when there is no compiler or it does not load. Returns { work, dist, loader }. */
export async function prepareCompiler({ name, root, liveDist, distEnv }) {
  if (!existsSync(join(liveDist, 'compiler', 'index.js'))) {
    console.error(`${name}: ${liveDist}/compiler/index.js is missing: run \`npm run build\` first`);
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), `gowasm-${name}-`));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const dist = snapshotCompiler(root, liveDist, work);
  process.env[distEnv] = dist;
  let loader;
  try {
    await import(pathToFileURL(join(dist, 'compiler', 'index.js')).href);
    await import(pathToFileURL(join(dist, 'runtime', 'host', 'index.js')).href);
    loader = await import(pathToFileURL(join(dist, 'compiler', 'loader', 'index.js')).href);
  } catch (e) {
    console.error(`${name}: the compiler in ${liveDist} does not load (a build in progress?): ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  }
  return { work, dist, loader };
}
