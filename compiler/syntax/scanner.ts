// This file implements the Go scanner: it turns the bytes of one source file
// into tokens (with automatic semicolons), reports lexical errors with gc's
// wording, records line starts and line directives (linedirective.ts) on the
// SourceFile, and collects //go: directives.

import { Token, keywords } from './tokens.js';
import { LiteralScanner } from './scan-literals.js';
import { fmtU, isLetter, isUnicodeDigit, isUnicodeLetter } from './chars.js';
import { parseLineDirective } from './linedirective.js';

export type { ErrorHandler } from './scan-literals.js';

/** A raw //go: or //line comment seen by the scanner. */
export interface RawDirective {
  readonly offset: number;
  readonly text: string; // comment text without the leading "//"
  readonly lineStart: boolean; // the comment is the first thing on its line
}

/** A direct-mapped cache of identifier strings shared by all scanners. */
const internSize = 1 << 16;
const internTable: (string | undefined)[] = new Array<string | undefined>(internSize).fill(undefined);

export class Scanner extends LiteralScanner {
  /** //go: directives seen since the parser last took them. */
  directives: RawDirective[] = [];

  next(): void {
    const s = this.src;
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    this.bad = false;
    for (;;) {
      // skip white space
      const n = this.n;
      let r = this.r;
      let c = r < n ? s[r]! : -1;
      while (c === 0x20 || c === 0x09 || c === 0x0d || (c === 0x0a && !nlsemi)) {
        if (c === 0x0a) this.newline(r + 1);
        c = ++r < n ? s[r]! : -1;
      }
      this.r = r;
      this.offset = r;
      if (c < 0) {
        if (nlsemi) {
          this.tok = Token.Semi;
          this.lit = 'EOF';
          return;
        }
        this.tok = Token.EOF;
        return;
      }
      if (c === 0x0a) {
        this.r++;
        this.newline(this.r);
        this.tok = Token.Semi;
        this.lit = 'newline';
        return;
      }
      if (isLetter(c)) {
        this.ident();
        return;
      }
      if (c >= 0x30 && c <= 0x39) {
        this.number(false);
        return;
      }
      if (c === 0x2f) {
        const c1 = this.r + 1 < this.n ? s[this.r + 1]! : -1;
        if (c1 === 0x2f) {
          this.lineComment();
          continue; // the newline (if any) is handled above
        }
        if (c1 === 0x2a) {
          const hadNewline = this.fullComment();
          if (hadNewline && nlsemi) {
            this.tok = Token.Semi;
            this.lit = 'newline';
            return;
          }
          continue;
        }
      }
      if (c >= 0x80) {
        if (this.unicodeStart(c)) return;
        continue;
      }
      if (this.punct(c, nlsemi)) return;
    }
  }

  /** unicodeStart handles a non-ASCII byte at the start of a token; true when a token was produced. */
  private unicodeStart(c: number): boolean {
    const [cp, size] = this.decodeRune(this.r);
    if (cp === 0xfeff) {
      this.errh(this.r, 'invalid BOM in the middle of the file');
      this.r += size;
      return false;
    }
    // any other non-ASCII character starts an identifier (reported by ident unless a letter)
    void c;
    this.ident();
    return true;
  }

  /** checkText reports NUL bytes, invalid UTF-8 and BOMs in [start, end) (comments). */
  private checkText(start: number, end: number): void {
    const s = this.src;
    for (let i = start; i < end; ) {
      const c = s[i]!;
      if (c === 0) this.errh(i, 'invalid NUL character');
      if (c < 0x80) {
        i++;
        continue;
      }
      const [cp, size] = this.decodeRune(i);
      if (cp < 0) this.errh(i, 'invalid UTF-8 encoding');
      else if (cp === 0xfeff) this.errh(i, 'invalid BOM in the middle of the file');
      i += size;
    }
  }

  private ident(): void {
    const s = this.src;
    const n = this.n;
    const start = this.r;
    let i = start;
    let h = 0x811c9dc5;
    let c = 0;
    while (i < n) {
      c = s[i]!;
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || (c >= 0x30 && c <= 0x39)) {
        h = Math.imul(h ^ c, 0x01000193);
        i++;
        continue;
      }
      break;
    }
    if (i < n && c >= 0x80) {
      this.r = start;
      this.identSlow(start);
      return;
    }
    this.r = i;
    const lit = this.intern(start, i, h);
    const first = s[start]!;
    if (first >= 0x61 && first <= 0x7a && i - start >= 2 && i - start <= 11) {
      const kw = keywords.get(lit);
      if (kw !== undefined) {
        this.tok = kw;
        this.lit = lit;
        this.nlsemi = kw === Token.Break || kw === Token.Continue || kw === Token.Fallthrough || kw === Token.Return;
        return;
      }
    }
    this.tok = Token.Name;
    this.lit = lit;
    this.nlsemi = true;
  }

  /** identSlow scans an identifier with non-ASCII characters (reporting invalid ones). */
  private identSlow(start: number): void {
    const s = this.src;
    let ascii = true;
    for (;;) {
      const c = this.r < this.n ? s[this.r]! : -1;
      if (isLetter(c) || (c >= 0x30 && c <= 0x39)) {
        this.r++;
        continue;
      }
      if (c >= 0x80) {
        let [cp, size] = this.decodeRune(this.r);
        ascii = false;
        if (cp === 0xfeff) {
          this.errh(this.r, 'invalid BOM in the middle of the file');
        } else if (cp >= 0 && isUnicodeLetter(cp)) {
          // ok
        } else if (cp >= 0 && isUnicodeDigit(cp)) {
          if (this.r === start) this.errh(this.r, `identifier cannot begin with digit ${fmtU(cp)}`);
        } else {
          if (cp < 0) {
            this.errh(this.r, 'invalid UTF-8 encoding');
            cp = 0xfffd;
          }
          this.errh(this.r, `invalid character ${fmtU(cp)} in identifier`);
        }
        this.r += size;
        continue;
      }
      break;
    }
    const lit = this.text(start, this.r);
    void ascii;
    if (this.r - start >= 2 && this.r - start <= 11) {
      const kw = keywords.get(lit);
      if (kw !== undefined) {
        this.tok = kw;
        this.lit = lit;
        this.nlsemi = kw === Token.Break || kw === Token.Continue || kw === Token.Fallthrough || kw === Token.Return;
        return;
      }
    }
    this.tok = Token.Name;
    this.lit = lit;
    this.nlsemi = true;
  }

  /** intern returns the ASCII identifier in [start, end), reusing the string of an earlier
   * occurrence (identifiers repeat a lot; this avoids allocating one string per occurrence). */
  private intern(start: number, end: number, h: number): string {
    const s = this.src;
    const slot = (h >>> 0) & (internSize - 1);
    const cached = internTable[slot];
    if (cached !== undefined && cached.length === end - start) {
      let same = true;
      for (let i = 0; i < cached.length; i++) {
        if (cached.charCodeAt(i) !== s[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return cached;
    }
    let out = '';
    for (let i = start; i < end; i++) out += String.fromCharCode(s[i]!);
    internTable[slot] = out;
    return out;
  }

  private lineComment(): void {
    const s = this.src;
    const start = this.r;
    let i = this.r + 2;
    const n = this.n;
    let special = false; // NUL or non-ASCII bytes to validate
    for (; i < n; i++) {
      const c = s[i]!;
      if (c === 0x0a) break;
      if (c === 0 || c >= 0x80) special = true;
    }
    this.r = i;
    if (special) this.checkText(start + 2, i);
    // directives: //go:NAME and //line
    if (i - start > 5 && s[start + 2] === 0x67 && s[start + 3] === 0x6f && s[start + 4] === 0x3a) {
      let end = i;
      if (end > start && s[end - 1] === 0x0d) end--;
      this.directives.push({ offset: start, text: this.text(start + 2, end), lineStart: this.onlySpaceBefore(start) });
    }
    // `//line ` in column 1: the next line starts where it says
    if (start === this.lineStartOffset && i < n && this.startsLine(start + 2)) {
      let end = i;
      if (s[end - 1] === 0x0d) end--;
      const line = this.file.position(start).line + 1;
      this.lineDirective(start + 7, end, i + 1, line, 1);
    }
  }

  /** startsLine: the comment text at offset starts with "line ". */
  private startsLine(offset: number): boolean {
    const s = this.src;
    return offset + 5 <= this.n && s[offset] === 0x6c && s[offset + 1] === 0x69 && s[offset + 2] === 0x6e && s[offset + 3] === 0x65 && s[offset + 4] === 0x20;
  }

  /** lineDirective records the directive whose text after "line " is [from, to), in effect from
   * offset `at` (physical line `anchorLine`, gc's: a /*line comment's first line, column
   * `anchorCol`); a bad number is reported, a text without a colon is an ordinary comment. */
  private lineDirective(from: number, to: number, at: number, anchorLine: number, anchorCol: number): void {
    const d = parseLineDirective(this.text(from, to));
    if (d === undefined) return;
    if ('msg' in d) {
      this.errh(from + new TextEncoder().encode(this.text(from, to).slice(0, d.at)).length, d.msg);
      return;
    }
    const infos = this.file.lineInfos;
    const inForce = infos.length > 0 ? infos[infos.length - 1]!.filename : this.file.name;
    const filename = d.filename ?? (d.column === 0 ? '' : inForce);
    this.file.addLineInfo({ offset: at, anchorLine, anchorCol, filename, line: d.line, column: d.column });
  }

  private onlySpaceBefore(offset: number): boolean {
    for (let i = this.lineStartOffset; i < offset; i++) {
      const c = this.src[i];
      if (c !== 0x20 && c !== 0x09) return false;
    }
    return true;
  }

  /** fullComment skips a /* comment; it reports whether the comment contained a newline. */
  private fullComment(): boolean {
    const s = this.src;
    const start = this.r;
    let i = this.r + 2;
    let nl = false;
    for (;;) {
      if (i >= this.n) {
        this.checkText(start + 2, i);
        this.errh(start, 'comment not terminated');
        this.r = i;
        return nl;
      }
      const c = s[i]!;
      if (c === 0x2a && i + 1 < this.n && s[i + 1] === 0x2f) {
        this.r = i + 2;
        this.checkText(start + 2, i);
        if (this.startsLine(start + 2) && i >= start + 7) {
          const after = this.file.position(i + 2);
          this.lineDirective(start + 7, i, i + 2, this.file.position(start).line, after.column);
        }
        return nl;
      }
      if (c === 0x0a) {
        nl = true;
        this.newline(i + 1);
      }
      i++;
    }
  }

  /** punct scans an operator or delimiter (or reports an invalid character); true when a token was produced. */
  private punct(c: number, nlsemi: boolean): boolean {
    const c1 = this.peek(1);
    this.r++;
    switch (c) {
      case 0x22: // "
        this.stdString();
        return true;
      case 0x60: // `
        this.rawString();
        return true;
      case 0x27: // '
        this.rune();
        return true;
      case 0x28:
        this.tok = Token.LParen;
        return true;
      case 0x5b:
        this.tok = Token.LBrack;
        return true;
      case 0x7b:
        this.tok = Token.LBrace;
        return true;
      case 0x2c:
        this.tok = Token.Comma;
        return true;
      case 0x3b:
        this.tok = Token.Semi;
        this.lit = 'semicolon';
        return true;
      case 0x29:
        this.tok = Token.RParen;
        this.nlsemi = true;
        return true;
      case 0x5d:
        this.tok = Token.RBrack;
        this.nlsemi = true;
        return true;
      case 0x7d:
        this.tok = Token.RBrace;
        this.nlsemi = true;
        return true;
      case 0x3a: // :
        if (c1 === 0x3d) {
          this.r++;
          this.tok = Token.Define;
          return true;
        }
        this.tok = Token.Colon;
        return true;
      case 0x2e: // .
        if (c1 >= 0x30 && c1 <= 0x39) {
          this.r--;
          this.number(true);
          return true;
        }
        if (c1 === 0x2e && this.peek(1) === 0x2e) {
          this.r += 2;
          this.tok = Token.Ellipsis;
          return true;
        }
        this.tok = Token.Dot;
        return true;
      case 0x2b: // +
        if (c1 === 0x2b) {
          this.r++;
          this.tok = Token.Inc;
          this.nlsemi = true;
          return true;
        }
        return this.opOrAssign(Token.Add, c1);
      case 0x2d: // -
        if (c1 === 0x2d) {
          this.r++;
          this.tok = Token.Dec;
          this.nlsemi = true;
          return true;
        }
        return this.opOrAssign(Token.Sub, c1);
      case 0x2a:
        return this.opOrAssign(Token.Mul, c1);
      case 0x2f:
        return this.opOrAssign(Token.Quo, c1);
      case 0x25:
        return this.opOrAssign(Token.Rem, c1);
      case 0x26: // &
        if (c1 === 0x26) {
          this.r++;
          this.tok = Token.LAnd;
          return true;
        }
        if (c1 === 0x5e) {
          this.r++;
          return this.opOrAssign(Token.AndNot, this.peek(0));
        }
        return this.opOrAssign(Token.And, c1);
      case 0x7c: // |
        if (c1 === 0x7c) {
          this.r++;
          this.tok = Token.LOr;
          return true;
        }
        return this.opOrAssign(Token.Or, c1);
      case 0x5e:
        return this.opOrAssign(Token.Xor, c1);
      case 0x3c: // <
        if (c1 === 0x3d) {
          this.r++;
          this.tok = Token.Leq;
          return true;
        }
        if (c1 === 0x3c) {
          this.r++;
          return this.opOrAssign(Token.Shl, this.peek(0));
        }
        if (c1 === 0x2d) {
          this.r++;
          this.tok = Token.Arrow;
          return true;
        }
        this.tok = Token.Lss;
        return true;
      case 0x3e: // >
        if (c1 === 0x3d) {
          this.r++;
          this.tok = Token.Geq;
          return true;
        }
        if (c1 === 0x3e) {
          this.r++;
          return this.opOrAssign(Token.Shr, this.peek(0));
        }
        this.tok = Token.Gtr;
        return true;
      case 0x3d: // =
        if (c1 === 0x3d) {
          this.r++;
          this.tok = Token.Eql;
          return true;
        }
        this.tok = Token.Assign;
        return true;
      case 0x21: // !
        if (c1 === 0x3d) {
          this.r++;
          this.tok = Token.Neq;
          return true;
        }
        this.tok = Token.Not;
        return true;
      case 0x7e:
        this.tok = Token.Tilde;
        return true;
      default:
        if (c === 0) this.errh(this.r - 1, 'invalid NUL character');
        else this.errh(this.r - 1, `invalid character ${fmtU(c)}`);
        this.nlsemi = nlsemi;
        return false;
    }
  }

  /** opOrAssign finishes a binary operator, turning it into op= when followed by '='. */
  private opOrAssign(op: Token, next: number): boolean {
    if (next === 0x3d) {
      this.r++;
      this.tok = Token.AssignOp;
      this.op = op;
      return true;
    }
    this.tok = op;
    return true;
  }
}
