// This file implements the lowering state and the per-function dispatcher.
//
// ModuleLowerer owns module-wide state: the work list of reachable functions
// (a function is lowered only when something references it, starting from
// _start, so only reachable code is emitted), the function table for indirect
// calls, static closures, package-level variable addresses and the data image.
//
// FunctionLowerer lowers one SSA function. Every SSA value is a list of scalar
// parts (layout.ts); a value-producing instruction stores its parts in fresh
// locals once, except Extract, Field (constant index) and ChangeType, which
// alias the parts of their operand (safe because SSA values never change and
// a def dominates its uses). Blocks are lowered in reverse postorder (defs
// before uses); control flow is rebuilt with binaryen's Relooper, and phis are
// locals assigned on each incoming edge (in the Relooper branch code, so
// critical edges need no splitting), through temporaries when a block has
// several phis (parallel copy). Functions that need addressable locals get a
// frame on the shadow stack (data.ts) set up in a prologue block.

import { InternalError, UnsupportedError, assertNever } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import type * as ir from '../ssa/ir.js';
import { isValueInstruction } from '../ssa/ir.js';
import { buildDomTree } from '../ssa/index.js';
import { TraceGlobal, TraceRecordSize, type TraceTable } from './traceback.js';
import { goFuncName } from './funcnames.js';
import { StaticData } from './data.js';
import { T, WasmModule, tupleType, wtype, type Expr, type RawModule, type Scalar, type WType } from './module.js';
import { partsOf, scalarsOf, alignUp, alignof, underlying, sizeof } from './layout.js';
import { constParts } from './consts.js';
import { lowerCall, funcSig, type FuncSig, declareFunction } from './calls.js';
import { lowerBinOp, lowerUnOp } from './arith.js';
import { lowerConvert } from './convert.js';
import { clearPointers, loadParts, lowerAlloc, lowerLoad, lowerStore, lowerFieldAddr, lowerField, lowerIndexAddr, lowerIndex } from './memory.js';
import { lowerMakeSlice, lowerSlice, lowerSliceToArrayPointer } from './slices.js';
import { lowerRange, lowerNext } from './strings.js';
import { isMapRange, lowerLookup, lowerMakeMap, lowerMapNext, lowerMapRange, lowerMapUpdate, mapKeyConverts, mapNeedsFrame } from './maps.js';
import { lowerMakeClosure, funcValueAddress, closureFreeVarOffsets } from './closures.js';
import { globalAddress } from './globals.js';
import { instrMayPanic, lowerPanic, unwindExit, wrapBody, wrapRuntimeCall } from './panics.js';
import { deferPrologue, lowerDefer, lowerDeferFrame, lowerRunDefers } from './defer.js';
import { lowerChangeInterface, lowerMakeInterface, lowerTypeAssert } from './interfaces.js';
import type { StaticInit } from './staticinit.js';
import { chanNeedsFrame, lowerMakeChan, lowerRecv, lowerSelect, lowerSend } from './channels.js';
import { lowerGo } from './goroutines.js';
import { mayAllocate, planRoots, quietFunctions, type RootPlan } from './gcroots.js';
import { isIntrinsic } from './intrinsics.js';

export class ModuleLowerer {
  readonly mod = new WasmModule();
  readonly m: RawModule = this.mod.m;
  readonly data = new StaticData();
  private readonly queue: ir.Function[] = [];
  private readonly names = new Map<ir.Function, string>();
  readonly table: string[] = [];
  private readonly tableIndex = new Map<string, number>();
  readonly staticClosures = new Map<ir.Function, number>();
  /** (address, table index) of each function reference in static memory, patched in by _start's builder. */
  readonly closureInits: [number, number][] = [];
  readonly globalAddrs = new Map<ir.Global, number>();
  readonly wrappers = new Map<ir.Function, string>();
  /** Package inits partly evaluated at compile time (staticinit.ts). */
  readonly staticInits = new Map<ir.Function, StaticInit>();
  /** The function being lowered (panics.ts tests the unwinding flag after runtime calls made for it). */
  current: FunctionLowerer | undefined;
  /** The program reaches a `go` statement: goroutines switch stacks (goroutines.ts). */
  goroutines = false;
  /** Call stacks for runtime.Callers, when the program reaches it (traceback.ts). */
  trace: TraceTable | undefined;
  /** Whether the module names func values' code (funcnames.ts: the program reaches FuncForPC). */
  funcNames = false;
  /** Whether the program can read memory profiles (code outside the runtime refers to
   * runtime.MemProfile): the allocator samples, allocating instructions are trace sites. */
  memProfile = false;
  /** The functions of func values by table index (closures.ts records them; funcnames.ts). */
  readonly funcValues = new Map<number, ir.Function>();
  /** Optimising for size (-Os, -Oz): frames are pushed by a shared helper (frameHelper). */
  shrink = false;
  private readonly frameHelpers = new Map<boolean, string>();

  /** frameHelper returns the wasm function `(size) -> fp` that pushes a frame of `size` bytes on
   * the shadow stack, zeroed when `zero`, after the overflow check. -Os/-Oz call it from every
   * prologue (about 11 bytes instead of 30 or more inline); other levels expand it inline for
   * speed. */
  frameHelper(zero: boolean): string {
    const hit = this.frameHelpers.get(zero);
    if (hit) return hit;
    const name = zero ? '__frame_zeroed' : '__frame';
    this.frameHelpers.set(zero, name);
    const m = this.m;
    const size = () => m.local.get(0, T.i32);
    const fp = () => m.local.get(1, T.i32);
    const body = [
      m.if(
        m.i32.lt_u(m.i32.sub(m.global.get('__sp', T.i32), m.i32.const(this.data.stackLimit())), size()),
        m.block(null, [this.callRuntime('stackOverflow', []), m.unreachable()]),
      ),
      m.local.set(1, m.i32.sub(m.global.get('__sp', T.i32), size())),
      m.global.set('__sp', fp()),
    ];
    if (zero) body.push(this.mod.memoryFill(fp(), m.i32.const(0), size()));
    body.push(fp());
    this.mod.addFunction(name, T.i32, T.i32, [T.i32], m.block(null, body, T.i32));
    return name;
  }

  constructor(readonly prog: ir.Program) {}

  private quietFns: Set<ir.Function> | undefined;

  /** quiet returns the functions that never reach a GC point (computed once). */
  quiet(): Set<ir.Function> {
    return (this.quietFns ??= quietFunctions(this.prog, isIntrinsic));
  }

  /** funcName returns the wasm name of fn, scheduling it for lowering (or declaring its import). */
  funcName(fn: ir.Function): string {
    const hit = this.names.get(fn);
    if (hit !== undefined) return hit;
    this.names.set(fn, fn.name);
    this.queue.push(fn);
    return fn.name;
  }

  /** runtimeFunc finds a function of package runtime by name. */
  runtimeFunc(name: string, pos: Pos = 0): ir.Function {
    const fn = this.prog.byName.get(`runtime.${name}`);
    if (!fn) throw new InternalError(`runtime function runtime.${name} is missing (see runtime/go/runtime/README.md)`, pos);
    return fn;
  }

  /** callRuntime makes a call of runtime.name with already-flattened arguments. */
  callRuntime(name: string, args: Expr[], pos: Pos = 0): Expr {
    const fn = this.runtimeFunc(name, pos);
    const sig = funcSig(fn);
    return wrapRuntimeCall(this, fn, this.m.call(this.funcName(fn), args, tupleType(sig.results)), sig.results);
  }

  /** tableSlot returns the table index of a wasm function (adding it on first use). */
  tableSlot(wasmName: string): number {
    let i = this.tableIndex.get(wasmName);
    if (i === undefined) {
      i = this.table.length;
      this.table.push(wasmName);
      this.tableIndex.set(wasmName, i);
    }
    return i;
  }

  /** lowerAll lowers queued functions until no new function is reachable. */
  lowerAll(): void {
    for (let fn = this.queue.shift(); fn; fn = this.queue.shift()) {
      declareFunction(this, fn, (f) => new FunctionLowerer(this, f).lower());
    }
  }
}

export class FunctionLowerer {
  readonly m: RawModule;
  readonly mod: WasmModule;
  readonly sig: FuncSig;
  private readonly vars: WType[] = [];
  private readonly nparams: number;
  private readonly paramBase = new Map<ir.Parameter, number>();
  private readonly locals = new Map<ir.Value, number[]>();
  private readonly aliases = new Map<ir.Value, () => Expr[]>();
  /** Values known not to be nil (their loads and stores need no nil check). */
  readonly nonNil = new Set<ir.Value>();
  /** Pointers already nil-checked on every path to the current point: earlier in the block being
   * lowered, or in a block that dominates it (a check that failed would have panicked there). */
  checkedInBlock = new Set<ir.Value>();
  /** The pointers nil-checked by the end of each lowered block (checkedInBlock's inheritance). */
  private readonly checkedAtEnd = new Map<ir.BasicBlock, Set<ir.Value>>();
  private idom: (ir.BasicBlock | undefined)[] = [];
  /** MakeInterface values used only by Panic instructions (not materialised). */
  readonly skipped = new Set<ir.Value>();
  readonly ctxLocal: number | undefined;
  /** The compile-time evaluated prefix of a package init (staticinit.ts): skipped, values constant. */
  private readonly staticInit: StaticInit | undefined;
  private frameSize = 0;
  private needsFrame = false;
  private savedSpLocal = -1;
  private fpLocal = -1;
  /** The collector's view of this function (gcroots.ts); roots is set when it has root slots. */
  private gcPlan!: RootPlan;
  /** Frame offsets of the frame Allocs (allocSlot). */
  private readonly allocOffsets = new Map<ir.Alloc, number>();
  private roots: RootPlan | undefined;
  private rootsOffset = 0;

  constructor(
    readonly ml: ModuleLowerer,
    readonly fn: ir.Function,
  ) {
    this.m = ml.m;
    this.mod = ml.mod;
    this.sig = funcSig(fn);
    this.staticInit = ml.staticInits.get(fn);
    let idx = 0;
    if (this.sig.hasCtx) this.ctxLocal = idx++;
    for (const p of fn.params) {
      this.paramBase.set(p, idx);
      idx += partsOf(p.type, fn.pos).length;
    }
    this.nparams = idx;
  }

  // --- locals and values -------------------------------------------------------

  newLocal(t: Scalar | WType): number {
    this.vars.push(typeof t === 'string' ? wtype(t) : t);
    return this.nparams + this.vars.length - 1;
  }

  private localType(i: number): WType {
    if (i < this.nparams) return wtype(this.sig.params[i]!);
    return this.vars[i - this.nparams]!;
  }

  localsOf(v: ir.Value): number[] {
    let ls = this.locals.get(v);
    if (!ls) {
      ls = scalarsOf(v.type, this.fn.pos).map((s) => this.newLocal(s));
      this.locals.set(v, ls);
    }
    return ls;
  }

  /** get returns fresh expressions reading each scalar part of v. */
  get(v: ir.Value): Expr[] {
    switch (v.kind) {
      case 'Const':
        return constParts(this, v);
      case 'Parameter': {
        const base = this.paramBase.get(v);
        if (base === undefined) throw new InternalError(`parameter ${v.name} of another function`);
        return scalarsOf(v.type).map((s, i) => this.mod.localGet(base + i, s));
      }
      case 'Global':
        return [this.m.i32.const(globalAddress(this.ml, v))];
      case 'Function':
        return [this.m.i32.const(funcValueAddress(this.ml, v))];
      case 'Builtin':
        throw new InternalError(`builtin ${v.name} used as a value`);
      case 'FreeVar':
        return this.localsOf(v).map((l) => this.mod.localGet(l, this.localType(l)));
      default: {
        const s = this.staticInit?.parts(this, v);
        if (s) return s;
        const a = this.aliases.get(v);
        if (a) return a();
        if (this.skipped.has(v)) throw new InternalError('use of an unmaterialised value');
        const ls = v.kind === 'Phi' ? this.localsOf(v) : this.locals.get(v);
        if (!ls) throw new InternalError(`value used before its definition (${v.kind})`);
        return ls.map((l) => this.mod.localGet(l, this.localType(l)));
      }
    }
  }

  /** get1 returns the single scalar of a one-part value. */
  get1(v: ir.Value): Expr {
    const ps = this.get(v);
    if (ps.length !== 1) throw new InternalError(`expected a one-part value, got ${ps.length} parts`);
    return ps[0]!;
  }

  /** define stores the parts of v into its locals; returns the statements. */
  define(v: ir.Value, parts: Expr[]): Expr[] {
    const ls = this.localsOf(v);
    if (ls.length !== parts.length) throw new InternalError(`define: ${parts.length} parts for ${ls.length} locals`);
    return ls.map((l, i) => this.m.local.set(l, parts[i]!));
  }

  /** defineMulti stores the result of a multi-value expression into v's locals. */
  defineMulti(v: ir.Value, e: Expr): Expr[] {
    const ss = scalarsOf(v.type);
    if (ss.length === 0) {
      this.localsOf(v); // a zero-size value (struct{}) has no parts, but is defined from here on
      return [e];
    }
    if (ss.length === 1) return this.define(v, [e]);
    const tt = tupleType(ss);
    const tl = this.newLocal(tt);
    const out = [this.m.local.set(tl, e)];
    const ls = this.localsOf(v);
    ss.forEach((_, i) => out.push(this.m.local.set(ls[i]!, this.m.tuple.extract(this.m.local.get(tl, tt), i))));
    return out;
  }

  alias(v: ir.Value, f: () => Expr[]): void {
    this.aliases.set(v, f);
  }

  /** setFreeVarLocals records where a closure's free variables are cached. */
  setLocals(v: ir.Value, ls: number[]): void {
    this.locals.set(v, ls);
  }

  // --- shadow-stack frame --------------------------------------------------------

  /** frameSlot reserves `size` bytes in this function's frame; returns an expression for its address. */
  frameSlot(size: number, align: number): () => Expr {
    const off = this.frameOffset(size, align);
    return () => this.m.i32.add(this.m.local.get(this.fpLocal, T.i32), this.m.i32.const(off));
  }

  /** allocSlot is the frame slot of a frame Alloc (reserved at its first mention: a clear on
   * entry to a loop header may be lowered before the Alloc). */
  allocSlot(a: ir.Alloc): () => Expr {
    let off = this.allocOffsets.get(a);
    if (off === undefined) {
      const t = underlying(a.type);
      const elem = t.kind === 'Pointer' ? t.elem : a.type;
      off = this.frameOffset(sizeof(elem), alignof(elem));
      this.allocOffsets.set(a, off);
    }
    const at = off;
    return () => this.m.i32.add(this.m.local.get(this.fpLocal, T.i32), this.m.i32.const(at));
  }

  /** holdsUintptrPointers: a is an array of uintptr(unsafe.Pointer(p)) variadic arguments (gcroots.ts). */
  holdsUintptrPointers(a: ir.Alloc): boolean {
    return this.gcPlan.uintptrArrays.has(a);
  }

  /** clearObjects zeroes the frame memory of frame objects that died (gcroots.ts): the collector
   * scans frames, and their stale pointers would keep heap objects alive. */
  private clearObjects(as: ir.Alloc[] | undefined): Expr[] {
    if (!as) return [];
    return as.flatMap((a) => {
      const t = underlying(a.type);
      return clearPointers(this, t.kind === 'Pointer' ? t.elem : a.type, this.allocSlot(a));
    });
  }

  private frameOffset(size: number, align: number): number {
    if (!this.needsFrame) throw new InternalError('frameSlot in a function without a frame');
    const off = alignUp(this.frameSize, Math.max(align, 1));
    this.frameSize = off + Math.max(size, 1);
    return off;
  }

  // --- garbage collector roots (gcroots.ts) ----------------------------------------

  /** rootStore writes e into root slot k. */
  private rootStore(k: number, e: Expr): Expr {
    return this.m.i32.store(this.rootsOffset + k * 4, 4, this.m.local.get(this.fpLocal, T.i32), e);
  }

  /** spill stores the pointer parts of v in its root slots (nothing when v needs none). */
  private spill(v: ir.Value): Expr[] {
    const slots = this.roots?.slots.get(v);
    if (!slots || this.skipped.has(v)) return [];
    const parts = this.get(v);
    return slots.map(([part, slot]) => this.rootStore(slot, parts[part]!));
  }

  /** unspill clears the root slots of values that died. */
  private unspill(vs: ir.Value[] | undefined): Expr[] {
    if (!vs) return [];
    return vs.flatMap((v) => this.roots!.slots.get(v)!.map(([, slot]) => this.rootStore(slot, this.m.i32.const(0))));
  }

  /** rootsPrologue spills the parameters and free variables (the frame is zeroed already). */
  private rootsPrologue(): Expr[] {
    if (!this.roots) return [];
    const out: Expr[] = [];
    for (const p of this.fn.params) out.push(...this.spill(p));
    for (const f of this.fn.freeVars) out.push(...this.spill(f));
    return out;
  }

  /** quietCall reports calls that never reach a GC point (gcroots.ts, quietFunctions). */
  private readonly quietCall = (c: ir.Call): boolean => c.call.mode === 'call' && c.call.value.kind === 'Function' && this.ml.quiet().has(c.call.value);

  private scanFrameNeeds(): boolean {
    for (const b of this.fn.blocks)
      for (const i of b.instrs) {
        if (this.staticInit?.evaluated.has(i)) continue;
        if (i.kind === 'Alloc' && !i.heap && !allocOnHeap(i)) return true;
        if (i.kind === 'Index' && i.index.kind !== 'Const' && underlying(i.x.type).kind === 'Array') return true;
        if (mapNeedsFrame(i) || chanNeedsFrame(i)) return true;
      }
    return false;
  }

  private prologue(): Expr[] {
    const m = this.m;
    const out: Expr[] = deferPrologue(this);
    const size = alignUp(this.frameSize, 16);
    if (this.needsFrame) out.push(m.local.set(this.savedSpLocal, m.global.get('__sp', T.i32)));
    if (this.needsFrame && this.ml.shrink) {
      out.push(m.local.set(this.fpLocal, m.call(this.ml.frameHelper(this.gcPlan.hasGCPoint), [m.i32.const(size)], T.i32)));
    } else if (this.needsFrame) {
      out.push(m.local.set(this.fpLocal, m.i32.sub(m.local.get(this.savedSpLocal, T.i32), m.i32.const(size))));
      out.push(
        m.if(
          m.i32.lt_u(m.i32.sub(m.local.get(this.savedSpLocal, T.i32), m.i32.const(this.ml.data.stackLimit())), m.i32.const(size)),
          m.block(null, [this.ml.callRuntime('stackOverflow', []), m.unreachable()]),
        ),
      );
      out.push(m.global.set('__sp', m.local.get(this.fpLocal, T.i32)));
      // The collector scans frames conservatively: bytes left by earlier, deeper calls (in slots not
      // written yet, padding) would keep dead objects alive, so the frame of a function that may
      // collect while it runs starts zeroed.
      const fp = (): Expr => m.local.get(this.fpLocal, T.i32);
      if (this.gcPlan.hasGCPoint) {
        if (size <= 64) for (let k = 0; k < size; k += 8) out.push(m.i64.store(k, 8, fp(), this.mod.i64(0n)));
        else out.push(this.mod.memoryFill(fp(), m.i32.const(0), m.i32.const(size)));
      }
    }
    if (this.traceOffset !== undefined) {
      const fp = (): Expr => m.local.get(this.fpLocal, T.i32);
      out.push(m.i32.store(this.traceOffset, 4, fp(), m.global.get(TraceGlobal, T.i32)));
      out.push(m.i32.store(this.traceOffset + 4, 4, fp(), m.i32.const(this.traceEntry)));
      out.push(m.global.set(TraceGlobal, m.i32.add(fp(), m.i32.const(this.traceOffset))));
    }
    if (this.ctxLocal !== undefined && this.fn.freeVars.length > 0) {
      const offs = closureFreeVarOffsets(this.fn.freeVars.map((f) => f.type));
      this.fn.freeVars.forEach((fv, i) => {
        const ls = this.localsOf(fv);
        const vals = loadParts(this, fv.type, () => m.local.get(this.ctxLocal!, T.i32), offs[i]!);
        vals.forEach((e, k) => out.push(m.local.set(ls[k]!, e)));
      });
    }
    out.push(...this.rootsPrologue());
    const msg = this.fn.nilReceiverPanic;
    if (msg !== undefined) {
      // (*T).M of a value method with a nil receiver: Go's panicwrap message (after the frame is set up)
      const addr = this.ml.data.intern(msg);
      const fail = [this.ml.callRuntime('panicplain', [m.i32.const(addr), this.mod.i64(msg.length)]), unwindExit(this)];
      out.push(m.if(m.i32.eqz(this.get1(this.fn.params[0]!)), m.block(null, fail)));
    }
    return out;
  }

  /** epilogue returns the statements that pop this function's frame (before a return). */
  epilogue(): Expr[] {
    if (!this.needsFrame) return [];
    const out = [this.m.global.set('__sp', this.m.local.get(this.savedSpLocal, T.i32))];
    if (this.traceOffset !== undefined) out.unshift(this.m.global.set(TraceGlobal, this.m.i32.load(this.traceOffset, 4, this.m.local.get(this.fpLocal, T.i32))));
    return out;
  }

  /** traceStore records in the frame's trace record (traceback.ts) that the function is at pos. */
  private traceStore(offset: number, pos: number): Expr {
    const pc = this.ml.trace!.site(this.traceName, pos);
    return this.m.i32.store(offset + 4, 4, this.m.local.get(this.fpLocal, T.i32), this.m.i32.const(pc));
  }

  /** The frame offset of this function's trace record (traceback.ts), when it keeps one. */
  private traceOffset: number | undefined;
  /** The pc of its entry (its trace record's first pc). */
  private traceEntry = 0;
  /** The function's name as Go's tracebacks print it (closures: main.main.func1). */
  private traceName = '';

  // --- the function ----------------------------------------------------------------

  lower(): { params: WType; results: WType; vars: WType[]; body: Expr } {
    const prev = this.ml.current;
    this.ml.current = this;
    try {
      return this.lowerBody();
    } finally {
      this.ml.current = prev;
    }
  }

  private lowerBody(): { params: WType; results: WType; vars: WType[]; body: Expr } {
    const m = this.m;
    const fn = this.fn;
    this.needsFrame = this.scanFrameNeeds();
    this.gcPlan = planRoots(fn, this.quietCall, (a) => !allocOnHeap(a) && !this.staticInit?.evaluated.has(a));
    if (this.gcPlan.nslots > 0) {
      this.roots = this.gcPlan;
      this.needsFrame = true;
    }
    const traced = this.ml.trace?.traced.has(fn) ?? false;
    if (traced) this.needsFrame = true;
    for (const v of mapKeyConverts(fn)) this.skipped.add(v);
    if (this.needsFrame) {
      this.savedSpLocal = this.newLocal('i32');
      this.fpLocal = this.newLocal('i32');
    }
    if (this.roots) this.rootsOffset = this.frameOffset(this.roots.nslots * 4, 4);
    if (traced) {
      this.traceOffset = this.frameOffset(TraceRecordSize, 4);
      this.traceName = goFuncName(fn);
      this.traceEntry = this.ml.trace!.entry(this.traceName, fn.pos, fn.params.length > 0);
    }
    const order = reversePostorder(fn);
    this.idom = buildDomTree(fn).idom;
    const r = this.mod.relooper();
    const rb = new Map<ir.BasicBlock, number>();
    for (const b of order) rb.set(b, r.addBlock(this.mod.seq(this.lowerBlock(b))));
    for (const b of order) this.addBranches(r, rb, b);
    const pro = r.addBlock(this.mod.seq(this.prologue()));
    r.addBranch(pro, rb.get(fn.blocks[0]!)!, 0, 0);
    const helper = this.newLocal('i32');
    const body = wrapBody(this, r.renderAndDispose(pro, helper));
    const results = tupleType(this.sig.results);
    return {
      params: tupleType(this.sig.params),
      results,
      vars: this.vars,
      body: results === T.none ? body : m.block(null, [body, m.unreachable()], results),
    };
  }

  lowerBlock(b: ir.BasicBlock): Expr[] {
    const out: Expr[] = [];
    // blocks are lowered in reverse postorder: the immediate dominator is done. A recovered panic
    // reaches the recover block from anywhere, past checks its dominator has not made yet.
    const dom = b === this.fn.recoverBlock ? undefined : this.idom[b.index];
    this.checkedInBlock = new Set(dom ? this.checkedAtEnd.get(dom) : undefined);
    this.checkedAtEnd.set(b, this.checkedInBlock);
    out.push(...this.clearObjects(this.gcPlan.objAtEntry.get(b)));
    if (this.roots) {
      out.push(...this.unspill(this.roots.clearAtEntry.get(b)));
      for (const instr of b.instrs) if (instr.kind === 'Phi') out.push(...this.spill(instr));
    }
    for (const instr of b.instrs) {
      if (this.staticInit?.evaluated.has(instr)) continue;
      try {
        if (this.roots) out.push(...this.unspill(this.roots.clearBefore.get(instr)));
        if (this.traceOffset !== undefined && isTraceSite(instr, this.fn, this.ml.memProfile)) out.push(this.traceStore(this.traceOffset, instr.pos));
        out.push(...this.lowerInstr(instr));
        if (this.roots && instr.kind !== 'Phi') {
          if (isValueInstruction(instr)) out.push(...this.spill(instr));
          out.push(...this.unspill(this.roots.clearAfter.get(instr)));
        }
        out.push(...this.clearObjects(this.gcPlan.objAfter.get(instr)));
      } catch (e) {
        if (e instanceof UnsupportedError && !e.pos) throw new UnsupportedError(e.what, instr.pos);
        if (e instanceof InternalError && e.pos === undefined) throw new InternalError(`${e.message} (in ${this.fn.name})`, instr.pos);
        throw e;
      }
    }
    return out;
  }

  private addBranches(r: ReturnType<WasmModule['relooper']>, rb: Map<ir.BasicBlock, number>, b: ir.BasicBlock): void {
    const last = b.instrs[b.instrs.length - 1];
    const from = rb.get(b)!;
    if (!last) throw new InternalError(`block ${b.index} of ${this.fn.name} is empty`);
    if (last.kind === 'Jump') {
      r.addBranch(from, rb.get(b.succs[0]!)!, 0, this.mod.seq(this.edgeCopies(b, b.succs[0]!)));
    } else if (last.kind === 'If') {
      const [s0, s1] = [b.succs[0]!, b.succs[1]!];
      if (s0 === s1) {
        r.addBranch(from, rb.get(s0)!, 0, this.mod.seq(this.edgeCopies(b, s0)));
      } else {
        r.addBranch(from, rb.get(s0)!, this.get1(last.cond), this.mod.seq(this.edgeCopies(b, s0)));
        r.addBranch(from, rb.get(s1)!, 0, this.mod.seq(this.edgeCopies(b, s1)));
      }
    }
  }

  /** edgeCopies assigns the phis of `to` for the edge from `from` (parallel copy). */
  private edgeCopies(from: ir.BasicBlock, to: ir.BasicBlock): Expr[] {
    const k = to.preds.indexOf(from);
    const phis = to.instrs.filter((i): i is ir.Phi => i.kind === 'Phi');
    if (phis.length === 0) return [];
    if (k < 0) throw new InternalError(`block ${from.index} is not a predecessor of ${to.index}`);
    const m = this.m;
    if (phis.length === 1) return this.define(phis[0]!, this.get(phis[0]!.edges[k]!));
    const out: Expr[] = [];
    const temps: number[][] = [];
    for (const phi of phis) {
      const vals = this.get(phi.edges[k]!);
      const ts = scalarsOf(phi.type).map((s) => this.newLocal(s));
      ts.forEach((t, i) => out.push(m.local.set(t, vals[i]!)));
      temps.push(ts);
    }
    phis.forEach((phi, j) => {
      const ss = scalarsOf(phi.type);
      out.push(...this.define(phi, temps[j]!.map((t, i) => this.mod.localGet(t, ss[i]!))));
    });
    return out;
  }

  private lowerInstr(i: ir.Instruction): Expr[] {
    switch (i.kind) {
      case 'Phi':
      case 'Jump':
      case 'If':
        return [];
      case 'Return':
        return this.lowerReturn(i);
      case 'Panic':
        return lowerPanic(this, i);
      case 'Alloc':
        return lowerAlloc(this, i);
      case 'Call':
        return lowerCall(this, i);
      case 'BinOp':
        return lowerBinOp(this, i);
      case 'UnOp':
        if (i.op === '<-') return lowerRecv(this, i);
        return i.op === '*' ? lowerLoad(this, i) : lowerUnOp(this, i);
      case 'Convert':
        return this.skipped.has(i) ? [] : lowerConvert(this, i);
      case 'ChangeType': {
        const x = i.x;
        if (this.nonNil.has(x)) this.nonNil.add(i);
        this.alias(i, () => this.get(x));
        return [];
      }
      case 'Extract':
        return this.lowerExtract(i);
      case 'MakeClosure':
        return lowerMakeClosure(this, i);
      case 'MakeSlice':
        return lowerMakeSlice(this, i);
      case 'Slice':
        return lowerSlice(this, i);
      case 'SliceToArrayPointer':
        return lowerSliceToArrayPointer(this, i);
      case 'FieldAddr':
        return lowerFieldAddr(this, i);
      case 'Field':
        return lowerField(this, i);
      case 'IndexAddr':
        return lowerIndexAddr(this, i);
      case 'Index':
        return lowerIndex(this, i);
      case 'Store':
        return lowerStore(this, i);
      case 'Range':
        return isMapRange(i) ? lowerMapRange(this, i) : lowerRange(this, i);
      case 'Next':
        return isMapRange(i) ? lowerMapNext(this, i) : lowerNext(this, i);
      case 'MakeInterface':
        return lowerMakeInterface(this, i);
      case 'ChangeInterface':
        return lowerChangeInterface(this, i);
      case 'TypeAssert':
        return lowerTypeAssert(this, i);
      case 'MakeMap':
        return lowerMakeMap(this, i);
      case 'Lookup':
        return lowerLookup(this, i);
      case 'MapUpdate':
        return lowerMapUpdate(this, i);
      case 'MakeChan':
        return lowerMakeChan(this, i);
      case 'Send':
        return lowerSend(this, i);
      case 'Select':
        return lowerSelect(this, i);
      case 'Go':
        return lowerGo(this, i);
      case 'Defer':
        return lowerDefer(this, i);
      case 'DeferFrame':
        return lowerDeferFrame(this, i);
      case 'RunDefers':
        return lowerRunDefers(this);
      default:
        return assertNever(i);
    }
  }

  private lowerExtract(i: ir.Extract): Expr[] {
    const tup = i.tuple;
    const u = tup.type;
    if (u.kind !== 'Tuple') throw new InternalError('extract from a non-tuple');
    let start = 0;
    for (let k = 0; k < i.index; k++) start += partsOf(u.vars[k]!.type).length;
    const n = partsOf(i.type).length;
    this.alias(i, () => this.get(tup).slice(start, start + n));
    return [];
  }

  private lowerReturn(i: ir.Return): Expr[] {
    const m = this.m;
    const parts: Expr[] = [];
    for (const r of i.results) parts.push(...this.get(r));
    const ep = this.epilogue();
    if (parts.length === 0) return [...ep, m.return()];
    if (parts.length === 1) return [...ep, m.return(parts[0]!)];
    return [...ep, m.return(m.tuple.make(parts))];
  }
}

/** Non-escaping locals larger than this still go to the heap (the shadow stack is 8 MiB). */
export const MaxFrameAlloc = 64 * 1024;

/** allocOnHeap reports whether an Alloc is lowered to runtime.alloc. */
export function allocOnHeap(a: ir.Alloc): boolean {
  if (a.heap) return true;
  const t = underlying(a.type);
  return t.kind === 'Pointer' && sizeof(t.elem) > MaxFrameAlloc;
}

/** allocates: the instruction's lowering may call the allocator (gcroots.ts mayAllocate, and a
 * variable too big for the frame). */
export function allocates(i: ir.Instruction): boolean {
  return mayAllocate(i) || (i.kind === 'Alloc' && allocOnHeap(i));
}

/** isTraceSite: the instruction may call a function that asks for the call stack (a call, go,
 * panic, running deferred calls) or start a panic (whose deferred calls may ask): it stores its pc
 * in the trace record first. */
function isTraceSite(i: ir.Instruction, fn: ir.Function, memProfile: boolean): boolean {
  if (memProfile && allocates(i)) return true; // a memory profile sample may record this point
  if (instrMayPanic(i, fn) && i.kind !== 'Call') return true; // a runtime helper may start a panic here
  switch (i.kind) {
    case 'Call':
      return i.call.mode !== 'builtin' && !(i.call.value.kind === 'Function' && isIntrinsic(i.call.value));
    case 'Go':
    case 'Panic':
    case 'RunDefers':
      return true;
    default:
      return false;
  }
}

/** reversePostorder lists the blocks reachable from the entry, each after its dominators. */
export function reversePostorder(f: ir.Function): ir.BasicBlock[] {
  const seen = new Set<ir.BasicBlock>();
  const post: ir.BasicBlock[] = [];
  const entry = f.blocks[0];
  if (!entry) return [];
  // iterative DFS
  const stack: [ir.BasicBlock, number][] = [[entry, 0]];
  seen.add(entry);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const [b, k] = top;
    if (k < b.succs.length) {
      top[1]++;
      const s = b.succs[k]!;
      if (!seen.has(s)) {
        seen.add(s);
        stack.push([s, 0]);
      }
    } else {
      stack.pop();
      post.push(b);
    }
  }
  return post.reverse();
}

