// This file implements a simple escape analysis for the Allocs lifting left
// in memory: an Alloc whose address is only loaded from, stored to, or
// narrowed by FieldAddr/IndexAddr chains used the same way does not outlive
// the call, so it gets heap=false (the backend may place it in the frame).
// Any other use (stored elsewhere, passed to a call, captured, converted,
// sliced, returned, merged by a phi, compared) keeps heap=true.

import type { Function, Instruction, Value } from './ir.js';
import { useLists } from './operands.js';
import { mustDeref, underlying } from './typeutil.js';

function escapes(v: Value, uses: Map<Value, Instruction[]>, depth: number): boolean {
  if (depth > 64) return true;
  for (const u of uses.get(v) ?? []) {
    switch (u.kind) {
      case 'UnOp':
        if (u.op === '*' && u.x === v) continue;
        return true;
      case 'Store':
        if (u.addr === v && u.val !== v) continue;
        return true;
      case 'FieldAddr':
        if (escapes(u, uses, depth + 1)) return true;
        continue;
      case 'IndexAddr':
        if (underlying(mustDeref(v.type)).kind === 'Array' && !escapes(u, uses, depth + 1)) continue;
        return true;
      default:
        return true;
    }
  }
  return false;
}

export function markEscapes(fn: Function): void {
  if (fn.blocks.length === 0) return;
  const uses = useLists(fn);
  for (const b of fn.blocks) for (const i of b.instrs) if (i.kind === 'Alloc') i.heap = escapes(i, uses, 0);
}
