// This file owns static initialisation: before the lowering, a symbolic
// interpreter runs each package's synthesized init function (ir.Package.init)
// as far as it can at compile time, so that package-level composite literals
// become bytes of the memory image (data.ts) instead of thousands of stores
// in _start, as Go's linker does.
//
// The interpreter walks the init's instructions in order from the entry block
// (following a Jump only to a block whose one predecessor is the current one).
// Each instruction is either *evaluated* (its effect is folded into the image
// and its value, if any, becomes a known value, staticvalue.ts) or *dynamic*
// (left to run as code, exactly as before, with known operands materialised as
// constants). Evaluated: Alloc (heap or stack: a zeroed static object),
// FieldAddr/IndexAddr/Field/Index with constant indices, Store and load of
// known values into/from tracked memory, Slice with constant bounds of known
// arrays/slices/strings, ChangeType/ChangeInterface, MakeInterface (static box
// and the type's descriptor, marked used), func values of top-level functions
// (their static closure objects, filled by _start as before), and static calls
// with known arguments of constructors: one block of straight-line code that
// only fills objects it allocates itself (errors.New: the `var ErrX =
// errors.New("...")` of every package become data). An evaluation
// that would panic (index out of range, nil dereference, bad slice bounds)
// stops the interpreter there: that instruction and everything after run as
// code and panic as in Go. A branch, Return or Panic also stops it.
//
// Dynamic instructions do not stop it; memory ordering is kept by escape
// tracking. The tracked memory is objects (Obj): this package's variables
// and the objects allocated so far. Code that runs later can only reach an
// object through a known operand of a dynamic instruction (the objects it
// points to escape, transitively through their pointer words) or through a
// call (calls, defer, panic, and loads/stores through unknown pointers are
// barriers: every object escapes). An escaped object's image is final: later
// loads and stores of it are dynamic. So every evaluated store happens before,
// in program order, any run-time access of the same memory, and the static
// image equals the memory state the code would have built. Other packages'
// variables are never tracked (their inits may have run as code).

import type * as ir from '../ssa/ir.js';
import type { Type } from '../types/index.js';
import { operands } from '../ssa/index.js';
import type { Expr } from './module.js';
import { alignof, forEachPointer, isStringType, offsetsof, partsOf, sizeof, underlying } from './layout.js';
import type { FunctionLowerer, ModuleLowerer } from './lower.js';
import { globalAddress } from './globals.js';
import { funcValueAddress } from './closures.js';
import { isDirect, useTypeDescriptor } from './typeinfo.js';
import { pointee } from './memory.js';
import {
  constKV, i64, intValue, materialise, pointerKV, sliceKV, subKV, u32,
  type ConstPart, type KV, type Obj,
} from './staticvalue.js';

/** StaticInit is what the lowering of one init function needs: the instructions already evaluated
 * (not lowered) and the constant parts of the evaluated values that the remaining code uses. */
export class StaticInit {
  constructor(
    readonly evaluated: ReadonlySet<ir.Instruction>,
    private readonly consts: ReadonlyMap<ir.Value, ConstPart[]>,
  ) {}

  /** parts returns v's constant parts when v was evaluated at compile time. */
  parts(fl: FunctionLowerer, v: ir.Value): Expr[] | undefined {
    const cs = this.consts.get(v);
    if (!cs) return undefined;
    const m = fl.m;
    return cs.map((c) => {
      switch (c.s) {
        case 'i32':
          return m.i32.const(Number(BigInt.asIntN(32, c.bits)));
        case 'i64':
          return fl.mod.i64(c.bits);
        case 'f32':
          return m.f32.const_bits(Number(BigInt.asIntN(32, c.bits)));
        case 'f64':
          return fl.mod.f64Bits(c.bits);
      }
    });
  }
}

/** evaluateStaticInits runs every package init at compile time as far as possible (after the
 * globals were placed, before the memory is set) and records the results in ml.staticInits.
 * live is the program restricted to the functions that can run (index.ts liveView): the image
 * keeps only the objects such code can reach, as Go's linker drops unreferenced variables. */
export function evaluateStaticInits(ml: ModuleLowerer, live: ir.Program): void {
  const roots: Obj[] = [];
  const globalObjs = new Map<ir.Global, Obj>();
  const all: Obj[] = [];
  for (const pkg of ml.prog.packages) {
    if (pkg.init.blocks.length === 0) continue;
    const it = new Interp(ml, pkg);
    it.run(pkg.init);
    if (it.evaluated.size > 0) ml.staticInits.set(pkg.init, it.finish(pkg.init, roots));
    it.export(globalObjs, all);
  }
  pruneImage(ml, live, roots, globalObjs, all);
}

/** pruneImage zeroes the image of every tracked object that no code that can run reaches: a
 * variable no live instruction (other than the evaluated ones) names, and the objects reachable
 * only from such variables. Package runtime's variables all count as named (the backend uses
 * some by name). */
function pruneImage(ml: ModuleLowerer, live: ir.Program, roots: Obj[], globalObjs: Map<ir.Global, Obj>, all: Obj[]): void {
  const named = new Set<ir.Global>();
  for (const f of live.functions) {
    const si = ml.staticInits.get(f);
    for (const b of f.blocks)
      for (const i of b.instrs) {
        if (si?.evaluated.has(i)) continue;
        for (const o of operands(i)) if (o.kind === 'Global') named.add(o);
      }
  }
  for (const [g, o] of globalObjs) if (named.has(g) || g.pkg === 'runtime') roots.push(o);
  const marked = new Set<Obj>();
  const stack = [...roots];
  for (let o = stack.pop(); o; o = stack.pop()) {
    if (marked.has(o)) continue;
    marked.add(o);
    stack.push(...o.ptrs.values());
  }
  for (const o of all) if (!marked.has(o) && o.size > 0) ml.data.imageAt(o.addr, o.size)?.fill(0);
}

type Step = 'done' | 'dynamic' | 'stop';

/** Instructions a constructor (isConstructor) may contain. */
const constructorKinds = new Set<ir.Instruction['kind']>(['Alloc', 'FieldAddr', 'IndexAddr', 'Field', 'Index', 'Store', 'ChangeType', 'ChangeInterface', 'MakeInterface', 'Slice', 'Return']);

const constructors = new WeakMap<ir.Function, boolean>();

/** isConstructor reports whether fn is one block of straight-line code that only builds and fills
 * objects it allocates itself (every store's address derives from its own Alloc) and returns one
 * value: evaluating such a call at compile time cannot change memory anyone else sees. */
function isConstructor(fn: ir.Function): boolean {
  let ok = constructors.get(fn);
  if (ok !== undefined) return ok;
  const own = (v: ir.Value): boolean => {
    for (;;) {
      if (v.kind === 'Alloc') return v.block !== undefined && v.block === fn.blocks[0];
      if (v.kind === 'FieldAddr' || v.kind === 'IndexAddr') v = v.x;
      else return false;
    }
  };
  const b = fn.blocks[0];
  ok =
    fn.blocks.length === 1 &&
    fn.freeVars.length === 0 &&
    fn.recoverBlock === undefined &&
    b !== undefined &&
    b.instrs.every((i) => constructorKinds.has(i.kind) && (i.kind !== 'Store' || own(i.addr)));
  constructors.set(fn, ok);
  return ok;
}

/** Instructions that run as code without reading or writing tracked memory behind the
 * interpreter's back (their known operands escape; anything else is a barrier). */
const pureKinds = new Set<ir.Instruction['kind']>([
  'Alloc', 'Phi', 'BinOp', 'Convert', 'ChangeType', 'MakeInterface', 'ChangeInterface', 'MakeClosure',
  'MakeSlice', 'MakeMap', 'Slice', 'SliceToArrayPointer', 'FieldAddr', 'Field', 'IndexAddr', 'Index',
  'Lookup', 'MapUpdate', 'Extract', 'TypeAssert', 'Range', 'Next',
]);

class Interp {
  readonly evaluated = new Set<ir.Instruction>();
  private readonly vals = new Map<ir.Value, KV>();
  private readonly objs: Obj[] = [];
  private readonly globals = new Map<ir.Global, Obj>();
  private readonly zerobase: number | undefined;

  constructor(
    private readonly ml: ModuleLowerer,
    private readonly pkg: ir.Package,
  ) {
    for (const g of pkg.globals) {
      const size = sizeof(pointee(g.type));
      const o: Obj = { addr: globalAddress(ml, g), size, escaped: size === 0, ptrs: new Map() };
      this.globals.set(g, o);
      this.objs.push(o);
    }
    for (const [g, a] of ml.globalAddrs) if (g.name === 'runtime.zerobase') this.zerobase = a;
  }

  run(fn: ir.Function): void {
    let b: ir.BasicBlock | undefined = fn.blocks[0];
    const seen = new Set<ir.BasicBlock>();
    while (b && !seen.has(b)) {
      seen.add(b);
      for (const i of b.instrs) {
        let r: Step;
        try {
          r = this.step(i);
        } catch {
          r = 'stop'; // e.g. a constant the pre-passes missed: leave it to the lowering to report
        }
        if (r === 'stop') return;
        if (r === 'done') this.evaluated.add(i);
        else this.dynamic(i);
      }
      const last = b.instrs[b.instrs.length - 1];
      const next: ir.BasicBlock | undefined = b.succs[0];
      if (last?.kind !== 'Jump' || !next || next.preds.length !== 1) return;
      b = next;
    }
  }

  /** export adds this package's variables and every tracked object to the module-wide lists. */
  export(globalObjs: Map<ir.Global, Obj>, all: Obj[]): void {
    for (const [g, o] of this.globals) globalObjs.set(g, o);
    all.push(...this.objs);
  }

  /** finish materialises the evaluated values that remaining instructions use (the objects they
   * point to are added to roots). */
  finish(fn: ir.Function, roots: Obj[]): StaticInit {
    const consts = new Map<ir.Value, ConstPart[]>();
    for (const b of fn.blocks)
      for (const i of b.instrs) {
        if (this.evaluated.has(i)) continue;
        for (const o of operands(i)) {
          const kv = this.vals.get(o);
          if (kv && !consts.has(o)) {
            consts.set(o, materialise(this.ml.data, o.type, kv));
            roots.push(...kv.ptrs.values());
          }
        }
      }
    return new StaticInit(this.evaluated, consts);
  }

  // --- objects and escapes --------------------------------------------------------

  private newObj(t: Type): KV {
    const size = sizeof(t);
    if (size === 0 && this.zerobase !== undefined) return pointerKV(this.zerobase, undefined);
    const o: Obj = { addr: this.ml.data.reserveStatic(size, Math.max(alignof(t), 8)), size, escaped: false, ptrs: new Map() };
    forEachPointer(t, o.addr, (p) => this.ml.data.notePointer(p));
    this.objs.push(o);
    return pointerKV(o.addr, o);
  }

  private escape(o: Obj): void {
    if (o.escaped) return;
    o.escaped = true;
    for (const p of o.ptrs.values()) this.escape(p);
  }

  private dynamic(i: ir.Instruction): void {
    for (const o of operands(i)) {
      const kv = o.kind === 'Global' ? this.globalKV(o) : this.vals.get(o);
      if (kv) for (const p of kv.ptrs.values()) this.escape(p);
    }
    if (pureKinds.has(i.kind)) return;
    // loads and stores through a known address touch only that memory (its object escaped above)
    if ((i.kind === 'Store' || (i.kind === 'UnOp' && i.op === '*')) && this.objectPointer(i.kind === 'Store' ? i.addr : i.x)) return;
    if (i.kind === 'UnOp' && i.op !== '*' && i.op !== '<-') return;
    for (const o of this.objs) this.escape(o);
  }

  /** objectPointer: v is a known address (into a tracked object, or untracked memory such as
   * another package's variable, which tracked objects never alias). */
  private objectPointer(v: ir.Value): boolean {
    return v.kind === 'Global' || this.vals.has(v);
  }

  private globalKV(g: ir.Global): KV {
    return pointerKV(globalAddress(this.ml, g), this.globals.get(g));
  }

  /** known returns the known value of v, or undefined. */
  private known(v: ir.Value): KV | undefined {
    switch (v.kind) {
      case 'Const':
        return constKV(this.ml.data, v);
      case 'Global':
        return this.globalKV(v);
      case 'Function':
        if (v.freeVars.length > 0 || v.blocks.length === 0) return undefined;
        return pointerKV(funcValueAddress(this.ml, v), undefined);
      case 'FreeVar':
      case 'Builtin':
        return undefined;
      default:
        return this.vals.get(v);
    }
  }

  /** target returns the object and offset of a store or load of size bytes at a known address. */
  private target(a: KV, size: number): { obj: Obj; off: number; img: Uint8Array } | 'nil' | undefined {
    const p = u32(a);
    if (p === 0) return 'nil';
    const obj = a.ptrs.get(0);
    if (!obj || obj.escaped || p < obj.addr || p + size > obj.addr + obj.size) return undefined;
    const img = this.ml.data.imageAt(p, size);
    return img ? { obj, off: p - obj.addr, img } : undefined;
  }

  private index(v: ir.Value): bigint | undefined {
    const kv = this.known(v);
    return kv ? intValue(kv, v.type) : undefined;
  }

  private set(v: ir.Value, kv: KV): 'done' {
    this.vals.set(v, kv);
    return 'done';
  }

  // --- instructions ------------------------------------------------------------------

  private step(i: ir.Instruction): Step {
    switch (i.kind) {
      case 'Alloc':
        return this.set(i, this.newObj(pointee(i.type)));
      case 'ChangeType':
      case 'ChangeInterface': {
        const x = this.known(i.x);
        return x ? this.set(i, x) : 'dynamic';
      }
      case 'FieldAddr': {
        const x = this.known(i.x);
        if (!x) return 'dynamic';
        const st = underlying(pointee(i.x.type));
        if (st.kind !== 'Struct' || u32(x) === 0) return st.kind === 'Struct' ? 'stop' : 'dynamic';
        return this.set(i, pointerKV(u32(x) + offsetsof(st)[i.field]!, x.ptrs.get(0)));
      }
      case 'IndexAddr':
        return this.indexAddr(i);
      case 'Field': {
        const x = this.known(i.x);
        const st = underlying(i.x.type);
        if (!x || st.kind !== 'Struct') return 'dynamic';
        return this.set(i, subKV(x, offsetsof(st)[i.field]!, sizeof(st.fields[i.field]!.type)));
      }
      case 'Index': {
        const x = this.known(i.x);
        const at = underlying(i.x.type);
        const k = this.index(i.index);
        if (!x || at.kind !== 'Array' || k === undefined) return 'dynamic';
        if (k < 0n || k >= BigInt(at.len)) return 'stop';
        const es = sizeof(at.elem);
        return this.set(i, subKV(x, Number(k) * es, es));
      }
      case 'Store':
        return this.store(i);
      case 'UnOp':
        return i.op === '*' ? this.load(i) : 'dynamic';
      case 'Slice':
        return this.slice(i);
      case 'MakeInterface':
        return this.makeInterface(i);
      case 'Call':
        return this.call(i);
      case 'If':
      case 'Return':
      case 'Panic':
        return 'stop';
      case 'Jump':
        return 'done';
      default:
        return 'dynamic';
    }
  }

  /** call evaluates a static call of a small constructor (straight-line code that only builds new
   * objects: errors.New) with known arguments, by interpreting its body; anything else is left to
   * run as code. */
  private call(c: ir.Call): Step {
    const fn = c.call.mode === 'call' && c.call.value.kind === 'Function' ? c.call.value : undefined;
    if (!fn || !isConstructor(fn)) return 'dynamic';
    const args = c.call.args.map((a) => this.known(a));
    if (args.some((a) => a === undefined)) return 'dynamic';
    fn.params.forEach((p, k) => this.vals.set(p, args[k]!));
    for (const i of fn.blocks[0]!.instrs) {
      if (i.kind === 'Return') return i.results.length === 1 && this.known(i.results[0]!) ? this.set(c, this.known(i.results[0]!)!) : 'dynamic';
      let r: Step;
      try {
        r = this.step(i);
      } catch {
        r = 'stop';
      }
      // what ran touched only objects the callee made, unreachable from anything else
      if (r !== 'done') return 'dynamic';
    }
    return 'dynamic';
  }

  private indexAddr(i: ir.IndexAddr): Step {
    const x = this.known(i.x);
    const k = this.index(i.index);
    if (!x || k === undefined) return 'dynamic';
    const u = underlying(i.x.type);
    let len: bigint;
    let es: number;
    if (u.kind === 'Slice') {
      len = i64(x, 8);
      es = sizeof(u.elem);
    } else if (u.kind === 'Pointer') {
      const at = underlying(u.elem);
      if (at.kind !== 'Array') return 'dynamic';
      if (u32(x) === 0) return 'stop';
      len = BigInt(at.len);
      es = sizeof(at.elem);
    } else return 'dynamic';
    if (k < 0n || k >= len) return 'stop';
    return this.set(i, pointerKV(u32(x) + Number(k) * es, x.ptrs.get(0)));
  }

  private store(s: ir.Store): Step {
    const a = this.known(s.addr);
    if (!a) return 'dynamic';
    if (u32(a) === 0) return 'stop';
    const v = this.known(s.val);
    if (!v) return 'dynamic';
    const size = sizeof(pointee(s.addr.type));
    const t = this.target(a, size);
    if (t === 'nil') return 'stop';
    if (!t) return 'dynamic';
    t.img.set(v.bytes);
    for (const o of [...t.obj.ptrs.keys()]) if (o >= t.off && o < t.off + size) t.obj.ptrs.delete(o);
    for (const [o, p] of v.ptrs) t.obj.ptrs.set(t.off + o, p);
    return 'done';
  }

  private load(u: ir.UnOp): Step {
    const a = this.known(u.x);
    if (!a) return 'dynamic';
    const size = sizeof(pointee(u.x.type));
    const t = this.target(a, size);
    if (t === 'nil') return 'stop';
    if (!t) return 'dynamic';
    const ptrs = new Map<number, Obj>();
    for (const [o, p] of t.obj.ptrs) if (o >= t.off && o < t.off + size) ptrs.set(o - t.off, p);
    return this.set(u, { bytes: t.img.slice(), ptrs });
  }

  private slice(s: ir.Slice): Step {
    const x = this.known(s.x);
    if (!x) return 'dynamic';
    const bound = (v: ir.Value | undefined, dflt: bigint): bigint | undefined => (v ? this.index(v) : dflt);
    const u = underlying(s.x.type);
    let base: number;
    let len: bigint;
    let cap: bigint;
    let es: number;
    if (isStringType(u)) {
      [base, len, cap, es] = [u32(x), i64(x, 8), i64(x, 8), 1];
    } else if (u.kind === 'Slice') {
      [base, len, cap, es] = [u32(x), i64(x, 8), i64(x, 16), sizeof(u.elem)];
    } else if (u.kind === 'Pointer') {
      const at = underlying(u.elem);
      if (at.kind !== 'Array') return 'dynamic';
      if (u32(x) === 0) return 'stop';
      [base, len, cap, es] = [u32(x), BigInt(at.len), BigInt(at.len), sizeof(at.elem)];
    } else return 'dynamic';
    const lo = bound(s.low, 0n);
    const hi = bound(s.high, len);
    const mx = bound(s.max, cap);
    if (lo === undefined || hi === undefined || mx === undefined) return 'dynamic';
    // the checks of slices.ts (unsigned comparisons: a negative bound fails too)
    if (lo < 0n || hi < 0n || mx < 0n) return 'stop';
    if (s.max ? mx > cap || hi > mx || lo > hi : (s.high !== undefined && hi > cap) || lo > hi) return 'stop';
    const obj = x.ptrs.get(0);
    if (isStringType(u)) {
      const kv = sliceKV(hi === lo ? base : base + Number(lo), hi - lo, 0n, obj);
      return this.set(s, subKV(kv, 0, 16));
    }
    const newCap = mx - lo;
    const ptr = newCap === 0n ? base : base + Number(lo) * es;
    return this.set(s, sliceKV(ptr, hi - lo, newCap, obj));
  }

  private makeInterface(i: ir.MakeInterface): Step {
    const x = this.known(i.x);
    if (!x) return 'dynamic';
    const t = i.x.type;
    let desc: number;
    try {
      desc = useTypeDescriptor(this.ml, t);
    } catch {
      return 'dynamic'; // no descriptor: let the lowering report it
    }
    let data: KV;
    if (isDirect(t)) data = x;
    else if (sizeof(t) === 0 || partsOf(t).length === 0) data = this.newObj(t);
    else {
      data = this.newObj(t);
      const box = data.ptrs.get(0)!;
      this.ml.data.imageAt(box.addr, box.size)!.set(x.bytes);
      for (const [o, p] of x.ptrs) box.ptrs.set(o, p);
    }
    const bytes = new Uint8Array(8);
    bytes.set(pointerKV(desc, undefined).bytes, 0);
    bytes.set(data.bytes.subarray(0, 4), 4);
    const ptrs = new Map<number, Obj>();
    const dp = data.ptrs.get(0);
    if (dp) ptrs.set(4, dp);
    return this.set(i, { bytes, ptrs });
  }
}
