// This file defines Diagnostic, the error record every stage reports with, and
// the DiagnosticList sink. Stages report and continue; the driver prints the
// list as `go build` does (file:line:col: msg) and exits with status 2.

import type { FileSet, Pos } from './pos.js';

export interface Diagnostic {
  readonly pos: Pos;
  readonly msg: string;
  /** soft errors (e.g. "declared and not used") do not stop later checks. */
  readonly soft?: boolean;
}

/** DiagnosticList collects diagnostics from any stage. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  error(pos: Pos, msg: string, soft = false): void {
    this.items.push({ pos, msg, soft });
  }

  get length(): number {
    return this.items.length;
  }

  /** sorted returns the diagnostics ordered by position, duplicates (same line, same msg) removed. */
  sorted(fset: FileSet): Diagnostic[] {
    const out = [...this.items].sort((a, b) => a.pos - b.pos);
    const seen = new Set<string>();
    return out.filter((d) => {
      const p = fset.position(d.pos);
      const key = `${p.filename}:${p.line}:${d.msg}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** format prints up to `limit` diagnostics as gc does, then "too many errors". */
  format(fset: FileSet, limit = 10): string {
    const ds = this.sorted(fset);
    const lines: string[] = [];
    for (const d of ds.slice(0, limit)) lines.push(`${fset.format(d.pos)}: ${d.msg}`);
    if (ds.length > limit) lines.push(`${fset.format(ds[limit - 1]!.pos)}: too many errors`); // gc reports it at the last printed error
    return lines.map((l) => l + '\n').join('');
  }
}

/** InternalError is thrown only for broken compiler invariants, never for bad input. */
export class InternalError extends Error {
  constructor(
    msg: string,
    readonly pos?: Pos,
  ) {
    super(msg);
    this.name = 'InternalError';
  }
}

/** UnsupportedError reports a Go feature the compiler does not handle yet; the driver prints
 * `file:line:col: <what> is not yet supported` and exits 2. Any stage may throw it. */
export class UnsupportedError extends Error {
  constructor(
    readonly what: string,
    readonly pos: Pos,
  ) {
    super(`${what} is not yet supported`);
    this.name = 'UnsupportedError';
  }
}

export function assert(cond: unknown, msg = 'assertion failed'): asserts cond {
  if (!cond) throw new InternalError(msg);
}

export function assertNever(x: never): never {
  throw new InternalError(`unexpected value: ${JSON.stringify((x as { kind?: string })?.kind ?? x)}`);
}
