// This file implements the static memory image: the memory map, the data
// segment (interned string constants), the placement of package-level
// variables and of the static closure objects of functions used as values.
//
// Memory map (wasm32 linear memory, all addresses fixed before lowering):
//   [0, 1024)                 never used: address 0 is nil
//   [1024, StackTop)          the shadow stack (8 MiB), growing down from StackTop
//   [StackTop, dataEnd)       the data segment: string bytes (interned)
//   [dataEnd, globalsEnd)     package-level variables (zeroed: memory starts zeroed)
//   [globalsEnd, heapStart)   static closure objects {fn index}, filled in by _start
//   [heapStart, ...)          the heap, managed by runtime.alloc via memory.grow
// binaryen needs the memory (and so its data segment) to exist before any
// memory instruction is built, so every string constant of the program is
// interned by a pre-pass (index.ts) and the layout is frozen before lowering.

import { InternalError } from '../syntax/diagnostics.js';
import { alignUp } from './layout.js';

export const StackLimit = 1024;
export const StackSize = 8 << 20;
export const StackTop = StackLimit + StackSize;

export class StaticData {
  private bytes = new Uint8Array(4096);
  private size = 0; // data bytes used after StackTop
  private readonly strings = new Map<string, number>();
  private frozen = false;
  private globalsEnd = 0;
  private closuresNext = 0;
  private closuresEnd = 0;

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
    const addr = StackTop + this.size;
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
    return StackTop + start;
  }

  /** writeU32 stores a little-endian 32-bit value at an address of the data segment (before freeze). */
  writeU32(addr: number, v: number): void {
    if (this.frozen) throw new InternalError('static data written after the layout was frozen');
    const o = addr - StackTop;
    for (let i = 0; i < 4; i++) this.bytes[o + i] = (v >>> (8 * i)) & 0xff;
  }

  /** freeze ends the data segment; globals and closure slots follow it. */
  freeze(maxClosures: number): void {
    this.frozen = true;
    this.globalsEnd = alignUp(StackTop + this.size, 16);
    this.closuresNext = -1;
    this.closuresEnd = maxClosures * 4;
  }

  /** reserveGlobal places a package-level variable (after freeze, before any closure slot). */
  reserveGlobal(size: number, align: number): number {
    if (!this.frozen || this.closuresNext >= 0) throw new InternalError('reserveGlobal out of order');
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

  /** heapStart is the first address after all static memory (16-aligned). */
  heapStart(): number {
    return alignUp(this.closureBase() + this.closuresEnd, 16);
  }

  segment(): { offset: number; data: Uint8Array } {
    return { offset: StackTop, data: this.bytes.slice(0, this.size) };
  }
}
