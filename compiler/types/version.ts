// This file owns the language-version checks: the package's Go version
// (CheckConfig.goVersion, as -lang sets it) and the per-file version a
// `//go:build go1.N` line implies (at least go1.21, as in Go), and the
// "X requires go1.N or later" errors of features newer than the version.
// Without a configured version and a file version, every feature is allowed.

import type { Checker } from './check.js';
import type { Pos } from '../syntax/pos.js';

/** goMinor returns N of a "go1.N" or "go1.N.P" version string, or undefined if it is not one. */
export function goMinor(v: string | undefined): number | undefined {
  const m = v ? /^go1\.(\d+)(\.\d+)?(rc\d+|beta\d+)?$/.exec(v) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * buildConstraintMinor returns the minimum Go minor version a //go:build
 * expression implies: the largest go1.N among the terms that must all hold
 * (top-level `&&` terms); undefined when the expression implies none.
 */
export function buildConstraintMinor(expr: string | undefined): number | undefined {
  if (!expr) return undefined;
  let min: number | undefined;
  const conj = expr.trim();
  if (conj.includes('||') || conj.includes('!')) {
    // A disjunction implies a version only if every branch does; keep it simple:
    // only a single term or a conjunction without negation sets the file version.
    const m = /^\(?\s*go1\.(\d+)\s*\)?$/.exec(conj);
    return m ? Number(m[1]) : undefined;
  }
  for (const t of conj.split('&&')) {
    const m = /^\(?\s*go1\.(\d+)\s*\)?$/.exec(t.trim());
    if (m) min = Math.max(min ?? 0, Number(m[1]));
  }
  return min;
}

/** versionAt returns the language minor version in effect at pos, or undefined (no limit). */
export function versionAt(check: Checker, pos: Pos): number | undefined {
  const file = check.fset.position(pos).filename;
  if (check.fileVersions.has(file)) return check.fileVersions.get(file);
  return goMinor(check.conf.goVersion);
}

/** allowVersion reports whether the feature of go1.minor may be used at pos. */
export function allowVersion(check: Checker, pos: Pos, minor: number): boolean {
  const v = versionAt(check, pos);
  return v === undefined || v >= minor;
}

/** verifyVersion reports "what requires go1.minor or later" at pos when the feature is not allowed; it returns whether it is. */
export function verifyVersion(check: Checker, pos: Pos, minor: number, what: string): boolean {
  if (allowVersion(check, pos, minor)) return true;
  versionError(check, pos, minor, what);
  return false;
}

export function versionError(check: Checker, pos: Pos, minor: number, what: string): void {
  check.error(pos, `${what} requires go1.${minor} or later`);
}

/** fileVersions computes the version of each file whose //go:build line sets one: max(go1.N, go1.21). */
export function computeFileVersions(check: Checker): void {
  for (const f of check.files) {
    const v = buildConstraintMinor(f.buildConstraint);
    if (v !== undefined) check.fileVersions.set(f.filename, Math.max(v, 21));
  }
}
