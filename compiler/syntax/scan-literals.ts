// This file implements the scanner's state and its literal scanning: number
// literals in every base (separators, hex floats, imaginary), interpreted and
// raw strings, runes and escape sequences, with gc's lexical error messages.
// Scanner (scanner.ts) extends it with tokens, comments and directives.

import type { LitKind } from './ast.js';
import type { SourceFile } from './pos.js';
import { Token } from './tokens.js';
import { fmtU, invalidSep, litname, quoteRune, quoteRuneCp } from './chars.js';

/** ErrorHandler receives lexical errors: byte offset and message. */
export type ErrorHandler = (offset: number, msg: string) => void;

const decoder = new TextDecoder('utf-8', { fatal: false });

export class LiteralScanner {
  // current token
  tok: Token = Token.EOF;
  offset = 0; // byte offset of the token
  lit = ''; // Name, Literal source text; for Semi: "semicolon", "newline" or "EOF"
  litKind: LitKind = 'INT';
  bad = false; // literal had an error
  op: Token = Token.EOF; // for AssignOp: the binary operator

  protected r = 0; // read offset
  protected nlsemi = false;
  protected lineStartOffset = 0; // offset of the current line's first byte
  protected readonly src: Uint8Array;
  protected readonly n: number;

  constructor(
    src: Uint8Array,
    protected readonly file: SourceFile,
    protected readonly errh: ErrorHandler,
  ) {
    this.src = src;
    this.n = src.length;
    // skip a leading BOM
    if (this.n >= 3 && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) this.r = 3;
  }

  /** text returns the source text between two offsets. */
  text(start: number, end: number): string {
    const s = this.src;
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (s[i]! >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      if (end - start < 64) {
        let out = '';
        for (let i = start; i < end; i++) out += String.fromCharCode(s[i]!);
        return out;
      }
      return decoder.decode(s.subarray(start, end));
    }
    return decoder.decode(s.subarray(start, end));
  }

  /** decodeRune decodes the UTF-8 sequence at i: [codepoint or -1 if invalid, size]. */
  decodeRune(i: number): [number, number] {
    const s = this.src;
    const b0 = s[i]!;
    if (b0 < 0x80) return [b0, 1];
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      need = 1;
      cp = b0 & 0x1f;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      cp = b0 & 0x0f;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      cp = b0 & 0x07;
      min = 0x10000;
    } else return [-1, 1];
    if (i + need >= this.n) return [-1, 1];
    for (let k = 1; k <= need; k++) {
      const b = s[i + k]!;
      if ((b & 0xc0) !== 0x80) return [-1, 1];
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [-1, 1];
    return [cp, need + 1];
  }

  protected newline(afterOffset: number): void {
    this.file.addLine(afterOffset);
    this.lineStartOffset = afterOffset;
  }

  /** peek returns the byte k positions after the read offset, or -1 at EOF. */
  protected peek(k: number): number {
    const i = this.r + k;
    return i < this.n ? this.src[i]! : -1;
  }

  protected setLit(kind: LitKind, start: number): void {
    this.tok = Token.Literal;
    this.litKind = kind;
    this.lit = this.text(start, this.r);
    this.nlsemi = true;
  }

  protected digits(base: number, state: { invalid: number; digsep: number }): void {
    const s = this.src;
    for (;;) {
      const c = this.r < this.n ? s[this.r]! : -1;
      let d: number;
      if (c === 0x5f) {
        state.digsep |= 2;
        this.r++;
        continue;
      }
      if (c >= 0x30 && c <= 0x39) d = c - 0x30;
      else if (base === 16 && ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)) d = (c | 0x20) - 0x61 + 10;
      else break;
      if (d >= base && state.invalid < 0) state.invalid = this.r;
      state.digsep |= 1;
      this.r++;
    }
  }

  number(seenPoint: boolean): void {
    const s = this.src;
    const start = this.r;
    const st = { invalid: -1, digsep: 0 };
    let base = 10;
    let prefix = 0; // 0, 'x', 'o', 'b' or '0'
    let kind: LitKind = 'INT';
    let ok = true;
    if (!seenPoint) {
      if (this.peek(0) === 0x30) {
        this.r++;
        const c = this.peek(0) | 0x20;
        if (c === 0x78) {
          this.r++;
          base = 16;
          prefix = 0x78;
        } else if (c === 0x6f) {
          this.r++;
          base = 8;
          prefix = 0x6f;
        } else if (c === 0x62) {
          this.r++;
          base = 2;
          prefix = 0x62;
        } else {
          base = 8;
          prefix = 0x30;
          st.digsep = 1; // the leading 0
        }
      }
      this.digits(base, st);
      if (this.peek(0) === 0x2e) {
        kind = 'FLOAT';
        if (prefix === 0x6f || prefix === 0x62) {
          this.errh(this.r, `invalid radix point in ${litname(prefix)}`);
          ok = false;
        }
        this.r++;
        seenPoint = true;
      }
    }
    if (seenPoint) {
      kind = 'FLOAT';
      if (s[this.r] === 0x2e) this.r++;
      this.digits(base, st);
    }
    if ((st.digsep & 1) === 0 && ok) {
      this.errh(this.r, `${litname(prefix)} has no digits`);
      ok = false;
    }
    const e = this.peek(0) | 0x20;
    if (e === 0x65 || e === 0x70) {
      if (ok) {
        if (e === 0x65 && prefix !== 0 && prefix !== 0x30) {
          this.errh(this.r, `'${String.fromCharCode(this.peek(0))}' exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 0x70 && prefix !== 0x78) {
          this.errh(this.r, `'${String.fromCharCode(this.peek(0))}' exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.r++;
      kind = 'FLOAT';
      if (this.peek(0) === 0x2b || this.peek(0) === 0x2d) this.r++;
      const est = { invalid: -1, digsep: 0 };
      this.digits(10, est);
      st.digsep |= est.digsep;
      if ((est.digsep & 1) === 0 && ok) {
        this.errh(this.r, 'exponent has no digits');
        ok = false;
      }
    } else if (prefix === 0x78 && kind === 'FLOAT' && ok) {
      this.errh(this.r, "hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }
    if (this.peek(0) === 0x69) {
      kind = 'IMAG';
      this.r++;
    }
    this.setLit(kind, start);
    if (kind === 'INT' && st.invalid >= 0 && ok) {
      this.errh(st.invalid, `invalid digit ${quoteRune(s[st.invalid]!)} in ${litname(prefix)}`);
      ok = false;
    }
    if ((st.digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit);
      if (i >= 0) {
        this.errh(start + i, "'_' must separate successive digits");
        ok = false;
      }
    }
    this.bad = !ok;
  }

  protected stdString(): void {
    const s = this.src;
    const start = this.r - 1;
    let ok = true;
    for (;;) {
      const c = this.r < this.n ? s[this.r]! : -1;
      if (c === 0x22) {
        this.r++;
        break;
      }
      if (c === 0x5c) {
        this.r++;
        if (!this.escape(0x22)) ok = false;
        continue;
      }
      if (c === 0x0a) {
        this.errh(this.r, 'newline in string');
        ok = false;
        break;
      }
      if (c < 0) {
        this.errh(start, 'string not terminated');
        ok = false;
        break;
      }
      if (c === 0) {
        this.errh(this.r, 'invalid NUL character');
        ok = false;
      } else if (c >= 0x80) {
        const [cp, size] = this.decodeRune(this.r);
        if (cp < 0) {
          this.errh(this.r, 'invalid UTF-8 encoding');
          ok = false;
        } else if (cp === 0xfeff) {
          this.errh(this.r, 'invalid BOM in the middle of the file');
          ok = false;
        }
        this.r += size;
        continue;
      }
      this.r++;
    }
    this.setLit('STRING', start);
    this.bad = !ok;
  }

  protected rawString(): void {
    const s = this.src;
    const start = this.r - 1;
    let ok = true;
    for (;;) {
      const c = this.r < this.n ? s[this.r]! : -1;
      if (c === 0x60) {
        this.r++;
        break;
      }
      if (c < 0) {
        this.errh(start, 'string not terminated');
        ok = false;
        break;
      }
      if (c === 0x0a) this.newline(this.r + 1);
      else if (c === 0) {
        this.errh(this.r, 'invalid NUL character');
        ok = false;
      } else if (c >= 0x80) {
        const [cp, size] = this.decodeRune(this.r);
        if (cp < 0) {
          this.errh(this.r, 'invalid UTF-8 encoding');
          ok = false;
        } else if (cp === 0xfeff) {
          this.errh(this.r, 'invalid BOM in the middle of the file');
          ok = false;
        }
        this.r += size;
        continue;
      }
      this.r++;
    }
    this.setLit('STRING', start);
    this.bad = !ok;
  }

  protected rune(): void {
    const s = this.src;
    const start = this.r - 1;
    let ok = true;
    let n = 0;
    for (;; n++) {
      const c = this.r < this.n ? s[this.r]! : -1;
      if (c === 0x27) {
        if (ok) {
          if (n === 0) {
            this.errh(this.r, "empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.errh(start, 'more than one character in rune literal');
            ok = false;
          }
        }
        this.r++;
        break;
      }
      if (c === 0x5c) {
        this.r++;
        if (!this.escape(0x27)) ok = false;
        continue;
      }
      if (c === 0x0a) {
        if (ok) {
          this.errh(this.r, 'newline in rune literal');
          ok = false;
        }
        break;
      }
      if (c < 0) {
        if (ok) {
          this.errh(start, 'rune literal not terminated');
          ok = false;
        }
        break;
      }
      if (c >= 0x80) {
        const [cp, size] = this.decodeRune(this.r);
        if (cp < 0 && ok) {
          this.errh(this.r, 'invalid UTF-8 encoding');
          ok = false;
        }
        this.r += size;
        continue;
      }
      if (c === 0 && ok) {
        this.errh(this.r, 'invalid NUL character');
        ok = false;
      }
      this.r++;
    }
    this.setLit('CHAR', start);
    this.bad = !ok;
  }

  /** escape scans an escape sequence after the backslash; false on error. */
  protected escape(quote: number): boolean {
    const s = this.src;
    const c = this.r < this.n ? s[this.r]! : -1;
    let n = 0;
    let base = 0;
    let max = 0;
    switch (c) {
      case quote: case 0x61: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x76: case 0x5c:
        this.r++;
        return true;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37:
        n = 3;
        base = 8;
        max = 255;
        break;
      case 0x78:
        this.r++;
        n = 2;
        base = 16;
        max = 255;
        break;
      case 0x75:
        this.r++;
        n = 4;
        base = 16;
        max = 0x10ffff;
        break;
      case 0x55:
        this.r++;
        n = 8;
        base = 16;
        max = 0x10ffff;
        break;
      default:
        if (c < 0) return true; // complain in the caller about EOF
        this.errh(this.r, 'unknown escape');
        return false;
    }
    let x = 0;
    for (let i = n; i > 0; i--) {
      const d = this.r < this.n ? s[this.r]! : -1;
      if (d < 0) return true; // complain in the caller about EOF
      let v = 16;
      if (d >= 0x30 && d <= 0x39) v = d - 0x30;
      else if ((d | 0x20) >= 0x61 && (d | 0x20) <= 0x66) v = (d | 0x20) - 0x61 + 10;
      if (v >= base) {
        const kind = base === 8 ? 'octal' : 'hexadecimal';
        const shown = d >= 0x80 ? quoteRuneCp(this.decodeRune(this.r)[0]) : quoteRune(d);
        this.errh(this.r, `invalid character ${shown} in ${kind} escape`);
        return false;
      }
      x = x * base + v;
      this.r++;
    }
    if (x > max && base === 8) {
      this.errh(this.r, `octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.errh(this.r, `escape is invalid Unicode code point ${fmtU(x)}`);
      return false;
    }
    return true;
  }
}
