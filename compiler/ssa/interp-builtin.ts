// This file implements, for the test interpreter, the builtin functions
// (len, cap, append with Go's growth rule, copy, print/println, min/max,
// delete, clear, recover), conversions, slicing with Go's bounds-check
// messages, type assertions and interface method lookup.

import { InternalError } from '../syntax/diagnostics.js';
import type { Func } from '../types/object.js';
import type { Signature, Type } from '../types/type.js';
import { BasicKind } from '../types/type.js';
import type { Function, Program, Slice } from './ir.js';
import {
  GoPanic,
  Ref,
  basicKind,
  copyValue,
  decodeRune,
  encodeRune,
  formatPrint,
  intWidth,
  isFloat32,
  keyOf,
  runtimePanic,
  wrap,
  zero,
  type IfaceV,
  type MapV,
  type SliceV,
  type V,
} from './interp-value.js';
import { identical, mustDeref, underlying } from './typeutil.js';
import { methodLinkName } from './wrappers.js';
import { runtimeTypeString } from './interp-typestr.js';
import { sizeof } from '../types/index.js';

export interface Machine {
  stderr: string;
  stdout: string;
  readonly prog: Program;
  panicking: GoPanic | undefined;
  recovered: boolean;
  readonly depth: number;
  readonly deferDepth: number;
}

function elemOf(t: Type): Type {
  const u = underlying(t);
  if (u.kind === 'Slice' || u.kind === 'Array') return u.elem;
  if (u.kind === 'Basic') return { kind: 'Basic', basic: BasicKind.Uint8, name: 'uint8' };
  throw new InternalError(`no element type for ${u.kind}`);
}

function sliceElems(s: V): V[] {
  if (s === null) return [];
  if (typeof s === 'string') return [...s].map((c) => BigInt(c.charCodeAt(0)));
  const sv = s as SliceV;
  return sv.arr.slice(sv.off, sv.off + sv.len);
}

/** Go's malloc size classes up to 32 KiB (larger sizes round up to 8 KiB pages). */
const sizeClasses = [
  8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480,
  512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864,
  5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480,
  21760, 24576, 27264, 28672, 32768,
];

function roundupsize(n: number): number {
  if (n <= 32768) return sizeClasses.find((c) => c >= n) ?? n;
  return Math.ceil(n / 8192) * 8192;
}

/** growCap is Go's growslice capacity rule, including the allocator's size-class rounding. */
function growCap(oldCap: number, newLen: number, elemSize: number): number {
  let c: number;
  if (newLen > oldCap * 2) c = newLen;
  else if (oldCap < 256) c = oldCap * 2;
  else {
    c = oldCap;
    while (c < newLen) c += (c + 3 * 256) >> 2;
  }
  if (elemSize === 0) return c;
  return Math.floor(roundupsize(c * elemSize) / elemSize);
}

function append(s: SliceV | null, elems: V[], et: Type): SliceV {
  const len = s ? s.len : 0;
  const cap = s ? s.cap : 0;
  const newLen = len + elems.length;
  if (s && newLen <= cap) {
    elems.forEach((e, i) => (s.arr[s.off + len + i] = copyValue(e, et)));
    return { kind: 'slice', arr: s.arr, off: s.off, len: newLen, cap };
  }
  if (elems.length === 0) return s ?? { kind: 'slice', arr: [], off: 0, len: 0, cap: 0 };
  const nc = growCap(cap, newLen, sizeof(et));
  const arr = Array.from({ length: nc }, () => zero(et));
  for (let i = 0; i < len; i++) arr[i] = s!.arr[s!.off + i]!;
  elems.forEach((e, i) => (arr[len + i] = copyValue(e, et)));
  return { kind: 'slice', arr, off: 0, len: newLen, cap: nc };
}

export function callBuiltin(m: Machine, name: string, args: V[], types: Type[]): V {
  switch (name) {
    case 'len':
    case 'cap': {
      const x = args[0]!;
      if (x === null) return 0n;
      if (typeof x === 'string') return BigInt(x.length);
      if (typeof x === 'object' && 'kind' in x && x.kind === 'map') return BigInt((x as MapV).m.size);
      const s = x as SliceV;
      return BigInt(name === 'len' ? s.len : s.cap);
    }
    case 'append':
      return append(args[0] as SliceV | null, sliceElems(args[1]!), elemOf(types[0]!));
    case 'copy': {
      const dst = args[0] as SliceV | null;
      const src = sliceElems(args[1]!);
      if (!dst) return 0n;
      const n = Math.min(dst.len, src.length);
      const et = elemOf(types[0]!);
      for (let i = 0; i < n; i++) dst.arr[dst.off + i] = copyValue(src[i]!, et);
      return BigInt(n);
    }
    case 'print':
    case 'println': {
      const parts = args.map((a, i) => formatPrint(a, types[i]!));
      m.stderr += name === 'println' ? parts.join(' ') + '\n' : parts.join('');
      return [];
    }
    case 'min':
    case 'max': {
      let r: V = args[0]!;
      for (const a of args.slice(1)) {
        if (typeof a === 'number' && Number.isNaN(a)) return a;
        if (name === 'min' ? (a as number) < (r as number) : (a as number) > (r as number)) r = a;
      }
      return r;
    }
    case 'delete':
      (args[0] as MapV | null)?.m.delete(keyOf(args[1]!));
      return [];
    case 'clear': {
      const x = args[0];
      if (x && typeof x === 'object' && 'kind' in x && x.kind === 'map') (x as MapV).m.clear();
      else if (x) {
        const s = x as SliceV;
        for (let i = 0; i < s.len; i++) s.arr[s.off + i] = zero(elemOf(types[0]!));
      }
      return [];
    }
    case 'recover': {
      const p = m.panicking;
      if (!p || m.recovered || m.depth !== m.deferDepth) return null;
      m.recovered = true;
      return runtimeErrorValue(m, p.value);
    }
    case 'panic': {
      const v = args[0]!;
      throw new GoPanic(v, typeof (v as IfaceV)?.v === 'string' ? ((v as IfaceV).v as string) : String((v as IfaceV)?.v));
    }
    default:
      throw new InternalError(`builtin ${name} is not supported by the interpreter`);
  }
}

export function convert(x: V, from: Type, to: Type): V {
  const tu = underlying(to);
  const fu = underlying(from);
  const tk = basicKind(to);
  const fk = basicKind(from);
  if (tk === BasicKind.String) {
    if (typeof x === 'string') return x;
    if (typeof x === 'bigint') return encodeRune(x > 0x10ffffn || x < 0n ? 0xfffd : Number(x));
    const elems = sliceElems(x);
    if (fu.kind === 'Slice' && basicKind(fu.elem) === BasicKind.Int32) return elems.map((r) => encodeRune(Number(r))).join('');
    return String.fromCharCode(...elems.map((b) => Number(b)));
  }
  if (tu.kind === 'Slice' && typeof x === 'string') {
    if (basicKind(tu.elem) === BasicKind.Int32) {
      const runes: V[] = [];
      for (let i = 0; i < x.length; ) {
        const [r, w] = decodeRune(x, i);
        runes.push(BigInt(r));
        i += w;
      }
      return { kind: 'slice', arr: runes, off: 0, len: runes.length, cap: runes.length };
    }
    const bytes: V[] = [...x].map((c) => BigInt(c.charCodeAt(0)));
    return { kind: 'slice', arr: bytes, off: 0, len: bytes.length, cap: bytes.length };
  }
  if (intWidth(to)) {
    if (typeof x === 'bigint') return wrap(x, to);
    if (typeof x === 'number') return wrap(BigInt(Math.trunc(x)), to);
  }
  if (tk === BasicKind.Float32 || tk === BasicKind.Float64) {
    const n = typeof x === 'bigint' ? Number(x) : (x as number);
    return isFloat32(to) ? Math.fround(n) : n;
  }
  if (fk === BasicKind.UnsafePointer || tk === BasicKind.UnsafePointer) return x;
  return x;
}

export function sliceOf(ins: Slice, x: V, low?: number, high?: number, max?: number): V {
  const xt = underlying(ins.x.type);
  const lo = low ?? 0;
  if (typeof x === 'string') {
    const hi = high ?? x.length;
    if (hi < 0 || hi > x.length) throw runtimePanic(`slice bounds out of range [:${hi}] with length ${x.length}`);
    if (lo < 0 || lo > hi) throw runtimePanic(`slice bounds out of range [${lo}:${hi}]`);
    return x.slice(lo, hi);
  }
  let arr: V[];
  let off: number;
  let len: number;
  let cap: number;
  if (xt.kind === 'Slice') {
    const s = x as SliceV | null;
    arr = s ? s.arr : [];
    off = s ? s.off : 0;
    len = s ? s.len : 0;
    cap = s ? s.cap : 0;
  } else {
    if (x === null) throw runtimePanic('invalid memory address or nil pointer dereference');
    arr = (x as Ref).get() as V[];
    off = 0;
    len = cap = (underlying(mustDeref(ins.x.type)) as { len: number }).len;
  }
  const what = xt.kind === 'Slice' ? 'capacity' : 'length';
  const mx = max ?? cap;
  if (max !== undefined && (mx < 0 || mx > cap)) throw runtimePanic(`slice bounds out of range [::${mx}] with ${what} ${cap}`);
  const hi = high ?? len;
  if (hi < 0 || hi > mx) {
    if (max !== undefined) throw runtimePanic(`slice bounds out of range [:${hi}:${mx}]`);
    throw runtimePanic(`slice bounds out of range [:${hi}] with ${what} ${cap}`);
  }
  if (lo < 0 || lo > hi) throw runtimePanic(`slice bounds out of range [${lo}:${hi}]`);
  return { kind: 'slice', arr, off: off + lo, len: hi - lo, cap: mx - lo };
}

/** runtimeErrorValue gives a run-time panic (whose value the interpreter keeps as its message) the
 * value recover() returns in Go: a runtime.Error, here the runtime package's errorString when the
 * program includes the runtime package. */
function runtimeErrorValue(m: Machine, v: V): V {
  if (typeof v !== 'string') return v;
  const errorMethod = m.prog.byName.get('runtime.errorString.Error');
  const t = errorMethod?.params[0]?.type;
  return t ? { kind: 'iface', type: t, v } : v;
}

/** implements reports whether the dynamic type of i has every method of interface type t. */
function implementsIface(m: Machine, i: IfaceV, t: Type): boolean {
  const u = underlying(t);
  if (u.kind !== 'Interface') return false;
  const methods = u.allMethods ?? u.methods;
  const plain = (s: Signature): Signature => ({ kind: 'Signature', params: s.params, results: s.results, variadic: s.variadic });
  return methods.every((f) => {
    const fn = methodLink(m, i.type, f.name);
    if (!fn) return false;
    return identical(plain(fn.type), plain(f.type)); // fn.type.params exclude the receiver
  });
}

/** assertionMessage is the text of Go's runtime.TypeAssertionError for a failed x.(t). */
function assertionMessage(m: Machine, i: IfaceV | null, t: Type, from: Type, toIface: boolean): string {
  const as = runtimeTypeString(t);
  if (!i) return `interface conversion: ${toIface ? 'interface' : runtimeTypeString(from)} is nil, not ${as}`;
  const cs = runtimeTypeString(i.type);
  if (!toIface) return `interface conversion: ${runtimeTypeString(from)} is ${cs}, not ${as}`;
  const u = underlying(t);
  const methods = u.kind === 'Interface' ? [...(u.allMethods ?? u.methods)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : [];
  const single = (f: Func): Type => ({ kind: 'Interface', methods: [f], embeddeds: [], allMethods: [f] });
  const missing = methods.find((f) => !implementsIface(m, i, single(f)));
  return `interface conversion: ${cs} is not ${as}: missing method ${missing?.name ?? '?'}`;
}

export function typeAssert(m: Machine, x: V, t: Type, commaOk: boolean, from: Type): V {
  const i = x as IfaceV | null;
  const toIface = underlying(t).kind === 'Interface';
  const ok = !!i && (toIface ? implementsIface(m, i, t) : identical(i.type, t));
  if (commaOk) return [ok ? (toIface ? i : i!.v) : zero(t), ok];
  if (!ok) {
    const msg = assertionMessage(m, i, t, from, toIface);
    throw new GoPanic(msg, msg);
  }
  return toIface ? i : i!.v;
}

function methodLink(m: Machine, t: Type, name: string): Function | undefined {
  return m.prog.byName.get(methodLinkName(t, name));
}

/** findMethod finds the method `name` of the dynamic type of an interface value, by link name,
 * as the backend does (the wrappers of wrappers.ts provide promoted and pointer-receiver forms). */
export function findMethod(m: Machine, x: V, name: string): { fn: Function; recv: V } {
  const i = x as IfaceV | null;
  if (!i) throw runtimePanic('invalid memory address or nil pointer dereference');
  const fn = methodLink(m, i.type, name);
  if (!fn) throw new InternalError(`no method ${name} for the dynamic type`);
  return { fn, recv: i.v };
}
