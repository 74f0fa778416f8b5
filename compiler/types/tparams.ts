// This file implements type parameter lists (of generic functions, types and
// the receivers of their methods), constraints (`any`, interfaces, and the
// shorthand `[T ~int | string]`), and union type terms `~T | U` in interfaces.

import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { declare } from './decl.js';
import type { TypeName } from './object.js';
import { identical, isValid, underlying } from './predicates.js';
import type { Interface, Type, TypeParam, Union } from './type.js';
import { typExpr } from './typexpr.js';
import { emptyInterface, invalidType, universeComparable } from './universe.js';
import { typeSet } from './typeparams/typeset.js';
import { pathQualifier, typeStringForMessage } from './typestring.js';

/** declareTypeParams declares the type parameters of a list in the current scope and resolves their constraints. */
export function declareTypeParams(check: Checker, fields: ast.Field[], into?: TypeParam[]): TypeParam[] {
  const tparams: TypeParam[] = into ?? [];
  // spec: "The scope of an identifier denoting a type parameter of a function or generic type
  // begins after the name of the function/type": all names are declared before any constraint.
  for (const f of fields) {
    for (const n of f.names) {
      const obj: TypeName = { kind: 'TypeName', name: n.name, pos: n.pos, pkg: check.pkg, type: invalidType, isAlias: false };
      const tp: TypeParam = { kind: 'TypeParam', obj, index: tparams.length, constraint: emptyInterface };
      obj.type = tp;
      declare(check, n, obj);
      tparams.push(tp);
    }
  }
  let i = 0;
  const saved = check.inTParamList;
  check.inTParamList = true;
  try {
    for (const f of fields) {
      const bound = boundType(check, f.type);
      for (let k = 0; k < f.names.length; k++) tparams[i++]!.constraint = bound;
    }
  } finally {
    check.inTParamList = saved;
  }
  return tparams;
}

/** newTypeParams creates type parameters named like those of a generic type, for a method receiver `(r T[P, Q])`. */
export function newTypeParam(check: Checker, id: ast.Ident, index: number): TypeParam {
  const obj: TypeName = { kind: 'TypeName', name: id.name, pos: id.pos, pkg: check.pkg, type: invalidType, isAlias: false };
  const tp: TypeParam = { kind: 'TypeParam', obj, index, constraint: emptyInterface };
  obj.type = tp;
  if (id.name !== '_') declare(check, id, obj);
  else check.recordDef(id, obj);
  return tp;
}

export function isTypeTermExpr(e: ast.Expr): boolean {
  return (e.kind === 'BinaryExpr' && e.op === '|') || (e.kind === 'UnaryExpr' && e.op === '~');
}

function implicitInterface(t: Type): Interface {
  return { kind: 'Interface', methods: [], embeddeds: [t], allMethods: [], implicit: true };
}

/** boundType evaluates a type parameter's constraint. */
function boundType(check: Checker, e: ast.Expr): Type {
  // spec: "[T ~int] is shorthand for [T interface{~int}]"
  if (isTypeTermExpr(e)) return implicitInterface(unionType(check, e));
  const t = check.inConstraint(() => typExpr(check, e, false));
  if (!isValid(t)) return emptyInterface;
  if (t.kind === 'TypeParam') {
    check.error(e.pos, `cannot use a type parameter as constraint`);
    return emptyInterface;
  }
  if (underlying(t).kind !== 'Interface') return implicitInterface(t);
  return t;
}

/** maxTermCount limits the terms of a union (and of its type set), as in gc. */
const maxTermCount = 100;

/** unionType evaluates a term list `~A | B | ...` (a single term too). */
export function unionType(check: Checker, e: ast.Expr): Type {
  const exprs: ast.Expr[] = [];
  const unions: ast.Expr[] = [];
  const flatten = (x: ast.Expr): void => {
    if (x.kind === 'BinaryExpr' && x.op === '|') {
      unions.push(x);
      flatten(x.x);
      flatten(x.y);
    } else exprs.push(x);
  };
  flatten(e);
  const terms: { tilde: boolean; type: Type }[] = [];
  const exprOf: ast.Expr[] = [];
  let tooMany = false;
  for (const x of exprs) {
    if (terms.length >= maxTermCount) {
      // as gc: an implementation limit
      if (!tooMany) check.error(x.pos, `cannot handle more than ${maxTermCount} union terms (implementation limitation)`);
      tooMany = true;
      continue;
    }
    const tilde = x.kind === 'UnaryExpr' && x.op === '~';
    const te = tilde ? (x as ast.UnaryExpr).x : x;
    const t = check.inConstraint(() => typExpr(check, te, false));
    if (!isValid(t)) continue;
    if (t.kind === 'TypeParam') {
      if (tilde || exprs.length > 1) {
        check.error(te.pos, tilde ? `type in term ~${check.ts(t)} cannot be a type parameter` : `term cannot be a type parameter`);
        continue;
      }
    }
    terms.push({ tilde, type: t });
    exprOf.push(x);
    // Info: a ~T term is recorded as a one-term union
    if (tilde) check.recordTypeAndValue(x, 'typexpr', { kind: 'Union', terms: [{ tilde, type: t }] }, undefined);
  }
  if (tooMany) return invalidType;
  const u: Union = { kind: 'Union', terms };
  for (const x of unions) check.recordTypeAndValue(x, 'typexpr', u, undefined);
  check.later(() => {
    // the union's type set (embedded interfaces' terms included) is limited too
    if (exprs.length > 1) {
      const n = typeSet({ kind: 'Interface', methods: [], embeddeds: [u], allMethods: [] }).terms?.length ?? 0;
      if (n > maxTermCount) check.error(e.pos, `cannot handle more than ${maxTermCount} union terms (implementation limitation)`);
    }
    terms.forEach((term, i) => {
      const x = exprOf[i]!;
      const ut = underlying(term.type);
      if (term.tilde && ut.kind === 'Interface') {
        check.error(x.pos, `invalid use of ~ (${check.ts(term.type)} is an interface)`);
        return;
      }
      if (term.tilde && !identical(ut, term.type)) {
        check.error(x.pos, `invalid use of ~ (underlying type of ${check.ts(term.type)} is ${check.ts(ut)})`);
        return;
      }
      if (ut.kind === 'Interface') {
        // (as gc, the term prints package-qualified: p.M)
        const tn = typeStringForMessage(term.type, pathQualifier);
        if (terms.length > 1 && typeSet(ut).methods.length > 0) {
          check.error(x.pos, `cannot use ${tn} in union (${tn} contains methods)`);
          return;
        }
        if (term.type === universeComparable) {
          check.error(x.pos, `cannot use comparable in union`);
          return;
        }
        if (typeSet(ut).comparable && terms.length > 1) {
          check.error(x.pos, `cannot use ${tn} in union (${tn} embeds comparable)`);
          return;
        }
      }
      for (let j = 0; j < i; j++) {
        const o = terms[j]!;
        if (underlying(o.type).kind === 'Interface' || ut.kind === 'Interface') continue;
        const a = o.tilde ? o.type : undefined;
        const overlap = identical(o.type, term.type) || (o.tilde && identical(underlying(term.type), o.type)) || (term.tilde && identical(underlying(o.type), term.type));
        if (overlap) {
          // as gc, terms print with package-qualified names (p.MyInt)
          const ts = (t: { tilde: boolean; type: Type }): string => (t.tilde ? '~' : '') + typeStringForMessage(t.type, pathQualifier);
          check.error(x.pos, `overlapping terms ${ts(term)} and ${ts(o)}`);
          void a;
          return;
        }
      }
    });
  });
  if (terms.length === 1 && !terms[0]!.tilde) return terms[0]!.type;
  return u;
}
