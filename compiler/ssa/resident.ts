// This file implements the syntactic pre-scans that decide how variables are
// accessed: `capturedOrAddressed` finds variables used inside closures or
// whose address is taken (&x, &x.f, pointer-method calls x.M(), array slicing
// x[:]); `residentVars` adds the variables whose parts are assigned (x.f = v,
// x[i]++). Other struct variables are read by value (Field of the loaded
// struct), which lets lifting keep them in registers.

import type * as ast from '../syntax/ast.js';
import type { Var } from '../types/object.js';
import type { Type } from '../types/type.js';
import type { FunctionBuilder } from './func.js';
import { recordedType, unparen } from './build-expr.js';
import { selectionOf } from './build-selector.js';
import { children, type Walkable } from './walk.js';
import { isPointerType, underlying } from './typeutil.js';

interface Scan {
  readonly fb: FunctionBuilder;
  readonly wanted: ReadonlySet<Var> | undefined; // undefined: every local variable
  readonly lvalues: boolean; // whether assigned parts make a variable resident
  readonly out: Set<Var>;
}

function isArrayExpr(fb: FunctionBuilder, e: ast.Expr): boolean {
  const tv = recordedType(fb, e);
  return !!tv && underlying(tv.type).kind === 'Array';
}

function exprType(fb: FunctionBuilder, e: ast.Expr): Type | undefined {
  return recordedType(fb, e)?.type;
}

/** scan walks n; `addr` is true when n's value is used by address (its root variable is addressed). */
function scan(s: Scan, n: Walkable, inClosure: boolean, addr: boolean): void {
  const { fb } = s;
  switch (n.kind) {
    case 'Ident': {
      const o = fb.info.uses.get(n) ?? fb.info.defs.get(n);
      if (o?.kind === 'Var' && !o.isGlobal && (!s.wanted || s.wanted.has(o)) && (inClosure || addr)) s.out.add(o);
      return;
    }
    case 'FuncLit':
      scan(s, n.body, true, false);
      return;
    case 'UnaryExpr':
      scan(s, n.x, inClosure, n.op === '&');
      return;
    case 'ParenExpr':
      scan(s, n.x, inClosure, addr);
      return;
    case 'SelectorExpr': {
      const sel = selectionOf(fb, n);
      let a = false;
      // &p.f through a pointer p addresses the pointee, not the variable p
      if (sel?.kind === 'FieldVal') {
        const xt = exprType(fb, n.x);
        a = addr && !(xt && isPointerType(xt));
      }
      else if (sel?.kind === 'MethodVal' && sel.obj.kind === 'Func') {
        const recv = sel.obj.type.recv;
        const xt = exprType(fb, n.x);
        a = !!recv && isPointerType(recv.type) && !!xt && !isPointerType(xt);
      }
      scan(s, n.x, inClosure, a);
      return;
    }
    case 'IndexExpr':
      scan(s, n.x, inClosure, addr && isArrayExpr(fb, n.x));
      for (const i of n.indices) scan(s, i, inClosure, false);
      return;
    case 'SliceExpr':
      scan(s, n.x, inClosure, isArrayExpr(fb, n.x));
      for (const b of [n.low, n.high, n.max]) if (b) scan(s, b, inClosure, false);
      return;
    case 'AssignStmt':
      for (const l of n.lhs) scan(s, l, inClosure, s.lvalues && unparen(l).kind !== 'Ident');
      for (const r of n.rhs) scan(s, r, inClosure, false);
      return;
    case 'IncDecStmt':
      scan(s, n.x, inClosure, s.lvalues && unparen(n.x).kind !== 'Ident');
      return;
    case 'RangeStmt':
      for (const k of [n.key, n.value]) if (k) scan(s, k, inClosure, s.lvalues && unparen(k).kind !== 'Ident');
      scan(s, n.x, inClosure, false);
      scan(s, n.body, inClosure, false);
      return;
    default:
      for (const c of children(n)) scan(s, c, inClosure, false);
  }
}

/** capturedOrAddressed returns the variables of `wanted` captured by a closure or addressed under the nodes. */
export function capturedOrAddressed(fb: FunctionBuilder, nodes: Walkable[], wanted: ReadonlySet<Var>): Set<Var> {
  const s: Scan = { fb, wanted, lvalues: false, out: new Set() };
  for (const n of nodes) scan(s, n, false, false);
  return s.out;
}

/** residentVars returns the local variables of a body that must be accessed through their address. */
export function residentVars(fb: FunctionBuilder, body: ast.BlockStmt): Set<Var> {
  const s: Scan = { fb, wanted: undefined, lvalues: true, out: new Set() };
  scan(s, body, false, false);
  return s.out;
}
