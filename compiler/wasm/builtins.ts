// This file implements calls of builtin functions (mode 'builtin'): len, cap,
// append, copy, print/println (one runtime print helper per argument kind,
// printsp between println arguments, printnl at the end), min/max, clear,
// complex/real/imag, and the unsafe functions (Add, Slice, String,
// StringData, SliceData); those of maps (maps.ts) and channels (close, len,
// cap: channels.ts), and recover (defer.ts).

import { InternalError, UnsupportedError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import type { Type } from '../types/index.js';
import { BasicKind } from '../types/index.js';
import { T, wtype, type Expr, type Scalar } from './module.js';
import { basicKind, intInfo, isComplexType, isFloatType, isStringType, sizeof, underlying } from './layout.js';
import type { FunctionLowerer } from './lower.js';
import { lowerAppend, lowerCopy } from './slices.js';
import { fail, indexToI64 } from './checks.js';
import { pointee } from './memory.js';
import { lowerRecover } from './defer.js';
import { lowerMapClear, lowerMapDelete, lowerMapLen } from './maps.js';
import { lowerChanBuiltin } from './channels.js';

export function lowerBuiltin(fl: FunctionLowerer, c: ir.Call, b: ir.Builtin, args: ir.Value[]): Expr[] {
  const m = fl.m;
  switch (b.name) {
    case 'len':
    case 'cap': {
      const u = underlying(args[0]!.type);
      if (isStringType(u)) return fl.define(c, [fl.get(args[0]!)[1]!]);
      if (u.kind === 'Slice') return fl.define(c, [fl.get(args[0]!)[b.name === 'len' ? 1 : 2]!]);
      if (u.kind === 'Pointer') {
        // len(p) of a pointer to an array that the checker could not fold (p has calls): the length
        const at = underlying(u.elem);
        if (at.kind === 'Array') return fl.define(c, [fl.mod.i64(at.len)]);
      }
      // len(*f()) of an array the checker could not fold: the operand was evaluated (and
      // nil-checked) for its side effects; the length is the type's
      if (u.kind === 'Array') {
        const evaluated = fl.get(args[0]!).map((p) => fl.m.drop(p));
        return [...evaluated, ...fl.define(c, [fl.mod.i64(u.len)])];
      }
      if (u.kind === 'Map') return lowerMapLen(fl, c, args[0]!);
      if (u.kind === 'Chan') return lowerChanBuiltin(fl, c, b.name, args[0]!);
      throw new InternalError(`${b.name} of ${u.kind}`);
    }
    case 'append':
      return lowerAppend(fl, c, args[0]!, args[1]!);
    case 'copy':
      return lowerCopy(fl, c, args[0]!, args[1]!);
    case 'print':
    case 'println':
      return lowerPrint(fl, args, b.name === 'println');
    case 'min':
    case 'max':
      return minMaxDefine(fl, c, b.name, args);
    case 'clear': {
      const u = underlying(args[0]!.type);
      if (u.kind === 'Map') return lowerMapClear(fl, c, args[0]!);
      if (u.kind !== 'Slice') throw new UnsupportedError(`clear of ${u.kind}`, c.pos);
      const [p, n] = fl.get(args[0]!);
      const es = sizeof(u.elem);
      return [m.memory.fill(p!, m.i32.const(0), m.i32.mul(m.i32.wrap(n!), m.i32.const(es)))];
    }
    case 'complex':
      return fl.define(c, [fl.get1(args[0]!), fl.get1(args[1]!)]);
    case 'real':
      return fl.define(c, [fl.get(args[0]!)[0]!]);
    case 'imag':
      return fl.define(c, [fl.get(args[0]!)[1]!]);
    case 'Add':
      return fl.define(c, [m.i32.add(fl.get1(args[0]!), m.i32.wrap(indexToI64(fl, args[1]!)))]);
    case 'Slice': {
      const check = unsafeSliceCheck(fl, args, false);
      return [check, ...fl.define(c, [fl.get1(args[0]!), indexToI64(fl, args[1]!), indexToI64(fl, args[1]!)])];
    }
    case 'String':
      return [unsafeSliceCheck(fl, args, true), ...fl.define(c, [fl.get1(args[0]!), indexToI64(fl, args[1]!)])];
    case 'StringData':
    case 'SliceData':
      return fl.define(c, [fl.get(args[0]!)[0]!]);
    case 'delete':
      return lowerMapDelete(fl, c, args[0]!, args[1]!);
    case 'close':
      return lowerChanBuiltin(fl, c, b.name, args[0]!);
    case 'recover':
      return lowerRecover(fl, c);
    default:
      throw new UnsupportedError(`builtin ${b.name}`, c.pos);
  }
}

/** ofExistingData reports unsafe.Slice/String(SliceData(x) or StringData(x), len(x)): memory that
 * exists, which never fails the checks (strings.Builder.String, bytes and strings conversions). */
function ofExistingData(args: readonly ir.Value[]): boolean {
  const [p, n] = args;
  const builtinArg = (v: ir.Value | undefined, names: string[]): ir.Value | undefined =>
    v?.kind === 'Call' && v.call.mode === 'builtin' && names.includes(v.call.value.name) ? v.call.args[0] : undefined;
  const x = builtinArg(p, ['SliceData', 'StringData']);
  return x !== undefined && builtinArg(n, ['len']) === x;
}

/** unsafeSliceMayPanic reports whether a call of the builtin unsafe.Slice or unsafe.String can fail. */
export function unsafeSliceMayPanic(c: ir.Call): boolean {
  return !ofExistingData(c.call.args);
}

/** unsafeSliceCheck panics as gc does when unsafe.Slice(ptr, len) (unsafe.String when str) is
 * invalid: a negative length, a nil ptr with a non-zero length, or memory beyond the end of the
 * (32-bit) address space (runtime.panicunsafeslice picks the message). */
function unsafeSliceCheck(fl: FunctionLowerer, args: ir.Value[], str: boolean): Expr {
  const m = fl.m;
  if (ofExistingData(args)) return m.nop();
  const p = () => fl.get1(args[0]!);
  const n = () => indexToI64(fl, args[1]!);
  const es = str ? 1 : sizeof(pointee(args[0]!.type));
  let bad: Expr;
  if (es === 0) bad = m.i32.or(m.i64.lt_s(n(), fl.mod.i64(0n)), m.i32.and(m.i32.eqz(p()), m.i64.gt_s(n(), fl.mod.i64(0n))));
  else {
    // the bytes from ptr to the end of memory (none from nil: Go compares with -uintptr(ptr))
    const room = m.select(m.i32.eqz(p()), fl.mod.i64(0n), m.i64.sub(fl.mod.i64(1n << 32n), m.i64.extend_u(p())));
    bad = m.i64.gt_u(n(), es === 1 ? room : m.i64.div_u(room, fl.mod.i64(BigInt(es))));
  }
  return fail(fl, bad, 'panicunsafeslice', [p(), n(), m.i32.const(str ? 1 : 0)]);
}

function minMaxDefine(fl: FunctionLowerer, c: ir.Call, op: 'min' | 'max', args: ir.Value[]): Expr[] {
  let acc = fl.get(args[0]!);
  for (const a of args.slice(1)) acc = minMax(fl, op, c.type, acc, fl.get(a));
  return fl.define(c, acc);
}

/** minMax combines two values (copied to locals first, since each is read twice). */
function minMax(fl: FunctionLowerer, op: 'min' | 'max', t: Type, x: Expr[], y: Expr[]): Expr[] {
  const m = fl.m;
  const ft = isFloatType(t);
  if (ft) {
    const o = ft === 'f32' ? m.f32 : m.f64;
    return [op === 'min' ? o.min(x[0]!, y[0]!) : o.max(x[0]!, y[0]!)];
  }
  const ii = intInfo(t);
  const str = isStringType(t);
  if (!ii && !str) throw new UnsupportedError(`${op} of ${t.kind}`, 0);
  const ss: Scalar[] = str ? ['i32', 'i64'] : [ii!.scalar];
  const xl = ss.map((s) => fl.newLocal(s));
  const yl = ss.map((s) => fl.newLocal(s));
  const gx = () => xl.map((l, i) => fl.mod.localGet(l, ss[i]!));
  const gy = () => yl.map((l, i) => fl.mod.localGet(l, ss[i]!));
  const sets = [...xl.map((l, i) => m.local.set(l, x[i]!)), ...yl.map((l, i) => m.local.set(l, y[i]!))];
  let lt: Expr;
  if (str) lt = m.i64.lt_s(fl.ml.callRuntime('cmpstring', [...gx(), ...gy()]), fl.mod.i64(0));
  else {
    const o = ii!.scalar === 'i64' ? m.i64 : m.i32;
    lt = ii!.signed ? o.lt_s(gx()[0]!, gy()[0]!) : o.lt_u(gx()[0]!, gy()[0]!);
  }
  const cl = fl.newLocal('i32');
  const cond = () => m.local.get(cl, T.i32);
  // min: x < y ? x : y; max: x < y ? y : x (equal integers or strings are indistinguishable)
  const pick = (i: number) => (op === 'min' ? m.select(cond(), gx()[i]!, gy()[i]!) : m.select(cond(), gy()[i]!, gx()[i]!));
  const first = m.block(null, [...sets, m.local.set(cl, lt), pick(0)], wtype(ss[0]!));
  return ss.length === 1 ? [first] : [first, pick(1)];
}

/** lowerPrint calls one runtime print helper per argument. */
function lowerPrint(fl: FunctionLowerer, args: ir.Value[], ln: boolean): Expr[] {
  const out: Expr[] = [];
  args.forEach((a, i) => {
    if (ln && i > 0) out.push(fl.ml.callRuntime('printsp', []));
    out.push(printOne(fl, a));
  });
  if (ln) out.push(fl.ml.callRuntime('printnl', []));
  return out;
}

/** printOne calls the runtime print helper for one value. */
export function printOne(fl: FunctionLowerer, a: ir.Value): Expr {
  const m = fl.m;
  const t = underlying(a.type);
  const call = (name: string, args: Expr[]) => fl.ml.callRuntime(name, args);
  const ii = intInfo(t);
  if (ii && t.kind === 'Basic' && t.basic !== BasicKind.UnsafePointer) {
    let e = fl.get1(a);
    if (ii.scalar === 'i32') e = ii.signed ? m.i64.extend_s(e) : m.i64.extend_u(e);
    return call(ii.signed ? 'printint' : 'printuint', [e]);
  }
  const ft = isFloatType(t);
  if (ft) return call(ft === 'f32' ? 'printfloat32' : 'printfloat', [fl.get1(a)]);
  const ct = isComplexType(t);
  if (ct) return call(ct === 'f32' ? 'printcomplex64' : 'printcomplex', fl.get(a));
  if (isStringType(t)) return call('printstring', fl.get(a));
  if (basicKind(t) === BasicKind.Bool) return call('printbool', [fl.get1(a)]);
  switch (t.kind) {
    case 'Basic': // unsafe.Pointer
    case 'Pointer':
    case 'Map':
    case 'Chan':
    case 'Signature':
      return call('printpointer', [fl.get1(a)]);
    case 'Slice':
      return call('printslice', fl.get(a));
    case 'Interface':
      return call('printeface', fl.get(a));
    default:
      throw new UnsupportedError(`printing a value of type ${t.kind.toLowerCase()}`, 0);
  }
}

