// This file implements dominators (Cooper, Harvey and Kennedy's iterative
// algorithm over reverse postorder), the dominator tree with O(1) dominance
// queries, and dominance frontiers. As in go/ssa, the recover block is treated
// as a child of the entry block. Blocks must be numbered by position.

import type { BasicBlock, Function } from './ir.js';

export class DomTree {
  constructor(
    readonly fn: Function,
    /** idom[b.index]: the immediate dominator (the entry's is undefined). */
    readonly idom: (BasicBlock | undefined)[],
    readonly children: BasicBlock[][],
    private readonly pre: number[],
    private readonly post: number[],
    readonly reachable: boolean[],
  ) {}

  /** dominates reports whether a dominates b (reflexively). */
  dominates(a: BasicBlock, b: BasicBlock): boolean {
    return this.pre[a.index]! <= this.pre[b.index]! && this.post[b.index]! <= this.post[a.index]!;
  }

  /** frontiers returns the dominance frontier of every block. */
  frontiers(): BasicBlock[][] {
    const df: Set<BasicBlock>[] = this.fn.blocks.map(() => new Set());
    for (const b of this.fn.blocks) {
      const preds = predsOf(this.fn, b);
      if (preds.length < 2) continue;
      const stop = this.idom[b.index];
      for (const p of preds) {
        if (!this.reachable[p.index]) continue;
        for (let r: BasicBlock | undefined = p; r && r !== stop; r = this.idom[r.index]) df[r.index]!.add(b);
      }
    }
    return df.map((s) => [...s]);
  }
}

function succsOf(fn: Function, b: BasicBlock): BasicBlock[] {
  if (b === fn.blocks[0] && fn.recoverBlock && fn.recoverBlock !== b) return [...b.succs, fn.recoverBlock];
  return b.succs;
}

export function predsOf(fn: Function, b: BasicBlock): BasicBlock[] {
  if (b === fn.recoverBlock && fn.blocks[0] && b !== fn.blocks[0]) return [...b.preds, fn.blocks[0]];
  return b.preds;
}

function reversePostorder(fn: Function): BasicBlock[] {
  const seen = new Set<BasicBlock>();
  const order: BasicBlock[] = [];
  const visit = (root: BasicBlock): void => {
    const stack: { b: BasicBlock; i: number }[] = [{ b: root, i: 0 }];
    seen.add(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const succs = succsOf(fn, top.b);
      if (top.i < succs.length) {
        const s = succs[top.i++]!;
        if (!seen.has(s)) {
          seen.add(s);
          stack.push({ b: s, i: 0 });
        }
      } else {
        order.push(top.b);
        stack.pop();
      }
    }
  };
  if (fn.blocks[0]) visit(fn.blocks[0]);
  return order.reverse();
}

export function buildDomTree(fn: Function): DomTree {
  const n = fn.blocks.length;
  const rpo = reversePostorder(fn);
  const rpoNum: number[] = new Array(n).fill(-1);
  rpo.forEach((b, i) => (rpoNum[b.index] = i));
  const idom: (BasicBlock | undefined)[] = new Array(n).fill(undefined);
  const entry = fn.blocks[0];
  if (entry) idom[entry.index] = entry;
  const intersect = (a0: BasicBlock, b0: BasicBlock): BasicBlock => {
    let a = a0;
    let b = b0;
    while (a !== b) {
      while (rpoNum[a.index]! > rpoNum[b.index]!) a = idom[a.index]!;
      while (rpoNum[b.index]! > rpoNum[a.index]!) b = idom[b.index]!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of rpo) {
      if (b === entry) continue;
      let nd: BasicBlock | undefined;
      for (const p of predsOf(fn, b)) {
        if (rpoNum[p.index]! < 0 || !idom[p.index]) continue;
        nd = nd ? intersect(p, nd) : p;
      }
      if (nd && idom[b.index] !== nd) {
        idom[b.index] = nd;
        changed = true;
      }
    }
  }
  if (entry) idom[entry.index] = undefined;
  const children: BasicBlock[][] = fn.blocks.map(() => []);
  for (const b of fn.blocks) {
    const d = idom[b.index];
    if (d) children[d.index]!.push(b);
  }
  const pre: number[] = new Array(n).fill(-1);
  const post: number[] = new Array(n).fill(-1);
  let counter = 0;
  if (entry) {
    // Iterative preorder/postorder numbering of the dominator tree (functions may be deep).
    const stack: { b: BasicBlock; i: number }[] = [{ b: entry, i: 0 }];
    pre[entry.index] = counter++;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const kids = children[top.b.index]!;
      if (top.i < kids.length) {
        const c = kids[top.i++]!;
        pre[c.index] = counter++;
        stack.push({ b: c, i: 0 });
      } else {
        post[top.b.index] = counter++;
        stack.pop();
      }
    }
  }
  const reachable = rpoNum.map((x) => x >= 0);
  return new DomTree(fn, idom, children, pre, post, reachable);
}
