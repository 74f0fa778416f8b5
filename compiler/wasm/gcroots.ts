// This file implements the garbage collector's stack roots (docs/gc.md): it
// decides which SSA values of a function must sit in a shadow-stack slot so
// that the collector (runtime/go/runtime/gc.go), which scans the shadow
// stack, sees every heap pointer the function still needs.
//
// Wasm locals are invisible to the collector, so a value holding a pointer
// (layout.ts marks such parts `ptr`) that is live across a *GC point* — an
// instruction whose lowering may allocate, call a function that may, or
// switch goroutines — is stored to its own frame slot when it is defined
// (parameters and free variables in the prologue, phis at the start of their
// block). For instructions other than plain calls, the operands themselves
// are also kept (their lowering may allocate before it is done with them,
// e.g. boxing a value or building a defer record). Slots are zeroed by the
// prologue, and a slot is cleared where its value dies (after its last use,
// or on entry to a block where it is no longer live), so the collector does
// not keep dead objects alive through stale slots.
//
// Liveness is the usual backward data flow over the pointer-holding values,
// with a phi's operand live at the end of the matching predecessor. Two
// extensions: an addressed local left in the frame (a frame object) is live
// while any address into it is, and its pointer words are zeroed where it
// dies; and a uintptr(unsafe.Pointer(p)) call argument, directly or through
// a ...uintptr array, keeps p live until the call returns.

import type * as ir from '../ssa/ir.js';
import { isValueInstruction } from '../ssa/ir.js';
import { operands } from '../ssa/operands.js';
import { isWasmImport } from '../ssa/index.js';
import { hasPointers, isBig, partsOf, underlying } from './layout.js';
import { BasicKind } from '../types/index.js';
import type { Type } from '../types/index.js';

export interface RootPlan {
  /** Whether anything in the function may collect while it runs (its frame must start zeroed). */
  readonly hasGCPoint: boolean;
  /** Number of 4-byte slots. */
  readonly nslots: number;
  /** value -> [part index, slot index] for each of its pointer parts. */
  readonly slots: Map<ir.Value, [number, number][]>;
  /** Spilled values whose slots are cleared on entry to a block. */
  readonly clearAtEntry: Map<ir.BasicBlock, ir.Value[]>;
  /** Spilled values whose slots are cleared after an instruction (their last use). */
  readonly clearAfter: Map<ir.Instruction, ir.Value[]>;
  /** Spilled values whose slots are cleared before a plain call that is their last use: the callee
   * keeps its arguments itself, so the caller's copy must not keep them alive during the call. */
  readonly clearBefore: Map<ir.Instruction, ir.Value[]>;
  /** Frame objects (addressed locals in the frame whose type holds pointers) zeroed on entry to a
   * block where they are dead, and after the instruction that is their last use. */
  readonly objAtEntry: Map<ir.BasicBlock, ir.Alloc[]>;
  readonly objAfter: Map<ir.Instruction, ir.Alloc[]>;
  /** Arrays (variadic arguments) holding uintptr(unsafe.Pointer(p)) values: allocated as scan
   * objects, so that a deferred call or goroutine given them keeps the pointed-to objects. */
  readonly uintptrArrays: ReadonlySet<ir.Alloc>;
}

/** pointerParts lists the indices of v's parts that may hold heap pointers ([] for constants,
 * globals and functions: static memory). */
function pointerParts(v: ir.Value): number[] {
  switch (v.kind) {
    case 'Const':
    case 'Global':
    case 'Function':
    case 'Builtin':
      return [];
  }
  const out: number[] = [];
  partsOf(v.type).forEach((p, i) => {
    if (p.ptr) out.push(i);
  });
  return out;
}

/** Builtins whose lowering never allocates nor calls. */
const quietBuiltins = new Set(['len', 'cap', 'real', 'imag', 'complex', 'Sizeof', 'Alignof', 'Offsetof', 'Add', 'Slice', 'String', 'StringData', 'SliceData']);

function pointeeOf(t: Type): Type {
  const u = underlying(t);
  return u.kind === 'Pointer' ? u.elem : t;
}

function isStringy(t: Type): boolean {
  const u = underlying(t);
  return (u.kind === 'Basic' && u.basic === BasicKind.String) || u.kind === 'Slice';
}

function hasBigPart(t: Type): boolean {
  return partsOf(t).some((p) => p.big !== undefined);
}

/** mayAllocate: the instruction's own lowering may allocate (calls aside: a call is an edge to its
 * callee). Memory profiles record the pc of such a point (traceback.ts). */
export function mayAllocate(i: ir.Instruction): boolean {
  return i.kind !== 'Call' || i.call.mode === 'builtin' ? gcPoint(i, () => true) === 'spill' : false;
}

/** gcPoint classifies an instruction: 'no' (never allocates nor calls), 'call' (a plain call:
 * the callee keeps its own arguments) or 'spill' (may allocate while it still needs its operands). */
type GCPointKind = 'no' | 'call' | 'spill';

function gcPoint(i: ir.Instruction, quietCall: (c: ir.Call) => boolean): GCPointKind {
  if (operands(i).some((o) => o.kind === 'Const' && isBig(o.type))) return 'spill'; // a big zero constant is allocated where used
  switch (i.kind) {
    case 'Phi':
    case 'Jump':
    case 'If':
    case 'Return':
    case 'Extract':
    case 'ChangeType':
    case 'FieldAddr':
    case 'IndexAddr':
    case 'Slice':
    case 'SliceToArrayPointer':
    case 'Store':
    case 'Panic':
    case 'RunDefers':
      return 'no';
    case 'Alloc':
      return i.heap ? 'spill' : 'no';
    case 'Field':
    case 'Index':
      return hasBigPart(i.type) ? 'spill' : 'no';
    case 'UnOp':
      if (i.op === '<-') return 'spill';
      return i.op === '*' && hasBigPart(i.type) ? 'spill' : 'no';
    case 'BinOp':
      return i.op === '+' && isStringy(i.type) ? 'spill' : 'no';
    case 'Convert':
      return isStringy(i.type) || isStringy(i.x.type) ? 'spill' : 'no';
    case 'Call':
      if (i.call.mode === 'builtin') return quietBuiltins.has(i.call.value.name) ? 'no' : 'spill';
      if (i.call.args.some(isUintptrOfPointer)) return 'spill'; // the pointer behind a uintptr argument stays kept
      return quietCall(i) ? 'no' : 'call';
    default:
      return 'spill';
  }
}

/** uses lists the values instruction i needs: its operands, where an iterator made by Range
 * (whose lowering keeps the ranged string's pointer in locals of its own) stands for what it
 * ranges over, and an address inside a frame object also stands for the object (objOf). */
function uses(i: ir.Instruction, objOf: Map<ir.Value, ir.Alloc>, kept: Map<ir.Instruction, ir.Value[]>): ir.Value[] {
  const out = operands(i);
  const k = kept.get(i);
  if (k) out.push(...k);
  for (const o of out) {
    if (o.kind === 'Range' || isUintptrOfPointer(o)) out.push(o.x);
    const a = objOf.get(o);
    if (a !== undefined && a !== o) out.push(a);
  }
  return out;
}

/** uintptrArrays maps each array Alloc to the pointers p stored into its elements as
 * uintptr(unsafe.Pointer(p)) (the arguments of a variadic ...uintptr parameter), and returns with
 * it, for each call given a slice of such an array, those pointers: they stay live until the call
 * returns, as for a uintptr(unsafe.Pointer(p)) argument itself. */
function uintptrArgs(fn: ir.Function): { arrays: Map<ir.Value, ir.Value[]>; kept: Map<ir.Instruction, ir.Value[]> } {
  const arrays = new Map<ir.Value, ir.Value[]>();
  const kept = new Map<ir.Instruction, ir.Value[]>();
  for (const b of fn.blocks)
    for (const i of b.instrs) {
      if (i.kind !== 'Store' || i.addr.kind !== 'IndexAddr' || i.addr.x.kind !== 'Alloc' || !isUintptrOfPointer(i.val)) continue;
      let ps = arrays.get(i.addr.x);
      if (!ps) arrays.set(i.addr.x, (ps = []));
      ps.push(i.val.x);
    }
  if (arrays.size === 0) return { arrays, kept };
  for (const b of fn.blocks)
    for (const i of b.instrs) {
      if (i.kind !== 'Call' && i.kind !== 'Go' && i.kind !== 'Defer') continue;
      const ps = i.call.args.flatMap((a) => (a.kind === 'Slice' ? (arrays.get(a.x) ?? []) : []));
      if (ps.length > 0) kept.set(i, ps);
    }
  return { arrays, kept };
}

/** frameObjects maps each frame Alloc (inFrame) and each address derived from one by FieldAddr or
 * IndexAddr to that Alloc. SSA's escape analysis leaves an Alloc in the frame only when its
 * address is used by nothing but loads, stores and such address chains, so the object is dead
 * once all of these values are: its frame memory can then be zeroed (the collector scans frames
 * conservatively, and a dead local's pointers would keep their objects alive until the function
 * returns). */
function frameObjects(fn: ir.Function, inFrame: (a: ir.Alloc) => boolean): Map<ir.Value, ir.Alloc> {
  const objOf = new Map<ir.Value, ir.Alloc>();
  for (const b of fn.blocks) for (const i of b.instrs) if (i.kind === 'Alloc' && inFrame(i)) objOf.set(i, i);
  if (objOf.size === 0) return objOf;
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of fn.blocks)
      for (const i of b.instrs) {
        if ((i.kind !== 'FieldAddr' && i.kind !== 'IndexAddr') || objOf.has(i)) continue;
        const a = objOf.get(i.x);
        if (a === undefined) continue;
        objOf.set(i, a);
        changed = true;
      }
  }
  return objOf;
}

/** isUintptrOfPointer: v is uintptr(unsafe.Pointer(p)). Passed to a call, it keeps p's object
 * alive until the call returns, as gc does for such arguments (//go:uintptrescapes, syscalls). */
function isUintptrOfPointer(v: ir.Value): v is ir.Convert {
  if (v.kind !== 'Convert') return false;
  const to = underlying(v.type);
  const from = underlying(v.x.type);
  return to.kind === 'Basic' && to.basic === BasicKind.Uintptr && from.kind === 'Basic' && from.basic === BasicKind.UnsafePointer;
}

/** Runtime functions where a collection or a goroutine switch (another goroutine may collect) happens. */
const gcSeeds = ['runtime.collect', 'runtime.coroSuspend'];

/** quietFunctions returns the functions of prog that can never reach a GC point: nothing in them
 * allocates, and they call (statically) only such functions or intrinsics. intrinsic tells the
 * bodyless functions the backend expands inline. */
export function quietFunctions(prog: ir.Program, intrinsic: (f: ir.Function) => boolean): Set<ir.Function> {
  const loud = new Set<ir.Function>();
  const callers = new Map<ir.Function, ir.Function[]>();
  const work: ir.Function[] = [];
  const mark = (f: ir.Function): void => {
    if (loud.has(f)) return;
    loud.add(f);
    work.push(f);
  };
  const never = (): boolean => false;
  for (const f of prog.functions) {
    if (gcSeeds.includes(f.name)) mark(f);
    if (f.blocks.length === 0) {
      if (!intrinsic(f) && !isWasmImport(f)) mark(f);
      continue;
    }
    for (const b of f.blocks)
      for (const i of b.instrs) {
        const k = gcPoint(i, never);
        if (k === 'no') continue;
        if (k === 'call' && i.kind === 'Call' && i.call.mode === 'call' && i.call.value.kind === 'Function') {
          const g = i.call.value;
          let cs = callers.get(g);
          if (!cs) callers.set(g, (cs = []));
          cs.push(f);
          continue;
        }
        mark(f);
      }
  }
  for (let f = work.pop(); f; f = work.pop()) for (const c of callers.get(f) ?? []) mark(c);
  const quiet = new Set<ir.Function>();
  for (const f of prog.functions) if (!loud.has(f)) quiet.add(f);
  return quiet;
}

/** Bit sets over the indices of a function's pointer-holding values. */
class Bits {
  readonly w: Uint32Array;
  constructor(n: number) {
    this.w = new Uint32Array((n + 31) >>> 5);
  }
  has(i: number): boolean {
    return (this.w[i >>> 5]! & (1 << (i & 31))) !== 0;
  }
  add(i: number): void {
    this.w[i >>> 5]! |= 1 << (i & 31);
  }
  delete(i: number): void {
    this.w[i >>> 5]! &= ~(1 << (i & 31));
  }
  copy(): Bits {
    const b = new Bits(0);
    (b as { w: Uint32Array }).w = this.w.slice();
    return b;
  }
  /** orMinus sets this |= (a &~ b); reports whether this changed. */
  orMinus(a: Bits, b: Bits | undefined): boolean {
    let changed = false;
    for (let k = 0; k < this.w.length; k++) {
      const v = (this.w[k]! | (a.w[k]! & ~(b ? b.w[k]! : 0))) >>> 0;
      if (v !== this.w[k]) {
        this.w[k] = v;
        changed = true;
      }
    }
    return changed;
  }
  *members(): Generator<number> {
    for (let k = 0; k < this.w.length; k++) {
      let x = this.w[k]!;
      while (x !== 0) {
        const low = x & -x;
        yield k * 32 + (31 - Math.clz32(low));
        x ^= low;
      }
    }
  }
}

/** gcReachable returns the blocks from which a GC point can be reached (the block's own included). */
function gcReachable(fn: ir.Function, kinds: Map<ir.Instruction, GCPointKind>): Set<ir.BasicBlock> {
  const reach = new Set<ir.BasicBlock>();
  for (const b of fn.blocks) if (b.instrs.some((i) => kinds.get(i) !== 'no')) reach.add(b);
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = fn.blocks.length - 1; k >= 0; k--) {
      const b = fn.blocks[k]!;
      if (!reach.has(b) && b.succs.some((x) => reach.has(x))) {
        reach.add(b);
        changed = true;
      }
    }
  }
  return reach;
}

/** planRoots computes fn's root slots and where its frame objects die. quietCall tells calls that
 * can never reach a GC point; inFrame, the Allocs placed in the frame. */
export function planRoots(fn: ir.Function, quietCall: (c: ir.Call) => boolean, inFrame: (a: ir.Alloc) => boolean): RootPlan {
  const kinds = new Map<ir.Instruction, GCPointKind>();
  for (const b of fn.blocks) for (const i of b.instrs) kinds.set(i, gcPoint(i, quietCall));
  const { arrays, kept } = uintptrArgs(fn);
  for (const i of kept.keys()) if (kinds.get(i) === 'call') kinds.set(i, 'spill'); // the kept pointers stay in their slots during the call
  const hasGCPoint = [...kinds.values()].some((k) => k !== 'no');
  const objOf = frameObjects(fn, inFrame);
  const uintptrArrays = new Set([...arrays.keys()].filter((a): a is ir.Alloc => a.kind === 'Alloc'));
  // number the pointer-holding values
  const index = new Map<ir.Value, number>();
  const vals: ir.Value[] = [];
  const note = (v: ir.Value): void => {
    if (index.has(v) || pointerParts(v).length === 0) return;
    index.set(v, vals.length);
    vals.push(v);
  };
  for (const p of fn.params) note(p);
  for (const f of fn.freeVars) note(f);
  for (const b of fn.blocks) for (const i of b.instrs) if (isValueInstruction(i)) note(i);
  const empty: RootPlan = { hasGCPoint, nslots: 0, slots: new Map(), clearAtEntry: new Map(), clearAfter: new Map(), clearBefore: new Map(), objAtEntry: new Map(), objAfter: new Map(), uintptrArrays };
  if (vals.length === 0) return empty;
  const n = vals.length;
  const idx = (v: ir.Value): number | undefined => index.get(v);

  // per block: upward-exposed uses, defs, phi uses at the end of each predecessor
  const use = new Map<ir.BasicBlock, Bits>();
  const def = new Map<ir.BasicBlock, Bits>();
  const phiUse = new Map<ir.BasicBlock, Bits>();
  for (const b of fn.blocks) {
    use.set(b, new Bits(n));
    def.set(b, new Bits(n));
    phiUse.set(b, new Bits(n));
  }
  for (const b of fn.blocks) {
    const u = use.get(b)!;
    const d = def.get(b)!;
    for (const i of b.instrs) {
      if (i.kind === 'Phi') {
        i.edges.forEach((e, k) => {
          const x = idx(e);
          if (x !== undefined && b.preds[k]) phiUse.get(b.preds[k]!)!.add(x);
        });
      } else {
        for (const o of uses(i, objOf, kept)) {
          const x = idx(o);
          if (x !== undefined && !d.has(x)) u.add(x);
        }
      }
      if (isValueInstruction(i)) {
        const x = idx(i);
        if (x !== undefined) d.add(x);
      }
    }
  }
  const liveIn = new Map<ir.BasicBlock, Bits>();
  const liveOut = new Map<ir.BasicBlock, Bits>();
  const rec = fn.recoverBlock;
  for (const b of fn.blocks) {
    liveIn.set(b, use.get(b)!.copy());
    liveOut.set(b, phiUse.get(b)!.copy());
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = fn.blocks.length - 1; k >= 0; k--) {
      const b = fn.blocks[k]!;
      const out = liveOut.get(b)!;
      for (const s of b.succs) out.orMinus(liveIn.get(s)!, def.get(s)); // a successor's phis are its defs
      // a recovered panic resumes at the recover block (which loads the named results) from
      // wherever it happened: what that block uses is live everywhere
      if (rec && b !== rec) out.orMinus(liveIn.get(rec)!, undefined);
      if (liveIn.get(b)!.orMinus(out, def.get(b))) changed = true;
    }
  }

  // which blocks can reach a GC point (a dead slot needs clearing only if a collection may
  // still happen while this frame is live: after it returns, the next frame there is zeroed)
  const gcReach = gcReachable(fn, kinds);

  // the frame objects whose memory may hold heap pointers (the others need no clearing)
  const tracked = new Bits(n);
  for (const [v, a] of objOf) if (v === a && hasPointers(pointeeOf(a.type))) tracked.add(idx(a)!);

  // walk each block backwards: what is live across GC points, and where values die
  const spilled = new Bits(n);
  const objAfter = new Map<ir.Instruction, ir.Alloc[]>();
  const clearAfter = new Map<ir.Instruction, number[]>();
  const clearBefore = new Map<ir.Instruction, number[]>();
  for (const b of fn.blocks) {
    const live = liveOut.get(b)!.copy();
    let gcLater = b.succs.some((x) => gcReach.has(x)) || (rec !== undefined && b !== rec && gcReach.has(rec));
    for (let k = b.instrs.length - 1; k >= 0; k--) {
      const i = b.instrs[k]!;
      if (i.kind === 'Phi') break;
      const self = isValueInstruction(i) ? idx(i) : undefined;
      const kind = kinds.get(i)!;
      if (kind !== 'no') {
        for (const x of live.members()) if (x !== self) spilled.add(x);
      }
      if (self !== undefined) live.delete(self);
      const dying: number[] = [];
      for (const o of uses(i, objOf, kept)) {
        const x = idx(o);
        if (x === undefined) continue;
        if (kind === 'spill') spilled.add(x);
        if (!live.has(x)) {
          dying.push(x);
          live.add(x);
        }
      }
      if (dying.length > 0 && i.kind !== 'Return' && i.kind !== 'Panic') {
        if (kind === 'call') clearBefore.set(i, dying);
        else if (gcLater) clearAfter.set(i, dying);
        const objs = dying.filter((x) => tracked.has(x)).map((x) => vals[x] as ir.Alloc);
        if (gcLater && objs.length > 0) objAfter.set(i, objs);
      }
      if (kind !== 'no') gcLater = true;
    }
  }

  // addresses inside the frame point at no heap object: they need no root slots
  for (const v of objOf.keys()) spilled.delete(idx(v)!);

  // slots
  const slots = new Map<ir.Value, [number, number][]>();
  let nslots = 0;
  for (const x of spilled.members()) {
    const v = vals[x]!;
    slots.set(
      v,
      pointerParts(v).map((p) => [p, nslots++]),
    );
  }
  const objAtEntry = new Map<ir.BasicBlock, ir.Alloc[]>();
  for (const b of fn.blocks) {
    if (!gcReach.has(b)) continue;
    const gone = new Bits(n);
    for (const p of b.preds) gone.orMinus(liveOut.get(p)!, liveIn.get(b));
    const objs = [...gone.members()].filter((x) => tracked.has(x)).map((x) => vals[x] as ir.Alloc);
    if (objs.length > 0) objAtEntry.set(b, objs);
  }
  if (nslots === 0) return { ...empty, objAtEntry, objAfter };
  const keep = (xs: Iterable<number>): ir.Value[] => [...xs].filter((x) => spilled.has(x)).map((x) => vals[x]!);
  const byInstr = (m: Map<ir.Instruction, number[]>): Map<ir.Instruction, ir.Value[]> => {
    const out = new Map<ir.Instruction, ir.Value[]>();
    for (const [i, xs] of m) {
      const vs = keep(xs);
      if (vs.length > 0) out.set(i, vs);
    }
    return out;
  };
  const atEntry = new Map<ir.BasicBlock, ir.Value[]>();
  for (const b of fn.blocks) {
    const gone = new Bits(n);
    for (const p of b.preds) gone.orMinus(liveOut.get(p)!, liveIn.get(b));
    // the operands of the block's phis die here (the phis have their own slots), but a phi may
    // be its own operand (a loop-carried value unchanged on some edge): never clear a phi
    const phis = def.get(b)!;
    const vs = gcReach.has(b) ? keep([...gone.members()].filter((x) => !phis.has(x))) : [];
    if (vs.length > 0) atEntry.set(b, vs);
  }
  return { hasGCPoint, nslots, slots, clearAtEntry: atEntry, clearAfter: byInstr(clearAfter), clearBefore: byInstr(clearBefore), objAtEntry, objAfter, uintptrArrays };
}
