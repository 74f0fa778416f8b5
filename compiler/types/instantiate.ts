// This file implements instantiation: generic Named types with type
// arguments (cached, so identical arguments give the same Named), their
// methods (Funcs with `origin` whose signature is substituted on first use),
// and generic function signatures.

import type { Func } from './object.js';
import { identical } from './predicates.js';
import type { MethodResolver } from './lookup.js';
import { makeSubstMap, subst } from './subst.js';
import type { Named, Signature, Type } from './type.js';
import { BasicKind } from './type.js';
import { invalidType } from './universe.js';

const instances = new WeakMap<Named, Named[]>();
/** Generic types whose declaration is being checked: their instances are expanded when it ends. */
const inProgress = new WeakMap<Named, Named[]>();

/** The resolver used to set up a generic method's signature before it is substituted (set by the checker). */
let methodResolver: MethodResolver | undefined;
export function setMethodResolver(r: MethodResolver | undefined): MethodResolver | undefined {
  const old = methodResolver;
  methodResolver = r;
  return old;
}

/** instantiateNamed returns orig[args]; identical arguments give the same Named. */
export function instantiateNamed(orig: Named, args: Type[]): Named {
  let list = instances.get(orig);
  if (!list) instances.set(orig, (list = []));
  for (const n of list) if (n.typeArgs!.length === args.length && n.typeArgs!.every((a, i) => identical(a, args[i]!))) return n;
  const inst: Named = { kind: 'Named', obj: orig.obj, underlying: invalidType, methods: [], origin: orig, typeArgs: args };
  list.push(inst);
  const pending = inProgress.get(orig);
  if (pending) pending.push(inst);
  else expand(inst);
  return inst;
}

/** beginGeneric marks a generic type as being declared: its instances wait for its underlying type. */
export function beginGeneric(orig: Named): void {
  inProgress.set(orig, []);
}

/** endGeneric expands the instances created while orig was declared (its underlying type and methods are now known). */
export function endGeneric(orig: Named): void {
  const pending = inProgress.get(orig);
  inProgress.delete(orig);
  for (const inst of pending ?? []) {
    expand(inst);
    const ws = waiters.get(inst);
    waiters.delete(inst);
    for (const f of ws ?? []) f();
  }
}

/** Callbacks to run once a pending instance is expanded (see inheritUnderlying). */
const waiters = new WeakMap<Named, (() => void)[]>();

/**
 * inheritUnderlying sets named's underlying type from rhs, an instance whose generic type is
 * still being declared (`type Bar[Q any] Foo[Q]` reached from inside Foo's declaration): once
 * rhs is expanded, named gets its underlying type and named's instances made meanwhile are
 * expanded again (as types2 resolves underlying types lazily).
 */
export function inheritUnderlying(named: Named, rhs: Named): boolean {
  const orig = rhs.origin;
  if (!orig || !inProgress.get(orig)?.includes(rhs)) return false;
  const ws = waiters.get(rhs) ?? [];
  waiters.set(rhs, ws);
  ws.push(() => {
    const u = rhs.underlying;
    if (u.kind === 'Named' || u.kind === 'TypeParam' || (u.kind === 'Basic' && u.basic === BasicKind.Invalid)) return;
    named.underlying = u;
    for (const inst of instances.get(named) ?? []) {
      if (inst.underlying === invalidType && !inProgress.get(named)?.includes(inst)) expand(inst);
    }
  });
  return true;
}

/** expand computes an instance's underlying type and its (lazily substituted) methods. */
let expanding = 0;
function expand(inst: Named): void {
  const orig = inst.origin!;
  // an instance with the wrong number of type arguments (reported where it is written) stays
  // invalid: no underlying type, no methods (as types2)
  if (inst.typeArgs!.length !== (orig.typeParams?.length ?? 0)) return;
  inst.methods = orig.methods.map((f) => instanceMethod(inst, f));
  // type T[P any] struct{ f *T[*P] } instantiates without end: stop at a depth no real program reaches
  if (expanding > 32) return;
  expanding++;
  try {
    const m = makeSubstMap(orig.typeParams ?? [], inst.typeArgs!);
    inst.underlying = subst(orig.underlying, m, instantiateNamed);
  } finally {
    expanding--;
  }
}

/** syncMethods adds methods declared on the origin after the instance was expanded. */
export function syncMethods(inst: Named): void {
  const orig = inst.origin;
  if (!orig || inst.methods.length === orig.methods.length || inst.typeArgs!.length !== (orig.typeParams?.length ?? 0)) return;
  inst.methods = orig.methods.map((f) => inst.methods.find((g) => g.origin === f) ?? instanceMethod(inst, f));
}

function instanceMethod(inst: Named, f: Func): Func {
  let cached: Signature | undefined;
  const m: Func = { kind: 'Func', name: f.name, pos: f.pos, pkg: f.pkg, type: undefined as unknown as Signature, origin: f };
  Object.defineProperty(m, 'type', {
    enumerable: true,
    get(): Signature {
      if (!cached) {
        methodResolver?.(f);
        const sig = f.type;
        const tps = sig.recvTypeParams ?? inst.origin!.typeParams ?? [];
        const s = subst(sig, makeSubstMap(tps, inst.typeArgs!), instantiateNamed) as Signature;
        cached = { ...s, recvTypeParams: undefined };
      }
      return cached;
    },
    set(v: Signature) {
      cached = v;
    },
  });
  return m;
}

/** instantiateSignature substitutes the type arguments into a generic function's signature. */
export function instantiateSignature(sig: Signature, targs: Type[]): Signature {
  const s = subst(sig, makeSubstMap(sig.typeParams ?? [], targs), instantiateNamed) as Signature;
  return { ...s, typeParams: undefined };
}
