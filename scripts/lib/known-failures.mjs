// known-failures: the known-failures lists of the harness scripts
// (conformance/known-failures.txt, conformance/std-examples-known-failures.txt):
// reading one (`ID<TAB>reason` lines, `#` comments), writing one (a header,
// then the entries sorted by ID), and the report of a run against one (new
// failures, now-passing and stale entries). What a run merges into a list is
// the script's own rule.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cmpStr } from './report.mjs';

/** readKnown reads a list: Map(ID → reason); empty when the file does not exist. */
export function readKnown(file) {
  const m = new Map();
  if (!existsSync(file)) return m;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [id, ...reason] = line.split('\t');
    m.set(id.trim(), reason.join('\t').trim());
  }
  return m;
}

/** writeKnown writes the entries of m (ID → reason) to file, sorted by ID, after header(n) (the
 * comment lines, n the number of entries); returns n. */
export function writeKnown(file, m, header) {
  const ids = [...m.keys()].sort(cmpStr);
  let out = header(ids.length);
  for (const id of ids) out += `${id}\t${m.get(id)}\n`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, out);
  return ids.length;
}

/** knownReport reports a run against a list (named listRel): newFails ([ID, reason]: failed, not
 * listed), newPasses (IDs listed that passed, with passHint saying what to do), stale (IDs listed
 * that no longer exist, staleWhat saying what was not found). Returns { text, bad }, bad the
 * number of unexpected results. */
export function knownReport({ listRel, newFails, newPasses, stale, passHint, staleWhat }) {
  let text = '';
  if (newFails.length) text += `\nNEW FAILURES (not in ${listRel}):\n${newFails.map(([id, reason]) => `  ${id}\t${reason}\n`).join('')}`;
  if (newPasses.length) text += `\nNOW PASSING (${passHint}):\n${newPasses.map((id) => `  ${id}\n`).join('')}`;
  if (stale.length) text += `\nSTALE entries (${staleWhat}):\n${stale.map((id) => `  ${id}\n`).join('')}`;
  return { text, bad: newFails.length + newPasses.length + stale.length };
}
