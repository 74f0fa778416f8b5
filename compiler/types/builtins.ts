// This file implements calls of the predeclared functions (len, cap, append,
// copy, make, new, print, println, min, max, clear, panic, recover, complex,
// real, imag, delete, close) and of package unsafe's functions (Sizeof,
// Alignof, Offsetof are folded to constants; Add, Slice, SliceData, String,
// StringData). The builtin's signature is recorded on the call's fun.

import type * as ast from '../syntax/ast.js';
import { assignableTo, assignment } from './assignments.js';
import type { Checker } from './check.js';
import * as C from './const-arith.js';
import { exprString } from './exprstring.js';
import { convertUntyped, exprOrType, matchTypes, rawExpr, updateExprType } from './expr.js';
import { callArgs, useExprs } from './call.js';
import { index, isValidIndex } from './index-expr.js';
import type { BuiltinName, Var } from './object.js';
import type { Operand } from './operand.js';
import { isInvalid, invalidOperand, isNilOperand } from './operand.js';
import { identical, isBoolean, isComplex, isFloat, isNumeric, isOrdered, isString, isUntyped, isValid, underlying } from './predicates.js';
import { alignof, offsetsof, sizeof } from './sizes.js';
import type { Type } from './type.js';
import { BasicKind } from './type.js';
import { notConstraint, typExpr } from './typexpr.js';
import { nonGenericType } from './instexpr.js';
import { emptyInterface, Typ, universeByte } from './universe.js';
import { commonUnder, coreUnder } from './typeparams/typeset.js';
import { allTerms, termTypes } from './typeparams/typeset.js';
import { mentions } from './subst.js';
import { verifyVersion } from './version.js';

interface BuiltinSpec {
  nargs: number;
  variadic: boolean;
  kind: 'expression' | 'statement';
}

const specs: Record<BuiltinName, BuiltinSpec> = {
  append: { nargs: 1, variadic: true, kind: 'expression' },
  cap: { nargs: 1, variadic: false, kind: 'expression' },
  clear: { nargs: 1, variadic: false, kind: 'statement' },
  close: { nargs: 1, variadic: false, kind: 'statement' },
  complex: { nargs: 2, variadic: false, kind: 'expression' },
  copy: { nargs: 2, variadic: false, kind: 'statement' },
  delete: { nargs: 2, variadic: false, kind: 'statement' },
  imag: { nargs: 1, variadic: false, kind: 'expression' },
  len: { nargs: 1, variadic: false, kind: 'expression' },
  make: { nargs: 1, variadic: true, kind: 'expression' },
  max: { nargs: 1, variadic: true, kind: 'expression' },
  min: { nargs: 1, variadic: true, kind: 'expression' },
  new: { nargs: 1, variadic: false, kind: 'expression' },
  panic: { nargs: 1, variadic: false, kind: 'statement' },
  print: { nargs: 0, variadic: true, kind: 'statement' },
  println: { nargs: 0, variadic: true, kind: 'statement' },
  real: { nargs: 1, variadic: false, kind: 'expression' },
  recover: { nargs: 0, variadic: false, kind: 'statement' },
  Add: { nargs: 2, variadic: false, kind: 'expression' },
  Alignof: { nargs: 1, variadic: false, kind: 'expression' },
  Offsetof: { nargs: 1, variadic: false, kind: 'expression' },
  Sizeof: { nargs: 1, variadic: false, kind: 'expression' },
  Slice: { nargs: 2, variadic: false, kind: 'expression' },
  SliceData: { nargs: 1, variadic: false, kind: 'expression' },
  String: { nargs: 2, variadic: false, kind: 'expression' },
  StringData: { nargs: 1, variadic: false, kind: 'expression' },
  assert: { nargs: 1, variadic: false, kind: 'statement' },
  trace: { nargs: 0, variadic: true, kind: 'statement' },
};

/** isStatementBuiltin reports whether a call of the builtin may be used as a statement. */
export function isStatementBuiltin(name: BuiltinName): boolean {
  return specs[name].kind === 'statement';
}

function qualName(name: BuiltinName): string {
  return /^[A-Z]/.test(name) ? `unsafe.${name}` : name;
}

/** recordBuiltinType records the builtin's signature for this call on the call's fun (mode 'builtin'). */
function recordBuiltinType(check: Checker, fun: ast.Expr, result: Type | undefined, params: Type[], variadic = false): void {
  const v = (t: Type): Var => ({ kind: 'Var', name: '', pos: 0, pkg: undefined, type: t, isField: false, embedded: false, isGlobal: false });
  let f = fun;
  for (;;) {
    check.info.types.set(f, {
      mode: 'builtin',
      type: {
        kind: 'Signature',
        params: { kind: 'Tuple', vars: params.map(v) },
        results: { kind: 'Tuple', vars: result ? [v(result)] : [] },
        variadic,
      },
    });
    if (f.kind !== 'ParenExpr') break;
    f = f.x;
  }
}

const intT = (): Type => Typ[BasicKind.Int]!;
const uintptrT = (): Type => Typ[BasicKind.Uintptr]!;
const unsafePtrT = (): Type => Typ[BasicKind.UnsafePointer]!;
const noValue = (call: ast.CallExpr): Operand => ({ mode: 'novalue', expr: call, type: { kind: 'Tuple', vars: [] } });

export function builtinCall(check: Checker, call: ast.CallExpr, id: BuiltinName): Operand {
  const spec = specs[id];
  const name = qualName(id);
  if (call.hasDots && id !== 'append') {
    check.error(call.pos, `invalid operation: invalid use of ... with built-in ${name}`);
    useExprs(check, call.args);
    return invalidOperand(call);
  }
  let args: Operand[] = [];
  const special = id === 'make' || id === 'new' || id === 'Offsetof';
  if (!special) {
    args = callArgs(check, call.args);
    if (args.some((a) => a.mode === 'invalid')) return invalidOperand(call);
  }
  const nargs = special ? call.args.length : args.length;
  let msg = '';
  if (nargs < spec.nargs) msg = 'not enough';
  else if (!spec.variadic && nargs > spec.nargs) msg = 'too many';
  if (msg) {
    check.error(call.pos, `invalid operation: ${msg} arguments for ${exprString(call)} (expected ${spec.nargs}, found ${nargs})`);
    if (special) useExprs(check, call.args);
    return invalidOperand(call);
  }
  const r = dispatch(check, call, id, args);
  r.expr = call;
  return r;
}

function dispatch(check: Checker, call: ast.CallExpr, id: BuiltinName, args: Operand[]): Operand {
  switch (id) {
    case 'append': return appendCall(check, call, args);
    case 'len': case 'cap': return lenCap(check, call, id, args[0]!);
    case 'clear': return clearCall(check, call, args[0]!);
    case 'close': return closeCall(check, call, args[0]!);
    case 'complex': return complexCall(check, call, args[0]!, args[1]!);
    case 'copy': return copyCall(check, call, args[0]!, args[1]!);
    case 'delete': return deleteCall(check, call, args[0]!, args[1]!);
    case 'real': case 'imag': return realImag(check, call, id, args[0]!);
    case 'make': return makeCall(check, call);
    case 'new': return newCall(check, call);
    case 'min': case 'max': return minMax(check, call, id, args);
    case 'panic': {
      const x = args[0]!;
      assignment(check, x, emptyInterface, 'argument to panic');
      if (x.mode === 'invalid') return invalidOperand(call);
      recordBuiltinType(check, call.fun, undefined, [emptyInterface]);
      return noValue(call);
    }
    case 'print': case 'println': {
      const params: Type[] = [];
      for (const a of args) {
        assignment(check, a, undefined, `argument to built-in ${id}`);
        if (a.mode === 'invalid') return invalidOperand(call);
        params.push(a.type);
      }
      recordBuiltinType(check, call.fun, undefined, params);
      return noValue(call);
    }
    case 'recover':
      recordBuiltinType(check, call.fun, emptyInterface, []);
      return { mode: 'value', expr: call, type: emptyInterface };
    case 'Sizeof': case 'Alignof': return sizeAlign(check, call, id, args[0]!);
    case 'Offsetof': return offsetof(check, call);
    case 'Add': case 'Slice': case 'SliceData': case 'String': case 'StringData':
      return unsafeCall(check, call, id, args);
    case 'assert': {
      // assert(pred) fails to type-check when the constant pred is false; its value is pred.
      const x = args[0]!;
      if (x.mode !== 'constant' || !isBoolean(x.type) || x.val?.kind !== 'bool') {
        check.error(x.expr!.pos, `invalid argument: ${check.op(x)} is not a boolean constant`);
        return invalidOperand(call);
      }
      if (!x.val.value) check.error(call.pos, `${exprString(call)} failed`);
      return { ...x, expr: call };
    }
    case 'trace':
      // trace(x, ...) has the value of its first argument (types2 also prints the arguments).
      return args.length > 0 ? { ...args[0]!, expr: call } : noValue(call);
  }
}

/** sliceElem returns the element type of the slice(s) of x's type set, or why there is none (gc's words). */
function sliceElem(check: Checker, x: Operand): Type | string {
  let E: Type | undefined;
  const us: (Type | undefined)[] = x.type.kind === 'TypeParam' ? (termTypes(x.type)?.map(underlying) ?? [undefined]) : [underlying(x.type)];
  for (const u of us) {
    if (isNilOperand(x) || u?.kind !== 'Slice') return `argument must be a slice; have ${isNilOperand(x) ? 'untyped nil' : check.op(x)}`;
    if (!E) E = u.elem;
    else if (!identical(E, u.elem)) return `mismatched slice element types ${check.ts(E)} and ${check.ts(u.elem)} in ${check.op(x)}`;
  }
  return E ?? `argument must be a slice; have ${check.op(x)}`;
}

function appendCall(check: Checker, call: ast.CallExpr, args: Operand[]): Operand {
  const x = args[0]!;
  const S = x.type;
  // spec: each type of a type parameter's set must be a slice of one element type E
  let E: Type | undefined;
  const us: (Type | undefined)[] = S.kind === 'TypeParam' ? (termTypes(S)?.map(underlying) ?? [undefined]) : [underlying(S)];
  for (const u of us) {
    if (isNilOperand(x) || u?.kind !== 'Slice') {
      const have = isNilOperand(x) ? 'untyped nil' : check.op(x);
      check.error(x.expr!.pos, `invalid append: argument must be a slice; have ${have}`);
      return invalidOperand(call);
    }
    if (!E) E = u.elem;
    else if (!identical(E, u.elem)) {
      check.error(x.expr!.pos, `invalid append: mismatched slice element types ${check.ts(E)} and ${check.ts(u.elem)} in ${check.op(x)}`);
      return invalidOperand(call);
    }
  }
  if (!E) return invalidOperand(call); // an empty type set
  // f()... is not permitted when f() has several values (as types2)
  if (call.hasDots && call.args.length === 1 && args.length > 1) {
    check.error(call.pos, `cannot use ... with ${args.length}-valued ${exprString(call.args[0]!)}`);
    return invalidOperand(call);
  }
  if (args.length === 2 && call.hasDots) {
    const y = args[1]!;
    const eu = underlying(E);
    const bytesOrString = (t: Type): boolean => {
      const u = underlying(t);
      return isString(t) || (u.kind === 'Slice' && underlying(u.elem).kind === 'Basic' && (underlying(u.elem) as { basic: BasicKind }).basic === BasicKind.Uint8);
    };
    // spec: append(s, x...) with x of a type parameter whose types are all []byte or string
    if (eu.kind === 'Basic' && eu.basic === BasicKind.Uint8 && y.type.kind === 'TypeParam' && allTerms(y.type, bytesOrString)) {
      recordBuiltinType(check, call.fun, S, [S, y.type], true);
      return { mode: 'value', expr: call, type: S };
    }
    if (eu.kind === 'Basic' && eu.basic === BasicKind.Uint8 && isString(y.type)) {
      if (isUntyped(y.type)) convertUntyped(check, y, Typ[BasicKind.String]!);
      recordBuiltinType(check, call.fun, S, [S, y.type], true);
      return { mode: 'value', expr: call, type: S };
    }
  }
  const slice: Type = { kind: 'Slice', elem: E };
  if (call.hasDots) {
    if (args.length !== 2) {
      check.error(call.rparen, `${args.length < 2 ? 'not enough' : 'too many'} arguments in call to append`);
      return invalidOperand(call);
    }
    assignment(check, args[1]!, slice, 'argument to append');
  } else {
    for (const a of args.slice(1)) assignment(check, a, E, 'argument to append');
  }
  recordBuiltinType(check, call.fun, S, [S, slice], true);
  return { mode: 'value', expr: call, type: S };
}

/** containsCallOrRecv reports whether a checked expression contains a (non-constant) call or a receive. */
function containsCallOrRecv(check: Checker, e: ast.Expr): boolean {
  let found = false;
  const visit = (n: ast.Expr | undefined): void => {
    if (!n || found) return;
    switch (n.kind) {
      case 'CallExpr': {
        const tv = check.info.types.get(n);
        const fn = check.info.types.get(n.fun);
        if (!(tv?.mode === 'constant' || fn?.mode === 'typexpr')) found = true;
        visit(n.fun);
        n.args.forEach(visit);
        return;
      }
      case 'UnaryExpr':
        if (n.op === '<-') found = true;
        visit(n.x);
        return;
      case 'ParenExpr': case 'StarExpr': case 'SelectorExpr': case 'TypeAssertExpr':
        visit(n.x);
        return;
      case 'IndexExpr': visit(n.x); n.indices.forEach(visit); return;
      case 'SliceExpr': visit(n.x); visit(n.low); visit(n.high); visit(n.max); return;
      case 'BinaryExpr': visit(n.x); visit(n.y); return;
      case 'CompositeLit': n.elts.forEach(visit); return;
      case 'KeyValueExpr': visit(n.key); visit(n.value); return;
      default: return;
    }
  };
  visit(e);
  return found;
}

function lenCap(check: Checker, call: ast.CallExpr, id: 'len' | 'cap', x: Operand): Operand {
  if (x.type.kind === 'TypeParam') {
    // spec: len/cap of a type parameter: permitted if permitted for every type of its type set (never constant)
    const ok = allTerms(x.type, (t) => {
      let u = underlying(t);
      if (u.kind === 'Pointer' && underlying(u.elem).kind === 'Array') u = underlying(u.elem);
      return u.kind === 'Slice' || u.kind === 'Chan' || u.kind === 'Array' || (id === 'len' && (isString(u) || u.kind === 'Map'));
    });
    if (!ok) {
      check.error(x.expr!.pos, `invalid argument: ${check.op(x)} for built-in ${id}`);
      return invalidOperand(call);
    }
    recordBuiltinType(check, call.fun, intT(), [x.type]);
    return { mode: 'value', expr: call, type: intT() };
  }
  let u = underlying(x.type);
  if (u.kind === 'Pointer' && underlying(u.elem).kind === 'Array') u = underlying(u.elem);
  let mode: Operand['mode'] = 'invalid';
  let val: ReturnType<typeof C.makeInt> | undefined;
  switch (u.kind) {
    case 'Basic':
      if (isString(u) && id === 'len') {
        if (x.mode === 'constant' && x.val?.kind === 'string') {
          mode = 'constant';
          val = C.makeInt(BigInt(x.val.value.length));
        } else mode = 'value';
      }
      break;
    case 'Array':
      mode = 'value';
      if (!containsCallOrRecv(check, call.args[0]!)) {
        mode = 'constant';
        val = C.makeInt(BigInt(u.len));
      }
      break;
    case 'Slice': case 'Chan':
      mode = 'value';
      break;
    case 'Map':
      if (id === 'len') mode = 'value';
      break;
    default:
      break;
  }
  if (mode === 'invalid') {
    if (isValid(u)) check.error(x.expr!.pos, `invalid argument: ${check.op(x)} for built-in ${id}`);
    return invalidOperand(call);
  }
  if (isUntyped(x.type) && mode !== 'constant') convertUntyped(check, x, Typ[BasicKind.String]!);
  if (mode !== 'constant') {
    recordBuiltinType(check, call.fun, intT(), [x.type]);
    return { mode, expr: call, type: intT() };
  }
  return { mode, expr: call, type: intT(), val };
}

function clearCall(check: Checker, call: ast.CallExpr, x: Operand): Operand {
  verifyVersion(check, call.fun.pos, 21, 'clear');
  const u = coreUnder(x.type);
  const each = x.type.kind === 'TypeParam' && allTerms(x.type, (t) => underlying(t).kind === 'Map' || underlying(t).kind === 'Slice');
  if (u.kind !== 'Map' && u.kind !== 'Slice' && !each) {
    check.error(x.expr!.pos, `invalid argument: cannot clear ${check.op(x)}: argument must be (or constrained by) map or slice`);
    return invalidOperand(call);
  }
  recordBuiltinType(check, call.fun, undefined, [x.type]);
  return noValue(call);
}

function closeCall(check: Checker, call: ast.CallExpr, x: Operand): Operand {
  // each type of a type parameter's set must be a channel one may close (element types may differ)
  let us: (Type | undefined)[] = x.type.kind === 'TypeParam' ? (termTypes(x.type)?.map(underlying) ?? [undefined]) : [underlying(x.type)];
  if (us.length === 0) us = [undefined]; // an empty type set has no channel
  for (const u of us) {
    if (u?.kind !== 'Chan') {
      check.error(x.expr!.pos, `invalid operation: cannot close non-channel ${check.op(x)}`);
      return invalidOperand(call);
    }
    if (u.dir === 'recv') {
      check.error(x.expr!.pos, `invalid operation: cannot close receive-only channel ${check.op(x)}`);
      return invalidOperand(call);
    }
  }
  recordBuiltinType(check, call.fun, undefined, [x.type]);
  return noValue(call);
}

function complexCall(check: Checker, call: ast.CallExpr, x: Operand, y: Operand): Operand {
  const d = (isUntyped(x.type) ? 1 : 0) | (isUntyped(y.type) ? 2 : 0);
  if (d === 1) convertUntyped(check, x, y.type);
  else if (d === 2) convertUntyped(check, y, x.type);
  else if (d === 3) {
    if (x.mode === 'constant' && y.mode === 'constant') {
      for (const o of [x, y]) {
        if (isNumeric(o.type) && C.toFloat(o.val!).kind === 'float') o.type = Typ[BasicKind.UntypedFloat]!;
      }
    } else {
      convertUntyped(check, x, Typ[BasicKind.Float64]!);
      convertUntyped(check, y, Typ[BasicKind.Float64]!);
    }
  }
  if (x.mode === 'invalid' || y.mode === 'invalid') return invalidOperand(call);
  if (!identical(x.type, y.type)) {
    check.error(x.expr!.pos, `invalid operation: ${exprString(call)} (mismatched types ${check.ts(x.type)} and ${check.ts(y.type)})`);
    return invalidOperand(call);
  }
  if (typeParamArg(check, x, 'complex', (t) => isFloat(t))) return invalidOperand(call);
  const u = underlying(x.type);
  const k = u.kind === 'Basic' ? u.basic : BasicKind.Invalid;
  const res = k === BasicKind.Float32 ? Typ[BasicKind.Complex64] : k === BasicKind.Float64 ? Typ[BasicKind.Complex128] : k === BasicKind.UntypedFloat ? Typ[BasicKind.UntypedComplex] : undefined;
  if (!res) {
    check.error(x.expr!.pos, `invalid argument: arguments have type ${check.ts(x.type)}, expected floating-point`);
    return invalidOperand(call);
  }
  if (x.mode === 'constant' && y.mode === 'constant') {
    return { mode: 'constant', expr: call, type: res, val: C.makeComplex(x.val!, y.val!) };
  }
  recordBuiltinType(check, call.fun, res, [x.type, x.type]);
  return { mode: 'value', expr: call, type: res };
}

/**
 * typeParamArg reports a type parameter argument of real, imag or complex whose type set
 * would suit the builtin: gc does not support it (go.dev/issue/50937). Returns whether reported.
 */
function typeParamArg(check: Checker, x: Operand, name: string, ok: (t: Type) => boolean): boolean {
  if (x.type.kind !== 'TypeParam' || !allTerms(x.type, ok)) return false;
  check.softError(x.expr!.pos, `${check.op(x)} not supported as argument to built-in ${name} for go1.18 (see go.dev/issue/50937)`);
  return true;
}

function realImag(check: Checker, call: ast.CallExpr, id: 'real' | 'imag', x: Operand): Operand {
  if (isUntyped(x.type)) {
    if (x.mode === 'constant') {
      if (isNumeric(x.type)) x.type = Typ[BasicKind.UntypedComplex]!;
    } else {
      convertUntyped(check, x, Typ[BasicKind.Complex128]!);
      if (x.mode === 'invalid') return invalidOperand(call);
    }
  }
  if (typeParamArg(check, x, id, (t) => isComplex(t))) return invalidOperand(call);
  const u = underlying(x.type);
  const k = u.kind === 'Basic' ? u.basic : BasicKind.Invalid;
  const res = k === BasicKind.Complex64 ? Typ[BasicKind.Float32] : k === BasicKind.Complex128 ? Typ[BasicKind.Float64] : k === BasicKind.UntypedComplex ? Typ[BasicKind.UntypedFloat] : undefined;
  if (!res) {
    check.error(x.expr!.pos, `invalid argument: argument has type ${check.ts(x.type)}, expected complex type`);
    return invalidOperand(call);
  }
  if (x.mode === 'constant') {
    const c = C.toComplex(x.val!);
    const v = c.kind === 'complex' ? (id === 'real' ? c.re : c.im) : C.unknownVal;
    return { mode: 'constant', expr: call, type: res, val: v };
  }
  recordBuiltinType(check, call.fun, res, [x.type]);
  return { mode: 'value', expr: call, type: res };
}

function copyCall(check: Checker, call: ast.CallExpr, x: Operand, y: Operand): Operand {
  // special case: copy(bytes, s) with s of a string type (or string | []byte)
  const typesOf = (t: Type): (Type | undefined)[] => {
    const us = t.kind === 'TypeParam' ? (termTypes(t)?.map(underlying) ?? [undefined]) : [underlying(t)];
    return us.length === 0 ? [undefined] : us;
  };
  const byteSlice = (u: Type | undefined): boolean => u?.kind === 'Slice' && identical(u.elem, universeByte);
  const special = assignableTo(check, x, { kind: 'Slice', elem: universeByte }).ok && typesOf(y.type).every((u) => byteSlice(u) || (u !== undefined && isString(u)));
  if (!special) {
    // spec: all types of the arguments' type sets must have one underlying slice type []E
    const dst = sliceElem(check, x);
    if (typeof dst === 'string') {
      check.error(x.expr!.pos, `invalid copy: ${dst}`);
      return invalidOperand(call);
    }
    let src = sliceElem(check, y);
    if (typeof src === 'string') {
      if (!typesOf(y.type).every((u) => u !== undefined && isString(u))) {
        check.error(y.expr!.pos, `invalid copy: ${src}`);
        return invalidOperand(call);
      }
      src = universeByte; // a string: its bytes, for a better message
    }
    if (!identical(dst, src)) {
      check.error(x.expr!.pos, `invalid copy: arguments ${check.op(x)} and ${check.op(y)} have different element types ${check.ts(dst)} and ${check.ts(src)}`);
      return invalidOperand(call);
    }
  }
  if (isUntyped(y.type)) convertUntyped(check, y, Typ[BasicKind.String]!);
  recordBuiltinType(check, call.fun, intT(), [x.type, y.type]);
  return { mode: 'value', expr: call, type: intT() };
}

function deleteCall(check: Checker, call: ast.CallExpr, x: Operand, k: Operand): Operand {
  // every type of a type parameter's set must be a map, all with one key type (as types2)
  const us = x.type.kind === 'TypeParam' ? termTypes(x.type)?.map(underlying) ?? [undefined] : [underlying(x.type)];
  let key: Type | undefined;
  for (const u of us) {
    if (u?.kind !== 'Map') {
      check.error(x.expr!.pos, `invalid argument: ${check.op(x)} is not a map`);
      return invalidOperand(call);
    }
    if (key && !identical(u.key, key)) {
      check.error(x.expr!.pos, `invalid argument: maps of ${check.op(x)} must have identical key types`);
      return invalidOperand(call);
    }
    key = u.key;
  }
  if (!key) {
    check.error(x.expr!.pos, `invalid argument: ${check.op(x)} is not a map`);
    return invalidOperand(call);
  }
  assignment(check, k, key, 'argument to delete');
  if (k.mode === 'invalid') return invalidOperand(call);
  recordBuiltinType(check, call.fun, undefined, [x.type, key]);
  return noValue(call);
}

function makeCall(check: Checker, call: ast.CallExpr): Operand {
  const arg0 = call.args[0]!;
  const T = typExpr(check, arg0, false);
  if (!isValid(T)) {
    useExprs(check, call.args.slice(1));
    return invalidOperand(call);
  }
  // all types of a type parameter's set must share one underlying slice, map or channel type (as types2)
  const cu = commonUnder(T, (t) => check.ts(t), (_, u) => (!u ? 'no specific type' : u.kind === 'Slice' || u.kind === 'Map' || u.kind === 'Chan' ? undefined : 'type must be slice, map, or channel'));
  const u = cu.type;
  let min: number;
  if (u?.kind === 'Slice') min = 2;
  else if (u?.kind === 'Map' || u?.kind === 'Chan') min = 1;
  else {
    check.error(arg0.pos, `invalid argument: cannot make ${exprString(arg0)}: ${cu.err ?? 'type must be slice, map, or channel'}`);
    useExprs(check, call.args.slice(1));
    return invalidOperand(call);
  }
  const n = call.args.length;
  if (n < min || n > min + 1) {
    check.error(call.pos, `invalid operation: ${exprString(call)} expects ${min} or ${min + 1} arguments; found ${n}`);
    useExprs(check, call.args.slice(1));
    return invalidOperand(call);
  }
  const types: Type[] = [T];
  const sizes: number[] = [];
  for (const a of call.args.slice(1)) {
    const r = index(check, a, -1);
    types.push(r.type);
    if (r.value >= 0) sizes.push(r.value);
  }
  if (sizes.length === 2 && sizes[0]! > sizes[1]!) {
    check.error(call.args[1]!.pos, 'invalid argument: length and capacity swapped');
  }
  recordBuiltinType(check, call.fun, T, types);
  return { mode: 'value', expr: call, type: T };
}

function newCall(check: Checker, call: ast.CallExpr): Operand {
  const x = exprOrType(check, call.args[0]!);
  if (x.mode === 'invalid') return invalidOperand(call);
  // as gc: new's operand is a type or a value
  if (x.mode === 'novalue' || x.mode === 'builtin') {
    const s = exprString(call.args[0]!);
    check.error(x.expr!.pos, x.mode === 'novalue' ? `${s} (no value) used as value or type` : `${s} (built-in) must be called`);
    return invalidOperand(call);
  }
  if (x.mode === 'typexpr') {
    if (!nonGenericType(check, x)) return invalidOperand(call);
    notConstraint(check, call.args[0]!, x.type);
  }
  if (x.mode !== 'typexpr') {
    // Go 1.26: new(expr) allocates a variable initialized to expr
    assignment(check, x, undefined, 'argument to new');
    if (isInvalid(x)) return invalidOperand(call);
    verifyVersion(check, call.fun.pos, 26, `new(${exprString(call.args[0]!)})`);
  }
  const T = x.type;
  const P: Type = { kind: 'Pointer', elem: T };
  recordBuiltinType(check, call.fun, P, [T]);
  return { mode: 'value', expr: call, type: P };
}

function minMax(check: Checker, call: ast.CallExpr, id: 'min' | 'max', args: Operand[]): Operand {
  verifyVersion(check, call.fun.pos, 21, `built-in ${id}`);
  let x: Operand | undefined;
  for (const a of args) {
    if (!isOrdered(a.type)) {
      check.error(a.expr!.pos, `invalid argument: ${check.op(a)} cannot be ordered`);
      return invalidOperand(call);
    }
    if (!x) {
      x = { ...a };
      continue;
    }
    matchTypes(check, x, a);
    if (x.mode === 'invalid') return invalidOperand(call);
    if (!identical(x.type, a.type)) {
      check.error(a.expr!.pos, `invalid argument: mismatched types ${check.ts(x.type)} (previous argument) and ${check.ts(a.type)} (type of ${exprString(a.expr!)})`);
      return invalidOperand(call);
    }
    if (x.mode === 'constant' && a.mode === 'constant') {
      if (C.compare(a.val!, id === 'min' ? '<' : '>', x.val!)) x = { ...a };
    } else {
      x.mode = 'value';
    }
  }
  const r = x!;
  for (const a of args) updateExprType(check, a.expr, r.type, true);
  if (r.mode === 'constant') return { mode: 'constant', expr: call, type: r.type, val: r.val };
  recordBuiltinType(check, call.fun, r.type, args.map(() => r.type));
  return { mode: 'value', expr: call, type: r.type };
}

/** Sizes and offsets beyond the int64 range are "too large" (as gc's sizes, whatever the target). */
const maxSize = 2 ** 63 - 1;

function sizeAlign(check: Checker, call: ast.CallExpr, id: 'Sizeof' | 'Alignof', x: Operand): Operand {
  assignment(check, x, undefined, `argument to unsafe.${id}`);
  if (x.mode === 'invalid') return invalidOperand(call);
  if (hasVarSize(x.type)) {
    // spec: the size of a type parameter (or an array or struct containing one by value) is not a constant
    recordBuiltinType(check, call.fun, uintptrT(), [x.type]);
    return { mode: 'value', expr: call, type: uintptrT() };
  }
  const n = id === 'Sizeof' ? sizeof(x.type) : alignof(x.type);
  if (n > maxSize) {
    check.error(x.expr!.pos, `${check.op(x)} is too large`);
    return invalidOperand(call);
  }
  return { mode: 'constant', expr: call, type: uintptrT(), val: C.makeInt(BigInt(n)) };
}

/** hasVarSize reports whether the size of t depends on a type parameter (held by value, not through a pointer). */
function hasVarSize(t: Type, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  const u = underlying(t);
  switch (u.kind) {
    case 'TypeParam': return true;
    case 'Array': return hasVarSize(u.elem, seen);
    case 'Struct': return u.fields.some((f) => hasVarSize(f.type, seen));
    default: return false;
  }
}

function offsetof(check: Checker, call: ast.CallExpr): Operand {
  let arg = call.args[0]!;
  while (arg.kind === 'ParenExpr') arg = arg.x;
  if (arg.kind !== 'SelectorExpr') {
    check.error(arg.pos, `invalid argument: ${exprString(arg)} is not a selector expression`);
    useExprs(check, [arg]);
    return invalidOperand(call);
  }
  const x = rawExpr(check, arg);
  if (x.mode === 'invalid') return invalidOperand(call);
  const sel = check.info.selections.get(arg);
  if (!sel || sel.kind !== 'FieldVal') {
    check.error(arg.pos, `invalid argument: ${exprString(arg)} is a method value`);
    return invalidOperand(call);
  }
  // offset of the field within the struct x.f is selected from (through embedded fields, never through pointers)
  let t = sel.recv;
  if (t.kind === 'Pointer') t = t.elem;
  let off = 0;
  // spec: not a constant when a struct traversed has a variable size (it holds a type parameter by value)
  let variable = false;
  for (const [k, i] of sel.index.entries()) {
    const s = underlying(t);
    if (s.kind !== 'Struct') break;
    if (hasVarSize(s)) variable = true;
    else off += offsetsof(s)[i]!;
    t = s.fields[i]!.type;
    if (underlying(t).kind === 'Pointer' && k !== sel.index.length - 1) {
      check.error(arg.pos, `invalid argument: field ${arg.sel.name} is embedded via a pointer in ${exprString(arg.x)}`);
      return invalidOperand(call);
    }
  }
  if (variable) {
    recordBuiltinType(check, call.fun, uintptrT(), [x.type]);
    return { mode: 'value', expr: call, type: uintptrT() };
  }
  if (off > maxSize) {
    check.error(x.expr!.pos, `${check.op(x)} is too large`);
    return invalidOperand(call);
  }
  return { mode: 'constant', expr: call, type: uintptrT(), val: C.makeInt(BigInt(off)) };
}

function unsafeCall(check: Checker, call: ast.CallExpr, id: 'Add' | 'Slice' | 'SliceData' | 'String' | 'StringData', args: Operand[]): Operand {
  const x = args[0]!;
  verifyVersion(check, call.fun.pos, id === 'Add' || id === 'Slice' ? 17 : 20, `unsafe.${id}`);
  switch (id) {
    case 'Add': {
      assignment(check, x, unsafePtrT(), 'argument to unsafe.Add');
      if (x.mode === 'invalid') return invalidOperand(call);
      const y = args[1]!;
      if (!isValidIndex(check, y, 'length', true)) return invalidOperand(call);
      recordBuiltinType(check, call.fun, unsafePtrT(), [x.type, y.type]);
      return { mode: 'value', expr: call, type: unsafePtrT() };
    }
    case 'Slice': {
      const u = coreUnder(x.type);
      if (u.kind !== 'Pointer') {
        check.error(x.expr!.pos, `invalid argument: ${check.op(x)} is not a pointer`);
        return invalidOperand(call);
      }
      const y = args[1]!;
      if (!isValidIndex(check, y, 'length', false)) return invalidOperand(call);
      const T: Type = { kind: 'Slice', elem: u.elem };
      recordBuiltinType(check, call.fun, T, [x.type, y.type]);
      return { mode: 'value', expr: call, type: T };
    }
    case 'SliceData': {
      const u = coreUnder(x.type);
      if (u.kind !== 'Slice') {
        check.error(x.expr!.pos, `invalid argument: ${check.op(x)} is not a slice`);
        return invalidOperand(call);
      }
      const T: Type = { kind: 'Pointer', elem: u.elem };
      recordBuiltinType(check, call.fun, T, [x.type]);
      return { mode: 'value', expr: call, type: T };
    }
    case 'String': {
      const bp: Type = { kind: 'Pointer', elem: universeByte };
      assignment(check, x, bp, 'argument to unsafe.String');
      if (x.mode === 'invalid') return invalidOperand(call);
      const y = args[1]!;
      if (!isValidIndex(check, y, 'length', false)) return invalidOperand(call);
      recordBuiltinType(check, call.fun, Typ[BasicKind.String]!, [x.type, y.type]);
      return { mode: 'value', expr: call, type: Typ[BasicKind.String]! };
    }
    case 'StringData': {
      assignment(check, x, Typ[BasicKind.String]!, 'argument to unsafe.StringData');
      if (x.mode === 'invalid') return invalidOperand(call);
      const T: Type = { kind: 'Pointer', elem: universeByte };
      recordBuiltinType(check, call.fun, T, [x.type]);
      return { mode: 'value', expr: call, type: T };
    }
  }
}
