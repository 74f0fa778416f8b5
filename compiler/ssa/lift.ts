// This file implements lifting (mem2reg): an Alloc whose address is only
// loaded from and stored to becomes SSA registers. Phis are placed at the
// iterated dominance frontier of the blocks that define the variable (its
// Alloc, which zeroes it, and its Stores), then a walk of the dominator tree
// renames loads to the reaching definition. Dead phis are pruned and trivial
// phis (all edges the same value) are replaced by that value.

import type { Alloc, BasicBlock, Function, Instruction, Phi, Value } from './ir.js';
import { buildDomTree } from './dom.js';
import { zeroConst } from './emit.js';
import { operands, replaceOperands, useLists } from './operands.js';
import { mustDeref, underlying } from './typeutil.js';

/** Arrays larger than this stay in memory: as registers they would be copied around whole. */
const maxLiftedArrayLen = 8;

function isLiftable(a: Alloc, uses: Instruction[]): boolean {
  const t = underlying(mustDeref(a.type));
  if (t.kind === 'Array' && t.len > maxLiftedArrayLen) return false;
  for (const u of uses) {
    if (u.kind === 'UnOp' && u.op === '*' && u.x === a) continue;
    if (u.kind === 'Store' && u.addr === a && u.val !== a) continue;
    return false;
  }
  return true;
}

interface NewPhi {
  readonly phi: Phi;
  readonly alloc: number;
}

/** placePhis creates the phis of each lifted alloc at its iterated dominance frontier. */
function placePhis(fn: Function, allocs: Alloc[], uses: Map<Value, Instruction[]>, df: BasicBlock[][]): NewPhi[][] {
  const phis: NewPhi[][] = fn.blocks.map(() => []);
  allocs.forEach((a, k) => {
    const defs = new Set<BasicBlock>([a.block!]);
    for (const u of uses.get(a) ?? []) if (u.kind === 'Store') defs.add(u.block!);
    const work = [...defs];
    const has = new Set<BasicBlock>();
    while (work.length) {
      const b = work.pop()!;
      for (const f of df[b.index]!) {
        if (has.has(f)) continue;
        has.add(f);
        const phi: Phi = { kind: 'Phi', id: -1, type: mustDeref(a.type), edges: f.preds.map(() => zeroConst(mustDeref(a.type))), comment: a.comment, pos: a.pos, block: f };
        phis[f.index]!.push({ phi, alloc: k });
        if (!defs.has(f)) work.push(f);
      }
    }
  });
  return phis;
}

/** rename walks the dominator tree replacing loads by reaching definitions; returns the load replacements. */
function rename(fn: Function, allocs: Alloc[], phis: NewPhi[][], removed: Set<Instruction>): Map<Value, Value> {
  const index = new Map<Value, number>();
  allocs.forEach((a, k) => index.set(a, k));
  const repl = new Map<Value, Value>();
  const dt = buildDomTree(fn);
  const stack: { b: BasicBlock; vals: (Value | undefined)[] }[] = [{ b: fn.blocks[0]!, vals: allocs.map(() => undefined) }];
  while (stack.length) {
    const { b, vals: incoming } = stack.pop()!;
    const vals = [...incoming];
    for (const np of phis[b.index]!) vals[np.alloc] = np.phi;
    for (const i of b.instrs) {
      if (i.kind === 'Alloc' && index.has(i)) {
        vals[index.get(i)!] = zeroConst(mustDeref(i.type));
        removed.add(i);
      } else if (i.kind === 'Store' && index.has(i.addr)) {
        vals[index.get(i.addr)!] = i.val;
        removed.add(i);
      } else if (i.kind === 'UnOp' && i.op === '*' && index.has(i.x)) {
        const k = index.get(i.x)!;
        repl.set(i, vals[k] ?? zeroConst(i.type));
        removed.add(i);
      }
    }
    for (const s of new Set(b.succs)) {
      s.preds.forEach((p, k) => {
        if (p !== b) return;
        for (const np of phis[s.index]!) np.phi.edges[k] = vals[np.alloc] ?? zeroConst(np.phi.type);
      });
    }
    for (const c of dt.children[b.index]!) stack.push({ b: c, vals });
  }
  return repl;
}

function resolver(repl: Map<Value, Value>): (v: Value) => Value {
  return (v0) => {
    let v = v0;
    for (let n = 0; repl.has(v) && n < 1e6; n++) v = repl.get(v)!;
    return v;
  };
}

/** prunePhis removes the new phis no real instruction uses (transitively) and simplifies trivial ones. */
function prunePhis(fn: Function, newPhis: Set<Phi>, repl: Map<Value, Value>): void {
  const resolve = resolver(repl);
  // Simplify trivial phis until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (const phi of newPhis) {
      if (repl.has(phi)) continue;
      let same: Value | undefined;
      let trivial = true;
      for (const e0 of phi.edges) {
        const e = resolve(e0);
        if (e === phi || (same !== undefined && sameValue(e, same))) continue;
        if (same === undefined) same = e;
        else trivial = false;
      }
      if (trivial && same !== undefined) {
        repl.set(phi, same);
        changed = true;
      }
    }
  }
  for (const b of fn.blocks) for (const i of b.instrs) replaceOperands(i, resolve);
  // Liveness: phis used by non-phi instructions, and phis those use.
  const live = new Set<Phi>();
  const work: Phi[] = [];
  const mark = (v: Value): void => {
    if (v.kind === 'Phi' && newPhis.has(v) && !live.has(v)) {
      live.add(v);
      work.push(v);
    }
  };
  for (const b of fn.blocks) for (const i of b.instrs) if (!(i.kind === 'Phi' && newPhis.has(i))) operands(i).forEach(mark);
  while (work.length) work.pop()!.edges.forEach(mark);
  for (const b of fn.blocks) {
    const kept = b.instrs.filter((i) => !(i.kind === 'Phi' && newPhis.has(i) && (!live.has(i) || repl.has(i))));
    b.instrs.splice(0, b.instrs.length, ...kept);
  }
}

function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true;
  return a.kind === 'Const' && b.kind === 'Const' && a.value === undefined && b.value === undefined && a.type === b.type;
}

/** lift promotes the liftable Allocs of fn to registers, and returns how many it lifted.
 * Lifting can make more Allocs liftable (p := new(int) once p is a register): call it until 0.
 * Blocks must be numbered by position. */
export function lift(fn: Function, noLift: ReadonlySet<Alloc>): number {
  if (fn.blocks.length === 0) return 0;
  const uses = useLists(fn);
  const allocs: Alloc[] = [];
  for (const b of fn.blocks) {
    for (const i of b.instrs) {
      if (i.kind === 'Alloc' && !noLift.has(i) && isLiftable(i, uses.get(i) ?? [])) allocs.push(i);
    }
  }
  if (allocs.length === 0) return 0;
  const df = buildDomTree(fn).frontiers();
  const phis = placePhis(fn, allocs, uses, df);
  const removed = new Set<Instruction>();
  const repl = rename(fn, allocs, phis, removed);
  const newPhis = new Set<Phi>();
  fn.blocks.forEach((b, k) => {
    const ps = phis[k]!.map((np) => np.phi);
    ps.forEach((p) => newPhis.add(p));
    const rest = b.instrs.filter((i) => !removed.has(i));
    const oldPhis = rest.filter((i) => i.kind === 'Phi');
    const others = rest.filter((i) => i.kind !== 'Phi');
    b.instrs.splice(0, b.instrs.length, ...oldPhis, ...ps, ...others);
  });
  prunePhis(fn, newPhis, repl);
  return allocs.length;
}
