// This file implements closures: variable lookup across function nesting
// (a variable of an enclosing function becomes a FreeVar holding its address,
// captured by reference), function literals (named outer$1, outer$1$1, ...,
// built as soon as they are met so their free variables are known), and
// bound-method wrappers for method values (T.M$bound).

import type * as ast from '../syntax/ast.js';
import { InternalError } from '../syntax/diagnostics.js';
import type { Pos } from '../syntax/pos.js';
import type { Var } from '../types/object.js';
import type { FreeVar, Function, Value } from './ir.js';
import { emit, emitCall, emitExtract, emitReturn, newBlock } from './emit.js';
import { FunctionBuilder } from './func.js';
import { linkName, newFunction } from './create.js';
import { buildFunctionBody, finishFunction } from './build-func.js';
import { typeOf } from './build-expr.js';
import type { Receiver } from './build-selector.js';
import { resultType, signatureOf } from './typeutil.js';

/** varAddress returns the address of variable obj as seen from fb, capturing it if it belongs to an enclosing function. */
export function varAddress(fb: FunctionBuilder, obj: Var, pos: Pos): Value {
  if (obj.isGlobal) return fb.prog.globalFor(obj, pos);
  const v = fb.objects.get(obj);
  if (v) return v;
  if (!fb.parent) throw new InternalError(`no address for variable ${obj.name}`, pos);
  const outer = varAddress(fb.parent, obj, pos);
  const fv: FreeVar = { kind: 'FreeVar', name: obj.name, type: outer.type, index: fb.fn.freeVars.length };
  fb.fn.freeVars.push(fv);
  fb.freeVarObjs.push(obj);
  fb.objects.set(obj, fv);
  return fv;
}

/** funcLit builds a function literal and returns the func value (a MakeClosure when it captures variables). */
export function funcLit(fb: FunctionBuilder, e: ast.FuncLit): Value {
  const parent = fb.fn;
  const fn = newFunction({
    name: `${parent.name}$${parent.anonFuncs.length + 1}`,
    type: signatureOf(typeOf(fb, e)),
    pos: e.pos,
    pkg: parent.pkg,
    parent,
  });
  parent.anonFuncs.push(fn);
  fb.prog.addFunction(fn);
  const sub = new FunctionBuilder(fb.prog, fb.pkg, fn, fb);
  buildFunctionBody(sub, e.type, undefined, e.body);
  finishFunction(sub);
  if (fn.freeVars.length === 0) return fn;
  const bindings = sub.freeVarObjs.map((obj) => varAddress(fb, obj, e.pos));
  return emit(fb, { kind: 'MakeClosure', id: -1, type: fn.type, fn, bindings, pos: e.pos });
}

/** boundWrapper returns (creating it once) the function T.M$bound: func(params) { return recv.M(params) }. */
function boundWrapper(fb: FunctionBuilder, r: Receiver): Function {
  const cached = fb.prog.bound.get(r.method);
  if (cached) return cached;
  const m = r.method;
  const sig = { ...m.type, recv: undefined };
  const name = r.invoke ? `${m.pkg?.path ?? ''}.${m.name}$bound` : `${linkName(m)}$bound`;
  const fn = newFunction({ name, type: sig, pos: m.pos, pkg: fb.fn.pkg });
  fn.wrapper = true;
  fb.prog.bound.set(m, fn);
  fb.prog.addFunction(fn);
  const w = new FunctionBuilder(fb.prog, fb.pkg, fn, undefined);
  const recv: FreeVar = { kind: 'FreeVar', name: 'recv', type: r.value.type, index: 0 };
  fn.freeVars.push(recv);
  w.current = newBlock(w, 'entry');
  const args: Value[] = [...fn.params];
  const call = r.invoke
    ? emitCall(w, { mode: 'invoke', value: recv, method: m, args: [...args] }, resultType(sig), m.pos)
    : emitCall(w, { mode: 'call', value: fb.prog.funcFor(m, m.pos), args: [recv, ...args] }, resultType(sig), m.pos);
  const n = sig.results.vars.length;
  const results = n === 0 ? [] : n === 1 ? [call] : sig.results.vars.map((_, i) => emitExtract(w, call, i));
  emitReturn(w, results, m.pos);
  finishFunction(w);
  return fn;
}

/** boundMethodClosure builds the method value x.M as a closure over the receiver. */
export function boundMethodClosure(fb: FunctionBuilder, r: Receiver, pos: Pos): Value {
  const fn = boundWrapper(fb, r);
  let recv = r.value;
  if (r.invoke) {
    // x.M of a nil interface panics when the method value is made: assert x to its own type.
    recv = emit(fb, { kind: 'TypeAssert', id: -1, type: recv.type, x: recv, assertedType: recv.type, commaOk: false, pos });
  }
  return emit(fb, { kind: 'MakeClosure', id: -1, type: fn.type, fn, bindings: [recv], pos });
}
