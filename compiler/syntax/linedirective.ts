// This file reads line directives (`//line file:line[:col]` at the start of a
// line, `/*line file:line[:col]*/` anywhere), which say where the text after
// them comes from (generated code names its source). As `go doc cmd/compile`
// ("Compiler Directives") describes, and gc's behaviour confirms: the text
// after "line " is read from the back; the trailing `:ddd` is the line, or the
// column when it is preceded by a second `:ddd`; the rest is the file name
// (it may hold colons and blanks). No file name: none at all ("") when no
// column is given either, else the file name in force. Lines and columns run
// from 1 to 1<<30; others are reported as gc reports them ("invalid line
// number: 0", at the number). A comment without "line " or without a colon is
// an ordinary comment.

/** A directive read from comment text: the position it gives to the text after it. */
export interface LineDirective {
  /** The file name as written (undefined: none given; the caller applies the rule above). */
  readonly filename: string | undefined;
  readonly line: number;
  /** 0 when not given (columns unknown until the next directive). */
  readonly column: number;
}

/** A bad number in a directive: its offset in the text and gc's message. */
export interface LineDirectiveError {
  readonly at: number;
  readonly msg: string;
}

const maxLineCol = 1 << 30;

/** parseLineDirective reads body, the comment text after "line " (offsets in errors are relative to
 * it); undefined when it is not a line directive (no colon). */
export function parseLineDirective(body: string): LineDirective | LineDirectiveError | undefined {
  const last = body.lastIndexOf(':');
  if (last < 0) return undefined;
  const tail = body.slice(last + 1);
  const prev = body.lastIndexOf(':', last - 1);
  const mid = prev >= 0 ? body.slice(prev + 1, last) : '';
  if (isDigits(tail) && prev >= 0 && isDigits(mid)) {
    // file:line:col
    const line = Number(mid);
    if (line === 0 || line > maxLineCol) return { at: prev + 1, msg: `invalid line number: ${mid}` };
    const column = Number(tail);
    if (column === 0 || column > maxLineCol) return { at: last + 1, msg: `invalid column number: ${tail}` };
    return { filename: prev > 0 ? body.slice(0, prev) : undefined, line, column };
  }
  const line = isDigits(tail) ? Number(tail) : 0;
  if (line === 0 || line > maxLineCol) return { at: last + 1, msg: `invalid line number: ${tail}` };
  return { filename: last > 0 ? body.slice(0, last) : undefined, line, column: 0 };
}

function isDigits(s: string): boolean {
  return s.length > 0 && /^[0-9]+$/.test(s);
}
