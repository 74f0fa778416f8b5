// This file implements the small escape analysis behind one visible effect of
// gc's optimiser: when a slice built by append does not escape its function,
// gc gives the first growth from capacity 0 a 32-byte stack buffer, so
// cap(append([]int(nil), 1)) is 4 there but 1 when the slice escapes.
// appendMayEscape follows the result of an append through phis, reslicing,
// further appends and element addresses; it escapes when it is returned,
// stored, captured, converted or boxed, called dynamically, or passed to a
// function whose parameter leaks (computed the same way, memoised; recursion
// counts as not leaking). Anything unknown counts as escaping.

import type * as ir from '../ssa/ir.js';
import { operands } from '../ssa/index.js';

type Uses = Map<ir.Value, ir.Instruction[]>;

const useCache = new WeakMap<ir.Function, Uses>();
const leakCache = new WeakMap<ir.Parameter, boolean>();

function usesOf(fn: ir.Function): Uses {
  let u = useCache.get(fn);
  if (!u) {
    u = new Map();
    for (const b of fn.blocks)
      for (const i of b.instrs)
        for (const o of operands(i)) {
          let l = u.get(o);
          if (!l) u.set(o, (l = []));
          l.push(i);
        }
    useCache.set(fn, u);
  }
  return u;
}

function paramLeaks(fn: ir.Function, p: ir.Parameter): boolean {
  const hit = leakCache.get(p);
  if (hit !== undefined) return hit;
  leakCache.set(p, false); // recursion: assume it does not leak
  const r = flowsOut(fn, p, new Set());
  leakCache.set(p, r);
  return r;
}

/** flowsOut reports whether the slice value v (or its backing store) may outlive fn's frame. */
function flowsOut(fn: ir.Function, v: ir.Value, seen: Set<ir.Value>): boolean {
  if (seen.has(v)) return false;
  seen.add(v);
  for (const u of usesOf(fn).get(v) ?? []) {
    switch (u.kind) {
      case 'Phi':
      case 'ChangeType':
        if (flowsOut(fn, u, seen)) return true;
        continue;
      case 'Slice':
        if (u.x === v && flowsOut(fn, u, seen)) return true;
        continue;
      case 'IndexAddr':
        // an element address may be loaded from or stored to, nothing else
        for (const w of usesOf(fn).get(u) ?? [])
          if (!((w.kind === 'UnOp' && w.op === '*') || (w.kind === 'Store' && w.addr === u && w.val !== u))) return true;
        continue;
      case 'If':
      case 'BinOp':
        continue;
      case 'Call':
        if (callLeaks(fn, u, v, seen)) return true;
        continue;
      default:
        return true;
    }
  }
  return false;
}

function callLeaks(fn: ir.Function, c: ir.Call, v: ir.Value, seen: Set<ir.Value>): boolean {
  const cc = c.call;
  if (cc.mode === 'builtin') {
    switch (cc.value.name) {
      case 'len':
      case 'cap':
      case 'print':
      case 'println':
      case 'copy':
      case 'clear':
        return false;
      case 'append':
        return cc.args[0] === v && flowsOut(fn, c, seen);
      default:
        return true;
    }
  }
  if (cc.mode !== 'call' || cc.value.kind !== 'Function') return true;
  const callee = cc.value;
  if (callee.blocks.length === 0) return true;
  return cc.args.some((a, i) => a === v && (callee.params[i] === undefined || paramLeaks(callee, callee.params[i]!)));
}

/** appendMayEscape reports whether the slice an append call builds may escape its function. */
export function appendMayEscape(fn: ir.Function, c: ir.Call): boolean {
  return flowsOut(fn, c, new Set());
}
