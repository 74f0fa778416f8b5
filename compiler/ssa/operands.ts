// This file implements generic access to the operands of an instruction:
// listing them (for use lists, printing and checking) and rewriting them in
// place (for lifting). ir.ts declares operand fields readonly for the
// backend's benefit; only the SSA passes in this folder rewrite them.

import { assertNever } from '../syntax/diagnostics.js';
import type { CallCommon, Function, Instruction, Value } from './ir.js';

/** Writable strips readonly so that SSA passes can patch instructions they own. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

function mapCall(c: CallCommon, f: (v: Value) => Value): void {
  const w = c as Writable<CallCommon>;
  const v = f(c.value); // a builtin callee is visited but never replaced
  if (c.mode !== 'builtin') w.value = v;
  for (let i = 0; i < c.args.length; i++) c.args[i] = f(c.args[i]!);
}

/** operands returns the operand values of instr in a fixed order (the order
 * replaceOperands visits them in). */
export function operands(i: Instruction): Value[] {
  const out: Value[] = [];
  replaceOperands(i, (v) => {
    out.push(v);
    return v;
  });
  return out;
}

/** replaceOperands rewrites every operand v of instr to f(v), in place. */
export function replaceOperands(i: Instruction, f: (v: Value) => Value): void {
  switch (i.kind) {
    case 'Alloc':
    case 'RunDefers':
    case 'DeferFrame':
    case 'Jump':
      return;
    case 'MakeMap': {
      const w = i as Writable<typeof i>;
      if (w.reserve) w.reserve = f(w.reserve);
      return;
    }
    case 'Phi':
      for (let k = 0; k < i.edges.length; k++) i.edges[k] = f(i.edges[k]!);
      return;
    case 'Call':
    case 'Go':
      return mapCall(i.call, f);
    case 'Defer':
      mapCall(i.call, f);
      if (i.frame) (i as Writable<typeof i>).frame = f(i.frame);
      return;
    case 'BinOp': {
      const w = i as Writable<typeof i>;
      w.x = f(w.x);
      w.y = f(w.y);
      return;
    }
    case 'UnOp':
    case 'Convert':
    case 'ChangeType':
    case 'MakeInterface':
    case 'ChangeInterface':
    case 'SliceToArrayPointer':
    case 'FieldAddr':
    case 'Field':
    case 'TypeAssert':
    case 'Range':
    case 'Panic': {
      const w = i as Writable<typeof i>;
      w.x = f(w.x);
      return;
    }
    case 'MakeClosure':
      for (let k = 0; k < i.bindings.length; k++) i.bindings[k] = f(i.bindings[k]!);
      return;
    case 'MakeSlice': {
      const w = i as Writable<typeof i>;
      w.len = f(w.len);
      w.cap = f(w.cap);
      return;
    }
    case 'MakeChan': {
      const w = i as Writable<typeof i>;
      w.size = f(w.size);
      return;
    }
    case 'Slice': {
      const w = i as Writable<typeof i>;
      w.x = f(w.x);
      if (w.low) w.low = f(w.low);
      if (w.high) w.high = f(w.high);
      if (w.max) w.max = f(w.max);
      return;
    }
    case 'IndexAddr':
    case 'Index':
    case 'Lookup': {
      const w = i as Writable<typeof i>;
      w.x = f(w.x);
      w.index = f(w.index);
      return;
    }
    case 'Extract': {
      const w = i as Writable<typeof i>;
      w.tuple = f(w.tuple);
      return;
    }
    case 'Next': {
      const w = i as Writable<typeof i>;
      w.iter = f(w.iter);
      return;
    }
    case 'Select':
      for (const s of i.states) {
        const w = s as Writable<typeof s>;
        w.chan = f(w.chan);
        if (w.send) w.send = f(w.send);
      }
      return;
    case 'Store': {
      const w = i as Writable<typeof i>;
      w.addr = f(w.addr);
      w.val = f(w.val);
      return;
    }
    case 'MapUpdate': {
      const w = i as Writable<typeof i>;
      w.map = f(w.map);
      w.key = f(w.key);
      w.value = f(w.value);
      return;
    }
    case 'Send': {
      const w = i as Writable<typeof i>;
      w.chan = f(w.chan);
      w.x = f(w.x);
      return;
    }
    case 'If': {
      const w = i as Writable<typeof i>;
      w.cond = f(w.cond);
      return;
    }
    case 'Return':
      for (let k = 0; k < i.results.length; k++) i.results[k] = f(i.results[k]!);
      return;
    default:
      return assertNever(i);
  }
}

/** useLists maps each value to the instructions of fn that use it (an instruction once per use). */
export function useLists(fn: Function): Map<Value, Instruction[]> {
  const uses = new Map<Value, Instruction[]>();
  for (const b of fn.blocks) {
    for (const i of b.instrs) {
      for (const v of operands(i)) {
        let l = uses.get(v);
        if (!l) uses.set(v, (l = []));
        l.push(i);
      }
    }
  }
  return uses;
}
