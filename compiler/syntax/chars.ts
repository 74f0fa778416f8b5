// This file implements character classification and formatting helpers of
// the scanner: Unicode letters and digits, number literal names and digit
// separator checks, and Go's %q / %#U formatting of runes for messages.

export function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

const letterRe = /^\p{L}$/u;
const digitRe = /^\p{Nd}$/u;

export function isUnicodeLetter(cp: number): boolean {
  return letterRe.test(String.fromCodePoint(cp));
}

export function isUnicodeDigit(cp: number): boolean {
  return digitRe.test(String.fromCodePoint(cp));
}

/** litname names a number literal by its prefix ('x', 'o', '0', 'b' or 0) as gc does. */
export function litname(prefix: number): string {
  switch (prefix) {
    case 0x78:
      return 'hexadecimal literal';
    case 0x6f:
    case 0x30:
      return 'octal literal';
    case 0x62:
      return 'binary literal';
    default:
      return 'decimal literal';
  }
}

/** invalidSep returns the index of the first invalid '_' separator in a number literal, or -1. */
export function invalidSep(x: string): number {
  let x1 = ' '; // prefix char, we only care if it's 'x'
  let d = '.'; // digit, one of '_', '0' (a digit), or '.' (anything else)
  let i = 0;
  // a prefix counts as a digit
  if (x.length >= 2 && x[0] === '0') {
    x1 = x[1]!.toLowerCase();
    if (x1 === 'x' || x1 === 'o' || x1 === 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    const c = x[i]!;
    if (c === '_') {
      if (p !== '0') return i;
      d = '_';
    } else if ((c >= '0' && c <= '9') || (x1 === 'x' && /[a-fA-F]/.test(c))) {
      d = '0';
    } else {
      if (p === '_') return i - 1;
      d = '.';
    }
  }
  if (d === '_') return x.length - 1;
  return -1;
}

/** quoteRune formats an ASCII byte as Go's %q does for a rune. */
export function quoteRune(c: number): string {
  return quoteRuneCp(c);
}

export function quoteRuneCp(cp: number): string {
  switch (cp) {
    case 0x07:
      return "'\\a'";
    case 0x08:
      return "'\\b'";
    case 0x0c:
      return "'\\f'";
    case 0x0a:
      return "'\\n'";
    case 0x0d:
      return "'\\r'";
    case 0x09:
      return "'\\t'";
    case 0x0b:
      return "'\\v'";
    case 0x5c:
      return "'\\\\'";
    case 0x27:
      return "'\\''";
  }
  if (cp < 0x20 || cp === 0x7f) return `'\\x${cp.toString(16).padStart(2, '0')}'`;
  if (cp < 0) return "'\\ufffd'";
  return `'${String.fromCodePoint(cp)}'`;
}

/** fmtU formats a code point as Go's %#U: U+0040 '@'. */
export function fmtU(cp: number): string {
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0) || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return hex;
  if (/^[\p{C}\p{Zl}\p{Zp}]$/u.test(String.fromCodePoint(cp))) return hex;
  return `${hex} '${String.fromCodePoint(cp)}'`;
}
