// This file implements a small interpreter of the SSA IR, used by the tests to
// check that built programs behave as native Go does (the testdata goldens),
// independently of the wasm backend. It runs main's init and main.main;
// builtins and runtime checks are implemented natively (interp-builtin.ts),
// values follow interp-value.ts.

import { InternalError, assertNever } from '../syntax/diagnostics.js';
import type { Type } from '../types/type.js';
import type { BasicBlock, BinOp, CallCommon, Function, Instruction, Program, Value } from './ir.js';
import { isValueInstruction } from './ir.js';
import { callBuiltin, convert, findMethod, sliceOf, typeAssert, type Machine } from './interp-builtin.js';
import {
  GoPanic,
  Ref,
  copyValue,
  equal,
  isFloat32,
  keyOf,
  runtimePanic,
  storeAt,
  wrap,
  zero,
  decodeRune,
  type ClosureV,
  type IterV,
  type MapV,
  type SliceV,
  type V,
} from './interp-value.js';
import { isStringType, mustDeref, underlying } from './typeutil.js';
import { methodLinkName } from './wrappers.js';

class Frame {
  readonly regs = new Map<Value, V>();
  readonly defers: { fn: V; args: V[]; common: CallCommon }[] = [];
  constructor(
    readonly fn: Function,
    readonly env: V[],
  ) {}
}

/** Exit ends the program with a status (os.Exit-like; used for panics). */
export interface RunResult {
  stdout: string;
  stderr: string;
  exit: number;
}

export class Interpreter implements Machine {
  stderr = '';
  stdout = '';
  steps = 0;
  private readonly globals = new Map<Value, Ref>();
  panicking: GoPanic | undefined;
  recovered = false;
  /** Call depth, and the depth at which deferred calls run (where recover() may stop a panic). */
  depth = 0;
  deferDepth = -1;
  /** The frame each defer frame token (DeferFrame) was made by. */
  private readonly frames = new WeakMap<V[], Frame>();

  constructor(
    readonly prog: Program,
    readonly maxSteps = 50_000_000,
  ) {}

  global(g: Value & { kind: 'Global' }): Ref {
    let r = this.globals.get(g);
    if (!r) {
      const cell = { v: zero(mustDeref(g.type)) };
      r = new Ref(cell, '', () => cell.v, (v) => (cell.v = v));
      this.globals.set(g, r);
    }
    return r;
  }

  value(f: Frame, v: Value): V {
    switch (v.kind) {
      case 'Const':
        return constValue(v);
      case 'Global':
        return this.global(v);
      case 'Function':
        return v;
      case 'Parameter':
      case 'FreeVar':
        if (v.kind === 'FreeVar') return f.env[v.index]!;
        return f.regs.get(v)!;
      case 'Builtin':
        throw new InternalError('builtin used as a value');
      default: {
        if (!f.regs.has(v)) throw new InternalError(`t${v.id} (${v.kind}) not yet computed in ${f.fn.name}`);
        return f.regs.get(v)!;
      }
    }
  }

  /** call invokes a func value (Function or closure) with arguments. */
  callValue(fv: V, args: V[]): V {
    if (fv === null) throw runtimePanic('invalid memory address or nil pointer dereference');
    if (typeof fv === 'object' && 'kind' in fv && fv.kind === 'closure') return this.call((fv as ClosureV).fn, (fv as ClosureV).env, args);
    if (typeof fv === 'object' && 'kind' in fv && fv.kind === 'Function') return this.call(fv as Function, [], args);
    throw new InternalError('call of a non-function');
  }

  call(fn: Function, env: V[], args: V[]): V {
    if (fn.blocks.length === 0) throw new InternalError(`call of external function ${fn.name}`);
    const f = new Frame(fn, env);
    fn.params.forEach((p, i) => f.regs.set(p, args[i]!));
    const wrapper = isWrapper(fn);
    if (!wrapper) this.depth++;
    try {
      return this.run(f, fn.blocks[0]!);
    } catch (e) {
      if (!(e instanceof GoPanic) || f.defers.length === 0) throw e;
      this.panicking = e;
      this.recovered = false;
      this.runDefers(f);
      if (!this.recovered) throw e;
      this.panicking = undefined;
      return this.run(f, fn.recoverBlock!);
    } finally {
      if (!wrapper) this.depth--;
    }
  }

  runDefers(f: Frame): void {
    const outer = this.deferDepth;
    // recover() works only in a function the defer mechanism calls: one level below this frame
    this.deferDepth = this.depth + 1;
    try {
      this.runDeferList(f);
    } finally {
      this.deferDepth = outer;
    }
  }

  private runDeferList(f: Frame): void {
    while (f.defers.length) {
      const d = f.defers.pop()!;
      if (d.common.mode === 'builtin') callBuiltin(this, d.common.value.name, d.args, d.common.value.type.params.vars.map((v) => v.type));
      else this.callValue(d.fn, d.args);
    }
  }

  private run(f: Frame, start: BasicBlock): V {
    let b = start;
    let prev: BasicBlock | undefined;
    for (;;) {
      // Phis read their edges simultaneously.
      const k = prev ? b.preds.indexOf(prev) : -1;
      const phiVals: [Value, V][] = [];
      let i = 0;
      for (; i < b.instrs.length; i++) {
        const ins = b.instrs[i]!;
        if (ins.kind !== 'Phi') break;
        phiVals.push([ins, this.value(f, ins.edges[k]!)]);
      }
      for (const [p, v] of phiVals) f.regs.set(p, v);
      for (; i < b.instrs.length; i++) {
        const ins = b.instrs[i]!;
        if (++this.steps > this.maxSteps) throw new InternalError('step limit exceeded');
        switch (ins.kind) {
          case 'Jump':
            prev = b;
            b = b.succs[0]!;
            break;
          case 'If':
            prev = b;
            b = this.value(f, ins.cond) === true ? b.succs[0]! : b.succs[1]!;
            break;
          case 'Return': {
            const rs = ins.results.map((r) => this.value(f, r));
            return rs.length === 1 ? rs[0]! : rs;
          }
          case 'Panic': {
            const v = this.value(f, ins.x);
            if (ins.runtimeError) throw runtimePanic((v as string).replace(/^runtime error: /, ''));
            throw new GoPanic(v, panicText(v));
          }
          default:
            this.exec(f, ins);
            continue;
        }
        break;
      }
    }
  }

  private exec(f: Frame, ins: Instruction): void {
    const v = (x: Value): V => this.value(f, x);
    switch (ins.kind) {
      case 'Store':
        storeAt(deref(v(ins.addr)), copyValue(v(ins.val), ins.val.type), ins.val.type);
        return;
      case 'MapUpdate': {
        const m = v(ins.map) as MapV | null;
        if (!m) throw new GoPanic('assignment to entry in nil map', 'assignment to entry in nil map');
        const key = v(ins.key);
        m.m.set(keyOf(key), [key, copyValue(v(ins.value), ins.value.type)]);
        return;
      }
      case 'Defer': {
        const c = ins.call;
        const args = c.args.map(v);
        // `defer ... at t`: the frame that made token t (a range-over-func loop body defers there)
        const to = ins.frame ? this.frames.get(v(ins.frame) as V[]) : f;
        if (!to) throw new InternalError('defer at an unknown frame');
        if (c.mode === 'builtin') to.defers.push({ fn: null, args, common: c });
        else if (c.mode === 'invoke') {
          const recv = v(c.value);
          if (recv === null) throw runtimePanic('invalid memory address or nil pointer dereference'); // at the defer, as Go
          const m = findMethod(this, recv, c.method.name);
          to.defers.push({ fn: m.fn, args: [m.recv, ...args], common: c });
        } else to.defers.push({ fn: v(c.value), args, common: c });
        return;
      }
      case 'RunDefers':
        this.runDefers(f);
        return;
      case 'Send':
      case 'Go':
        throw new InternalError(`${ins.kind} is not supported by the interpreter`);
      case 'Jump':
      case 'If':
      case 'Return':
      case 'Panic':
        throw new InternalError('control instruction in exec');
      default:
        if (isValueInstruction(ins)) f.regs.set(ins, this.eval(f, ins));
        else assertNever(ins);
    }
  }

  private eval(f: Frame, ins: Instruction & { id: number }): V {
    const v = (x: Value): V => this.value(f, x);
    switch (ins.kind) {
      case 'Alloc': {
        const cell = { v: zero(mustDeref(ins.type)) };
        return new Ref(cell, '', () => cell.v, (x) => (cell.v = x));
      }
      case 'Phi':
        throw new InternalError('phi in eval');
      case 'Call':
        return this.doCall(f, ins.call);
      case 'BinOp':
        return binop(ins, v(ins.x), v(ins.y));
      case 'UnOp': {
        const x = v(ins.x);
        switch (ins.op) {
          case '*':
            return copyValue(deref(x).get(), ins.type);
          case '-':
            return typeof x === 'bigint' ? wrap(-x, ins.type) : fl(-(x as number), ins.type);
          case '^':
            return wrap(~(x as bigint), ins.type);
          case '!':
            return !x;
          case '<-':
            throw new InternalError('receive is not supported by the interpreter');
          default:
            throw new InternalError('bad unary operator');
        }
      }
      case 'Convert':
        return convert(v(ins.x), ins.x.type, ins.type);
      case 'ChangeType':
      case 'ChangeInterface':
        return v(ins.x);
      case 'MakeInterface':
        return { kind: 'iface', type: ins.x.type, v: copyValue(v(ins.x), ins.x.type) };
      case 'MakeClosure':
        return { kind: 'closure', fn: ins.fn, env: ins.bindings.map(v) };
      case 'MakeSlice': {
        const n = Number(v(ins.len));
        const c = Number(v(ins.cap));
        if (n < 0) throw runtimePanic('makeslice: len out of range');
        if (c < n) throw runtimePanic('makeslice: cap out of range');
        const et = (underlying(ins.type) as { elem: Type }).elem;
        return { kind: 'slice', arr: Array.from({ length: c }, () => zero(et)), off: 0, len: n, cap: c };
      }
      case 'MakeMap':
        return { kind: 'map', m: new Map() };
      case 'MakeChan':
      case 'Select':
        throw new InternalError(`${ins.kind} is not supported by the interpreter`);
      case 'Slice':
        return sliceOf(ins, v(ins.x), ins.low && Number(v(ins.low)), ins.high && Number(v(ins.high)), ins.max && Number(v(ins.max)));
      case 'SliceToArrayPointer':
        throw new InternalError('slice to array pointer is not supported by the interpreter');
      case 'FieldAddr': {
        const r = deref(v(ins.x));
        const i = ins.field;
        return new Ref(r.root, `${r.path}.${i}`, () => (r.get() as V[])[i]!, (x) => ((r.get() as V[])[i] = x));
      }
      case 'Field':
        return (v(ins.x) as V[])[ins.field]!;
      case 'IndexAddr':
        return indexAddr(v(ins.x), Number(v(ins.index)), ins.x.type);
      case 'Index': {
        const x = v(ins.x);
        const i = Number(v(ins.index));
        if (typeof x === 'string') {
          if (i < 0 || i >= x.length) throw runtimePanic(`index out of range [${i}] with length ${x.length}`);
          return BigInt(x.charCodeAt(i));
        }
        const a = x as V[];
        if (i < 0 || i >= a.length) throw runtimePanic(`index out of range [${i}] with length ${a.length}`);
        return a[i]!;
      }
      case 'Lookup': {
        const m = v(ins.x) as MapV | null;
        const empty = (!m || m.m.size === 0) && underlying(ins.index.type).kind === 'Interface';
        const e = empty ? emptyMapKeyCheck(v(ins.index)) : m?.m.get(keyOf(v(ins.index)));
        const et = ins.commaOk ? (ins.type as { vars: { type: Type }[] }).vars[0]!.type : ins.type;
        const val = e ? copyValue(e[1], et) : zero(et);
        return ins.commaOk ? [val, !!e] : val;
      }
      case 'Extract':
        return (v(ins.tuple) as V[])[ins.index]!;
      case 'TypeAssert': {
        const x = v(ins.x);
        // x.(I) of an x of type I bound by a method value x.M is the nil check of x.M
        const isBound = (): boolean => !!ins.block?.instrs.some((i) => i.kind === 'MakeClosure' && i.fn.name.endsWith('$bound') && i.bindings.includes(ins));
        if (x === null && !ins.commaOk && isBound()) throw runtimePanic('invalid memory address or nil pointer dereference');
        return typeAssert(this, x, ins.assertedType, ins.commaOk, ins.x.type);
      }
      case 'Range': {
        const x = v(ins.x);
        if (typeof x === 'string') return { kind: 'iter', s: x, i: 0 };
        return { kind: 'iter', entries: x ? [...(x as MapV).m.values()] : [], i: 0 };
      }
      case 'Next':
        return next(v(ins.iter) as IterV, ins.type);
      case 'DeferFrame': {
        // the token is a fresh empty array, used only for its identity (see frameOf)
        const token: V[] = [];
        this.frames.set(token, f);
        return token;
      }
      default:
        throw new InternalError(`unexpected ${ins.kind}`);
    }
  }

  private doCall(f: Frame, c: CallCommon): V {
    const args = c.args.map((a) => this.value(f, a));
    switch (c.mode) {
      case 'builtin':
        return callBuiltin(this, c.value.name, args, c.args.map((a) => a.type));
      case 'invoke': {
        const m = findMethod(this, this.value(f, c.value), c.method.name);
        return this.call(m.fn, [], [m.recv, ...args]);
      }
      case 'call':
        return this.callValue(this.value(f, c.value), args);
      default:
        return assertNever(c);
    }
  }
}

function constValue(c: Value & { kind: 'Const' }): V {
  const v = c.value;
  if (v === undefined) return zero(c.type);
  switch (v.kind) {
    case 'bool':
      return v.value;
    case 'string':
      return v.value;
    case 'int':
      return underlying(c.type).kind === 'Basic' && isFloatType(c.type) ? Number(v.value) : wrap(v.value, c.type);
    case 'float':
      return isFloatType(c.type) ? fl(ratToFloat(v.num, v.den), c.type) : wrap(v.num / v.den, c.type);
    case 'complex': {
      const part = (x: typeof v.re): number => (x.kind === 'int' ? Number(x.value) : x.kind === 'float' ? ratToFloat(x.num, x.den) : 0);
      return [part(v.re), part(v.im)];
    }
    case 'unknown':
      throw new InternalError('unknown constant');
    default:
      return assertNever(v);
  }
}

/** ratToFloat converts an exact rational to the nearest float64 (up to a double rounding in denormals). */
function ratToFloat(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const neg = num < 0n;
  const n = neg ? -num : num;
  const k = den.toString(2).length - n.toString(2).length + 64;
  const q = k >= 0 ? (n << BigInt(k)) / den : n / (den << BigInt(-k));
  let x = Number(q);
  let e = -k;
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  x *= 2 ** e;
  return neg ? -x : x;
}

function isFloatType(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Basic' && (u.name === 'float32' || u.name === 'float64' || u.name === 'untyped float');
}

function fl(x: number, t: Type): number {
  return isFloat32(t) ? Math.fround(x) : x;
}

export function deref(x: V): Ref {
  if (x === null) throw runtimePanic('invalid memory address or nil pointer dereference');
  if (!(x instanceof Ref)) throw new InternalError('dereference of a non-pointer');
  return x;
}

function indexAddr(x: V, i: number, t: Type): Ref {
  const u = underlying(t);
  if (u.kind === 'Slice') {
    const s = x as SliceV | null;
    const n = s ? s.len : 0;
    if (i < 0 || i >= n) throw runtimePanic(`index out of range [${i}] with length ${n}`);
    const arr = s!.arr;
    const k = s!.off + i;
    return new Ref(arr, String(k), () => arr[k]!, (v) => (arr[k] = v));
  }
  const r = deref(x);
  const n = (underlying(mustDeref(t)) as { len: number }).len;
  if (i < 0 || i >= n) throw runtimePanic(`index out of range [${i}] with length ${n}`);
  return new Ref(r.root, `${r.path}[${i}]`, () => (r.get() as V[])[i]!, (v) => ((r.get() as V[])[i] = v));
}

function next(it: IterV, t: Type): V {
  const vars = (t as { vars: { type: Type }[] }).vars;
  if (it.s !== undefined) {
    if (it.i >= it.s.length) return [false, 0n, 0n];
    const [r, w] = decodeRune(it.s, it.i);
    const out: V = [true, BigInt(it.i), BigInt(r)];
    it.i += w;
    return out;
  }
  const e = it.entries!;
  if (it.i >= e.length) return [false, zero(vars[1]!.type), zero(vars[2]!.type)];
  const [k, v] = e[it.i++]!;
  return [true, k, v];
}

function binop(ins: BinOp, x: V, y: V): V {
  const t = ins.x.type;
  switch (ins.op) {
    case '==':
      return equal(x, y);
    case '!=':
      return !equal(x, y);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const a = x as bigint | number | string;
      const b = y as bigint | number | string;
      return ins.op === '<' ? a < b : ins.op === '<=' ? a <= b : ins.op === '>' ? a > b : a >= b;
    }
    default:
      break;
  }
  if (typeof x === 'string') return x + (y as string);
  if (typeof x === 'number') {
    const b = y as number;
    const r = ins.op === '+' ? x + b : ins.op === '-' ? x - b : ins.op === '*' ? x * b : ins.op === '/' ? x / b : NaN;
    return fl(r, ins.type);
  }
  const a = x as bigint;
  let b = y as bigint;
  switch (ins.op) {
    case '+':
      return wrap(a + b, t);
    case '-':
      return wrap(a - b, t);
    case '*':
      return wrap(a * b, t);
    case '/':
    case '%':
      if (b === 0n) throw runtimePanic('integer divide by zero');
      return wrap(ins.op === '/' ? a / b : a % b, t);
    case '&':
      return wrap(a & b, t);
    case '|':
      return wrap(a | b, t);
    case '^':
      return wrap(a ^ b, t);
    case '&^':
      return wrap(a & ~b, t);
    case '<<':
    case '>>':
      if (b < 0n) throw runtimePanic('negative shift amount');
      if (b > 128n) b = 128n;
      return wrap(ins.op === '<<' ? a << b : a >> b, t);
    default:
      throw new InternalError(`bad binop ${ins.op}`);
  }
}

function panicText(v: V): string {
  if (v && typeof v === 'object' && 'kind' in v && v.kind === 'iface') {
    const inner = v.v;
    if (typeof inner === 'string') {
      const named = v.type.kind === 'Named';
      return named ? `main.${(v.type as { obj: { name: string } }).obj.name}("${inner}")` : inner;
    }
    if (typeof inner === 'bigint') return `${inner}`;
    if (typeof inner === 'object' && inner && 'kind' in inner && inner.kind === 'iface') return panicText(inner);
  }
  return String(v);
}

/** isWrapper reports whether fn is a synthesized wrapper (method value, method expression,
 * method-set forwarder), which, as in Go, does not count as a frame for recover(). */
function isWrapper(fn: Function): boolean {
  if (fn.name.endsWith('$bound') || fn.name.endsWith('$thunk')) return true;
  return !fn.object && !fn.parent && !/\.init(#\d+)?$/.test(fn.name);
}

/** emptyMapKeyCheck checks the interface-typed key of a lookup in a nil or empty map: Go reports an
 * unhashable dynamic key type there with a message of its own ("hash of unhashable type: T"). */
function emptyMapKeyCheck(k: V): undefined {
  try {
    keyOf(k);
  } catch (e) {
    const prefix = 'runtime error: hash of unhashable type ';
    if (e instanceof GoPanic && e.text.startsWith(prefix)) {
      const msg = `hash of unhashable type: ${e.text.slice(prefix.length)}`;
      throw new GoPanic(msg, msg);
    }
    throw e;
  }
  return undefined;
}

/** methodText is what Go's panic report prints for an error or Stringer value: v.Error() or v.String(). */
function methodText(m: Interpreter, v: V): string | undefined {
  if (!v || typeof v !== 'object' || !('kind' in v) || v.kind !== 'iface') return undefined;
  for (const name of ['Error', 'String']) {
    const fn = m.prog.byName.get(methodLinkName(v.type, name));
    const res = fn?.type.results.vars;
    if (fn && fn.params.length === 1 && res?.length === 1 && isStringType(res[0]!.type)) return m.call(fn, [], [v.v]) as string;
  }
  return undefined;
}

/** run executes main.init then main.main and returns the output and exit status. */
export function run(prog: Program): RunResult {
  const m = new Interpreter(prog);
  try {
    const init = prog.byName.get('main.init');
    if (init) m.call(init, [], []);
    m.call(prog.byName.get('main.main')!, [], []);
    return { stdout: m.stdout, stderr: m.stderr, exit: 0 };
  } catch (e) {
    if (e instanceof GoPanic) {
      m.stderr += `panic: ${methodText(m, e.value) ?? e.text}\n\ngoroutine 1 [running]:\n`;
      return { stdout: m.stdout, stderr: m.stderr, exit: 2 };
    }
    throw e;
  }
}
