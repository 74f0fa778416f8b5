// This file implements the building of one function body: the entry block,
// parameters spilled to variables (lifted later), named result slots, the
// implicit return at the end, the recover block of functions with defers, and
// finishing: block cleanup, lifting, escape analysis and register numbering.

import type * as ast from '../syntax/ast.js';
import { NoPos } from '../syntax/pos.js';
import type { Var } from '../types/object.js';
import type { Function } from './ir.js';
import { emitAlloc, emitLoad, emitReturn, emitStore, newBlock, zeroConst } from './emit.js';
import type { FunctionBuilder } from './func.js';
import { emitReturnOf, stmtList } from './build-stmt.js';
import { containsDefer } from './walk.js';
import { declareDeferFrame } from './build-rangefunc.js';
import { residentVars } from './resident.js';
import { optimizeBlocks, renumberBlocks } from './blockopt.js';
import { lift } from './lift.js';
import { markEscapes } from './escape.js';
import { numberRegisters } from './number.js';
import { insertStackHook, instrumented } from './stackhook.js';

/** declaredVars lists, per parameter position, the variable its name declares (from the syntax). */
function declaredVars(fb: FunctionBuilder, fields: readonly ast.Field[]): (Var | undefined)[] {
  const out: (Var | undefined)[] = [];
  for (const f of fields) {
    if (f.names.length === 0) out.push(undefined);
    for (const n of f.names) {
      const o = fb.info.defs.get(n);
      out.push(o?.kind === 'Var' && n.name !== '_' ? o : undefined);
    }
  }
  return out;
}

/** spillParams gives every named parameter a variable, so that it can be assigned and captured. */
function spillParams(fb: FunctionBuilder, ftype: ast.FuncType | undefined, recv: ast.Field | undefined): void {
  const declared = ftype ? [...(recv ? declaredVars(fb, [recv]) : []), ...declaredVars(fb, ftype.params)] : [];
  fb.fn.params.forEach((p, k) => {
    const obj = declared[k] ?? (p.object && p.object.name && p.object.name !== '_' ? p.object : undefined);
    if (!obj) return;
    const a = emitAlloc(fb, p.type, p.name, obj.pos);
    emitStore(fb, a, p, obj.pos);
    fb.objects.set(obj, a);
    if (p.object) fb.objects.set(p.object, a);
  });
}

/** createResultSlots makes variables for named results, and for all results of functions that defer. */
function createResultSlots(fb: FunctionBuilder, ftype: ast.FuncType | undefined): void {
  const vars = fb.sig.results.vars;
  const declared = ftype ? declaredVars(fb, ftype.results) : [];
  const named = vars.some((v) => v.name !== '');
  if (!named && !fb.hasDefer) return;
  fb.resultSlots = vars.map((v, i) => {
    const a = emitAlloc(fb, v.type, v.name && v.name !== '_' ? v.name : `result${i}`, v.pos);
    if (v.name && v.name !== '_') fb.objects.set(v, a);
    const d = declared[i];
    if (d) fb.objects.set(d, a);
    if (fb.hasDefer) fb.noLift.add(a);
    return a;
  });
}

/** buildRecoverBlock creates the block where execution resumes after a recovered panic. */
function buildRecoverBlock(fb: FunctionBuilder): void {
  const b = newBlock(fb, 'recover');
  fb.current = b;
  const results = (fb.resultSlots ?? []).map((a) => emitLoad(fb, a, NoPos));
  emitReturn(fb, results, NoPos);
  fb.fn.recoverBlock = b;
}

/** buildFunctionBody builds the body of a declared function or function literal. */
export function buildFunctionBody(
  fb: FunctionBuilder,
  ftype: ast.FuncType | undefined,
  recv: ast.Field | undefined,
  body: ast.BlockStmt,
  buildStmts: (fb: FunctionBuilder) => void = (b) => stmtList(b, body.stmts),
): void {
  fb.current = newBlock(fb, 'entry');
  // the defers of a range-over-func loop body are the enclosing function's (build-rangefunc.ts)
  fb.hasDefer = !fb.rangeFunc && containsDefer(body);
  fb.resident = residentVars(fb, body);
  spillParams(fb, ftype, recv);
  createResultSlots(fb, ftype);
  if (fb.hasDefer) declareDeferFrame(fb, body);
  buildStmts(fb);
  if (fb.current) {
    // Falling off the end: an implicit return (unreachable when the function has unnamed results).
    if (fb.sig.results.vars.length === 0 || fb.resultSlots) emitReturnOf(fb, undefined, body.rbrace);
    else emitReturn(fb, fb.sig.results.vars.map((v) => zeroConst(v.type)), body.rbrace);
  }
  if (fb.hasDefer) buildRecoverBlock(fb);
}

/** finishFunction turns the built function into its final form. */
export function finishFunction(fb: FunctionBuilder): void {
  const fn: Function = fb.fn;
  const hook = fb.prog.stackHook;
  if (hook && instrumented(hook, fn)) insertStackHook(hook, fn);
  optimizeBlocks(fn);
  renumberBlocks(fn);
  for (let round = 0; round < 4 && lift(fn, fb.noLift) > 0; round++) {
    /* lifting again may lift allocations only addressed through lifted variables */
  }
  markEscapes(fn);
  numberRegisters(fn);
}
