// This file implements type descriptors: one static record per Go type seen
// at run time, in the data segment (layout: runtime/go/runtime/README.md,
// "Type descriptors"; Go view: `_type` in runtime/go/runtime/iface.go).
//
// Strategy: a pre-pass over the IR (collectTypes, before the data layout is
// frozen) creates a descriptor for every type boxed by MakeInterface, asserted
// by TypeAssert or used as an assertion's static interface, plus the element
// types they reference. Identical types share one descriptor (bucketed by
// type string, then `identical`), so a descriptor's address is the type's
// identity. Everything in a descriptor is static except the `fn` fields of a
// concrete type's method table: they are table indices of the methods'
// interface entries and are stored by _start only for types that reachable
// code boxes (useType, called by the MakeInterface lowering), so methods
// of types never boxed are not compiled. `equal` and `hashfn` are static
// closure objects ({table index}) of functions generated per type
// (typehelpers.ts); like method tables, their indices are stored by _start
// for used types only (useType).
//
// Method DCE: a method table entry's `fn` is only read by runtime.itabfn, that
// is by interface calls, so _start fills it only when the method's id is
// invoked somewhere in reachable code (invokeId). Ids invoked after a type was
// used fill the entries waiting for them, so the result does not depend on the
// order in which functions are lowered.
//
// Reflection: when the program contains package reflect (fmt, and errors
// through internal/reflectlite), descriptors get an extra record
// (typeextra.ts: struct fields, func parameters, package path, ...) whose
// component types have descriptors too, and using a type uses its component
// types as well: reflect can turn a field or element into an interface value,
// whose dynamic type then needs its equal/hash functions and method entries.
// A pointer type's descriptor is linked from its element's `ptrTo`
// (reflect.PointerTo, Value.Addr, New); with reflect, every named type with
// pointer-receiver methods gets its `*T` descriptor (and method table) when
// reflect.ptrTo is reachable (Addr, PointerTo, New; fmt alone does not), so
// that Addr().Interface() and PointerTo(T) find those methods (encoding/json's
// UnmarshalJSON on a field's address). Method DCE still holds: the `*T` table's
// entries are filled only for invoked ids.
//
// Reflective calls (reflectcall.ts): when reflect.Value.Call is reachable,
// func type descriptors point to a call trampoline for their signature and
// method tables get the descriptors of their methods' signatures (extra record
// `mtyps`); when methods are reachable by index or name (Value.Method/
// MethodByName, Type.Method/MethodByName: Go's linker rule), exported methods
// of used types are compiled and filled whatever is invoked (reflect can call
// any of them by name, as text/template does, through Call, a method value or
// Method.Func), their signatures get trampolines, and named types with methods
// get their `*T` descriptor (PointerTo(T).MethodByName finds value methods).
// Func values made by reflect (makefunc.ts): MakeFunc stubs for every func
// type when reflect.MakeFunc is reachable, for method signatures when method
// values can become func values (reflect.makeMethodValue), for the
// receiver-first signatures (extra record `ftyps`: Method.Type/Func) when code
// outside reflect calls Type.Method/MethodByName/Methods.
// Type constructors (reflect.SliceOf, ArrayOf, MapOf, StructOf, ...): the
// typelinks table lists every descriptor, all with their equal/hash functions
// filled, so that types built at run time stay canonical
// (runtime/go/reflect/typebuild.go).

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Func, Signature, Type } from '../types/index.js';
import { BasicKind, comparable, componentTypes, identical, isExported, methodSet, typeKey, typeString } from '../types/index.js';
import { methodLinkName } from '../ssa/index.js';
import { sizeof, underlying, hasPointers } from './layout.js';
import { goBytes } from './data.js';
import type { ModuleLowerer } from './lower.js';
import { funcSig } from './calls.js';
import { rtypeName } from './typename.js';
import { helperName, ifaceEntry } from './typehelpers.js';
import { buildExtra, needsExtra, TX } from './typeextra.js';
import { methodSignature, reserveTrampoline, trampolineName } from './reflectcall.js';
import { makeFuncStubName, reserveMakeFuncStub } from './makefunc.js';

/** Byte offsets of the descriptor fields (must match `_type` in iface.go). */
export const TD = {
  size: 0,
  hash: 4,
  kind: 8,
  flags: 9,
  equal: 12,
  hashfn: 16,
  ptrTo: 20,
  name: 24,
  nameLen: 32,
  elem: 40,
  key: 44,
  len: 48,
  mcount: 52,
  methods: 56,
  extra: 60,
  SIZE: 64,
} as const;

/** Size of one method table entry {id u32, fn u32, name string}. */
export const MethodEntrySize = 24;

export const FlagDirect = 1;
export const FlagNamed = 2;
export const FlagPointers = 4;
/** The extra record has `ftyps` (and is full size: typeextra.ts). */
export const FlagFtyps = 8;

interface MethodEntry {
  readonly id: number;
  readonly name: string;
  /** For concrete types: the method's function (absent when the builder made none). */
  readonly fn?: ir.Function;
  /** The receiver type fn's interface entry is built for, when not the table's type (a value
   * method listed in `*T`'s table without a `(*T).M` wrapper: the data word points to a T). */
  readonly recvT?: Type;
  /** The method's signature without receiver (reflective calls only). */
  readonly mtyp?: Type;
  /** The method's signature with the receiver first (Type.Method(i).Type and .Func; concrete types,
   * when reflect can reach methods by index or name). */
  readonly ftyp?: Type;
}

interface Desc {
  readonly t: Type;
  readonly addr: number;
  methods: MethodEntry[];
  /** Address of the method table (0 when there are no methods). */
  tab: number;
  /** Static closure objects of the equal and hash functions (0: not comparable). */
  eqObj: number;
  hashObj: number;
  filled: boolean;
  /** The descriptor of *t, when the program has one (reflect can reach it through New/Addr). */
  ptr?: Desc;
  /** Func types, reflective calls: the static closure object of the signature's call trampoline. */
  trampObj: number;
  /** Func types, reflect.MakeFunc: the static cell holding the table index of the signature's stub. */
  stubObj: number;
  /** Address of the extra record (0: none). */
  extra: number;
}

/** The package whose presence makes descriptors reflective (extra records, component use). */
const ReflectPkg = 'reflect';
const SetFinalizer = 'runtime.SetFinalizer';

export class TypeInfo {
  private readonly buckets = new Map<string, Desc[]>();
  private readonly ids = new Map<string, number>();
  /** Method ids called through an interface by reachable code. */
  private readonly invoked = new Set<number>();
  /** Method table entries of used types whose id is not invoked (yet): id -> fill actions. */
  private readonly waiting = new Map<number, (() => void)[]>();
  /** Whether reflect can inspect values (the program contains package reflect). */
  readonly reflective: boolean;
  /** Whether reachable code calls reflect.Value.Call/CallSlice (set by collectTypes). */
  reflectCall = false;
  /** Whether reflect can also reach methods by index or name (Value.Method/MethodByName,
   * Type.Method/MethodByName): exported methods of used types are all compiled. */
  reflectMethods = false;
  /** Whether reflect.MakeFunc is reachable: every func type descriptor gets a MakeFunc stub
   * (makefunc.ts). */
  reflectMakeFunc = false;
  /** Whether reflect can turn method values into func values (reflect.makeMethodValue, reachable
   * only through Value.Method): the methods' signatures get MakeFunc stubs. */
  reflectMethodValues = false;
  /** Whether Type.Method/MethodByName are reachable: the receiver-first signatures of concrete
   * types' methods are recorded (Method.Type) and get MakeFunc stubs (Method.Func). */
  reflectMethodFuncs = false;
  /** Whether method signatures are recorded (extra record mtyps: Value.Type of a method value,
   * the call trampoline a method is called through). */
  private get recordSigs(): boolean {
    return this.reflectCall || this.reflectMethods;
  }
  /** Func types passed to runtime.SetFinalizer: they get a call trampoline (finalizers with results). */
  readonly finalizerTypes = new Set<string>();
  /** Whether reflect can make *T from a T (Addr, PointerTo, New reach reflect.ptrTo). */
  reflectPtrTo = false;
  /** Whether reflect can list a type's methods (Type.NumMethod/Method, Value.Method...). */
  reflectEnumerates = false;
  /** Descriptors whose method table waits for layoutMethodTables. */
  private pendingTables: Desc[] = [];
  /** The method ids method tables keep (set by layoutMethodTables). */
  private keptIds: Set<number> | undefined;
  /** Address of the table of every descriptor (u32 count, then the addresses) that reflect's type
   * constructors search (runtime/go/reflect/typebuild.go); 0 when the program has none of them. */
  typelinks = 0;
  /** GOEXPERIMENT=fieldtrack: methods declared `//go:nointerface` are left out of method tables. */
  private get fieldTrack(): boolean {
    return this.ml.prog.experiments?.has('fieldtrack') ?? false;
  }
  /** Actions that build wasm functions, waiting for the memory (useType during static init). */
  private deferred: (() => void)[] | undefined = [];
  /** Pending (function name, type, kind) of the equal/hash functions to generate. */
  readonly helpers: { name: string; t: Type; what: 'eq' | 'hash' }[] = [];

  constructor(readonly ml: ModuleLowerer) {
    // runtime.SetFinalizer reads the parameters and results of a finalizer's func type from its
    // extra record (runtime/go/runtime/finalizer.go).
    this.reflective = ml.prog.packages.some((p) => p.path === ReflectPkg) || ml.prog.functions.some((f) => f.name === SetFinalizer);
  }

  lookup(t: Type): Desc | undefined {
    const b = this.buckets.get(typeKey(t));
    return b?.find((d) => d.t === t || identical(d.t, t));
  }

  /** methodId returns the program-wide id of a method (name + package if unexported + signature). */
  methodId(m: Func): number {
    const sig = m.type as Signature;
    // parameter names are not part of the signature's identity
    const types = (vs: readonly { type: Type }[]) => vs.map((v) => typeKey(v.type)).join(',');
    const shape = `(${types(sig.params.vars)}${sig.variadic ? '...' : ''})(${types(sig.results.vars)})`;
    const key = `${m.name}|${isExported(m.name) ? '' : (m.pkg?.path ?? '')}|${shape}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(key, id);
    }
    return id;
  }

  /** invokeId returns a method's id and records that reachable code calls it through an interface
   * (the method entries with this id get their `fn` filled). */
  invokeId(m: Func): number {
    const id = this.methodId(m);
    if (this.keptIds && !this.keptIds.has(id)) throw new InternalError(`method ${m.name} is invoked but was missed by the pre-pass (collectTypes)`);
    if (!this.invoked.has(id)) {
      this.invoked.add(id);
      const ws = this.waiting.get(id);
      this.waiting.delete(id);
      for (const fill of ws ?? []) fill();
    }
    return id;
  }

  /** descriptor returns the address of t's descriptor, creating it (only before the layout freezes). */
  descriptor(t: Type): number {
    const hit = this.lookup(t);
    if (hit) return hit.addr;
    const data = this.ml.data;
    const addr = data.reserve(TD.SIZE, 8);
    const d: Desc = { t, addr, methods: [], tab: 0, eqObj: 0, hashObj: 0, filled: false, trampObj: 0, stubObj: 0, extra: 0 };
    const key = typeKey(t);
    const b = this.buckets.get(key);
    if (b) b.push(d);
    else this.buckets.set(key, [d]);
    this.fill(d);
    // reflect reaches *T from a T (Addr, PointerTo, New): give it *T's methods
    // (with methods reachable by name, *T's method set matters for value methods too: Go's
    // PointerTo(T).MethodByName finds them)
    if (this.reflectPtrTo && t.kind === 'Named' && !d.ptr && (hasPointerMethods(t) || (this.reflectMethods && d.methods.length > 0 && underlying(t).kind !== 'Interface')))
      this.descriptor({ kind: 'Pointer', elem: t });
    return addr;
  }

  private fill(d: Desc): void {
    const data = this.ml.data;
    const t = d.t;
    const u = underlying(t);
    const w = (off: number, v: number) => data.writeU32(d.addr + off, v);
    // a Go string: UTF-8 bytes, one char per byte (names may hold `·` or non-ASCII identifiers)
    const name = goBytes(rtypeName(t));
    w(TD.size, sizeof(t));
    w(TD.hash, fnv1a(name + '#' + typeString(t)));
    let flags = 0;
    if (isDirect(t)) flags |= FlagDirect;
    if (t.kind === 'Named') flags |= FlagNamed;
    if (hasPointers(t)) flags |= FlagPointers;
    w(TD.kind, kindOf(t) | (flags << 8));
    if (comparable(t)) {
      // the closure objects' table indices are stored by _start once t is used (useType)
      d.eqObj = data.reserve(4, 4);
      d.hashObj = data.reserve(4, 4);
      w(TD.equal, d.eqObj);
      w(TD.hashfn, d.hashObj);
    }
    if (name.length > 0) w(TD.name, data.intern(name));
    w(TD.nameLen, name.length);
    if (u.kind === 'Pointer' || u.kind === 'Slice' || u.kind === 'Array' || u.kind === 'Chan' || u.kind === 'Map')
      w(TD.elem, this.descriptor(u.elem));
    if (t.kind === 'Pointer') {
      const e = this.descriptor(t.elem);
      data.writeU32(e + TD.ptrTo, d.addr);
      this.lookup(t.elem)!.ptr = d;
    }
    d.methods = this.methodsOf(t);
    if (this.reflective && (needsExtra(t) || (this.recordSigs && d.methods.length > 0))) {
      const ftyps = d.methods.some((m) => m.ftyp);
      const x = buildExtra(data, t, (c) => this.descriptor(c), u.kind === 'Signature' || ftyps);
      if (ftyps) w(TD.kind, kindOf(t) | ((flags | FlagFtyps) << 8));
      w(TD.extra, x);
      d.extra = x;
      this.callCells(d, this.reflectCall || this.finalizerTypes.has(typeKey(t)), this.reflectMakeFunc);
      // in reflect's method order: the entries that have a signature (exported, or an interface's)
      const sigs = d.methods.filter((m) => m.mtyp);
      if (sigs.length > 0) {
        const mt = data.reserve(sigs.length * 4, 4);
        data.writeU32(x + TX.mtyps, mt);
        sigs.forEach((m, i) => {
          data.writeU32(mt + i * 4, this.descriptor(m.mtyp!));
          // a method is called through its signature's trampoline (Call on a method value, the
          // func value of a method value or of Method.Func: runtime/go/reflect/makefunc.go)
          this.callCells(this.lookup(m.mtyp!)!, this.reflectMethods, this.reflectMethodValues);
        });
        if (sigs.some((m) => m.ftyp)) {
          const ft = data.reserve(sigs.length * 4, 4);
          data.writeU32(x + TX.ftyps, ft);
          sigs.forEach((m, i) => {
            data.writeU32(ft + i * 4, this.descriptor(m.ftyp!));
            this.callCells(this.lookup(m.ftyp!)!, false, true);
          });
        }
      }
    }
    if (u.kind === 'Map') w(TD.key, this.descriptor(u.key));
    if (u.kind === 'Array') w(TD.len, u.len);
    if (d.methods.length > 0) this.pendingTables.push(d);
  }

  /** layoutMethodTables writes the method tables, once every descriptor exists (end of the
   * pre-pass). A concrete type's table keeps only the methods some code can look up: ids invoked
   * through an interface (`invoked`, from the IR), the methods of interface types that have a
   * descriptor (assertions and reflect's Implements compare a table with an interface's), and,
   * when reflect can enumerate methods (Type.NumMethod/Method), every exported method. In
   * hello-fmt this drops reflect.Value's and *os.File's unused methods (about 6 KB of data). */
  layoutMethodTables(invoked: Iterable<number>): void {
    const keep = new Set(invoked);
    for (const b of this.buckets.values())
      for (const d of b) if (underlying(d.t).kind === 'Interface') for (const m of d.methods) keep.add(m.id);
    this.keptIds = keep;
    const data = this.ml.data;
    for (const d of this.pendingTables) {
      if (underlying(d.t).kind !== 'Interface')
        d.methods = d.methods.filter((m) => keep.has(m.id) || (this.reflectEnumerates && isExported(m.name)));
      data.writeU32(d.addr + TD.mcount, d.methods.length);
      if (d.methods.length === 0) continue;
      const tab = data.reserve(d.methods.length * MethodEntrySize, 8);
      data.writeU32(d.addr + TD.methods, tab);
      d.tab = tab;
      d.methods.forEach((m, i) => {
        const e = tab + i * MethodEntrySize;
        data.writeU32(e, m.id);
        const name = goBytes(m.name);
        data.writeU32(e + 8, data.intern(name));
        data.writeU32(e + 16, name.length);
      });
    }
    this.pendingTables = [];
  }

  /** callCells gives func type descriptor d the cells of its call trampoline (tramp) and MakeFunc
   * stub (stub), unless it has them already (pre-pass; useType fills them). */
  private callCells(d: Desc, tramp: boolean, stub: boolean): void {
    const u = underlying(d.t);
    if (u.kind !== 'Signature' || !d.extra) return;
    const data = this.ml.data;
    if (tramp && !d.trampObj) {
      d.trampObj = reserveTrampoline(this.ml, u);
      data.writeU32(d.extra + TX.n4, d.trampObj);
    }
    if (stub && !d.stubObj) {
      d.stubObj = reserveMakeFuncStub(this.ml, u);
      data.writeU32(d.extra + TX.mkfn, d.stubObj);
    }
  }

  /** methodsOf lists t's method set sorted by (name, id): an interface's methods, or a concrete type's. */
  private methodsOf(t: Type): MethodEntry[] {
    const u = underlying(t);
    const out: MethodEntry[] = [];
    const base = t.kind === 'Pointer' ? t.elem : t;
    // methods: interfaces, named types and pointers to them, structs with embedded fields and
    // pointers to those (promoted methods)
    if (u.kind !== 'Interface' && base.kind !== 'Named' && underlying(base).kind !== 'Struct') return out;
    for (const e of methodSet(t)) {
      const m = e.obj;
      if (m.type.typeParams?.length) continue;
      const mtyp = this.recordSigs && (isExported(m.name) || u.kind === 'Interface') ? methodSignature(m.type) : undefined;
      if (u.kind !== 'Interface') {
        if (this.fieldTrack && (m.origin ?? m).directives?.some((d) => d.name === 'go:nointerface')) continue;
        const wantsPtr = m.type.recv?.type.kind === 'Pointer';
        if (t.kind !== 'Pointer' && wantsPtr && !e.indirect) continue;
        const byName = this.ml.prog.byName;
        let fn = byName.get(methodLinkName(t, m.name));
        let recvT: Type | undefined;
        if (!fn && t.kind === 'Pointer' && !wantsPtr && !isDirect(t.elem)) {
          // no (*T).M wrapper was built: T.M's interface entry loads the receiver from the pointer
          fn = byName.get(methodLinkName(t.elem, m.name));
          if (fn) recvT = t.elem;
        }
        const ftyp = mtyp && this.reflectMethodFuncs ? receiverSignature(t, m.type) : undefined;
        out.push({ id: this.methodId(m), name: m.name, fn, recvT, mtyp, ftyp });
      } else out.push({ id: this.methodId(m), name: m.name, mtyp });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
  }

  /** whenMemory runs f now, or once the module has its memory (functions with loads need it). */
  private whenMemory(f: () => void): void {
    if (this.deferred) this.deferred.push(f);
    else f();
  }

  /** memoryReady runs the actions deferred until the module has its memory (index.ts calls it). */
  memoryReady(): void {
    const ds = this.deferred ?? [];
    this.deferred = undefined;
    for (const f of ds) f();
  }

  /** emitTypelinks writes the table of every descriptor (end of the pre-pass: all exist by then). */
  emitTypelinks(): void {
    const all = [...this.buckets.values()].flat();
    const data = this.ml.data;
    const tab = data.reserve(4 + all.length * 4, 4);
    data.writeU32(tab, all.length);
    all.forEach((d, i) => data.writeU32(tab + 4 + i * 4, d.addr));
    this.typelinks = tab;
  }

  /** completeTypelinks fills the equal/hash objects and the call trampoline and MakeFunc stub
   * cells of every descriptor in the typelinks table, used or not (reflect's constructors may
   * return any of them: runtime/go/reflect/typebuild.go). Method entries are left to useType: a
   * type reflect can reach values of is boxed somewhere, which fills them. Returns whether there
   * was anything to do (functions to lower). */
  completeTypelinks(): boolean {
    if (!this.typelinks) return false;
    const ml = this.ml;
    for (const b of this.buckets.values())
      for (const d of b) {
        if (d.filled) continue;
        const sig = underlying(d.t) as Signature;
        if (d.eqObj) ml.closureInits.push([d.eqObj, ml.tableSlot(helperName(ml, d.t, 'eq'))]);
        if (d.hashObj) ml.closureInits.push([d.hashObj, ml.tableSlot(helperName(ml, d.t, 'hash'))]);
        if (d.trampObj) ml.closureInits.push([d.trampObj, ml.tableSlot(trampolineName(ml, sig))]);
        if (d.stubObj) ml.closureInits.push([d.stubObj, ml.tableSlot(makeFuncStubName(ml, sig))]);
      }
    return true;
  }

  /** useType makes _start fill t's method table and equal/hash objects (t is boxed, or a map key,
   * in reachable code), generating the functions they refer to. */
  useType(t: Type): void {
    const d = this.lookup(t);
    if (!d) throw new InternalError(`type ${typeString(t)} has no descriptor (missed by the pre-pass)`);
    if (d.filled) return;
    d.filled = true;
    const ml = this.ml;
    if (d.eqObj) ml.closureInits.push([d.eqObj, ml.tableSlot(helperName(ml, t, 'eq'))]);
    if (d.hashObj) ml.closureInits.push([d.hashObj, ml.tableSlot(helperName(ml, t, 'hash'))]);
    if (d.trampObj) {
      const obj = d.trampObj;
      this.whenMemory(() => ml.closureInits.push([obj, ml.tableSlot(trampolineName(ml, underlying(t) as Signature))]));
    }
    if (d.stubObj) {
      const obj = d.stubObj;
      this.whenMemory(() => ml.closureInits.push([obj, ml.tableSlot(makeFuncStubName(ml, underlying(t) as Signature))]));
    }
    const tab = d.tab;
    d.methods.forEach((m, i) => {
      if (m.mtyp) this.useType(m.mtyp);
      if (m.ftyp) this.useType(m.ftyp);
      const fn = m.fn;
      if (!fn) return;
      if (funcSig(fn).hasCtx) throw new InternalError(`method ${fn.name} has free variables`);
      const fill = () => ml.closureInits.push([tab + i * MethodEntrySize + 4, ml.tableSlot(ifaceEntry(ml, m.recvT ?? t, fn))]);
      if (this.reflectMethods && isExported(m.name)) this.whenMemory(fill);
      else if (this.invoked.has(m.id)) fill();
      else {
        const ws = this.waiting.get(m.id);
        if (ws) ws.push(fill);
        else this.waiting.set(m.id, [fill]);
      }
    });
    if (this.reflective) {
      for (const c of componentTypes(t)) this.useType(c);
      if (d.ptr) this.useType(d.ptr.t);
    }
  }
}

const infos = new WeakMap<ModuleLowerer, TypeInfo>();

/** typeInfo returns the descriptor registry of a module. */
export function typeInfo(ml: ModuleLowerer): TypeInfo {
  let ti = infos.get(ml);
  if (!ti) {
    ti = new TypeInfo(ml);
    infos.set(ml, ti);
  }
  return ti;
}

/** typeDescriptor returns the address of t's descriptor (create in a pre-pass before the layout freezes). */
export function typeDescriptor(ml: ModuleLowerer, t: Type): number {
  return typeInfo(ml).descriptor(t);
}

/** useTypeDescriptor marks t used by reachable code (its descriptor's equal/hash and methods get
 * filled in); call it while lowering, e.g. for a map's key type. */
export function useTypeDescriptor(ml: ModuleLowerer, t: Type): number {
  const ti = typeInfo(ml);
  ti.useType(t);
  return ti.descriptor(t);
}

/** collectTypes is the pre-pass: descriptors for every type the program's interfaces can see.
 * prog is the backend's live view (only functions compiler/ssa/reach.ts finds reachable), so
 * code that is never emitted gets no descriptors. */
export function collectTypes(ml: ModuleLowerer, prog: ir.Program): void {
  const ti = typeInfo(ml);
  let typelinks = false;
  if (ti.reflective) {
    const live = new Set(prog.functions.map((f) => f.name));
    ti.reflectCall = live.has('reflect.Value.Call') || live.has('reflect.Value.CallSlice');
    // method values and Method.Func are func values made by MakeFunc stubs that call the method
    // through its signature's call trampoline (runtime/go/reflect/makefunc.go)
    ti.reflectMethods = ReflectMethodEntries.some((n) => live.has(n));
    ti.reflectMakeFunc = live.has('reflect.MakeFunc');
    ti.reflectMethodValues = live.has('reflect.makeMethodValue');
    ti.reflectMethodFuncs = callsTypeMethod(prog);
    ti.reflectPtrTo = live.has('reflect.ptrTo');
    ti.reflectEnumerates = ti.reflectMethods || live.has('reflect.(*rtype).NumMethod') || live.has('reflect.(*rtype).methodIndex');
    typelinks = TypeConstructors.some((n) => live.has(n));
  }
  for (const f of prog.functions)
    for (const b of f.blocks)
      for (const i of b.instrs) {
        const fin = i.kind === 'Call' && i.call.mode === 'call' && i.call.value.kind === 'Function' && i.call.value.name === SetFinalizer;
        const arg = fin ? i.call.args[1] : undefined;
        if (arg?.kind === 'MakeInterface') ti.finalizerTypes.add(typeKey(arg.x.type));
      }
  const invoked: number[] = [];
  for (const f of prog.functions)
    for (const b of f.blocks)
      for (const i of b.instrs) {
        if (i.kind === 'MakeInterface') ti.descriptor(i.x.type);
        else if (i.kind === 'TypeAssert') {
          ti.descriptor(i.assertedType);
          ti.descriptor(i.x.type);
        } else if ('call' in i && i.call.mode === 'invoke') invoked.push(ti.methodId(i.call.method));
      }
  if (typelinks) ti.emitTypelinks();
  // last: every descriptor exists (a descriptor made later would get no method table)
  ti.layoutMethodTables(invoked);
}

/** reflect's type constructors: when one is reachable, reflect searches every static descriptor
 * (the typelinks table) so that the types it builds stay canonical. */
const TypeConstructors = ['reflect.SliceOf', 'reflect.ArrayOf', 'reflect.MapOf', 'reflect.StructOf', 'reflect.FuncOf', 'reflect.ChanOf'];


/** callsTypeMethod reports whether code outside package reflect calls reflect.Type's Method,
 * MethodByName or Methods, through reflect.Type or any interface declaring them with reflect.Method
 * in the results (Go's compiler marks such callers; (*rtype).Method itself is reachable in every
 * program where reflect can call exported methods by name, Type's included). */
function callsTypeMethod(prog: ir.Program): boolean {
  const names = new Set(['Method', 'MethodByName', 'Methods']);
  const isTypeMethod = (m: Func): boolean =>
    names.has(m.name) && (m.pkg?.path === ReflectPkg || (m.type as Signature).results.vars.some((v) => typeString(v.type).includes('reflect.Method')));
  return prog.functions.some(
    (f) =>
      f.pkg !== ReflectPkg &&
      f.blocks.some((b) => b.instrs.some((i) => (i.kind === 'Call' || i.kind === 'Defer' || i.kind === 'Go') && i.call.mode === 'invoke' && isTypeMethod(i.call.method))),
  );
}

/** The functions through which reflect reaches methods by index or name (Go's linker keeps every
 * exported method of reachable types when one of them is reachable). */
export const ReflectMethodEntries = ['reflect.Value.Method', 'reflect.Value.MethodByName', 'reflect.(*rtype).Method', 'reflect.(*rtype).MethodByName'];

/** receiverSignature is a method's signature as a func type with the receiver t first (the type of
 * reflect's Method.Func). */
function receiverSignature(t: Type, sig: Signature): Signature | undefined {
  const recv = sig.recv;
  if (!recv) return undefined; // (an interface's method promoted through an embedded field has one too)
  return { kind: 'Signature', params: { kind: 'Tuple', vars: [{ ...recv, type: t }, ...sig.params.vars] }, results: sig.results, variadic: sig.variadic };
}

/** hasPointerMethods reports whether *t has methods t has not (pointer receivers). */
function hasPointerMethods(t: Type): boolean {
  if (underlying(t).kind === 'Interface') return false;
  return methodSet({ kind: 'Pointer', elem: t }).length > methodSet(t).length;
}

/** isDirect reports whether values of t are stored in an interface's data word itself. */
export function isDirect(t: Type): boolean {
  const u = underlying(t);
  switch (u.kind) {
    case 'Pointer':
    case 'Map':
    case 'Chan':
    case 'Signature':
      return true;
    case 'Basic':
      return u.basic === BasicKind.UnsafePointer;
    default:
      return false;
  }
}

/** kindOf returns reflect.Kind of t. */
export function kindOf(t: Type): number {
  const u = underlying(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case BasicKind.Bool: return 1;
        case BasicKind.Int: return 2;
        case BasicKind.Int8: return 3;
        case BasicKind.Int16: return 4;
        case BasicKind.Int32: return 5;
        case BasicKind.Int64: return 6;
        case BasicKind.Uint: return 7;
        case BasicKind.Uint8: return 8;
        case BasicKind.Uint16: return 9;
        case BasicKind.Uint32: return 10;
        case BasicKind.Uint64: return 11;
        case BasicKind.Uintptr: return 12;
        case BasicKind.Float32: return 13;
        case BasicKind.Float64: return 14;
        case BasicKind.Complex64: return 15;
        case BasicKind.Complex128: return 16;
        case BasicKind.String: return 24;
        case BasicKind.UnsafePointer: return 26;
        default: return 0;
      }
    case 'Array': return 17;
    case 'Chan': return 18;
    case 'Signature': return 19;
    case 'Interface': return 20;
    case 'Map': return 21;
    case 'Pointer': return 22;
    case 'Slice': return 23;
    case 'Struct': return 25;
    default: return 0;
  }
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i) & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
