// This file implements three-clause `for` loops, including Go 1.22
// per-iteration loop variables: when a variable declared by the init
// statement is captured by a closure or has its address taken in the loop,
// each iteration gets a fresh heap variable (copied from the previous one at
// the start of the post statement), reached through a phi of pointers in the
// loop header. Other loop variables stay single allocs that lifting turns
// into registers.

import type * as ast from '../syntax/ast.js';
import type { Var } from '../types/object.js';
import type { Phi, Value } from './ir.js';
import { currentBlock, emitAlloc, emitJump, emitLoad, emitStore, newBlock, newPhi } from './emit.js';
import type { FunctionBuilder, LabelTargets } from './func.js';
import { emitCond } from './build-expr.js';
import { popTargets, pushTargets, stmt, stmtList } from './build-stmt.js';
import { capturedOrAddressed } from './resident.js';

/** loopVars returns the variables declared by a for loop's init statement. */
function loopVars(fb: FunctionBuilder, s: ast.ForStmt): Var[] {
  const init = s.init;
  if (!init || init.kind !== 'AssignStmt' || init.tok !== ':=') return [];
  const vars: Var[] = [];
  for (const l of init.lhs) {
    if (l.kind !== 'Ident') continue;
    const o = fb.info.defs.get(l);
    if (o?.kind === 'Var') vars.push(o);
  }
  return vars;
}

/** perIterationVars returns the loop variables whose per-iteration identity is observable. */
function perIterationVars(fb: FunctionBuilder, s: ast.ForStmt): Var[] {
  const vars = loopVars(fb, s);
  if (vars.length === 0) return [];
  const nodes = [s.cond, s.post, s.body].filter((n): n is NonNullable<typeof n> => !!n);
  const out = capturedOrAddressed(fb, nodes, new Set(vars));
  return vars.filter((v) => out.has(v));
}

export function forStmt(fb: FunctionBuilder, s: ast.ForStmt, label: LabelTargets | undefined): void {
  if (s.init) stmt(fb, s.init);
  const copies = perIterationVars(fb, s);
  const loop = newBlock(fb, 'for.loop');
  const body = newBlock(fb, 'for.body');
  const post = s.post || copies.length ? newBlock(fb, 'for.post') : loop;
  const done = newBlock(fb, 'for.done');
  const initEnd = currentBlock(fb);
  const initAddrs = copies.map((v) => fb.objects.get(v)!);
  emitJump(fb, loop);
  fb.current = loop;
  const phis: Phi[] = copies.map((v, i) => {
    const phi = newPhi(loop, initAddrs[i]!.type, v.name, s.pos);
    fb.objects.set(v, phi);
    return phi;
  });
  if (s.cond) emitCond(fb, s.cond, body, done);
  else emitJump(fb, body);
  fb.current = body;
  pushTargets(fb, { breakBlock: done, continueBlock: post }, label);
  stmtList(fb, s.body.stmts);
  emitJump(fb, post);
  popTargets(fb);
  if (post !== loop) {
    fb.current = post;
    const nexts: Value[] = copies.map((v, i) => {
      const a = emitAlloc(fb, v.type, v.name, s.pos);
      emitStore(fb, a, emitLoad(fb, phis[i]!, s.pos), s.pos);
      fb.objects.set(v, a);
      return a;
    });
    if (s.post) stmt(fb, s.post);
    emitJump(fb, loop);
    phis.forEach((phi, i) => {
      for (const p of loop.preds) phi.edges.push(p === initEnd ? initAddrs[i]! : nexts[i]!);
    });
  }
  fb.current = done;
}
