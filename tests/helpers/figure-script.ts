// This file implements the shared part of the tests that run a harness script
// inside `npm test` (tests/conformance.test.ts, tests/std_examples.test.ts):
// spawning `node scripts/SCRIPT ARGS...` from the repository root, with the
// switches that would change the child Node or its output removed from the
// environment, and reading the figure on the last line of its stdout.

import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface FigureRun {
  /** The match of the figure pattern against the last line of stdout. */
  readonly figure: RegExpExecArray;
  /** The script's stdout and stderr, for failure messages. */
  readonly out: string;
}

/** runFigureScript runs scripts/SCRIPT with args and matches figure against the last line of its
 * stdout; it throws `WHAT failed (status S):` and the output when the script does not exit with
 * status 0 or the last line is not the figure. */
export function runFigureScript(script: string, args: readonly string[], figure: RegExp, what: string, timeoutMs: number): FigureRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.GOWASM_DEBUG;
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', script), ...args], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (r.error) throw r.error;
  const out = `${r.stdout}\n${r.stderr}`;
  const last = r.stdout.trimEnd().split('\n').pop() ?? '';
  const m = figure.exec(last);
  if (!m || r.status !== 0) throw new Error(`${what} failed (status ${r.status}):\n${out}`);
  return { figure: m, out };
}
