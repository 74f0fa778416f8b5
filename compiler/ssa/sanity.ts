// This file implements the IR sanity checker: structural invariants of a
// finished function (blocks end with exactly one control instruction, phis
// first with one edge per predecessor, consistent preds/succs, numbered
// blocks and registers) and SSA invariants (operands are defined in the
// function or are constants/globals/functions/own parameters and free
// variables; definitions dominate their uses) and operand types (sanity-types.ts).

import type { BasicBlock, Function, Instruction, Value } from './ir.js';
import { isValueInstruction } from './ir.js';
import { buildDomTree } from './dom.js';
import { operands } from './operands.js';
import { checkSignature, checkTypes } from './sanity-types.js';

const controlKinds = new Set(['Jump', 'If', 'Return', 'Panic']);
const succCount: Record<string, number> = { Jump: 1, If: 2, Return: 0, Panic: 0 };

function count<T>(xs: readonly T[], x: T): number {
  return xs.filter((y) => y === x).length;
}

function checkBlockShape(fn: Function, b: BasicBlock, i: number, errs: string[]): void {
  const where = `${fn.name} block ${b.index}`;
  if (b.index !== i) errs.push(`${where}: index ${b.index} at position ${i}`);
  if (b.instrs.length === 0) {
    errs.push(`${where}: empty block`);
    return;
  }
  const last = b.instrs[b.instrs.length - 1]!;
  if (!controlKinds.has(last.kind)) errs.push(`${where}: does not end with a control instruction (${last.kind})`);
  else if (b.succs.length !== succCount[last.kind]) errs.push(`${where}: ${last.kind} with ${b.succs.length} successors`);
  let phisDone = false;
  b.instrs.forEach((ins, k) => {
    if (ins.block !== b) errs.push(`${where}: instruction ${k} (${ins.kind}) has the wrong block`);
    if (k < b.instrs.length - 1 && controlKinds.has(ins.kind)) errs.push(`${where}: control instruction ${ins.kind} before the end`);
    if (ins.kind === 'Phi') {
      if (phisDone) errs.push(`${where}: phi after a non-phi instruction`);
      if (ins.edges.length !== b.preds.length) errs.push(`${where}: phi with ${ins.edges.length} edges for ${b.preds.length} preds`);
    } else phisDone = true;
  });
  for (const s of b.succs) {
    if (fn.blocks[s.index] !== s) errs.push(`${where}: successor not in function`);
    else if (count(s.preds, b) !== count(b.succs, s)) errs.push(`${where}: edge to ${s.index} not mirrored in its preds`);
  }
  for (const p of b.preds) {
    if (fn.blocks[p.index] !== p) errs.push(`${where}: predecessor not in function`);
    else if (count(p.succs, b) !== count(b.preds, p)) errs.push(`${where}: pred ${p.index} does not list it as a successor`);
  }
}

/** checkOperand checks that v may be used by instruction `use` in block b at position k. */
function checkOperand(fn: Function, dt: ReturnType<typeof buildDomTree>, pos: Map<Instruction, number>, use: Instruction, v: Value, edge: number, errs: string[]): void {
  const where = `${fn.name} block ${use.block?.index}: ${use.kind}`;
  switch (v.kind) {
    case 'Const':
    case 'Global':
    case 'Function':
    case 'Builtin':
      return;
    case 'Parameter':
      if (fn.params[v.index] !== v) errs.push(`${where}: uses parameter ${v.name} of another function`);
      return;
    case 'FreeVar':
      if (fn.freeVars[v.index] !== v) errs.push(`${where}: uses free variable ${v.name} of another function`);
      return;
    default:
      break;
  }
  const db = v.block;
  if (!db || fn.blocks[db.index] !== db || !pos.has(v) || db.instrs[pos.get(v)!] !== v) {
    errs.push(`${where}: operand t${v.id} (${v.kind}) is not defined in the function`);
    return;
  }
  const ub = use.block!;
  if (use.kind === 'Phi') {
    const pred = ub.preds[edge];
    if (pred && !dt.dominates(db, pred)) errs.push(`${where}: t${v.id} does not dominate the end of pred ${pred.index}`);
    return;
  }
  if (db === ub) {
    if (pos.get(v)! >= pos.get(use)!) errs.push(`${where}: t${v.id} used before its definition`);
  } else if (!dt.dominates(db, ub)) {
    errs.push(`${where}: t${v.id} (block ${db.index}) does not dominate its use`);
  }
}

/** sanityCheck returns the invariant violations of fn (empty when sane). */
export function sanityCheck(fn: Function): string[] {
  const errs: string[] = [];
  if (fn.blocks.length === 0) {
    if (!fn.external) errs.push(`${fn.name}: no blocks but not external`);
    return errs;
  }
  if (fn.blocks[0]!.preds.length) errs.push(`${fn.name}: entry block has predecessors`);
  checkSignature(fn, errs);
  fn.blocks.forEach((b, i) => checkBlockShape(fn, b, i, errs));
  if (errs.length) return errs;
  const dt = buildDomTree(fn);
  const pos = new Map<Instruction, number>();
  const ids = new Set<number>();
  for (const b of fn.blocks) {
    if (!dt.reachable[b.index]) errs.push(`${fn.name}: block ${b.index} is unreachable`);
    b.instrs.forEach((i, k) => {
      pos.set(i, k);
      if (isValueInstruction(i)) {
        if (ids.has(i.id) || i.id < 0) errs.push(`${fn.name}: bad or duplicate register t${i.id}`);
        ids.add(i.id);
      }
    });
  }
  for (const b of fn.blocks) {
    for (const i of b.instrs) {
      operands(i).forEach((v, k) => checkOperand(fn, dt, pos, i, v, k, errs));
      checkTypes(fn, i, errs);
    }
  }
  return errs;
}
