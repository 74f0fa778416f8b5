// This file implements the runtime checks SSA leaves implicit (ir.ts header):
// nil pointer dereference, index and slice bounds, integer division by zero,
// negative shift counts, makeslice lengths, and the Panic instruction. Each
// check is `if (bad) { call runtime.panicX(args); unreachable }`; the runtime
// helpers (runtime/go/runtime/panic.go) print Go's exact message and exit 2.
// Indices are compared as unsigned i64, so a negative signed index fails the
// same test as a too-large one.

import { UnsupportedError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Expr } from './module.js';
import { basicKind, intInfo, isFloatType, isStringType } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { printOne } from './builtins.js';
import { BasicKind } from '../types/index.js';

/** fail makes `if (cond) { runtime.name(args); unreachable }`. */
export function fail(fl: FunctionLowerer, cond: Expr, name: string, args: Expr[] = []): Expr {
  const m = fl.m;
  return m.if(cond, m.block(null, [fl.ml.callRuntime(name, args), m.unreachable()]));
}

/** nilCheck returns a statement panicking when pointer v is nil, or undefined if v is known non-nil. */
export function nilCheck(fl: FunctionLowerer, v: ir.Value): Expr | undefined {
  if (fl.nonNil.has(v) || fl.checkedInBlock.has(v)) return undefined;
  if (v.kind === 'Global' || v.kind === 'Function' || v.kind === 'Alloc' || v.kind === 'FieldAddr' || v.kind === 'IndexAddr')
    return undefined;
  fl.checkedInBlock.add(v);
  return fail(fl, fl.m.i32.eqz(fl.get1(v)), 'panicNil');
}

/** indexToI64 widens an integer index value to i64 (sign- or zero-extending). */
export function indexToI64(fl: FunctionLowerer, v: ir.Value): Expr {
  const ii = intInfo(v.type);
  const e = fl.get1(v);
  if (!ii) return e;
  if (ii.scalar === 'i64') return e;
  return ii.signed ? fl.m.i64.extend_s(e) : fl.m.i64.extend_u(e);
}

export function isSignedIndex(v: ir.Value): boolean {
  return intInfo(v.type)?.signed ?? true;
}

/** boundsCheck panics with "index out of range [i] with length n" unless 0 <= i < n. */
export function boundsCheck(fl: FunctionLowerer, idx: ir.Value, len: () => Expr): Expr {
  const m = fl.m;
  const i = () => indexToI64(fl, idx);
  return fail(fl, m.i64.ge_u(i(), len()), isSignedIndex(idx) ? 'panicIndex' : 'panicIndexU', [i(), len()]);
}

/** divCheck panics with "integer divide by zero" when y is zero. */
export function divCheck(fl: FunctionLowerer, y: ir.Value): Expr | undefined {
  if (y.kind === 'Const' && y.value && y.value.kind === 'int' && y.value.value !== 0n) return undefined;
  const ii = intInfo(y.type)!;
  const e = fl.get1(y);
  return fail(fl, ii.scalar === 'i64' ? fl.m.i64.eqz(e) : fl.m.i32.eqz(e), 'panicDivide');
}

/** panicOnlyUses finds the MakeInterface values whose only uses are Panic instructions. */
export function panicOnlyUses(fn: ir.Function): Set<ir.Value> {
  const uses = new Map<ir.Value, number>();
  const panics = new Map<ir.Value, number>();
  for (const b of fn.blocks)
    for (const i of b.instrs)
      for (const o of operands(i)) {
        uses.set(o, (uses.get(o) ?? 0) + 1);
        if (i.kind === 'Panic') panics.set(o, (panics.get(o) ?? 0) + 1);
      }
  const out = new Set<ir.Value>();
  for (const [v, n] of panics) if (v.kind === 'MakeInterface' && uses.get(v) === n) out.add(v);
  return out;
}

/** lowerPanicInstr lowers `panic(x)` for x of a basic type boxed by MakeInterface. */
export function lowerPanicInstr(fl: FunctionLowerer, p: ir.Panic): Expr[] {
  const m = fl.m;
  const x = p.x;
  if (x.kind !== 'MakeInterface') throw new UnsupportedError('panic with an interface value', p.pos);
  const v = x.x;
  const t = v.type;
  const custom = panicTypeName(p);
  if (custom !== undefined) {
    // panic(main.T(5)) prints "panic: main.T(5)"; string kinds are quoted: main.E("text")
    const quote = m.i32.const(isStringType(t) ? 1 : 0);
    const name = fl.ml.data.intern(custom);
    return [
      fl.ml.callRuntime('panicCustomOpen', [m.i32.const(name), fl.mod.i64(custom.length), quote]),
      isStringType(t) ? fl.ml.callRuntime('printpanicstr', fl.get(v)) : printOne(fl, v),
      fl.ml.callRuntime('panicCustomClose', [m.i32.const(isStringType(t) ? 1 : 0)]),
      m.unreachable(),
    ];
  }
  if (t.kind !== 'Basic') throw new UnsupportedError(`panic with a value of type ${typeName(t)}`, p.pos);
  const args = fl.get(v);
  let name: string;
  const ii = intInfo(t);
  if (isStringType(t)) name = 'panicstring';
  else if (ii) {
    name = ii.signed ? 'panicint' : 'panicuint';
    if (ii.scalar === 'i32') args[0] = ii.signed ? m.i64.extend_s(args[0]!) : m.i64.extend_u(args[0]!);
  } else if (isFloatType(t)) {
    name = 'panicfloat';
    if (isFloatType(t) === 'f32') args[0] = m.f64.promote(args[0]!);
  } else if (basicKind(t) === BasicKind.Bool) name = 'panicbool';
  else if (basicKind(t) === BasicKind.Complex128) name = 'paniccomplex';
  else throw new UnsupportedError(`panic with a value of type ${t.name}`, p.pos);
  return [fl.ml.callRuntime(name, args, p.pos), m.unreachable()];
}

/** panicTypeName is the qualified name of a named basic type boxed by a Panic's MakeInterface. */
export function panicTypeName(p: ir.Panic): string | undefined {
  if (p.x.kind !== 'MakeInterface') return undefined;
  const t = p.x.x.type;
  if (t.kind !== 'Named' || t.underlying.kind !== 'Basic') return undefined;
  const pkg = t.obj.pkg;
  return pkg ? `${pkg.path}.${t.obj.name}` : t.obj.name;
}

function typeName(t: ir.Value['type']): string {
  if (t.kind === 'Named') return t.obj.name;
  return t.kind.toLowerCase();
}

/** operands lists the Values an instruction reads. */
export function operands(i: ir.Instruction): ir.Value[] {
  switch (i.kind) {
    case 'Alloc':
    case 'Jump':
    case 'RunDefers':
    case 'MakeMap':
      return i.kind === 'MakeMap' && i.reserve ? [i.reserve] : [];
    case 'Phi':
      return i.edges;
    case 'Call':
    case 'Defer':
    case 'Go':
      return [i.call.value, ...i.call.args];
    case 'BinOp':
      return [i.x, i.y];
    case 'UnOp':
    case 'Convert':
    case 'ChangeType':
    case 'MakeInterface':
    case 'ChangeInterface':
    case 'SliceToArrayPointer':
    case 'FieldAddr':
    case 'Field':
    case 'TypeAssert':
    case 'Range':
      return [i.x];
    case 'MakeClosure':
      return [i.fn, ...i.bindings];
    case 'MakeSlice':
      return [i.len, i.cap];
    case 'MakeChan':
      return [i.size];
    case 'Slice':
      return [i.x, ...[i.low, i.high, i.max].filter((v): v is ir.Value => v !== undefined)];
    case 'IndexAddr':
    case 'Index':
    case 'Lookup':
      return [i.x, i.index];
    case 'Extract':
      return [i.tuple];
    case 'Next':
      return [i.iter];
    case 'Select':
      return i.states.flatMap((s) => (s.send ? [s.chan, s.send] : [s.chan]));
    case 'Store':
      return [i.addr, i.val];
    case 'MapUpdate':
      return [i.map, i.key, i.value];
    case 'Send':
      return [i.chan, i.x];
    case 'If':
      return [i.cond];
    case 'Return':
      return i.results;
    case 'Panic':
      return [i.x];
  }
}

