// This file implements a conservative reachability analysis over a linked
// program: the functions that may run, starting from given roots. A function
// is reached when an instruction of a reached function names it (a call, a
// func value, a closure, a defer or go); a method of a type that a reached
// function converts to an interface (MakeInterface), or of a type reflection
// can reach from it (fields, elements, keys, pointer targets: reflect may box
// those too), is reached once some reached function invokes a method of that
// name through an interface.
//
// Component types (types/predicates.ts componentTypes: elements, keys, fields,
// func parameters and results) are the ones typeinfo.ts marks used for reflect.
// Reflective calls: once reflect.Value.Call (or CallSlice) is reached, method
// signatures are seen too (typeinfo records them); once reflect can reach
// methods by index or name (Value.Method/MethodByName, Type.Method/
// MethodByName: Go's linker rule), every exported method of a boxed type is
// reached (reflect can call it, through Call or through the func value of a
// method value or Method.Func: the backend then compiles it,
// compiler/wasm/typeinfo.ts, reflectcall.ts, makefunc.ts).
//
// The backend lowers functions lazily from its entry points; its pre-passes
// (interned strings, type descriptors) run before lowering and use this set
// so that a program importing fmt does not carry the strings and types of
// every std function it never calls.

import type { Type } from '../types/index.js';
import { componentTypes, isExported, methodSet } from '../types/index.js';
import type { Function, Program } from './ir.js';
import { operands } from './operands.js';
import { methodLinkName } from './wrappers.js';

/** Hooks of a reachability walk run while the program is being built (index.ts, lazy mode). */
export interface ReachHooks {
  /** Called once per reached function, before its instructions are scanned (builds its body). */
  prepare?(fn: Function): void;
  /** The function serving a reached bodyless one through //go:linkname, if any (link.ts). */
  linked?(fn: Function): Function | undefined;
}

/** reachableFunctions returns the functions reachable from roots, in discovery order. */
export function reachableFunctions(prog: Program, roots: Iterable<Function>, hooks: ReachHooks = {}): Function[] {
  const seen = new Set<Function>();
  const order: Function[] = [];
  const work: Function[] = [];
  const add = (fn: Function | undefined): void => {
    if (!fn || seen.has(fn)) return;
    seen.add(fn);
    order.push(fn);
    work.push(fn);
  };
  // A method of a boxed type can only run through an interface call of its name (the backend
  // compiles methods by invoked method id; reflect's Method/Call are not supported): methods
  // wait here, by name, until an invoke of that name is reached.
  const invoked = new Set<string>();
  const waiting = new Map<string, Function[]>();
  const method = (name: string, fn: Function | undefined): void => {
    if (!fn) return;
    if (invoked.has(name)) return add(fn);
    const w = waiting.get(name);
    if (w) w.push(fn);
    else waiting.set(name, [fn]);
  };
  // reflective calls (see the file comment): 0 none, 1 Value.Call, 2 methods by index or name
  let reflectCalls = 0;
  const callNames = ['reflect.Value.Call', 'reflect.Value.CallSlice'];
  const methodNames = ['reflect.Value.Method', 'reflect.Value.MethodByName', 'reflect.(*rtype).Method', 'reflect.(*rtype).MethodByName'];
  let seenCall = false;
  let seenMethod = false;
  const invoke = (name: string): void => {
    if (invoked.has(name)) return;
    invoked.add(name);
    for (const fn of waiting.get(name) ?? []) add(fn);
    waiting.delete(name);
  };
  let boxed = new Set<Type>();
  const box = (t: Type): void => {
    if (boxed.has(t)) return;
    boxed.add(t);
    const u = t.kind === 'Named' ? t.underlying : t;
    if (u.kind === 'Interface' || u.kind === 'TypeParam') return;
    for (const m of methodSet(t)) {
      method(m.obj.name, prog.byName.get(methodLinkName(t, m.obj.name)));
      // With Value.Call reachable, method signatures are in the descriptors (typeinfo's mtyps),
      // so their types are seen; with Value.Method too, exported methods can be called.
      if (reflectCalls >= 1 && isExported(m.obj.name)) {
        if (reflectCalls === 2) invoke(m.obj.name);
        for (const c of componentTypes(m.obj.type)) box(c);
      }
    }
    if (t.kind === 'Named') box({ kind: 'Pointer', elem: t });
    for (const c of componentTypes(t)) box(c);
  };
  /** noteReflect raises the reflective-call level when fn is one of reflect's call entry points,
   * boxing the types boxed so far again under the wider rule. */
  const noteReflect = (fn: Function): void => {
    if (callNames.includes(fn.name)) seenCall = true;
    else if (methodNames.includes(fn.name)) seenMethod = true;
    else return;
    const level = seenMethod ? 2 : seenCall ? 1 : 0;
    if (level === reflectCalls) return;
    reflectCalls = level;
    const again = [...boxed];
    boxed = new Set();
    for (const t of again) box(t);
  };
  for (const r of roots) add(r);
  for (let fn = work.pop(); fn; fn = work.pop()) {
    hooks.prepare?.(fn);
    if (fn.blocks.length === 0 && hooks.linked) add(hooks.linked(fn));
    noteReflect(fn);
    for (const b of fn.blocks)
      for (const i of b.instrs) {
        if (i.kind === 'MakeInterface') box(i.x.type);
        else if ((i.kind === 'Call' || i.kind === 'Defer' || i.kind === 'Go') && i.call.mode === 'invoke') invoke(i.call.method.name);
        else if (i.kind === 'MakeClosure') add(i.fn); // closures, and $bound method-value wrappers
        for (const o of operands(i)) if (o.kind === 'Function') add(o);
      }
    for (const a of fn.anonFuncs) add(a);
  }
  return order;
}
