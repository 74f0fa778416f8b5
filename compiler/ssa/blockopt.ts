// This file implements the CFG clean-ups run before lifting: removal of
// unreachable blocks (fixing the phis of their successors), fusion of a block
// with its single-predecessor successor, and block renumbering.

import type { BasicBlock, Function } from './ir.js';
import type { Writable } from './operands.js';

/** roots are the blocks execution can start at: the entry and the recover block. */
export function roots(fn: Function): BasicBlock[] {
  const r: BasicBlock[] = [];
  if (fn.blocks[0]) r.push(fn.blocks[0]);
  if (fn.recoverBlock && fn.recoverBlock !== fn.blocks[0]) r.push(fn.recoverBlock);
  return r;
}

function reachable(fn: Function): Set<BasicBlock> {
  const seen = new Set<BasicBlock>();
  const stack = roots(fn);
  while (stack.length) {
    const b = stack.pop()!;
    if (seen.has(b)) continue;
    seen.add(b);
    for (const s of b.succs) stack.push(s);
  }
  return seen;
}

/** removePred removes the k-th predecessor of b, with the matching phi edges. */
function removePred(b: BasicBlock, k: number): void {
  b.preds.splice(k, 1);
  for (const i of b.instrs) {
    if (i.kind !== 'Phi') break;
    i.edges.splice(k, 1);
  }
}

function removeUnreachable(fn: Function): void {
  const live = reachable(fn);
  for (const b of fn.blocks) {
    if (!live.has(b)) continue;
    for (let k = b.preds.length - 1; k >= 0; k--) if (!live.has(b.preds[k]!)) removePred(b, k);
  }
  const kept = fn.blocks.filter((b) => live.has(b));
  fn.blocks.splice(0, fn.blocks.length, ...kept);
}

/** fuse merges b with its successor when b ends in a jump and is that successor's only predecessor. */
function fuse(fn: Function, b: BasicBlock, removed: Set<BasicBlock>): boolean {
  const last = b.instrs[b.instrs.length - 1];
  if (!last || last.kind !== 'Jump' || b.succs.length !== 1) return false;
  const s = b.succs[0]!;
  if (s === b || s.preds.length !== 1 || s === fn.blocks[0] || s === fn.recoverBlock) return false;
  if (s.instrs[0]?.kind === 'Phi') return false;
  b.instrs.pop();
  for (const i of s.instrs) {
    i.block = b;
    b.instrs.push(i);
  }
  b.succs.splice(0, b.succs.length, ...s.succs);
  for (const t of s.succs) {
    for (let k = 0; k < t.preds.length; k++) if (t.preds[k] === s) t.preds[k] = b;
  }
  removed.add(s);
  return true;
}

export function optimizeBlocks(fn: Function): void {
  if (fn.blocks.length === 0) return;
  removeUnreachable(fn);
  const removed = new Set<BasicBlock>();
  for (const b of fn.blocks) {
    if (removed.has(b)) continue;
    while (fuse(fn, b, removed)) {
      /* keep fusing */
    }
  }
  if (removed.size) {
    const kept = fn.blocks.filter((b) => !removed.has(b));
    fn.blocks.splice(0, fn.blocks.length, ...kept);
  }
}

export function renumberBlocks(fn: Function): void {
  fn.blocks.forEach((b, i) => {
    (b as Writable<BasicBlock>).index = i;
  });
}
