// This file implements register numbering: value instructions get ids
// t0, t1, ... in block order.

import type { Function } from './ir.js';
import { isValueInstruction } from './ir.js';

export function numberRegisters(fn: Function): void {
  let n = 0;
  for (const b of fn.blocks) for (const i of b.instrs) if (isValueInstruction(i)) i.id = n++;
}
