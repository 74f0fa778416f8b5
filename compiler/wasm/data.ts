// This file implements the static memory image: the memory map, the data
// segment (interned string constants), the placement of package-level
// variables and of the static closure objects of functions used as values.
//
// Memory map (wasm32 linear memory, all addresses fixed before lowering):
//   [0, 1024)                 never used: address 0 is nil
//   [1024, dataEnd)           the data segment: string bytes (interned), type descriptors
//   [dataEnd, globalsEnd)     package-level variables (zeroed, or initialised by staticinit.ts)
//   [globalsEnd, closuresEnd) static closure objects {fn index}
//   [closuresEnd, staticEnd)  objects built at compile time by staticinit.ts (composite
//                             literals of package initialisers)
//   [stackLimit, stackTop)    the shadow stack (8 MiB), growing down from stackTop
//   [stackTop, ...)           the static pointer map: a bit per word of [globalsStart, stackLimit)
//                             that may hold a heap pointer (the collector's static roots)
//   [..., heapStart)          bytes made after lowering (appendTail: the call-site table, func names)
//   [heapStart, ...)          the heap, managed by runtime.alloc via memory.grow
// Static data comes first so that its addresses, constants all over the code,
// are short LEB128s (3 bytes below 1 MiB instead of 4 above 8 MiB).
// Globals and static objects have a byte image (zero unless staticinit.ts
// writes it) emitted as extra data segments covering their non-zero runs.
// binaryen needs the memory to exist before any memory instruction is built,
// so every string constant of the program is interned by a pre-pass
// (index.ts) and the layout is frozen before lowering. Table indices of
// functions are known only once lowering is done: they are patched into the
// image afterwards (patchU32), and the data segments are written into the
// binary after binaryen emitted it (datasection.ts).

import { InternalError } from '../syntax/diagnostics.js';
import { alignUp } from './layout.js';

/** The first address of static data. */
export const DataBase = 1024;
export const StackSize = 8 << 20;

export class StaticData {
  private bytes = new Uint8Array(4096);
  private size = 0; // data bytes used after DataBase
  private stackPlaced = false;
  private readonly strings = new Map<string, number>();
  private frozen = false;
  private globalsEnd = 0;
  private closuresNext = 0;
  private closuresEnd = 0;
  private globalsStart = 0;
  /** Static words that may hold heap pointers (pointerMap). */
  private readonly pointerWords = new Set<number>();
  /** The static pointer map, made once (after it, no word can be noted: notePointer). */
  private mapBytes: Uint8Array | undefined;
  /** Image of [globalsStart, globalsEnd), allocated on the first static write. */
  private globalsImage: Uint8Array | undefined;
  /** Image of the static closure objects, allocated on the first patch. */
  private closureImage: Uint8Array | undefined;
  private staticBase = -1;
  private staticBytes = new Uint8Array(0);
  private staticSize = 0;
  /** Bytes after the pointer map, appended after lowering (appendTail). */
  private tail = new Uint8Array(0);

  private grow(n: number): void {
    while (this.size + n > this.bytes.length) {
      const nb = new Uint8Array(this.bytes.length * 2);
      nb.set(this.bytes);
      this.bytes = nb;
    }
  }

  /** intern returns the address of the bytes of a Go string (one JS char per byte). */
  intern(s: string): number {
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    if (this.frozen) throw new InternalError(`string constant ${JSON.stringify(s.slice(0, 40))} missed by the pre-pass`);
    this.grow(s.length);
    const addr = DataBase + this.size;
    for (let i = 0; i < s.length; i++) this.bytes[this.size + i] = s.charCodeAt(i) & 0xff;
    this.size += s.length;
    this.strings.set(s, addr);
    return addr;
  }

  /** reserve returns the address of `size` zeroed, aligned bytes of the data segment (type descriptors). */
  reserve(size: number, align: number): number {
    if (this.frozen) throw new InternalError('static data reserved after the layout was frozen');
    const start = alignUp(this.size, Math.max(align, 1));
    this.grow(start - this.size + size);
    this.size = start + size;
    return DataBase + start;
  }

  /** writeU32 stores a little-endian 32-bit value at an address of the data segment (before freeze). */
  writeU32(addr: number, v: number): void {
    if (this.frozen) throw new InternalError('static data written after the layout was frozen');
    const o = addr - DataBase;
    for (let i = 0; i < 4; i++) this.bytes[o + i] = (v >>> (8 * i)) & 0xff;
  }

  /** freeze ends the data segment; globals and closure slots follow it. */
  freeze(maxClosures: number): void {
    this.frozen = true;
    this.globalsEnd = alignUp(DataBase + this.size, 16);
    this.globalsStart = this.globalsEnd;
    this.closuresNext = -1;
    this.closuresEnd = maxClosures * 4;
  }

  /** reserveGlobal places a package-level variable (after freeze, before any closure slot). */
  reserveGlobal(size: number, align: number): number {
    if (!this.frozen || this.closuresNext >= 0 || this.globalsImage || this.staticBase >= 0) throw new InternalError('reserveGlobal out of order');
    const addr = alignUp(this.globalsEnd, Math.max(align, 1));
    this.globalsEnd = addr + Math.max(size, 0);
    return addr;
  }

  private closureBase(): number {
    return alignUp(this.globalsEnd, 8);
  }

  /** reserveClosure returns the address of a 4-byte static closure object. */
  reserveClosure(): number {
    if (this.closuresNext < 0) this.closuresNext = 0;
    if (this.closuresNext >= this.closuresEnd) throw new InternalError('out of static closure slots');
    const a = this.closureBase() + this.closuresNext;
    this.closuresNext += 4;
    return a;
  }

  /** reserveStatic returns the address of `size` zeroed bytes for an object built at compile time
   * (after every global was placed; before the memory is set). */
  reserveStatic(size: number, align: number): number {
    if (!this.frozen) throw new InternalError('reserveStatic before the layout was frozen');
    if (this.stackPlaced) throw new InternalError('reserveStatic after the shadow stack was placed');
    if (this.staticBase < 0) this.staticBase = alignUp(this.closureBase() + this.closuresEnd, 16);
    const start = alignUp(this.staticSize, Math.max(align, 1));
    const end = start + size;
    if (end > this.staticBytes.length) {
      const nb = new Uint8Array(Math.max(end, this.staticBytes.length * 2, 4096));
      nb.set(this.staticBytes);
      this.staticBytes = nb;
    }
    this.staticSize = end;
    return this.staticBase + start;
  }

  /** imageAt returns the writable image bytes [addr, addr+n) of globals or static objects, or
   * undefined when the range is not (entirely) in one of them. */
  imageAt(addr: number, n: number): Uint8Array | undefined {
    if (addr >= this.globalsStart && addr + n <= this.globalsEnd && this.frozen) {
      this.globalsImage ??= new Uint8Array(this.globalsEnd - this.globalsStart);
      const o = addr - this.globalsStart;
      return this.globalsImage.subarray(o, o + n);
    }
    if (this.staticBase >= 0 && addr >= this.staticBase && addr + n <= this.staticBase + this.staticSize) {
      const o = addr - this.staticBase;
      return this.staticBytes.subarray(o, o + n);
    }
    return undefined;
  }

  /** patchU32 stores a little-endian 32-bit value anywhere in the static image after lowering
   * (function table indices: method tables, static closure objects, equal/hash closures). */
  patchU32(addr: number, v: number): void {
    let img: Uint8Array | undefined;
    const cb = this.closureBase();
    if (addr >= DataBase && addr + 4 <= DataBase + this.size) img = this.bytes.subarray(addr - DataBase, addr - DataBase + 4);
    else if (this.frozen && addr >= cb && addr + 4 <= cb + this.closuresEnd) {
      this.closureImage ??= new Uint8Array(this.closuresEnd);
      img = this.closureImage.subarray(addr - cb, addr - cb + 4);
    } else img = this.imageAt(addr, 4);
    if (!img) throw new InternalError(`patch of ${addr} outside the static image`);
    for (let i = 0; i < 4; i++) img[i] = (v >>> (8 * i)) & 0xff;
  }

  /** stackLimit is the lowest address of the shadow stack, right after all static memory (the
   * static layout is final from the first call). */
  stackLimit(): number {
    this.stackPlaced = true;
    const end = this.staticBase >= 0 ? this.staticBase + this.staticSize : this.closureBase() + this.closuresEnd;
    return alignUp(end, 16);
  }

  /** notePointer records that the 4-byte word at addr (package variables, compile-time objects)
   * may hold a heap pointer: the collector's static roots (pointerMap). */
  notePointer(addr: number): void {
    if (this.mapBytes) throw new InternalError('notePointer after the pointer map was placed');
    this.pointerWords.add(addr);
  }

  /** rootsStart is the first address the static pointer map covers (package variables, static
   * closures and compile-time objects, up to stackLimit). */
  rootsStart(): number {
    if (!this.frozen) throw new InternalError('rootsStart before the layout was frozen');
    return this.globalsStart;
  }

  /** pointerMap is the address of the static pointer map: one bit per 4-byte word of
   * [rootsStart, stackLimit), set for words that may hold heap pointers; it sits right after the
   * shadow stack (the heap follows it). */
  pointerMap(): number {
    return this.stackTop();
  }

  private pointerMapBytes(): Uint8Array {
    if (this.mapBytes) return this.mapBytes;
    const start = this.rootsStart();
    const words = (this.stackLimit() - start) >> 2;
    const bm = new Uint8Array(alignUp((words + 7) >> 3, 16));
    for (const a of this.pointerWords) {
      const w = (a - start) >> 2;
      bm[w >> 3]! |= 1 << (w & 7);
    }
    return (this.mapBytes = bm);
  }

  /** stackTop is the shadow stack's initial stack pointer (it grows down). */
  stackTop(): number {
    return this.stackLimit() + StackSize;
  }

  /** heapStart is the first address after the static memory, the shadow stack and the static
   * pointer map (16-aligned). */
  heapStart(): number {
    return alignUp(this.tailStart() + this.tail.length, 16);
  }

  /** tailStart is where bytes appended after lowering go: right after the static pointer map. */
  private tailStart(): number {
    return this.pointerMap() + this.pointerMapBytes().length;
  }

  /** tailSize is the size of the bytes appended after lowering. */
  tailSize(): number {
    return this.tail.length;
  }

  /** appendTail places bytes made after lowering (the call-site table: traceback.ts) after the
   * static pointer map, moving the heap's start after them; returns their address. The code
   * refers to them through globals only (no address of them is a constant in it). */
  appendTail(make: (at: number) => Uint8Array): number {
    const pad = (8 - ((this.tailStart() + this.tail.length) % 8)) % 8; // tables of words: 8-aligned
    const at = this.tailStart() + this.tail.length + pad;
    const bytes = make(at);
    const nt = new Uint8Array(this.tail.length + pad + bytes.length);
    nt.set(this.tail);
    nt.set(bytes, this.tail.length + pad);
    this.tail = nt;
    return at;
  }

  /** segments lists the data segments: the non-zero runs of the strings and descriptors, of the
   * globals', closure objects' and static objects' images (zero runs longer than MaxZeroRun split
   * a segment). */
  segments(): { offset: number; data: Uint8Array }[] {
    const out = nonZeroRuns(DataBase, this.bytes.subarray(0, this.size));
    if (this.globalsImage) out.push(...nonZeroRuns(this.globalsStart, this.globalsImage));
    if (this.closureImage) out.push(...nonZeroRuns(this.closureBase(), this.closureImage));
    if (this.staticBase >= 0) out.push(...nonZeroRuns(this.staticBase, this.staticBytes.subarray(0, this.staticSize)));
    out.push(...nonZeroRuns(this.pointerMap(), this.pointerMapBytes()));
    if (this.tail.length > 0) out.push(...nonZeroRuns(this.tailStart(), this.tail));
    return out;
  }
}

/** goBytes turns a JS string (an identifier, a package path) into the compiler's form of a Go
 * string: its UTF-8 bytes, one char per byte (what intern and string constants hold). */
export function goBytes(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s : String.fromCharCode(...new TextEncoder().encode(s));
}

/** A zero run longer than this ends a data segment (a segment header costs about this much). */
const MaxZeroRun = 12;

function nonZeroRuns(base: number, img: Uint8Array): { offset: number; data: Uint8Array }[] {
  const out: { offset: number; data: Uint8Array }[] = [];
  let i = 0;
  while (i < img.length) {
    while (i < img.length && img[i] === 0) i++;
    if (i >= img.length) break;
    const start = i;
    let end = i; // one past the last non-zero byte of the run
    while (i < img.length) {
      if (img[i] !== 0) {
        end = ++i;
        continue;
      }
      let j = i;
      while (j < img.length && img[j] === 0) j++;
      if (j - i > MaxZeroRun || j >= img.length) {
        i = j;
        break;
      }
      i = j;
    }
    out.push({ offset: base + start, data: img.slice(start, end) });
  }
  return out;
}
