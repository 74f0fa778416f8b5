// This file implements the kind-specific "extra" record of a type descriptor
// (descriptor offset 60; layout: runtime/go/runtime/README.md, "Type
// descriptors"), which package reflect reads: the package path of a named
// type, the fields of a struct, the parameters and results of a func type,
// the direction of a chan type, and the slot layout of a map type (what
// reflect.MakeMap passes to runtime.makemap). It also lists the component
// types of a type (the types reflect can reach from a value of it), so that
// typeinfo.ts can create their descriptors and mark them used.

import type { Type } from '../types/index.js';
import { isExported } from '../types/index.js';
import { offsetsof, underlying } from './layout.js';
import { goBytes, type StaticData } from './data.js';
import { mapSlotLayout } from './maps.js';

/** Byte offsets in the extra record (must match `rtextra` in runtime/go/reflect/type.go). */
export const TX = {
  pkgPath: 0,
  pkgPathLen: 8,
  n1: 16,
  n2: 20,
  n3: 24,
  n4: 28,
  ptr: 32,
  /** `[]*_type`: the descriptors of the methods' signatures in reflect's order (a concrete type's
   * exported methods, all of an interface's; reflective calls only). */
  mtyps: 36,
  /** Size of the record without mkfn and ftyps (the fields below): every type but func types and
   * types whose descriptor has FlagFtyps (hello world has a few dozen records: 8 bytes each). */
  BASE: 40,
  /** Func types: the address of a static cell holding the table index of the signature's MakeFunc
   * stub (makefunc.ts; 0 when the program cannot make func values through reflect). */
  mkfn: 40,
  /** `[]*_type`, concrete types with methods, when reflect can reach Method(i).Func: the
   * descriptors of the methods' signatures with the receiver first (Method.Type), in mtyps' order. */
  ftyps: 44,
  SIZE: 48,
} as const;

/** Byte offsets in one struct field record (`rtfield` in runtime/go/reflect/type.go): the name's
 * bytes and length (flags TF_EMBEDDED, TF_EXPORTED in its high bits), the field's type and offset, and the
 * address of a string header holding its tag (0: no tag). Exported fields with no tag, the common
 * case, have no zero run long enough to split a data segment. */
export const TF = {
  name: 0,
  nameLen: 4,
  typ: 8,
  offset: 12,
  tag: 16,
  SIZE: 20,
} as const;

/** Flags in the high bits of a field record's name length. */
const TF_EMBEDDED = 0x80000000;
const TF_EXPORTED = 0x40000000;

/** In a struct's extra record, n2 holds the address of a string header with the package path of
 * its unexported fields (0 when every field is exported). */
const TX_STRUCT_PKGPATH = TX.n2;

/** needsExtra reports whether t's descriptor gets an extra record. */
export function needsExtra(t: Type): boolean {
  if (t.kind === 'Named') return true;
  const k = underlying(t).kind;
  return k === 'Struct' || k === 'Signature' || k === 'Chan' || k === 'Map';
}

/** writeString stores a Go string header (ptr, len) at addr. */
function writeString(data: StaticData, addr: number, s: string): void {
  if (s.length === 0) return;
  data.writeU32(addr, data.intern(s));
  data.writeU32(addr + 8, s.length);
}

/** stringHeader reserves a Go string header holding s and returns its address. */
function stringHeader(data: StaticData, s: string): number {
  const h = data.reserve(16, 8);
  writeString(data, h, s);
  return h;
}

/** buildExtra reserves and fills t's extra record (full: with mkfn and ftyps); desc gives
 * (creating) the descriptor of a component type. Returns the record's address. */
export function buildExtra(data: StaticData, t: Type, desc: (t: Type) => number, full: boolean): number {
  const x = data.reserve(full ? TX.SIZE : TX.BASE, 8);
  const w = (off: number, v: number) => data.writeU32(x + off, v);
  if (t.kind === 'Named') writeString(data, x + TX.pkgPath, goBytes(t.obj.pkg?.path ?? ''));
  const u = underlying(t);
  switch (u.kind) {
    case 'Struct': {
      w(TX.n1, u.fields.length);
      if (u.fields.length === 0) break;
      const offs = offsetsof(u);
      const tab = data.reserve(u.fields.length * TF.SIZE, 4);
      w(TX.ptr, tab);
      // A struct type literal declares all its fields in one package.
      const unexported = u.fields.find((f) => !isExported(f.name));
      if (unexported) w(TX_STRUCT_PKGPATH, stringHeader(data, goBytes(unexported.pkg?.path ?? '')));
      u.fields.forEach((f, i) => {
        const e = tab + i * TF.SIZE;
        const name = goBytes(f.name);
        if (name.length > 0) data.writeU32(e + TF.name, data.intern(name));
        data.writeU32(e + TF.nameLen, (name.length | (f.embedded ? TF_EMBEDDED : 0) | (isExported(f.name) ? TF_EXPORTED : 0)) >>> 0);
        data.writeU32(e + TF.typ, desc(f.type));
        data.writeU32(e + TF.offset, offs[i]!);
        const tag = u.tags[i] ?? '';
        if (tag.length > 0) data.writeU32(e + TF.tag, stringHeader(data, tag));
      });
      break;
    }
    case 'Signature': {
      const ins = u.params.vars.map((v) => v.type);
      const outs = u.results.vars.map((v) => v.type);
      w(TX.n1, ins.length);
      w(TX.n2, outs.length);
      w(TX.n3, u.variadic ? 1 : 0);
      const all = [...ins, ...outs];
      if (all.length === 0) break;
      const tab = data.reserve(all.length * 4, 4);
      w(TX.ptr, tab);
      all.forEach((p, i) => data.writeU32(tab + i * 4, desc(p)));
      break;
    }
    case 'Chan':
      // reflect.ChanDir: RecvDir = 1, SendDir = 2, BothDir = 3
      w(TX.n1, u.dir === 'recv' ? 1 : u.dir === 'send' ? 2 : 3);
      break;
    case 'Map': {
      const lay = mapSlotLayout(u);
      w(TX.n1, lay.kind);
      w(TX.n2, lay.keySize);
      w(TX.n3, lay.valOff);
      w(TX.n4, lay.slotSize);
      break;
    }
    default:
      break;
  }
  return x;
}
