// This file implements writing the data segments into the emitted binary.
// The module is built with its memory but without segments, because the
// static image is complete only after lowering (function table indices are
// patched into method tables and closure objects then, instead of being
// stored by _start at run time: data.ts). insertDataSection adds a data
// section (id 11) right after the code section, and drops a DataCount
// section (id 12) if binaryen wrote one: it is required only by memory.init
// and data.drop, which gowasm does not emit.

import { InternalError } from '../syntax/diagnostics.js';

export interface Segment {
  readonly offset: number;
  readonly data: Uint8Array;
}

function uleb(n: number, out: number[]): void {
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
}

function sleb(n: number, out: number[]): void {
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return;
    }
    out.push(b | 0x80);
  }
}

/** dataSection encodes active segments of memory 0 as a data section (id, size, contents). */
function dataSection(segments: readonly Segment[]): Uint8Array {
  const body: number[] = [];
  uleb(segments.length, body);
  const parts: Uint8Array[] = [];
  let head: number[] = body;
  for (const s of segments) {
    head.push(0x00, 0x41); // active, memory 0; offset: i32.const
    sleb(s.offset | 0, head);
    head.push(0x0b);
    uleb(s.data.length, head);
    parts.push(Uint8Array.from(head), s.data);
    head = [];
  }
  if (segments.length === 0) parts.push(Uint8Array.from(body));
  const contentLen = parts.reduce((n, p) => n + p.length, 0);
  const sec: number[] = [11];
  uleb(contentLen, sec);
  const out = new Uint8Array(sec.length + contentLen);
  out.set(sec, 0);
  let at = sec.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** insertDataSection returns bin with the segments as its data section. */
export function insertDataSection(bin: Uint8Array, segments: readonly Segment[]): Uint8Array {
  const chunks: Uint8Array[] = [bin.subarray(0, 8)];
  let p = 8;
  let inserted = false;
  const readU = (): number => {
    let x = 0;
    let shift = 0;
    let b: number;
    do {
      b = bin[p++]!;
      x += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return x;
  };
  while (p < bin.length) {
    const start = p;
    const id = bin[p++]!;
    const size = readU();
    const end = p + size;
    if (id === 11) throw new InternalError('binaryen wrote data segments of its own');
    if (id !== 12) chunks.push(bin.subarray(start, end));
    if (id === 10) {
      chunks.push(dataSection(segments));
      inserted = true;
    }
    p = end;
  }
  if (!inserted) throw new InternalError('the module has no code section');
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** withDataText adds the segments to a module's text (before its closing parenthesis). */
export function withDataText(text: string, segments: readonly Segment[]): string {
  const end = text.lastIndexOf(')');
  if (end < 0) throw new InternalError('module text without a closing parenthesis');
  const lines = segments.map((s, i) => {
    let str = '';
    for (const b of s.data) str += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\${b.toString(16).padStart(2, '0')}`;
    return ` (data $${i} (i32.const ${s.offset}) "${str}")\n`;
  });
  return text.slice(0, end) + lines.join('') + text.slice(end);
}
