// This file defines source positions: a Pos is one number (file base + byte
// offset) into a FileSet, as go/token does, so every AST node carries a cheap,
// sortable position. Columns are 1-based UTF-8 byte columns, as gc prints them.
// A file may also carry line directives (linedirective.ts): `position` stays
// physical (sorting), `adjustedPosition` applies them (diagnostics through
// `format`, and call stacks, as gc reports both).

/** Pos is a position in a FileSet: file base + byte offset. 0 means "no position". */
export type Pos = number;
export const NoPos: Pos = 0;

/** Position is a resolved Pos. */
export interface Position {
  readonly filename: string;
  readonly line: number; // 1-based
  readonly column: number; // 1-based, in UTF-8 bytes
}

/** LineInfo is a line directive's effect: from byte offset `offset` on, physical line `anchorLine`
 * (column `anchorCol` on it) is line `line` (column `column`, 0 when unknown) of `filename`. */
export interface LineInfo {
  readonly offset: number;
  readonly anchorLine: number;
  readonly anchorCol: number;
  readonly filename: string;
  readonly line: number;
  readonly column: number;
}

/** SourceFile is one file of a FileSet: its name, its base and its line starts. */
export class SourceFile {
  /** Byte offsets at which each line starts; lines[0] === 0. */
  readonly lines: number[] = [0];
  /** Line directives in offset order (the scanner adds them). */
  readonly lineInfos: LineInfo[] = [];
  constructor(
    readonly name: string,
    readonly base: number,
    readonly size: number,
  ) {}

  /** pos returns the Pos of a byte offset in this file. */
  pos(offset: number): Pos {
    return this.base + offset;
  }

  /** addLine records that a line starts at the given byte offset (called by the scanner, in order). */
  addLine(offset: number): void {
    const last = this.lines[this.lines.length - 1]!;
    if (offset > last) this.lines.push(offset);
  }

  /** addLineInfo records a line directive (called by the scanner, in order). */
  addLineInfo(info: LineInfo): void {
    this.lineInfos.push(info);
  }

  /** adjustedPosition resolves a byte offset with the line directives before it applied. */
  adjustedPosition(offset: number): Position {
    const p = this.position(offset);
    const infos = this.lineInfos;
    let lo = 0;
    let hi = infos.length; // the first directive after offset
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (infos[mid]!.offset <= offset) lo = mid + 1;
      else hi = mid;
    }
    const d = infos[lo - 1];
    if (!d) return p;
    const column = d.column === 0 ? 0 : p.line === d.anchorLine ? d.column + p.column - d.anchorCol : p.column;
    return { filename: d.filename, line: d.line + p.line - d.anchorLine, column };
  }

  /** position resolves a byte offset of this file. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { filename: this.name, line: lo + 1, column: offset - this.lines[lo]! + 1 };
  }
}

/** FileSet assigns each file a disjoint range of Pos values. */
export class FileSet {
  private base = 1;
  readonly files: SourceFile[] = [];

  addFile(name: string, size: number): SourceFile {
    const f = new SourceFile(name, this.base, size);
    this.base += size + 1; // +1 so that the EOF position of a file is still inside it
    this.files.push(f);
    return f;
  }

  /** file returns the file that holds pos, or undefined. */
  file(pos: Pos): SourceFile | undefined {
    let lo = 0;
    let hi = this.files.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = this.files[mid]!;
      if (pos < f.base) hi = mid - 1;
      else if (pos > f.base + f.size) lo = mid + 1;
      else return f;
    }
    return undefined;
  }

  position(pos: Pos): Position {
    const f = this.file(pos);
    if (!f) return { filename: '', line: 0, column: 0 };
    return f.position(pos - f.base);
  }

  /** adjustedPosition resolves pos with its file's line directives applied. */
  adjustedPosition(pos: Pos): Position {
    const f = this.file(pos);
    if (!f) return { filename: '', line: 0, column: 0 };
    return f.adjustedPosition(pos - f.base);
  }

  /** format prints pos as gc prints positions in diagnostics: "file:line:col" after the
   * file's line directives ("file:line" when a directive gave no column), "-" when unknown. */
  format(pos: Pos): string {
    const f = this.file(pos);
    if (!f) return '-';
    const p = f.adjustedPosition(pos - f.base);
    return p.column === 0 ? `${p.filename}:${p.line}` : `${p.filename}:${p.line}:${p.column}`;
  }
}
