// This file implements switch statements. An expression switch tests the
// case expressions in source order (tag == e, or e itself when tagless) and
// jumps to the clause bodies; `fallthrough` jumps to the next body. A type
// switch tests each case type with a comma-ok TypeAssert (or == nil) and binds
// the clause's implicit variable.

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Type } from '../types/type.js';
import type { BasicBlock, Value } from './ir.js';
import { boolConst, emit, emitExtract, emitIf, emitJump, emitStore, newBlock, zeroConst } from './emit.js';
import type { FunctionBuilder, LabelTargets } from './func.js';
import { emitCompare, emitCond, expr, typeAndValue } from './build-expr.js';
import { declareLocal } from './build-assign.js';
import { popTargets, pushTargets, stmt, stmtList } from './build-stmt.js';
import { isInterfaceType, newTuple, tBool } from './typeutil.js';

export function switchStmt(fb: FunctionBuilder, s: ast.SwitchStmt, label: LabelTargets | undefined): void {
  if (s.init) stmt(fb, s.init);
  const tag = s.tag ? expr(fb, s.tag) : undefined;
  const done = newBlock(fb, 'switch.done');
  const bodies = s.body.map((c) => newBlock(fb, c.isDefault ? 'switch.default' : 'switch.body'));
  let defaultBody: BasicBlock | undefined;
  s.body.forEach((c, i) => {
    if (c.isDefault) {
      defaultBody = bodies[i];
      return;
    }
    for (const e of c.list) {
      const next = newBlock(fb, 'switch.next');
      if (tag) emitIf(fb, emitCompare(fb, '==', tag, expr(fb, e), tBool(), e.pos), bodies[i]!, next, e.pos);
      else if (isInterfaceType(typeAndValue(fb, e).type)) {
        // no tag is `true`: an interface case compares with it (issue 3980)
        emitIf(fb, emitCompare(fb, '==', boolConst(true, tBool()), expr(fb, e), tBool(), e.pos), bodies[i]!, next, e.pos);
      } else emitCond(fb, e, bodies[i]!, next);
      fb.current = next;
    }
  });
  emitJump(fb, defaultBody ?? done);
  s.body.forEach((c, i) => {
    fb.current = bodies[i];
    pushTargets(fb, { breakBlock: done, fallthroughBlock: bodies[i + 1] }, label);
    stmtList(fb, c.body);
    emitJump(fb, done);
    popTargets(fb);
  });
  fb.current = done;
}

/** typeSwitchOperand returns the x of `x.(type)` and the symbolic variable's name, if any. */
function typeSwitchOperand(s: ast.TypeSwitchStmt): ast.TypeAssertExpr {
  const a = s.assign;
  const e = a.kind === 'ExprStmt' ? a.x : a.rhs[0];
  if (!e || e.kind !== 'TypeAssertExpr') throw new InternalError('malformed type switch', s.pos);
  return e;
}

/** caseTest emits the test of one case type and returns the value to bind when it matches. */
function caseTest(fb: FunctionBuilder, x: Value, te: ast.Expr, match: BasicBlock, next: BasicBlock): Value | undefined {
  const tv = typeAndValue(fb, te);
  if (tv.mode !== 'typexpr') {
    // case nil
    emitIf(fb, emitCompare(fb, '==', x, zeroConst(x.type), tBool(), te.pos), match, next, te.pos);
    return undefined;
  }
  const t: Type = tv.type;
  const r = emit(fb, { kind: 'TypeAssert', id: -1, type: newTuple(t, tBool()), x, assertedType: t, commaOk: true, pos: te.pos });
  const v = emitExtract(fb, r, 0, te.pos);
  emitIf(fb, emitExtract(fb, r, 1, te.pos), match, next, te.pos);
  return v;
}

export function typeSwitchStmt(fb: FunctionBuilder, s: ast.TypeSwitchStmt, label: LabelTargets | undefined): void {
  if (s.init) stmt(fb, s.init);
  const x = expr(fb, typeSwitchOperand(s).x);
  if (!isInterfaceType(x.type)) throw new InternalError('type switch on a non-interface', s.pos);
  const done = newBlock(fb, 'typeswitch.done');
  const bodies = s.body.map((c) => newBlock(fb, c.isDefault ? 'typeswitch.default' : 'typeswitch.body'));
  const bound: (Value | undefined)[] = s.body.map(() => undefined);
  let defaultBody: BasicBlock | undefined;
  s.body.forEach((c, i) => {
    if (c.isDefault) {
      defaultBody = bodies[i];
      return;
    }
    for (const te of c.list) {
      const next = newBlock(fb, 'typeswitch.next');
      const v = caseTest(fb, x, te, bodies[i]!, next);
      if (c.list.length === 1) bound[i] = v;
      fb.current = next;
    }
  });
  emitJump(fb, defaultBody ?? done);
  s.body.forEach((c, i) => {
    fb.current = bodies[i];
    const obj = fb.info.implicits.get(c);
    if (obj?.kind === 'Var' && obj.name !== '_') {
      const a = declareLocal(fb, obj, c.pos);
      emitStore(fb, a, bound[i] ?? x, c.pos);
    }
    pushTargets(fb, { breakBlock: done }, label);
    stmtList(fb, c.body);
    emitJump(fb, done);
    popTargets(fb);
  });
  fb.current = done;
}
