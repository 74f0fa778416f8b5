// This file implements the map instructions: MakeMap, Lookup (v and v,ok),
// MapUpdate, the builtins len/delete/clear on maps, and Range/Next over a map.
// The hash table itself is Go code in the runtime (runtime/go/runtime/map.go,
// whose header describes the algorithm); this file picks the entry points and
// passes the per-map-type layout.
//
// A map value is one i32, a pointer to the runtime's hmap (0 = nil map).
// Keys are classified (keyKind): one integer word of <= 4 bytes (kind 1, passed
// as an i32, stored as 4 bytes), one 8-byte integer (kind 2, an i64), a string
// (kind 3, ptr+len), or anything else comparable (kind 0: the key is written to
// a slot of the function's shadow-stack frame, or is already a snapshot
// pointer for big keys, and the runtime hashes/compares it through the func
// values generated per key type in mapkeys.ts). makemap receives the kind, the
// key size in the slot, the value offset and the slot size.
//
// Lookups get a pointer to the value slot, or 0 when the key is missing; the
// value is loaded from that pointer either way, since the first 1024 bytes of
// memory are never written and read as zero (values larger than that take
// runtime.mapzero instead). ok is `pointer != 0`. MapUpdate stores the value
// through the pointer mapassign returns. `m[k] op= v` and `m[k]++` (a Lookup
// and a MapUpdate of the same map and key with only instructions between
// them that cannot call, block or panic) probe once: the Lookup calls mapassign and the
// MapUpdate stores through the same pointer, as Go does. A key `string(b)` of
// a byte slice used only as map keys right after the conversion
// (mapKeyConverts) is never materialised: the bytes are hashed in place and
// copied only when inserted (runtime mapassign_faststrb). len(m) is an i64 load at offset 0 of
// the hmap (count), which also gives 0 for a nil map. A range keeps a 40-byte
// iterator (hiter) in the frame; after each mapiternext the key and value are
// loaded through the iterator's key/val pointers (0 when done).

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { MapT, Type } from '../types/index.js';
import { T, type Expr } from './module.js';
import { alignof, alignUp, isBig, isComplexType, isFloatType, isStringType, partsOf, sizeof, underlying } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { clearPointers, loadParts, storeParts } from './memory.js';
import { indexToI64 } from './checks.js';
import { operands } from '../ssa/index.js';
import { keyFuncClosures } from './mapkeys.js';

export const enum KeyKind {
  Generic = 0,
  Word32 = 1,
  Word64 = 2,
  Str = 3,
}

/** Bytes of the runtime's hiter (map.go). */
const HiterSize = 40;
/** Values up to this size read as zero from address 0 (map.go zeroValSize). */
const ZeroArea = 1024;

export function mapTypeOf(t: Type): MapT {
  const u = underlying(t);
  if (u.kind !== 'Map') throw new InternalError(`expected a map type, got ${u.kind}`);
  return u;
}

/** keyKind classifies a key type for the runtime's entry points. */
export function keyKind(k: Type): KeyKind {
  const u = underlying(k);
  if (isStringType(u)) return KeyKind.Str;
  const ps = partsOf(k);
  if (ps.length === 1 && ps[0]!.big === undefined) {
    const p = ps[0]!;
    if (p.scalar === 'i32' && sizeof(k) <= 4) return KeyKind.Word32;
    if (p.scalar === 'i64' && sizeof(k) === 8) return KeyKind.Word64;
  }
  return KeyKind.Generic;
}

const suffix = ['', '_fast32', '_fast64', '_faststr'];

interface SlotLayout {
  readonly keySize: number;
  readonly valOff: number;
  readonly slotSize: number;
}

function slotLayout(mt: MapT): SlotLayout {
  const kind = keyKind(mt.key);
  const keySize = kind === KeyKind.Word32 ? 4 : sizeof(mt.key);
  const keyAlign = kind === KeyKind.Word32 ? 4 : alignof(mt.key);
  const va = alignof(mt.elem);
  const valOff = alignUp(keySize, va);
  return { keySize, valOff, slotSize: alignUp(valOff + sizeof(mt.elem), Math.max(keyAlign, va, 1)) };
}

/** mapSlotLayout is the key kind and slot layout of a map type (also written into map type
 * descriptors for reflect.MakeMap, typeextra.ts). */
export function mapSlotLayout(mt: MapT): SlotLayout & { readonly kind: KeyKind } {
  return { kind: keyKind(mt.key), ...slotLayout(mt) };
}

/** mapNeedsFrame reports whether lowering i needs a shadow-stack frame slot. */
export function mapNeedsFrame(i: ir.Instruction): boolean {
  switch (i.kind) {
    case 'Range':
      return underlying(i.x.type).kind === 'Map';
    case 'Lookup':
      return genericSmallKey(i.x.type);
    case 'MapUpdate':
      return genericSmallKey(i.map.type);
    case 'Call':
      return i.call.mode === 'builtin' && i.call.value.name === 'delete' && genericSmallKey(i.call.args[0]!.type);
    default:
      return false;
  }
}

function genericSmallKey(mapType: Type): boolean {
  const u = underlying(mapType);
  if (u.kind !== 'Map') return false;
  return keyKind(u.key) === KeyKind.Generic && !isBig(u.key);
}

/** keyArgs returns the key arguments of a runtime entry point (statements to run first in pre,
 * and after the call in post). A key copied to a frame slot is cleared after the call when it
 * holds pointers: the collector scans frames, and the stale copy would keep the key's memory
 * alive after the map has replaced or dropped that key (Go's maps store the newest key). */
function keyArgs(fl: FunctionLowerer, mt: MapT, key: ir.Value, pre: Expr[], post: Expr[]): Expr[] {
  if (key.kind === 'Convert' && fl.skipped.has(key)) return fl.get(key.x).slice(0, 2); // the bytes, not copied
  const kind = keyKind(mt.key);
  if (kind !== KeyKind.Generic) return fl.get(key);
  if (isBig(mt.key)) return [fl.get1(key)];
  const slot = fl.frameSlot(sizeof(mt.key), alignof(mt.key));
  pre.push(...storeParts(fl, mt.key, slot, fl.get(key)));
  post.push(...clearPointers(fl, mt.key, slot));
  return [slot()];
}

export function lowerMakeMap(fl: FunctionLowerer, mm: ir.MakeMap): Expr[] {
  const m = fl.m;
  const mt = mapTypeOf(mm.type);
  const kind = keyKind(mt.key);
  const lay = slotLayout(mt);
  const hint = mm.reserve ? indexToI64(fl, mm.reserve) : fl.mod.i64(0);
  const [hashfn, equal] = kind === KeyKind.Generic ? keyFuncClosures(fl.ml, mt.key) : [0, 0];
  const args = [
    hint,
    m.i32.const(kind),
    m.i32.const(lay.keySize),
    m.i32.const(lay.valOff),
    m.i32.const(lay.slotSize),
    m.i32.const(hashfn),
    m.i32.const(equal),
  ];
  fl.nonNil.add(mm);
  return fl.define(mm, [fl.ml.callRuntime('makemap', args, mm.pos)]);
}

/** valuePointer wraps a lookup result so that a missing big value reads as zero. */
function valuePointer(fl: FunctionLowerer, elem: Type, p: () => Expr): Expr {
  const size = sizeof(elem);
  if (size <= ZeroArea) return p();
  const m = fl.m;
  return m.select(p(), p(), fl.ml.callRuntime('mapzero', [m.i32.const(size)]));
}

/** safeBetween reports whether i may sit between a fused Lookup and MapUpdate: it neither calls,
 * blocks nor panics (Go evaluates the right-hand side before the assignment inserts the key). */
function safeBetween(i: ir.Instruction): boolean {
  switch (i.kind) {
    case 'Convert':
    case 'ChangeType':
    case 'Field':
    case 'Extract':
      return true;
    case 'UnOp':
      return i.op !== '*' && i.op !== '<-';
    case 'BinOp':
      if (i.op === '/' || i.op === '%') return isFloatType(i.type) !== undefined || isComplexType(i.type) !== undefined || (i.y.kind === 'Const' && !isZeroConst(i.y));
      if (i.op === '<<' || i.op === '>>') return i.y.kind === 'Const';
      return true;
    default:
      return false;
  }
}

function isZeroConst(c: ir.Const): boolean {
  const v = c.value;
  return v === undefined || (v.kind === 'int' && v.value === 0n);
}

/** fusedUpdate finds the MapUpdate of `m[k] op= v` / `m[k]++` (a Lookup of the same map and key
 * followed, in the same block and with only safe instructions between, by a MapUpdate). */
function fusedUpdate(l: ir.Lookup): ir.MapUpdate | undefined {
  if (l.commaOk || !l.block) return undefined;
  const is = l.block.instrs;
  for (let j = is.indexOf(l) + 1; j < is.length; j++) {
    const i = is[j]!;
    if (i.kind === 'MapUpdate') return i.map === l.x && i.key === l.index ? i : undefined;
    if (!safeBetween(i)) return undefined;
  }
  return undefined;
}

/** assignName is the runtime mapassign entry point for a key (the copying one for uncopied bytes). */
function assignName(fl: FunctionLowerer, mt: MapT, key: ir.Value): string {
  if (key.kind === 'Convert' && fl.skipped.has(key)) return 'mapassign_faststrb';
  return 'mapassign' + suffix[keyKind(mt.key)]!;
}

/** keyGapOk reports whether i may sit between `string(b)` and its use as a map key without b's
 * bytes changing: no calls, stores or blocking (map operations never write a byte slice). */
function keyGapOk(i: ir.Instruction): boolean {
  return safeBetween(i) || i.kind === 'Lookup' || i.kind === 'MapUpdate' || i.kind === 'Index' || i.kind === 'IndexAddr' || i.kind === 'FieldAddr';
}

/** mapKeyConverts finds the conversions string(b) of byte slices used only as map keys later in the
 * same block with nothing between them that could change b: their string is never materialised
 * (lookups hash b's bytes in place; insertions copy them), as Go does for m[string(b)]. */
export function mapKeyConverts(fn: ir.Function): Set<ir.Value> {
  const out = new Set<ir.Value>();
  const keyUse = (i: ir.Instruction, v: ir.Value): boolean =>
    (i.kind === 'Lookup' && i.index === v && i.x !== v) ||
    (i.kind === 'MapUpdate' && i.key === v && i.value !== v && i.map !== v) ||
    (i.kind === 'Call' && i.call.mode === 'builtin' && i.call.value.name === 'delete' && i.call.args[1] === v && i.call.args[0] !== v);
  for (const b of fn.blocks) {
    b.instrs.forEach((c, j) => {
      if (c.kind !== 'Convert' || !isStringType(c.type)) return;
      const xu = underlying(c.x.type);
      if (xu.kind !== 'Slice' || sizeof(xu.elem) !== 1) return;
      let uses = 0;
      let gapOk = true;
      for (let k = j + 1; k < b.instrs.length && gapOk; k++) {
        const i = b.instrs[k]!;
        if (operands(i).includes(c)) {
          if (!keyUse(i, c)) return;
          uses++;
        }
        if (!keyGapOk(i)) gapOk = false;
      }
      if (uses === 0) return;
      // every use must be in this block, within the gap just scanned
      let total = 0;
      for (const bb of fn.blocks) for (const i of bb.instrs) for (const o of operands(i)) if (o === c) total++;
      if (total === uses) out.add(c);
    });
  }
  return out;
}

/** Value-slot pointers of fused updates (set by the Lookup, used by its MapUpdate). */
const fused = new WeakMap<ir.MapUpdate, number>();

export function lowerLookup(fl: FunctionLowerer, l: ir.Lookup): Expr[] {
  const m = fl.m;
  const mt = mapTypeOf(l.x.type);
  const out: Expr[] = [];
  const post: Expr[] = [];
  const args = [fl.get1(l.x), ...keyArgs(fl, mt, l.index, out, post)];
  const pl = fl.newLocal('i32');
  const p = () => m.local.get(pl, T.i32);
  const upd = fusedUpdate(l);
  if (upd) {
    // m[k] op= v: one probe; mapassign inserts a zero value for a missing key (as Go's m[k]++ does)
    fused.set(upd, pl);
    out.push(m.local.set(pl, fl.ml.callRuntime(assignName(fl, mt, l.index), args, l.pos)), ...post);
    return [...out, ...fl.define(l, loadParts(fl, mt.elem, p))];
  }
  out.push(m.local.set(pl, fl.ml.callRuntime('mapaccess' + suffix[keyKind(mt.key)]!, args, l.pos)), ...post);
  const vl = fl.newLocal('i32');
  out.push(m.local.set(vl, valuePointer(fl, mt.elem, p)));
  const vals = loadParts(fl, mt.elem, () => m.local.get(vl, T.i32));
  if (l.commaOk) vals.push(m.i32.ne(p(), m.i32.const(0)));
  return [...out, ...fl.define(l, vals)];
}

export function lowerMapUpdate(fl: FunctionLowerer, u: ir.MapUpdate): Expr[] {
  const m = fl.m;
  const mt = mapTypeOf(u.map.type);
  const fp = fused.get(u);
  if (fp !== undefined) return sizeof(mt.elem) > 0 ? storeParts(fl, mt.elem, () => m.local.get(fp, T.i32), fl.get(u.value)) : [];
  const out: Expr[] = [];
  const post: Expr[] = [];
  const args = [fl.get1(u.map), ...keyArgs(fl, mt, u.key, out, post)];
  const vals = fl.get(u.value);
  const pl = fl.newLocal('i32');
  out.push(m.local.set(pl, fl.ml.callRuntime(assignName(fl, mt, u.key), args, u.pos)), ...post);
  if (sizeof(mt.elem) > 0) out.push(...storeParts(fl, mt.elem, () => m.local.get(pl, T.i32), vals));
  return out;
}

export function lowerMapDelete(fl: FunctionLowerer, c: ir.Call, mv: ir.Value, key: ir.Value): Expr[] {
  const mt = mapTypeOf(mv.type);
  const out: Expr[] = [];
  const post: Expr[] = [];
  const args = [fl.get1(mv), ...keyArgs(fl, mt, key, out, post)];
  out.push(fl.ml.callRuntime('mapdelete' + suffix[keyKind(mt.key)]!, args, c.pos), ...post);
  return out;
}

export function lowerMapLen(fl: FunctionLowerer, c: ir.Call, mv: ir.Value): Expr[] {
  return fl.define(c, [fl.mod.load('i64', 0, fl.get1(mv))]);
}

export function lowerMapClear(fl: FunctionLowerer, c: ir.Call, mv: ir.Value): Expr[] {
  return [fl.ml.callRuntime('mapclear', [fl.get1(mv)], c.pos)];
}

const iters = new WeakMap<ir.Range, () => Expr>();

export function lowerMapRange(fl: FunctionLowerer, r: ir.Range): Expr[] {
  const slot = fl.frameSlot(HiterSize, 8);
  iters.set(r, slot);
  return [fl.ml.callRuntime('mapiterinit', [fl.get1(r.x), slot()], r.pos)];
}

export function lowerMapNext(fl: FunctionLowerer, nx: ir.Next): Expr[] {
  const m = fl.m;
  const r = nx.iter;
  if (r.kind !== 'Range') throw new InternalError('Next of a non-Range');
  const it = iters.get(r);
  if (!it) throw new InternalError('Next before its Range');
  const mt = mapTypeOf(r.x.type);
  const ok = fl.ml.callRuntime('mapiternext', [it()], nx.pos);
  const keyAt = () => fl.mod.load('i32', 0, it());
  const valAt = () => fl.mod.load('i32', 4, it());
  const vals = [ok, ...loadParts(fl, mt.key, keyAt), ...loadParts(fl, mt.elem, valAt)];
  return fl.define(nx, vals);
}

/** isMapRange reports whether a Range/Next iterates over a map. */
export function isMapRange(i: ir.Range | ir.Next): boolean {
  const x = i.kind === 'Range' ? i.x : i.iter.kind === 'Range' ? i.iter.x : undefined;
  return x !== undefined && underlying(x.type).kind === 'Map';
}
