// This file implements the mapping from Go types to their wasm representation
// (docs/architecture.md, "Data layout"). A value of any type is a list of
// scalar Parts; each part has a wasm value type (held in one local) and a place
// in memory (byte offset and load/store kind). Structs and arrays are flattened
// into their scalar parts; a tuple is the concatenation of its members' parts.
// Sizes, alignments and field offsets come from the checker's compiler/types
// sizes.ts (the same table), so unsafe.Sizeof and the backend always agree.
// Sub-word integers live in i32 locals kept sign- or zero-extended. Structs and
// arrays of more than BigParts scalars are held by reference instead: one i32
// pointing to an immutable heap snapshot (copy on load, copy on store).

import { UnsupportedError, InternalError } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import { alignof, offsetsof, sizeof, underlying } from '../types/index.js';
import type { Basic, Struct, Type } from '../types/index.js';
import { BasicKind } from '../types/index.js';
import type { MemKind, Scalar } from './module.js';

export { alignof, sizeof, offsetsof, underlying };

export interface Part {
  readonly scalar: Scalar;
  readonly mem: MemKind;
  readonly offset: number;
  /** Set for a large aggregate held by reference: the part is a pointer to an immutable
   * snapshot of this many bytes (loads copy into a fresh snapshot, stores copy out of it). */
  readonly big?: number;
  /** Set when the part may hold a heap pointer (pointers, the data word of strings, slices and
   * interfaces, maps, chans, funcs, unsafe.Pointer, big snapshots): the collector's roots. */
  readonly ptr?: true;
}

/** Structs and arrays that flatten into more scalar parts than this are "big": their value is
 * one i32 pointing to an immutable heap snapshot instead of a list of locals. */
export const BigParts = 32;

const partCache = new WeakMap<Type, Part[]>();
const bigTypes = new WeakSet<Type>();

/** isBig reports whether values of type t are held by reference (see BigParts). */
export function isBig(t: Type): boolean {
  partsOf(t);
  return bigTypes.has(t);
}

function p(scalar: Scalar, mem: MemKind, offset = 0): Part {
  return { scalar, mem, offset };
}

/** pp is a part that may hold a heap pointer. */
function pp(offset = 0): Part {
  return { scalar: 'i32', mem: 'i32', offset, ptr: true };
}

function basicParts(b: Basic, pos: Pos): Part[] {
  switch (b.basic) {
    case BasicKind.Bool:
    case BasicKind.Uint8:
      return [p('i32', 'i8u')];
    case BasicKind.Int8:
      return [p('i32', 'i8s')];
    case BasicKind.Int16:
      return [p('i32', 'i16s')];
    case BasicKind.Uint16:
      return [p('i32', 'i16u')];
    case BasicKind.Int32:
    case BasicKind.Uint32:
    case BasicKind.Uintptr:
      return [p('i32', 'i32')];
    case BasicKind.UnsafePointer:
      return [pp()];
    case BasicKind.Int:
    case BasicKind.Uint:
    case BasicKind.Int64:
    case BasicKind.Uint64:
      return [p('i64', 'i64')];
    case BasicKind.Float32:
      return [p('f32', 'f32')];
    case BasicKind.Float64:
      return [p('f64', 'f64')];
    case BasicKind.Complex64:
      return [p('f32', 'f32', 0), p('f32', 'f32', 4)];
    case BasicKind.Complex128:
      return [p('f64', 'f64', 0), p('f64', 'f64', 8)];
    case BasicKind.String:
      return [pp(0), p('i64', 'i64', 8)];
    default:
      throw new UnsupportedError(`value of type ${b.name}`, pos);
  }
}

function shift(parts: Part[], by: number): Part[] {
  return parts.map((q) => ({ ...q, offset: q.offset + by }));
}

/** partsOf returns the scalar parts of a value of type t (memory offsets relative to its address). */
export function partsOf(t: Type, pos: Pos = 0): Part[] {
  const hit = partCache.get(t);
  if (hit) return hit;
  const u = underlying(t);
  let out: Part[];
  switch (u.kind) {
    case 'Basic':
      out = basicParts(u, pos);
      break;
    case 'Pointer':
    case 'Map':
    case 'Chan':
    case 'Signature':
      out = [pp()];
      break;
    case 'Slice':
      out = [pp(0), p('i64', 'i64', 8), p('i64', 'i64', 16)];
      break;
    case 'Interface':
      out = [p('i32', 'i32', 0), pp(4)];
      break;
    case 'Struct': {
      const offs = offsetsof(u);
      out = [];
      u.fields.forEach((f, i) => out.push(...shift(partsOf(f.type, pos), offs[i]!)));
      if (out.length > BigParts) {
        out = [{ scalar: 'i32', mem: 'i32', offset: 0, big: sizeof(t), ptr: true }];
        bigTypes.add(t);
      }
      break;
    }
    case 'Array': {
      const ep = partsOf(u.elem, pos);
      if (ep.length * u.len > BigParts) {
        out = [{ scalar: 'i32', mem: 'i32', offset: 0, big: sizeof(t), ptr: true }];
        bigTypes.add(t);
        break;
      }
      const es = sizeof(u.elem);
      out = [];
      for (let i = 0; i < u.len; i++) out.push(...shift(ep, i * es));
      break;
    }
    case 'Tuple':
      out = [];
      for (const v of u.vars) out.push(...partsOf(v.type, pos));
      break;
    default:
      throw new InternalError(`partsOf: unexpected type kind ${u.kind}`, pos);
  }
  partCache.set(t, out);
  return out;
}

export function scalarsOf(t: Type, pos: Pos = 0): Scalar[] {
  return partsOf(t, pos).map((q) => q.scalar);
}

/** partRange returns [start, count] of the parts of field i of struct s within the struct's parts. */
export function fieldPartRange(s: Struct, i: number, pos: Pos = 0): [number, number] {
  let start = 0;
  for (let k = 0; k < i; k++) start += partsOf(s.fields[k]!.type, pos).length;
  return [start, partsOf(s.fields[i]!.type, pos).length];
}

/** tuplePartRange returns [start, count] of member i of a tuple type's parts. */
export function tuplePartRange(t: Type, i: number, pos: Pos = 0): [number, number] {
  const u = underlying(t);
  if (u.kind !== 'Tuple') throw new InternalError('tuplePartRange: not a tuple', pos);
  let start = 0;
  for (let k = 0; k < i; k++) start += partsOf(u.vars[k]!.type, pos).length;
  return [start, partsOf(u.vars[i]!.type, pos).length];
}

// --- classification helpers ---------------------------------------------------

export function basicKind(t: Type): BasicKind | undefined {
  const u = underlying(t);
  return u.kind === 'Basic' ? u.basic : undefined;
}

export type IntInfo = { readonly bits: 8 | 16 | 32 | 64; readonly signed: boolean; readonly scalar: 'i32' | 'i64' };

/** intInfo describes an integer type (uintptr and unsafe.Pointer count as uint32), or undefined. */
export function intInfo(t: Type): IntInfo | undefined {
  switch (basicKind(t)) {
    case BasicKind.Int8:
      return { bits: 8, signed: true, scalar: 'i32' };
    case BasicKind.Int16:
      return { bits: 16, signed: true, scalar: 'i32' };
    case BasicKind.Int32:
      return { bits: 32, signed: true, scalar: 'i32' };
    case BasicKind.Int:
    case BasicKind.Int64:
      return { bits: 64, signed: true, scalar: 'i64' };
    case BasicKind.Uint8:
      return { bits: 8, signed: false, scalar: 'i32' };
    case BasicKind.Uint16:
      return { bits: 16, signed: false, scalar: 'i32' };
    case BasicKind.Uint32:
    case BasicKind.Uintptr:
    case BasicKind.UnsafePointer:
      return { bits: 32, signed: false, scalar: 'i32' };
    case BasicKind.Uint:
    case BasicKind.Uint64:
      return { bits: 64, signed: false, scalar: 'i64' };
    default:
      return undefined;
  }
}

export function isFloatType(t: Type): 'f32' | 'f64' | undefined {
  const k = basicKind(t);
  if (k === BasicKind.Float32) return 'f32';
  if (k === BasicKind.Float64) return 'f64';
  return undefined;
}

export function isComplexType(t: Type): 'f32' | 'f64' | undefined {
  const k = basicKind(t);
  if (k === BasicKind.Complex64) return 'f32';
  if (k === BasicKind.Complex128) return 'f64';
  return undefined;
}

export function isStringType(t: Type): boolean {
  return basicKind(t) === BasicKind.String;
}

export function isBoolType(t: Type): boolean {
  return basicKind(t) === BasicKind.Bool;
}

/** elemOf returns the element type of a slice, array, or pointer to array. */
export function elemOf(t: Type): Type | undefined {
  const u = underlying(t);
  if (u.kind === 'Slice' || u.kind === 'Array') return u.elem;
  if (u.kind === 'Pointer') {
    const e = underlying(u.elem);
    if (e.kind === 'Array') return e.elem;
  }
  return undefined;
}

/** forEachPointer calls f with the offset (from base) of every word of a value of type t in
 * memory that may hold a heap pointer. */
export function forEachPointer(t: Type, base: number, f: (off: number) => void): void {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      if (u.basic === BasicKind.String || u.basic === BasicKind.UnsafePointer) f(base);
      return;
    case 'Pointer':
    case 'Map':
    case 'Chan':
    case 'Signature':
    case 'Slice':
      f(base);
      return;
    case 'Interface':
      f(base + 4);
      return;
    case 'Struct': {
      const offs = offsetsof(u);
      u.fields.forEach((fd, i) => forEachPointer(fd.type, base + offs[i]!, f));
      return;
    }
    case 'Array': {
      if (!hasPointers(u.elem)) return;
      const es = sizeof(u.elem);
      for (let i = 0; i < u.len; i++) forEachPointer(u.elem, base + i * es, f);
      return;
    }
    default:
      return;
  }
}

/** hasPointers reports whether a value of type t holds pointers (for the allocator and GC). */
export function hasPointers(t: Type): boolean {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      return u.basic === BasicKind.String || u.basic === BasicKind.UnsafePointer;
    case 'Array':
      return u.len > 0 && hasPointers(u.elem);
    case 'Struct':
      return u.fields.some((f) => hasPointers(f.type));
    case 'Tuple':
      return u.vars.some((v) => hasPointers(v.type));
    default:
      return true;
  }
}

/** alignUp rounds x up to a multiple of a. */
export function alignUp(x: number, a: number): number {
  return Math.ceil(x / a) * a;
}
