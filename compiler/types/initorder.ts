// This file implements the initialization order of package-level variables
// (spec "Package initialization") as gc computes it: a dependency graph of
// package-level constants, variables and functions, with the function nodes
// removed (their dependencies passed on to their users), processed
// constants first, then in order of fewest remaining dependencies, then
// declaration order. Variables still
// waiting on others when processed are on a cycle, reported as gc does.

import type { Checker, DeclInfo } from './check.js';
import type { Initializer } from './info.js';
import type { Obj, Var } from './object.js';

interface GraphNode {
  readonly obj: Obj;
  readonly order: number;
  readonly succ: Set<GraphNode>; // the nodes this one depends on
  readonly pred: Set<GraphNode>; // the nodes depending on this one
  ndeps: number;
}

function dependencyGraph(check: Checker): GraphNode[] {
  const nodes = new Map<Obj, GraphNode>();
  let order = 0;
  for (const obj of check.objMap.keys()) {
    if (obj.kind === 'Const' || obj.kind === 'Var' || obj.kind === 'Func') {
      nodes.set(obj, { obj, order: order++, succ: new Set(), pred: new Set(), ndeps: 0 });
    }
  }
  for (const n of nodes.values()) {
    for (const d of check.objMap.get(n.obj)!.deps) {
      const m = nodes.get(d);
      if (!m) continue;
      n.succ.add(m);
      m.pred.add(n);
    }
  }
  const G: GraphNode[] = [];
  for (const n of nodes.values()) {
    if (n.obj.kind !== 'Func') {
      G.push(n);
      continue;
    }
    // connect each predecessor of a function with each of its successors, and drop it
    for (const p of n.pred) {
      if (p === n) continue;
      for (const s of n.succ) {
        if (s === n) continue;
        p.succ.add(s);
        s.pred.add(p);
      }
      p.succ.delete(n);
    }
    for (const s of n.succ) s.pred.delete(n);
  }
  for (const n of G) n.ndeps = n.succ.size;
  return G;
}

/** findPath returns a dependency path from `from` to `to` (in reverse, as gc builds it). */
function findPath(check: Checker, from: Obj, to: Obj, seen: Set<Obj>): Obj[] | undefined {
  if (seen.has(from)) return undefined;
  seen.add(from);
  const d = check.objMap.get(from);
  if (!d) return undefined;
  for (const dep of d.deps) {
    if (dep === to) return [dep];
    const p = findPath(check, dep, to, seen);
    if (p) return [...p, dep];
  }
  return undefined;
}

function reportCycle(check: Checker, cycle: Obj[]): void {
  let obj = cycle[0]!;
  if (cycle.length === 1) {
    check.error(obj.pos, `initialization cycle: ${obj.name} refers to itself`);
    return;
  }
  let msg = `initialization cycle for ${obj.name}`;
  const at = obj.pos;
  for (let j = cycle.length - 1; j >= 0; j--) {
    const next = cycle[j]!;
    msg += `\n\t${check.fset.format(obj.pos)}: ${obj.name} refers to ${next.name}`;
    obj = next;
  }
  check.error(at, msg);
}

/** before is the priority of the queue: constants first (go.dev/issue/66575), then fewest
 * remaining dependencies, then source order. */
function before(a: GraphNode, b: GraphNode): boolean {
  const ac = a.obj.kind === 'Const';
  if (ac !== (b.obj.kind === 'Const')) return ac;
  return a.ndeps < b.ndeps || (a.ndeps === b.ndeps && a.order < b.order);
}

export function initOrder(check: Checker): void {
  const pq = dependencyGraph(check);
  const emitted = new Set<DeclInfo>();
  const order: Initializer[] = [];
  while (pq.length > 0) {
    let best = 0;
    for (let i = 1; i < pq.length; i++) {
      const a = pq[i]!;
      const b = pq[best]!;
      if (before(a, b)) best = i;
    }
    const n = pq.splice(best, 1)[0]!;
    if (n.ndeps > 0) {
      const cycle = findPath(check, n.obj, n.obj, new Set());
      if (!cycle) continue;
      reportCycle(check, cycle);
    }
    for (const p of n.pred) p.ndeps--;
    if (n.obj.kind !== 'Var') continue;
    const info = check.objMap.get(n.obj)!;
    if (!info.init || emitted.has(info)) continue;
    emitted.add(info);
    const lhs: Var[] = info.lhs ?? [n.obj];
    order.push({ lhs, rhs: info.init });
  }
  (check.info.initOrder as Initializer[]).push(...order);
}
