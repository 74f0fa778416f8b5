// This file resolves the labels of a function body: it records a Label
// object for each labeled statement (Info.defs) and the label uses of
// break/continue/goto (Info.uses). As in gc, the branch errors themselves
// (undefined, unused or duplicate labels, misplaced break/continue/goto) are
// reported by the parser (syntax/branches.ts), so none are reported here.

import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import type { Label } from './object.js';

export function labels(check: Checker, body: ast.BlockStmt): void {
  const all = new Map<string, Label>();
  const branches: ast.BranchStmt[] = [];
  const walkList = (list: ast.Stmt[]): void => list.forEach(walk);
  const walk = (s: ast.Stmt): void => {
    switch (s.kind) {
      case 'LabeledStmt': {
        const name = s.label.name;
        if (name !== '_' && !all.has(name)) {
          const obj: Label = { kind: 'Label', name, pos: s.label.pos, pkg: check.pkg };
          all.set(name, obj);
          check.recordDef(s.label, obj);
        }
        walk(s.stmt);
        return;
      }
      case 'BranchStmt':
        if (s.label) branches.push(s);
        return;
      case 'BlockStmt':
        walkList(s.stmts);
        return;
      case 'IfStmt':
        walk(s.body);
        if (s.else) walk(s.else);
        return;
      case 'ForStmt':
      case 'RangeStmt':
        walkList(s.body.stmts);
        return;
      case 'SwitchStmt':
      case 'TypeSwitchStmt':
      case 'SelectStmt':
        for (const c of s.body) walkList(c.body);
        return;
      default:
        return;
    }
  };
  walkList(body.stmts);
  for (const s of branches) {
    const obj = all.get(s.label!.name);
    if (!obj) continue;
    obj.used = true;
    check.recordUse(s.label!, obj);
  }
}
