// This file implements synthesized methods, as go/ssa names them:
//  - method-set wrappers: for each named type N, every method of the method
//    sets of N and *N that is not declared directly with that receiver gets a
//    function: "pkg.(*N).M" calling the value method N.M, and promoted methods
//    "pkg.N.M" / "pkg.(*N).M" reaching an embedded field's method. The backend
//    builds interface method tables from these link names.
//  - method expression thunks T.M / (*T).M ("...$thunk"): func(recv, args...).

import { NoPos, type Pos } from '../syntax/pos.js';
import type { Selection } from '../types/info.js';
import type { Func, TypeName } from '../types/object.js';
import type { Named, Signature, Type } from '../types/type.js';
import type { Function, Value } from './ir.js';
import { emitCall, emitExtract, emitReturn, newBlock } from './emit.js';
import { FunctionBuilder } from './func.js';
import { newFunction, type PackageContext, type ProgramBuilder } from './create.js';
import { finishFunction } from './build-func.js';
import { receiverAt } from './build-selector.js';
import { isPackageLevel, isPointerType, linkTypeString, methodSet, namedLinkName, newPointer, newVar, resultType, underlying } from './typeutil.js';

/** buildForwarder fills fn (whose params[0] is a receiver of type recvT) with: navigate, call method, return. */
function buildForwarder(pb: ProgramBuilder, ctx: PackageContext, fn: Function, method: Func, path: readonly number[], pos: Pos): void {
  fn.wrapper = true;
  const fb = new FunctionBuilder(pb, ctx, fn, undefined);
  fb.current = newBlock(fb, 'entry');
  const [recv, ...args] = fn.params;
  const r = receiverAt(fb, { v: recv!, isAddr: isPointerType(recv!.type) }, method, path, pos);
  const sig = method.type;
  const rest: Value[] = [...args];
  const call = r.invoke
    ? emitCall(fb, { mode: 'invoke', value: r.value, method, args: rest }, resultType(sig), pos)
    : emitCall(fb, { mode: 'call', value: pb.funcFor(method, pos), args: [r.value, ...rest] }, resultType(sig), pos);
  const n = sig.results.vars.length;
  const results = n === 0 ? [] : n === 1 ? [call] : sig.results.vars.map((_, i) => emitExtract(fb, call, i, pos));
  emitReturn(fb, results, pos);
  finishFunction(fb);
}

function methodSignature(recvT: Type, m: Func): Signature {
  return { kind: 'Signature', recv: newVar('recv', recvT), params: m.type.params, results: m.type.results, variadic: m.type.variadic };
}

/** isDirect reports whether method m is declared on t's named type (or, for an instance of a
 * generic type, is that instance's method) with the receiver kind of t. */
function isDirect(t: Type, m: Func, path: readonly number[]): boolean {
  const r = m.type.recv?.type;
  if (!r || path.length !== 1) return false;
  const base = r.kind === 'Pointer' ? r.elem : r;
  const tbase = t.kind === 'Pointer' ? t.elem : t;
  return base === tbase && (r.kind === 'Pointer') === (t.kind === 'Pointer');
}

/** methodLinkName is the link name of method `name` of type t's method set: "pkg.N.M", "pkg.(*N).M" ("pkg.(*List[int]).M" for instances)
 * for named types, and the type's spelling for others ("struct{main.S}.M", "(*struct{main.S}).M").
 * The backend finds the functions of interface method tables by these names. */
export function methodLinkName(t: Type, name: string): string {
  const ptr = t.kind === 'Pointer';
  const base = ptr ? t.elem : t;
  if (base.kind === 'Named') {
    const path = base.obj.pkg?.path ?? '';
    const tname = isPackageLevel(base) ? namedLinkName(base) : `${base.obj.name}@${base.obj.pos}`;
    return ptr ? `${path}.(*${tname}).${name}` : `${path}.${tname}.${name}`;
  }
  return ptr ? `(*${linkTypeString(base)}).${name}` : `${linkTypeString(t)}.${name}`;
}


/** ensureWrappers creates the functions of t's method set that are not declared directly on t. */
export function ensureWrappers(pb: ProgramBuilder, ctx: PackageContext, t: Type, pos: Pos): void {
  for (const e of methodSet(t)) {
    const m = e.obj;
    if (isDirect(t, m, e.index)) {
      if (m.origin) pb.funcFor(m, pos); // a method of an instance: instantiate it
      continue;
    }
    if (m.type.typeParams?.length || pb.generic.has(m)) continue;
    const wantsPtr = m.type.recv?.type.kind === 'Pointer';
    if (t.kind !== 'Pointer' && wantsPtr && !e.indirect) continue; // not in the method set of a value
    const name = methodLinkName(t, m.name);
    if (pb.prog.byName.has(name)) continue;
    const fn = newFunction({ name, type: methodSignature(t, m), pos, pkg: ctx.path });
    if (t.kind === 'Pointer' && !wantsPtr && e.index.length === 1 && t.elem.kind === 'Named') {
      const n = t.elem.obj.name;
      fn.nilReceiverPanic = `value method ${t.elem.obj.pkg?.path ?? ''}.${n}.${m.name} called using nil *${n} pointer`;
    }
    pb.addFunction(fn);
    if (pb.lazyBodies) pb.lazyBodies.set(fn, () => buildForwarder(pb, ctx, fn, m, e.index, pos));
    else buildForwarder(pb, ctx, fn, m, e.index, pos);
  }
}

/** buildWrappers creates the method-set wrappers of the package's named types. */
export function buildWrappers(pb: ProgramBuilder, ctx: PackageContext): void {
  const names: TypeName[] = [];
  for (const o of ctx.checked.pkg.scope.elems.values()) if (o.kind === 'TypeName' && !o.isAlias) names.push(o);
  names.sort((a, b) => a.pos - b.pos);
  for (const n of names) {
    const named = n.type;
    if (named.kind !== 'Named' || named.typeParams?.length || underlying(named).kind === 'Interface') continue;
    for (const t of [named, newPointer(named)] as Type[]) ensureWrappers(pb, ctx, t, n.pos);
  }
}

/** methodThunk returns the function of the method expression T.M: func(recv T, params...). */
export function methodThunk(pb: ProgramBuilder, ctx: PackageContext, sel: Selection): Function {
  const m = sel.obj as Func;
  const recvT = sel.recv;
  const ptr = recvT.kind === 'Pointer';
  const base = ptr ? recvT.elem : recvT;
  // named as the method of recvT's method set (unnamed types spelled out: struct{Mer} and
  // struct{MyMer} need two thunks), qualified by the method's package when recvT is unnamed
  const qual = base.kind === 'Named' ? '' : `${m.pkg?.path ?? ctx.path}.`;
  const name = `${qual}${methodLinkName(recvT, m.name)}$thunk`;
  const cached = pb.prog.byName.get(name);
  if (cached) return cached;
  // A func value's signature has no receiver: the receiver is the first parameter.
  const sig: Signature = {
    kind: 'Signature',
    params: { kind: 'Tuple', vars: [newVar('recv', recvT), ...m.type.params.vars] },
    results: m.type.results,
    variadic: m.type.variadic,
  };
  const fn = newFunction({ name, type: sig, pos: NoPos, pkg: ctx.path });
  pb.addFunction(fn);
  buildForwarder(pb, ctx, fn, m, sel.index, NoPos);
  return fn;
}
