// This file implements the wasm32 data layout of docs/architecture.md:
// sizeof, alignof and offsetsof. The backend uses the same functions.

import { InternalError } from '../syntax/diagnostics.js';
import type { Struct, Type } from './type.js';
import { BasicKind } from './type.js';
import { underlying } from './predicates.js';

const basicSizes: Partial<Record<BasicKind, number>> = {
  [BasicKind.Bool]: 1,
  [BasicKind.Int8]: 1,
  [BasicKind.Uint8]: 1,
  [BasicKind.Int16]: 2,
  [BasicKind.Uint16]: 2,
  [BasicKind.Int32]: 4,
  [BasicKind.Uint32]: 4,
  [BasicKind.Float32]: 4,
  [BasicKind.Int]: 8,
  [BasicKind.Uint]: 8,
  [BasicKind.Int64]: 8,
  [BasicKind.Uint64]: 8,
  [BasicKind.Float64]: 8,
  [BasicKind.Complex64]: 8,
  [BasicKind.Complex128]: 16,
  [BasicKind.Uintptr]: 4,
  [BasicKind.UnsafePointer]: 4,
  [BasicKind.String]: 16,
};

/** Untyped constants are measured with their default type (unsafe.Sizeof(1) == 8). */
const untypedSizes: Partial<Record<BasicKind, number>> = {
  [BasicKind.UntypedBool]: 1,
  [BasicKind.UntypedInt]: 8,
  [BasicKind.UntypedRune]: 4,
  [BasicKind.UntypedFloat]: 8,
  [BasicKind.UntypedComplex]: 16,
  [BasicKind.UntypedString]: 16,
};

/** PtrSize is the size of a pointer on wasm32. */
export const PtrSize = 4;

export function alignof(t: Type): number {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      if (u.basic === BasicKind.String) return 8;
      if (u.basic === BasicKind.Complex64) return 4;
      if (u.basic === BasicKind.Complex128) return 8;
      if (u.basic === BasicKind.UntypedString) return 8;
      if (u.basic === BasicKind.UntypedComplex) return 8;
      return basicSizes[u.basic] ?? untypedSizes[u.basic] ?? 1;
    case 'Array':
      return alignof(u.elem);
    case 'Struct': {
      let a = 1;
      for (const f of u.fields) a = Math.max(a, alignof(f.type));
      return a;
    }
    case 'Slice':
      return 8;
    case 'Interface':
    case 'Pointer':
    case 'Signature':
    case 'Map':
    case 'Chan':
      return 4;
    default:
      throw new InternalError(`alignof: unexpected type kind ${u.kind}`);
  }
}

export function sizeof(t: Type): number {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic': {
      const s = basicSizes[u.basic];
      // the invalid type (after a reported error) and untyped nil take no room
      if (s === undefined) return untypedSizes[u.basic] ?? 0;
      return s;
    }
    case 'Array': {
      if (u.len === 0) return 0;
      const es = sizeof(u.elem);
      return align(es, alignof(u.elem)) * (u.len - 1) + es;
    }
    case 'Struct': {
      const n = u.fields.length;
      if (n === 0) return 0;
      const offs = offsetsof(u);
      let last = offs[n - 1]! + sizeof(u.fields[n - 1]!.type);
      // As gc does: a final zero-sized field of a non-empty struct gets one byte,
      // so that a pointer to it does not point past the object.
      if (last > 0 && sizeof(u.fields[n - 1]!.type) === 0) last++;
      return align(last, alignof(u));
    }
    case 'Slice':
      return 24;
    case 'Interface':
      return 8;
    case 'Pointer':
    case 'Signature':
    case 'Map':
    case 'Chan':
      return 4;
    default:
      throw new InternalError(`sizeof: unexpected type kind ${u.kind}`);
  }
}

/** offsetsof returns the byte offset of each field of a struct. */
export function offsetsof(s: Struct): number[] {
  const offs: number[] = [];
  let o = 0;
  for (const f of s.fields) {
    o = align(o, alignof(f.type));
    offs.push(o);
    o += sizeof(f.type);
  }
  return offs;
}

export function align(x: number, a: number): number {
  return Math.ceil(x / a) * a;
}
