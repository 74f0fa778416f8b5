// This file implements channels (the compiler half; the runtime half is
// runtime/go/runtime/chan.go and select.go): make, send, receive (with
// comma-ok), close, len, cap and select.
//
// A channel value is a pointer to the runtime's hchan (nil = 0); len and cap
// load its first two words (a nil channel reads address 0, always zero).
// Elements cross the runtime boundary by address: a value to send is stored
// into a slot of the frame, a received one is loaded from a slot the runtime
// filled; a big value (layout.ts) is already an immutable heap snapshot, so
// its pointer is sent as is and a receive fills a fresh heap block that
// becomes the value; zero-size elements pass address 0. select lays out one
// scase {c @0, elem @4, dir @8 (1 send, 2 receive)} per case in the frame and
// calls runtime.selectgo(cases, n, block) -> (chosen index or -1, received).

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Type } from '../types/index.js';
import { T, tupleType, type Expr } from './module.js';
import { alignof, isBig, partsOf, sizeof, underlying, hasPointers } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { heapAlloc, loadParts, storeParts } from './memory.js';
import { indexToI64 } from './checks.js';

function elemOfChan(t: Type): Type {
  const u = underlying(t);
  if (u.kind !== 'Chan') throw new InternalError(`expected a channel type, got ${u.kind}`);
  return u.elem;
}

/** chanNeedsFrame reports whether lowering i needs a shadow-stack frame slot. */
export function chanNeedsFrame(i: ir.Instruction): boolean {
  switch (i.kind) {
    case 'Send':
      return slotted(elemOfChan(i.chan.type));
    case 'UnOp':
      return i.op === '<-' && slotted(elemOfChan(i.x.type));
    case 'Select':
      return true;
    default:
      return false;
  }
}

/** slotted: elements of type t go through a frame slot (not big, not zero-size). */
function slotted(t: Type): boolean {
  return sizeof(t) > 0 && !isBig(t);
}

export function lowerMakeChan(fl: FunctionLowerer, mc: ir.MakeChan): Expr[] {
  const es = sizeof(elemOfChan(mc.type));
  return fl.define(mc, [fl.ml.callRuntime('makechan', [fl.m.i32.const(es), indexToI64(fl, mc.size)], mc.pos)]);
}

/** sendAddr stores v where the runtime can copy it from; returns the statements, the address and
 * what clears the frame slot afterwards. */
function sendAddr(fl: FunctionLowerer, t: Type, v: ir.Value): [Expr[], Expr, Expr[]] {
  if (sizeof(t) === 0) return [[], fl.m.i32.const(0), []];
  if (isBig(t)) return [[], fl.get1(v), []];
  const slot = fl.frameSlot(sizeof(t), alignof(t));
  return [storeParts(fl, t, slot, fl.get(v)), slot(), clearSlot(fl, t, slot)];
}

/** clearSlot zeroes a frame slot that held a copy of a value with pointers once it is used: the
 * collector scans frames, and the copy would keep the value's objects alive. */
function clearSlot(fl: FunctionLowerer, t: Type, slot: () => Expr): Expr[] {
  return hasPointers(t) ? [fl.mod.memoryFill(slot(), fl.m.i32.const(0), fl.m.i32.const(sizeof(t)))] : [];
}

/** recvAddr is where the runtime writes a received element; read() loads the value from it,
 * clear (after the value is defined) zeroes the frame slot. */
function recvAddr(fl: FunctionLowerer, t: Type): { pre: Expr[]; addr: Expr; read: () => Expr[]; clear: Expr[] } {
  const m = fl.m;
  if (sizeof(t) === 0) return { pre: [], addr: m.i32.const(0), read: () => [], clear: [] };
  if (isBig(t)) {
    const l = fl.newLocal('i32');
    return {
      pre: [m.local.set(l, heapAlloc(fl, m.i32.const(sizeof(t)), !hasPointers(t)))],
      addr: m.local.get(l, T.i32),
      read: () => [m.local.get(l, T.i32)],
      clear: [],
    };
  }
  const slot = fl.frameSlot(sizeof(t), alignof(t));
  return { pre: [], addr: slot(), read: () => loadParts(fl, t, slot), clear: clearSlot(fl, t, slot) };
}

export function lowerSend(fl: FunctionLowerer, s: ir.Send): Expr[] {
  const [pre, addr, clear] = sendAddr(fl, elemOfChan(s.chan.type), s.x);
  return [...pre, fl.ml.callRuntime('chansend', [fl.get1(s.chan), addr], s.pos), ...clear];
}

/** lowerRecv is `<-ch` and `v, ok := <-ch`. */
export function lowerRecv(fl: FunctionLowerer, u: ir.UnOp): Expr[] {
  const m = fl.m;
  const t = elemOfChan(u.x.type);
  const r = recvAddr(fl, t);
  const ok = fl.newLocal('i32');
  const out = [...r.pre, m.local.set(ok, fl.ml.callRuntime('chanrecv', [fl.get1(u.x), r.addr], u.pos))];
  const parts = r.read();
  if (u.commaOk) return [...out, ...fl.define(u, [...parts, m.local.get(ok, T.i32)]), ...r.clear];
  return [...out, ...fl.define(u, parts), ...r.clear];
}

/** lowerChanBuiltin is close, len or cap of a channel. */
export function lowerChanBuiltin(fl: FunctionLowerer, c: ir.Call, name: string, ch: ir.Value): Expr[] {
  switch (name) {
    case 'close':
      return [fl.ml.callRuntime('closechan', [fl.get1(ch)], c.pos)];
    case 'len':
      return fl.define(c, [fl.mod.load('i64', 0, fl.get1(ch))]);
    case 'cap':
      return fl.define(c, [fl.mod.load('i64', 8, fl.get1(ch))]);
    default:
      throw new InternalError(`builtin ${name} on a channel`);
  }
}

const ScaseSize = 12;

export function lowerSelect(fl: FunctionLowerer, sel: ir.Select): Expr[] {
  const m = fl.m;
  const n = sel.states.length;
  const cases = fl.frameSlot(Math.max(n, 1) * ScaseSize, 4);
  const out: Expr[] = [];
  const reads: (() => Expr[])[] = [];
  const clears: Expr[] = [];
  sel.states.forEach((st, k) => {
    const t = elemOfChan(st.chan.type);
    let addr: Expr;
    if (st.dir === 'send') {
      const [pre, a, clear] = sendAddr(fl, t, st.send!);
      out.push(...pre);
      clears.push(...clear);
      addr = a;
    } else {
      const r = recvAddr(fl, t);
      out.push(...r.pre);
      addr = r.addr;
      reads.push(r.read);
      clears.push(...r.clear);
    }
    out.push(m.i32.store(k * ScaseSize, 4, cases(), fl.get1(st.chan)));
    out.push(m.i32.store(k * ScaseSize + 4, 4, cases(), addr));
    out.push(m.i32.store(k * ScaseSize + 8, 4, cases(), m.i32.const(st.dir === 'send' ? 1 : 2)));
  });
  const pair = tupleType(['i64', 'i32']);
  const res = fl.newLocal(pair);
  out.push(m.local.set(res, fl.ml.callRuntime('selectgo', [cases(), fl.mod.i64(n), m.i32.const(sel.blocking ? 1 : 0)], sel.pos)));
  const parts: Expr[] = [m.tuple.extract(m.local.get(res, pair), 0), m.tuple.extract(m.local.get(res, pair), 1)];
  for (const read of reads) parts.push(...read());
  if (partsOf(sel.type).length !== parts.length) throw new InternalError('select: result parts do not match its type');
  return [...out, ...fl.define(sel, parts), ...clears];
}
