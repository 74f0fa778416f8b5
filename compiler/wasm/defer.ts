// This file implements defer and recover (the compiler half; the runtime
// half is runtime/go/runtime/defer.go, the unwinding is panics.ts).
//
// `defer f(args)`: the operands of the call (the func value or receiver
// interface, then the arguments, evaluated at the defer statement) are saved
// in a heap record that is also a closure object:
//     { thunk table index i32 @0, link *record @4, arm i32 @8, operands... }
// and pushed on the goroutine's defer list (dstate.head). The thunk is a
// compiler-made function `F$deferN` whose free variables are (link, arm,
// operands...): its body is the original call made with the saved operands
// (an SSA function built here and lowered like any closure), so static,
// dynamic, interface and builtin calls all work, in loops too (one record
// per execution). A function with defer saves dstate.head in its prologue;
// RunDefers (and the unwind path) calls runtime.rundefers(saved), which pops
// and calls the records above it, newest first.
//
// recover(): `arm` is the identity of the function the thunk calls directly
// (its func-value table index: the closure's own entry, or the `$fv`
// wrapper's for a top-level function), known statically for static calls
// and loaded from the closure for dynamic ones; rundefers puts it in
// dstate.arm while a panic runs the call. A function that contains recover()
// compares dstate.arm with its own identity in its prologue (then clears
// it), so recover() is effective only in a function called directly by a
// deferred call during a panic, as the spec says. `defer recover()` acts as if
// the deferring function F called recover at its return: its record carries
// F's armed flag, and it is a no-op when a panic runs it (the record's arm is
// RecoverThunkArm, which rundefers puts in dstate.arm only then). The same
// record and thunk serve `go f(x)` (goroutines.ts), without link or arm.
// Wrappers (method-set wrappers, $bound, $thunk; and `M$iface`, typehelpers.ts)
// pass the arm on to the method they call. A deferred interface method call's
// arm is the entry of the dynamic type's method table (runtime.itabfn at the
// defer statement), which a function accepts besides its func value's index.
//
// Range-over-func loop bodies defer into their enclosing function F (ir.ts,
// DeferFrame): F's `deferframe` calls runtime.deferrangefunc, which pushes a
// marker record (thunk index 0, skipped by rundefers) and returns it as the
// token. `defer f() at token` links the record just below the marker instead
// of at the head, so the marker stays the newest record of F's frame while the
// iterator and the loop body (other frames, whose records lie above the
// marker) run; F's own defers go the same way, keeping the order of all its
// defers. The loop body functions have no frame of their own (hasDefer is
// false for them).

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Signature, Type } from '../types/index.js';
import { Typ, BasicKind } from '../types/index.js';
import { T, type Expr } from './module.js';
import { alignUp, partsOf, sizeof, underlying } from './layout.js';
import type { FunctionLowerer, ModuleLowerer } from './lower.js';
import { closureFreeVarOffsets, funcValueAddress } from './closures.js';
import { heapAlloc, storeParts } from './memory.js';
import { DState, dstateAddr, unwindCheck } from './panics.js';
import { funcSig } from './calls.js';
import { fail } from './checks.js';
import { typeInfo } from './typeinfo.js';

const deferCache = new WeakMap<ir.Function, boolean>();

/** hasDefer reports whether fn contains a defer statement. */
export function hasDefer(fn: ir.Function): boolean {
  let r = deferCache.get(fn);
  if (r === undefined) {
    r = fn.blocks.some((b) => b.instrs.some((i) => (i.kind === 'Defer' && !i.frame) || i.kind === 'DeferFrame'));
    deferCache.set(fn, r);
  }
  return r;
}

const recoverCache = new WeakMap<ir.Function, boolean>();

function isRecoverCall(c: ir.CallCommon): boolean {
  return c.mode === 'builtin' && c.value.name === 'recover';
}

/** defersRecoverAt reports whether fn or a function nested in it defers recover() at a frame token. */
function defersRecoverAt(fn: ir.Function): boolean {
  const here = fn.blocks.some((b) => b.instrs.some((i) => i.kind === 'Defer' && !!i.frame && isRecoverCall(i.call)));
  return here || fn.anonFuncs.some(defersRecoverAt);
}

/** callsRecover reports whether fn calls recover() itself, or defers it (`defer recover()`
 * recovers when it runs at fn's normal return, as if fn called it there; in a range-over-func
 * loop body it defers into the enclosing function, which owns the frame token). */
export function callsRecover(fn: ir.Function): boolean {
  let r = recoverCache.get(fn);
  if (r === undefined) {
    const owner = fn.blocks.some((b) => b.instrs.some((i) => i.kind === 'DeferFrame'));
    r = fn.blocks.some((b) =>
      b.instrs.some((i) => (i.kind === 'Call' || (i.kind === 'Defer' && (!i.frame || owner))) && isRecoverCall(i.call)),
    );
    if (owner && !r) r = defersRecoverAt(fn);
    recoverCache.set(fn, r);
  }
  return r;
}

/** recoverIdentity is the table index a func value of fn carries (its identity for dstate.arm). */
function recoverIdentity(ml: ModuleLowerer, fn: ir.Function): number {
  if (funcSig(fn).hasCtx) return ml.tableSlot(ml.funcName(fn));
  funcValueAddress(ml, fn); // makes the `$fv` wrapper
  return ml.tableSlot(ml.wrappers.get(fn)!);
}

/** identities are the table indices a deferred call may reach fn by: its func value's, and for a
 * function without closure context its own (the entry of method tables, see typehelpers.ts). */
function identities(ml: ModuleLowerer, fn: ir.Function): number[] {
  const ids = [recoverIdentity(ml, fn)];
  if (!funcSig(fn).hasCtx) ids.push(ml.tableSlot(ml.funcName(fn)));
  return ids;
}

/** isArm is `dstate.arm` equal to one of fn's identities. */
function isArm(fl: FunctionLowerer, fn: ir.Function): Expr {
  const m = fl.m;
  const arm = () => fl.mod.load('i32', DState.arm, m.i32.const(dstateAddr(fl.ml)));
  return identities(fl.ml, fn)
    .map((id) => m.i32.eq(arm(), m.i32.const(id)))
    .reduce((a, b) => m.i32.or(a, b));
}

/** wrapperTarget is the method a wrapper (method-set wrapper, `$bound`, `$thunk`) calls, when
 * recover() may be effective in it (directly or through more wrappers). */
function wrapperTarget(fn: ir.Function): ir.Function | undefined {
  if (!fn.wrapper && !fn.name.endsWith('$bound') && !fn.name.endsWith('$thunk')) return undefined;
  for (const b of fn.blocks)
    for (const i of b.instrs)
      if (i.kind === 'Call' && i.call.mode === 'call' && i.call.value.kind === 'Function' && recoversThrough(i.call.value)) return i.call.value;
  return undefined;
}

/** recoversThrough reports whether recover() may be effective in fn when a deferred call calls it. */
export function recoversThrough(fn: ir.Function): boolean {
  return callsRecover(fn) || wrapperTarget(fn) !== undefined;
}

/** passArm is the prologue of a wrapper of fn reached by table index self: when a panic's
 * deferred call called the wrapper, the arm passes on to fn. */
export function passArm(ml: ModuleLowerer, self: number, fn: ir.Function): Expr {
  const m = ml.m;
  const st = () => m.i32.const(dstateAddr(ml));
  const cond = m.i32.eq(ml.mod.load('i32', DState.arm, st()), m.i32.const(self));
  return m.if(cond, ml.mod.store('i32', DState.arm, st(), m.i32.const(recoverIdentity(ml, fn))));
}

/** Per-function locals of the defer machinery. */
interface DeferLocals {
  saved?: number; // dstate.head at entry
  armed?: number; // this call is the direct callee of a deferred call run by a panic
}
const localsOf = new WeakMap<FunctionLowerer, DeferLocals>();

/** deferLocals returns the function's defer locals, allocating them on first use. */
function deferLocals(fl: FunctionLowerer): DeferLocals {
  let ls = localsOf.get(fl);
  if (!ls) {
    ls = {};
    if (hasDefer(fl.fn) && fl.fn.pkg !== 'runtime') ls.saved = fl.newLocal('i32');
    if (callsRecover(fl.fn) && (!thunks.has(fl.fn) || recoverThunks.has(fl.fn))) ls.armed = fl.newLocal('i32');
    localsOf.set(fl, ls);
  }
  return ls;
}

/** deferPrologue returns the prologue statements: save dstate.head, consume dstate.arm. */
export function deferPrologue(fl: FunctionLowerer): Expr[] {
  const m = fl.m;
  const st = () => m.i32.const(dstateAddr(fl.ml));
  const out: Expr[] = [];
  const ls = deferLocals(fl);
  if (ls.saved !== undefined) out.push(m.local.set(ls.saved, fl.mod.load('i32', DState.head, st())));
  const target = wrapperTarget(fl.fn);
  if (target) {
    // a wrapper passes the arm on to the method it calls
    out.push(m.if(isArm(fl, fl.fn), fl.mod.store('i32', DState.arm, st(), m.i32.const(recoverIdentity(fl.ml, target)))));
  }
  if (ls.armed !== undefined && recoverThunks.has(fl.fn)) {
    // `defer recover()`: effective when it runs at the deferring function's normal return (not
    // run by a panic: then rundefers put the record's arm, RecoverThunkArm, in dstate.arm) and
    // that function was itself called directly by a deferred call of a panic (the saved flag)
    const saved = fl.mod.load('i8u', RecoverFlagOffset, m.local.get(fl.ctxLocal!, T.i32));
    const byPanic = m.i32.eq(fl.mod.load('i32', DState.arm, st()), m.i32.const(RecoverThunkArm));
    out.push(m.local.set(ls.armed, m.i32.and(saved, m.i32.eqz(byPanic))));
    out.push(fl.mod.store('i32', DState.arm, st(), m.i32.const(0)));
  } else if (ls.armed !== undefined) {
    out.push(m.local.set(ls.armed, isArm(fl, fl.fn)));
    out.push(fl.mod.store('i32', DState.arm, st(), m.i32.const(0)));
  }
  return out;
}

/** runDefersCall is `runtime.rundefers(saved)` (not flag-tested: the caller decides). */
export function runDefersCall(fl: FunctionLowerer): Expr {
  const saved = deferLocals(fl).saved;
  const fn = fl.ml.runtimeFunc('rundefers');
  return fl.m.call(fl.ml.funcName(fn), [saved === undefined ? fl.m.i32.const(0) : fl.m.local.get(saved, T.i32)], T.none);
}

/** lowerRunDefers runs the frame's deferred calls at a return; a panic in one of them unwinds. */
export function lowerRunDefers(fl: FunctionLowerer): Expr[] {
  return [runDefersCall(fl), unwindCheck(fl)];
}

/** lowerRecover is recover(): runtime.gorecover(armed). */
export function lowerRecover(fl: FunctionLowerer, c: ir.Call): Expr[] {
  const armed = deferLocals(fl).armed;
  const a = armed === undefined ? fl.m.i32.const(0) : fl.m.local.get(armed, T.i32);
  return fl.defineMulti(c, fl.ml.callRuntime('gorecover', [a], c.pos));
}

// --- thunks ---------------------------------------------------------------------

const thunks = new Set<ir.Function>();
/** Thunks of `defer recover()`: their free variable a0 is the deferring frame's armed flag. */
const recoverThunks = new Set<ir.Function>();
/** The arm of a `defer recover()` record (no function has this table index). */
const RecoverThunkArm = -1;
/** Offset of the armed flag in a `defer recover()` record {fn, link, arm, armed bool}. */
const RecoverFlagOffset = 12;
const thunkOf = new WeakMap<ir.Defer | ir.Go, ir.Function>();
let thunkSeq = 0;

const uintptrT: Type = Typ[BasicKind.Uintptr];

function operandsOf(c: ir.CallCommon): ir.Value[] {
  if (c.mode === 'builtin') return c.args;
  if (c.mode === 'call' && c.value.kind === 'Function') return c.args;
  return [c.value, ...c.args];
}

function resultTypeOf(sig: Signature): Type {
  return sig.results.vars.length === 1 ? sig.results.vars[0]!.type : sig.results;
}

function callSignature(c: ir.CallCommon): Signature {
  if (c.mode === 'invoke') return c.method.type as Signature;
  if (c.mode === 'builtin') return c.value.type;
  const t = underlying(c.value.type);
  if (t.kind !== 'Signature') throw new Error('defer of a non-function');
  return t;
}

/** thunkFor builds (once per Defer or Go instruction) the SSA function that performs its call. */
function thunkFor(fl: FunctionLowerer, d: ir.Defer | ir.Go): ir.Function {
  const hit = thunkOf.get(d);
  if (hit) return hit;
  const ops = operandsOf(d.call);
  const fvs: ir.FreeVar[] = [uintptrT, uintptrT, ...ops.map((o) => o.type)].map((type, index) => ({
    kind: 'FreeVar',
    name: index === 0 ? 'link' : index === 1 ? 'arm' : `a${index - 2}`,
    type,
    index,
  }));
  const c = d.call;
  const recoverThunk = isRecoverCall(c);
  if (recoverThunk) fvs.push({ kind: 'FreeVar', name: 'armed', type: Typ[BasicKind.Bool], index: 2 });
  const args = recoverThunk ? [] : fvs.slice(2);
  let call: ir.CallCommon;
  if (c.mode === 'builtin') call = { mode: 'builtin', value: c.value, args };
  else if (c.mode === 'invoke') call = { mode: 'invoke', value: args[0]!, method: c.method, args: args.slice(1) };
  else if (c.value.kind === 'Function') call = { mode: 'call', value: c.value, args };
  else call = { mode: 'call', value: args[0]!, args: args.slice(1) };
  const sig = callSignature(c);
  const callInstr: ir.Call = { kind: 'Call', id: 0, type: resultTypeOf(sig), call, pos: d.pos };
  const ret: ir.Return = { kind: 'Return', results: [], pos: d.pos };
  const isPanic = c.mode === 'builtin' && c.value.name === 'panic' && args.length === 1 && underlying(args[0]!.type).kind === 'Interface';
  const instrs: ir.Instruction[] = isPanic ? [{ kind: 'Panic', x: args[0]!, pos: d.pos }] : [callInstr, ret];
  const block: ir.BasicBlock = { index: 0, comment: 'entry', instrs, preds: [], succs: [] };
  const none = { ...sig.results, vars: [] };
  const emptySig: Signature = { kind: 'Signature', params: none, results: none, variadic: false };
  const fn: ir.Function = {
    kind: 'Function',
    name: `${fl.fn.name}$${d.kind === 'Go' ? 'go' : 'defer'}${++thunkSeq}`,
    type: emptySig,
    pos: d.pos,
    pkg: fl.fn.pkg,
    params: [],
    freeVars: fvs,
    blocks: [block],
    anonFuncs: [],
    directives: [],
  };
  thunks.add(fn);
  if (recoverThunk) recoverThunks.add(fn);
  thunkOf.set(d, fn);
  return fn;
}

/** buildCallRecord allocates and fills the record of a deferred call or a `go` statement: a
 * closure object of the thunk (link and arm are filled by the caller for defer, zero for go). */
export function buildCallRecord(fl: FunctionLowerer, d: ir.Defer | ir.Go): { stmts: Expr[]; record: Expr; offsets: number[] } {
  const m = fl.m;
  const thunk = thunkFor(fl, d);
  const idx = fl.ml.tableSlot(fl.ml.funcName(thunk));
  const types = thunk.freeVars.map((f) => f.type);
  const offs = closureFreeVarOffsets(types);
  const size = alignUp(offs[offs.length - 1]! + sizeof(types[types.length - 1]!), 8);
  const rec = fl.newLocal('i32');
  const p = () => m.local.get(rec, T.i32);
  const stmts: Expr[] = [];
  // `defer x.M()` / `go x.M()` with a nil interface x panics at the statement, as in Go
  if (d.call.mode === 'invoke') stmts.push(fail(fl, m.i32.eqz(fl.get(d.call.value)[0]!), 'panicNil'));
  stmts.push(m.local.set(rec, heapAlloc(fl, m.i32.const(size))), m.i32.store(0, 4, p(), m.i32.const(idx)));
  operandsOf(d.call).forEach((o, i) => {
    const t = types[i + 2]!;
    if (partsOf(t).length > 0) stmts.push(...storeParts(fl, t, p, fl.get(o), offs[i + 2]!));
  });
  if (recoverThunks.has(thunk)) {
    if (offs[2] !== RecoverFlagOffset) throw new InternalError('defer recover(): unexpected record layout');
    // the deferring frame's armed flag: the frame token's (its marker's arm, see deferrangefunc)
    const armed = deferLocals(fl).armed;
    const flag = d.kind === 'Defer' && d.frame ? fl.mod.load('i32', 8, fl.get1(d.frame)) : armed === undefined ? m.i32.const(0) : m.local.get(armed, T.i32);
    stmts.push(m.i32.store8(offs[2]!, 1, p(), flag));
  }
  return { stmts, record: p(), offsets: offs };
}

/** lowerDefer pushes a defer record for d (at the head, or below the marker of d.frame). */
export function lowerDefer(fl: FunctionLowerer, d: ir.Defer): Expr[] {
  const m = fl.m;
  const { stmts, record, offsets } = buildCallRecord(fl, d);
  const rec = fl.newLocal('i32');
  const p = () => m.local.get(rec, T.i32);
  const st = () => m.i32.const(dstateAddr(fl.ml));
  const out: Expr[] = [...stmts, m.local.set(rec, record)];
  out.push(m.i32.store(offsets[1]!, 4, p(), armOf(fl, d.call)));
  if (d.frame) {
    // the marker is a record too: its link is at the same offset
    const tok = fl.get1(d.frame);
    out.push(m.i32.store(offsets[0]!, 4, p(), fl.mod.load('i32', offsets[0]!, tok)));
    out.push(m.i32.store(offsets[0]!, 4, fl.get1(d.frame), p()));
    return out;
  }
  out.push(m.i32.store(offsets[0]!, 4, p(), fl.mod.load('i32', DState.head, st())));
  out.push(fl.mod.store('i32', DState.head, st(), p()));
  return out;
}

/** lowerDeferFrame makes the function's defer frame token: runtime.deferrangefunc(armed), which
 * keeps the function's armed flag for the `defer recover()` of its loop bodies. */
export function lowerDeferFrame(fl: FunctionLowerer, i: ir.DeferFrame): Expr[] {
  const armed = deferLocals(fl).armed;
  const flag = armed === undefined ? fl.m.i32.const(0) : fl.m.local.get(armed, T.i32);
  return fl.defineMulti(i, fl.ml.callRuntime('deferrangefunc', [flag], i.pos));
}

const recoveringNames = new WeakMap<ModuleLowerer, Set<string>>();

/** recoveringMethodNames are the names of the methods (and wrappers) in which recover() may be
 * effective: only a deferred interface call of one of them needs its arm looked up. */
function recoveringMethodNames(ml: ModuleLowerer): Set<string> {
  let s = recoveringNames.get(ml);
  if (!s) {
    s = new Set();
    for (const fn of ml.prog.functions) {
      if (fn.params.length === 0 || fn.parent || !recoversThrough(fn)) continue;
      const dot = fn.name.lastIndexOf('.');
      if (dot >= 0) s.add(fn.name.slice(dot + 1));
    }
    recoveringNames.set(ml, s);
  }
  return s;
}

/** armOf is the identity of the function a deferred call calls directly, or 0 if it cannot recover. */
function armOf(fl: FunctionLowerer, c: ir.CallCommon): Expr {
  const m = fl.m;
  if (isRecoverCall(c)) return m.i32.const(RecoverThunkArm);
  if (c.mode === 'invoke') {
    if (!recoveringMethodNames(fl.ml).has(c.method.name)) return m.i32.const(0);
    // the entry of the dynamic type's method table the call will reach (0 for a nil interface:
    // the call panics later)
    const t = fl.newLocal('i32');
    const id = typeInfo(fl.ml).invokeId(c.method);
    const lookup = fl.ml.callRuntime('itabfn', [m.local.get(t, T.i32), m.i32.const(id)]);
    return m.block(null, [m.local.set(t, fl.get(c.value)[0]!), m.if(m.local.get(t, T.i32), lookup, m.i32.const(0))], T.i32);
  }
  if (c.mode !== 'call') return m.i32.const(0);
  if (c.value.kind === 'Function') return m.i32.const(recoversThrough(c.value) ? recoverIdentity(fl.ml, c.value) : 0);
  // a func value: its table index (a nil func reads address 0, harmless; the call panics later)
  return fl.mod.load('i32', 0, fl.get1(c.value));
}
