// This file implements select statements: one Select instruction over the
// send and receive cases (blocking unless there is a default), whose result
// (index, recvOk, r0, r1, ...) picks the clause body; -1 means default.

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Type } from '../types/type.js';
import type { BasicBlock, SelectState, Value } from './ir.js';
import { emit, emitBinOp, emitExtract, emitIf, emitJump, intConst, newBlock } from './emit.js';
import type { FunctionBuilder, LabelTargets } from './func.js';
import { emitConv } from './build-conv.js';
import { expr, unparen } from './build-expr.js';
import { declareLocal } from './build-assign.js';
import { popTargets, pushTargets, stmtList } from './build-stmt.js';
import { isBlank, lvalue, lvalueStore } from './lvalue.js';
import { newTuple, tBool, tInt, underlying } from './typeutil.js';

interface Case {
  readonly clause: ast.CommClause;
  readonly state?: SelectState;
  readonly recvIndex: number; // index among the receive states, or -1
}

function recvOperand(comm: ast.ExprStmt | ast.AssignStmt): ast.Expr {
  const e = unparen(comm.kind === 'ExprStmt' ? comm.x : comm.rhs[0]!);
  if (e.kind !== 'UnaryExpr' || e.op !== '<-') throw new InternalError('select case is not a receive', e.pos);
  return e.x;
}

/** evalStates evaluates the channels and sent values of every case, in source order. */
function evalStates(fb: FunctionBuilder, s: ast.SelectStmt): { cases: Case[]; recvTypes: Type[] } {
  const cases: Case[] = [];
  const recvTypes: Type[] = [];
  for (const c of s.body) {
    const comm = c.comm;
    if (!comm) {
      cases.push({ clause: c, recvIndex: -1 });
      continue;
    }
    if (comm.kind === 'SendStmt') {
      const ch = expr(fb, comm.chan);
      const ct = underlying(ch.type);
      if (ct.kind !== 'Chan') throw new InternalError('send to a non-channel', comm.pos);
      const send = emitConv(fb, expr(fb, comm.value), ct.elem, comm.pos);
      cases.push({ clause: c, state: { dir: 'send', chan: ch, send, pos: comm.pos }, recvIndex: -1 });
      continue;
    }
    const ch = expr(fb, recvOperand(comm));
    const ct = underlying(ch.type);
    if (ct.kind !== 'Chan') throw new InternalError('receive from a non-channel', comm.pos);
    cases.push({ clause: c, state: { dir: 'recv', chan: ch, pos: comm.pos }, recvIndex: recvTypes.length });
    recvTypes.push(ct.elem);
  }
  return { cases, recvTypes };
}

/** bindReceived assigns or declares the variables of `v[, ok] = <-c` / `:=` in a clause body. */
function bindReceived(fb: FunctionBuilder, comm: ast.AssignStmt, sel: Value, recvIndex: number): void {
  const vals = [() => emitExtract(fb, sel, 2 + recvIndex, comm.pos), () => emitExtract(fb, sel, 1, comm.pos)];
  comm.lhs.forEach((l, i) => {
    if (isBlank(l)) return;
    const get = vals[i]!;
    if (comm.tok === ':=' && l.kind === 'Ident') {
      const obj = fb.info.defs.get(l);
      if (obj?.kind === 'Var') {
        const a = declareLocal(fb, obj, l.pos);
        lvalueStore(fb, { kind: 'address', addr: a, pos: l.pos }, get(), l.pos);
        return;
      }
    }
    lvalueStore(fb, lvalue(fb, l), get(), l.pos);
  });
}

export function selectStmt(fb: FunctionBuilder, s: ast.SelectStmt, label: LabelTargets | undefined): void {
  const { cases, recvTypes } = evalStates(fb, s);
  const states = cases.flatMap((c) => (c.state ? [c.state] : []));
  const hasDefault = cases.some((c) => !c.state);
  const type = newTuple(tInt(), tBool(), ...recvTypes);
  const sel = emit(fb, { kind: 'Select', id: -1, type, states, blocking: !hasDefault, pos: s.pos });
  const index = emitExtract(fb, sel, 0, s.pos);
  const done = newBlock(fb, 'select.done');
  const bodies: BasicBlock[] = cases.map((c) => newBlock(fb, c.state ? 'select.body' : 'select.default'));
  let stateIndex = 0;
  let defaultBody: BasicBlock | undefined;
  cases.forEach((c, i) => {
    if (!c.state) {
      defaultBody = bodies[i];
      return;
    }
    const next = newBlock(fb, 'select.next');
    emitIf(fb, emitBinOp(fb, '==', index, intConst(stateIndex++), tBool(), c.clause.pos), bodies[i]!, next, c.clause.pos);
    fb.current = next;
  });
  // No case matched: only possible with a default (index -1); a blocking select never gets here.
  emitJump(fb, defaultBody ?? done);
  cases.forEach((c, i) => {
    fb.current = bodies[i];
    const comm = c.clause.comm;
    if (comm?.kind === 'AssignStmt') bindReceived(fb, comm, sel, c.recvIndex);
    pushTargets(fb, { breakBlock: done }, label);
    stmtList(fb, c.clause.body);
    emitJump(fb, done);
    popTargets(fb);
  });
  fb.current = done;
}
