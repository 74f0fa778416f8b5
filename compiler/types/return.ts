// This file implements the spec's "Terminating statements" rules, used for
// the "missing return" check, and the break analysis they rely on.

import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';

export function isTerminating(check: Checker, s: ast.Stmt, label: string | undefined): boolean {
  switch (s.kind) {
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'ExprStmt': {
      let e = s.x;
      while (e.kind === 'ParenExpr') e = e.x;
      if (e.kind !== 'CallExpr') return false;
      let f = e.fun;
      while (f.kind === 'ParenExpr') f = f.x;
      if (f.kind !== 'Ident') return false;
      const obj = check.info.uses.get(f);
      return obj?.kind === 'Builtin' && obj.builtin === 'panic';
    }
    case 'BlockStmt':
      return isTerminatingList(check, s.stmts, undefined);
    case 'IfStmt':
      return s.else !== undefined && isTerminating(check, s.body, undefined) && isTerminating(check, s.else, undefined);
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
      return isTerminatingSwitch(check, s.body, label);
    case 'SelectStmt':
      return s.body.every((c) => isTerminatingList(check, c.body, undefined) && !hasBreakList(c.body, label, true));
    case 'ForStmt':
      return s.cond === undefined && !hasBreak(s.body, label, true);
    case 'LabeledStmt':
      return isTerminating(check, s.stmt, s.label.name);
    default:
      return false;
  }
}

function isTerminatingList(check: Checker, list: ast.Stmt[], label: string | undefined): boolean {
  let i = list.length - 1;
  while (i >= 0 && list[i]!.kind === 'EmptyStmt') i--;
  return i >= 0 && isTerminating(check, list[i]!, label);
}

function isTerminatingSwitch(check: Checker, body: ast.CaseClause[], label: string | undefined): boolean {
  let hasDefault = false;
  for (const c of body) {
    if (c.isDefault) hasDefault = true;
    if (!isTerminatingList(check, c.body, undefined) || hasBreakList(c.body, label, true)) return false;
  }
  return hasDefault;
}

/** hasBreak reports whether s contains a break that refers to the enclosing statement (implicit: unlabeled breaks count). */
function hasBreak(s: ast.Stmt, label: string | undefined, implicit: boolean): boolean {
  switch (s.kind) {
    case 'BranchStmt':
      if (s.tok !== 'break') return false;
      if (!s.label) return implicit;
      return s.label.name === label;
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'BlockStmt':
      return hasBreakList(s.stmts, label, implicit);
    case 'IfStmt':
      return hasBreak(s.body, label, implicit) || (s.else !== undefined && hasBreak(s.else, label, implicit));
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
      return label !== undefined && s.body.some((c) => hasBreakList(c.body, label, false));
    case 'SelectStmt':
      return label !== undefined && s.body.some((c) => hasBreakList(c.body, label, false));
    case 'ForStmt':
    case 'RangeStmt':
      return label !== undefined && hasBreak(s.body, label, false);
    default:
      return false;
  }
}

function hasBreakList(list: ast.Stmt[], label: string | undefined, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}
