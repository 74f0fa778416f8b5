// This file implements the builder's side of generics, by instantiation: a
// reference to a generic function (F, pkg.F, F[int], with Info.instances on
// its identifier) becomes the Function of that instantiation (created on
// demand by ProgramBuilder.instantiate, its body built later with a
// substitution map); inside an instantiation, method selections are resolved
// again on the substituted receiver type, so that x.M() on a type-parameter
// value calls the concrete method (or invokes it when the argument is an
// interface type).

import type * as ast from '../syntax/ast.js';
import type { Selection } from '../types/info.js';
import { lookupFieldOrMethod } from '../types/index.js';
import type { Function } from './ir.js';
import type { FunctionBuilder } from './func.js';
import { unparen } from './build-expr.js';

/** instanceIdent returns the identifier of a generic function reference: F, pkg.F, F[T], pkg.F[T]. */
function instanceIdent(fb: FunctionBuilder, e0: ast.Expr): ast.Ident | undefined {
  let e = unparen(e0);
  if (e.kind === 'IndexExpr') e = unparen(e.x);
  if (e.kind === 'Ident') return e;
  if (e.kind === 'SelectorExpr' && !fb.info.selections.get(e)) return e.sel;
  return undefined;
}

/** genericFunc returns the instantiation e refers to, when e names an instantiated generic function. */
export function genericFunc(fb: FunctionBuilder, e: ast.Expr): Function | undefined {
  const id = instanceIdent(fb, e);
  if (!id) return undefined;
  const inst = fb.info.instances.get(id);
  const obj = fb.info.uses.get(id);
  if (!inst || obj?.kind !== 'Func') return undefined;
  return fb.prog.instantiate(obj, inst.typeArgs.map((t) => fb.typ(t)), id.pos);
}

/** concreteSelection returns sel with its types substituted and, for methods, the method found again
 * on the substituted receiver type (in an instantiation); it returns sel itself elsewhere. */
export function concreteSelection(fb: FunctionBuilder, sel: Selection, name: string, addressable: boolean): Selection {
  if (!fb.subst) return sel;
  const recv = fb.typ(sel.recv);
  const type = fb.typ(sel.type);
  if (sel.kind === 'FieldVal') return recv === sel.recv && type === sel.type ? sel : { ...sel, recv, type };
  const r = lookupFieldOrMethod(recv, addressable || sel.kind === 'MethodExpr', sel.obj.pkg, name);
  if (r.kind !== 'found' || r.obj.kind !== 'Func') return { ...sel, recv, type };
  return { ...sel, recv, type, obj: r.obj, index: r.index, indirect: r.indirect };
}
