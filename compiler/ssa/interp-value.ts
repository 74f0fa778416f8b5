// This file implements the value model of the test interpreter (interp.ts):
// how Go values are represented in JS (bigint integers wrapped to their
// width, numbers for floats, byte strings, JS arrays for structs and arrays,
// Refs for pointers, SliceV for slices), zero values, copying, equality and
// the formatting of the print/println builtins.

import type { Type } from '../types/type.js';
import { BasicKind } from '../types/type.js';
import type { Function } from './ir.js';
import { identical, typeString, underlying } from './typeutil.js';
import { runtimeTypeString } from './interp-typestr.js';

/** Ref is a pointer: it reads and writes one location; equal refs have the same root and path. */
export class Ref {
  constructor(
    readonly root: object,
    readonly path: string,
    readonly get: () => V,
    readonly set: (v: V) => void,
  ) {}
}

export interface SliceV {
  readonly kind: 'slice';
  readonly arr: V[];
  readonly off: number;
  readonly len: number;
  readonly cap: number;
}

export interface ClosureV {
  readonly kind: 'closure';
  readonly fn: Function;
  readonly env: V[];
}

export interface IfaceV {
  readonly kind: 'iface';
  readonly type: Type;
  readonly v: V;
}

export interface MapV {
  readonly kind: 'map';
  readonly m: Map<string, [V, V]>;
}

export interface IterV {
  readonly kind: 'iter';
  readonly s?: string;
  readonly entries?: [V, V][];
  i: number;
}

export type V = bigint | number | boolean | string | null | Ref | V[] | SliceV | ClosureV | IfaceV | MapV | IterV | Function;

/** GoPanic is a Go panic propagating through the interpreter. */
export class GoPanic extends Error {
  constructor(
    readonly value: V,
    readonly text: string,
  ) {
    super(text);
  }
}

export function runtimePanic(msg: string): GoPanic {
  return new GoPanic(`runtime error: ${msg}`, `runtime error: ${msg}`);
}

const intWidths: Partial<Record<BasicKind, [number, boolean]>> = {
  [BasicKind.Int]: [64, true],
  [BasicKind.Int8]: [8, true],
  [BasicKind.Int16]: [16, true],
  [BasicKind.Int32]: [32, true],
  [BasicKind.Int64]: [64, true],
  [BasicKind.Uint]: [64, false],
  [BasicKind.Uint8]: [8, false],
  [BasicKind.Uint16]: [16, false],
  [BasicKind.Uint32]: [32, false],
  [BasicKind.Uint64]: [64, false],
  [BasicKind.Uintptr]: [32, false],
  [BasicKind.UntypedInt]: [64, true],
  [BasicKind.UntypedRune]: [32, true],
};

export function basicKind(t: Type): BasicKind | undefined {
  const u = underlying(t);
  return u.kind === 'Basic' ? u.basic : undefined;
}

export function intWidth(t: Type): [number, boolean] | undefined {
  const k = basicKind(t);
  return k === undefined ? undefined : intWidths[k];
}

export function wrap(v: bigint, t: Type): bigint {
  const w = intWidth(t);
  if (!w) return v;
  return w[1] ? BigInt.asIntN(w[0], v) : BigInt.asUintN(w[0], v);
}

export function isFloat32(t: Type): boolean {
  return basicKind(t) === BasicKind.Float32;
}

export function zero(t: Type): V {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      if (intWidths[u.basic]) return 0n;
      if (u.basic === BasicKind.Bool || u.basic === BasicKind.UntypedBool) return false;
      if (u.basic === BasicKind.String || u.basic === BasicKind.UntypedString) return '';
      if (u.basic === BasicKind.Float32 || u.basic === BasicKind.Float64 || u.basic === BasicKind.UntypedFloat) return 0;
      if (u.basic === BasicKind.Complex64 || u.basic === BasicKind.Complex128) return [0, 0];
      return null;
    case 'Array':
      return Array.from({ length: u.len }, () => zero(u.elem));
    case 'Struct':
      return u.fields.map((f) => zero(f.type));
    case 'Tuple':
      return u.vars.map((v) => zero(v.type));
    default:
      return null;
  }
}

function isAggregate(t: Type): boolean {
  const k = underlying(t).kind;
  return k === 'Array' || k === 'Struct';
}

/** copyValue deep-copies struct and array values (everything else is immutable or a reference). */
export function copyValue(v: V, t: Type): V {
  const u = underlying(t);
  if (u.kind === 'Array') return (v as V[]).map((e) => copyValue(e, u.elem));
  if (u.kind === 'Struct') return (v as V[]).map((e, i) => copyValue(e, u.fields[i]!.type));
  return v;
}

/** store writes v at ref; aggregates are copied into the existing object so that slices of it stay valid. */
export function storeAt(ref: Ref, v: V, t: Type): void {
  if (!isAggregate(t)) {
    ref.set(v);
    return;
  }
  assignInto(ref.get() as V[], v as V[], t);
}

function assignInto(dst: V[], src: V[], t: Type): void {
  const u = underlying(t);
  for (let i = 0; i < src.length; i++) {
    const et = u.kind === 'Array' ? u.elem : u.kind === 'Struct' ? u.fields[i]!.type : t;
    if (isAggregate(et)) assignInto(dst[i] as V[], src[i] as V[], et);
    else dst[i] = src[i]!;
  }
}

export function equal(a: V, b: V): boolean {
  if (a === b) return true;
  if (a instanceof Ref && b instanceof Ref) return a.root === b.root && a.path === b.path;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]!));
  if (a && b && typeof a === 'object' && typeof b === 'object' && 'kind' in a && 'kind' in b) {
    if (a.kind === 'iface' && b.kind === 'iface') {
      if (!identical(a.type, b.type)) return false;
      const k = underlying(a.type).kind;
      if (k === 'Slice' || k === 'Map' || k === 'Signature') throw runtimePanic(`comparing uncomparable type ${runtimeTypeString(a.type)}`);
      return equal(a.v, b.v);
    }
  }
  return false;
}

/** keyOf encodes a comparable value as a map key. */
const refIds = new WeakMap<object, number>();
let nextRefId = 1;
export function keyOf(v: V): string {
  if (typeof v === 'bigint') return `i${v}`;
  if (typeof v === 'string') return `s${v}`;
  if (typeof v === 'number' && Number.isNaN(v)) return `NaN#${nextRefId++}`; // NaN != NaN: every NaN key is new
  if (typeof v === 'number' || typeof v === 'boolean') return `n${v}`;
  if (v === null) return 'nil';
  if (Array.isArray(v)) return `[${v.map(keyOf).join(',')}]`;
  if (v instanceof Ref) {
    if (!refIds.has(v.root)) refIds.set(v.root, nextRefId++);
    return `p${refIds.get(v.root)}/${v.path}`;
  }
  if (typeof v === 'object' && 'kind' in v && v.kind === 'iface') {
    const k = underlying(v.type).kind;
    if (k === 'Slice' || k === 'Map' || k === 'Signature') throw runtimePanic(`hash of unhashable type ${runtimeTypeString(v.type)}`);
    return `I${typeString(v.type)}:${keyOf(v.v)}`;
  }
  return 'obj';
}

// ---------------------------------------------------------------------------
// UTF-8 on byte strings (one JS char per byte)

export function encodeRune(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  const bytes = Buffer.from(String.fromCodePoint(r), 'utf8');
  return String.fromCharCode(...bytes);
}

/** decodeRune decodes the rune at byte offset i: [rune, width] (0xFFFD, 1 when invalid). */
export function decodeRune(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const need = b0 >= 0xf0 && b0 < 0xf8 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 && b0 < 0xe0 ? 2 : 0;
  if (need === 0 || i + need > s.length) return [0xfffd, 1];
  let r = b0 & (need === 2 ? 0x1f : need === 3 ? 0x0f : 0x07);
  for (let k = 1; k < need; k++) {
    const b = s.charCodeAt(i + k);
    if ((b & 0xc0) !== 0x80) return [0xfffd, 1];
    r = (r << 6) | (b & 0x3f);
  }
  const min = need === 2 ? 0x80 : need === 3 ? 0x800 : 0x10000;
  if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return [0xfffd, 1];
  return [r, need];
}

// ---------------------------------------------------------------------------
// print / println formatting (Go's runtime print functions)

/** shortestDigits returns the shortest decimal digits that round-trip v (as float32 when f32) and the exponent. */
function shortestDigits(v: number, f32: boolean): { digits: string; exp: number } {
  let x = v;
  if (f32) {
    for (let p = 1; p <= 9; p++) {
      const y = Number(v.toPrecision(p));
      if (Math.fround(y) === v) {
        x = y;
        break;
      }
    }
  }
  const [m, e] = x.toExponential().split('e') as [string, string];
  return { digits: m.replace('.', ''), exp: Number(e) };
}

/** formatFloat formats like strconv.FormatFloat(v, 'g', -1, 64 or 32), as Go's println prints floats. */
export function formatFloat(v: number, f32 = false): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (v === 0) return sign + '0';
  const { digits, exp } = shortestDigits(Math.abs(v), f32);
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

export function formatPrint(v: V, t: Type): string {
  const u = underlying(t);
  if (u.kind === 'Basic') {
    if (typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'string') return String(v);
    if (typeof v === 'number') return formatFloat(v, u.basic === BasicKind.Float32);
    if (Array.isArray(v)) {
      const im = formatFloat(v[1] as number);
      return `(${formatFloat(v[0] as number)}${im.startsWith('-') ? '' : '+'}${im}i)`;
    }
    return v === null ? '0x0' : '0xc000010000';
  }
  if (u.kind === 'Interface') return v === null ? '(0x0,0x0)' : '(0x4a0000,0xc000010000)';
  if (u.kind === 'Slice') return v === null ? '[0/0]0x0' : `[${(v as SliceV).len}/${(v as SliceV).cap}]0xc000010000`;
  return v === null ? '0x0' : '0xc000010000';
}
