// This file checks that Info is complete for the SSA builder on the golden
// programs: every expression has a recorded, final (typed) type, every
// identifier is in defs or uses, and every selector has a Selection.

import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type * as ast from '../syntax/ast.js';
import { isUntyped } from './predicates.js';
import { areaPrograms, checkProgram, programsIn } from './testutil.js';
import type { Checked } from './testutil.js';

const root = join(import.meta.dirname, '..', '..');


type AnyNode = { kind: string; pos: number } & Record<string, unknown>;

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';
}

const exprKinds = new Set([
  'Ident', 'BasicLit', 'CompositeLit', 'FuncLit', 'ParenExpr', 'SelectorExpr', 'IndexExpr', 'SliceExpr', 'TypeAssertExpr',
  'CallExpr', 'StarExpr', 'UnaryExpr', 'BinaryExpr', 'ArrayType', 'StructType', 'FuncType', 'InterfaceType', 'MapType', 'ChanType',
]);

/** problems lists expressions and identifiers missing from Info. */
function problems(r: Checked, file: ast.File): string[] {
  const out: string[] = [];
  const info = r.info;
  const where = (n: AnyNode): string => r.fset.format(n.pos);
  // constant sub-expressions may stay untyped (Go records them so too); only their root needs a final type
  const insideConst = new Set<AnyNode>();
  const visit = (n: AnyNode, parent: AnyNode | undefined, field: string): void => {
    const tv = info.types.get(n as unknown as ast.Expr);
    if (n.kind === 'Ident') {
      const id = n as unknown as ast.Ident;
      const isDecl = info.defs.has(id);
      const isUse = info.uses.has(id);
      const skip = id.name === '_' || parent?.kind === 'ImportSpec' || (parent?.kind === 'File' && field === 'pkgName') || (parent?.kind === 'TypeSwitchStmt');
      if (!isDecl && !isUse && !skip) out.push(`${where(n)}: identifier ${id.name} neither defined nor used`);
      if (isUse && !tv && !(parent?.kind === 'SelectorExpr' && field === 'sel') && !(parent?.kind === 'KeyValueExpr' && field === 'key') &&
          !(parent?.kind === 'BranchStmt') && info.uses.get(id)?.kind !== 'PkgName' && info.uses.get(id)?.kind !== 'Builtin') {
        out.push(`${where(n)}: identifier ${id.name} has no type`);
      }
    } else if (exprKinds.has(n.kind)) {
      const elidedOk = n.kind === 'TypeAssertExpr' && parent?.kind === 'AssignStmt';
      // struct tags are not expressions (go/types does not record them either)
      const sigType = (n.kind === 'FuncType' && (parent?.kind === 'FuncDecl' || parent?.kind === 'FuncLit')) || parent?.kind === 'ImportSpec' || (parent?.kind === 'Field' && field === 'tag');
      if (!tv && !elidedOk && !sigType && !(parent?.kind === 'ExprStmt' && n.kind === 'TypeAssertExpr')) out.push(`${where(n)}: ${n.kind} has no type`);
    }
    if (tv && isUntyped(tv.type) && !insideConst.has(n) && tv.mode !== 'constant') {
      out.push(`${where(n)}: ${n.kind} recorded with untyped type ${tv.type.kind === 'Basic' ? tv.type.name : ''}`);
    }
    if (n.kind === 'SelectorExpr') {
      const s = n as unknown as ast.SelectorExpr;
      const x = s.x.kind === 'Ident' ? info.uses.get(s.x) : undefined;
      if (x?.kind !== 'PkgName' && !info.selections.has(s)) out.push(`${where(n)}: selector without Selection`);
    }
    for (const [k, v] of Object.entries(n)) {
      const kids = Array.isArray(v) ? v : [v];
      for (const c of kids) {
        if (!isNode(c)) continue;
        if (tv?.mode === 'constant') insideConst.add(c);
        if (insideConst.has(n)) insideConst.add(c);
        visit(c, n, k);
      }
    }
  };
  visit(file as unknown as AnyNode, undefined, '');
  return out;
}

describe('Info is complete on the golden programs', () => {
  const all = [...programsIn(join(root, 'testdata')), ...areaPrograms(join(import.meta.dirname, 'testdata'))];
  // programs with an .exit file fail to build or run: only the ones that exit normally are checked here
  for (const prog of all.filter((p) => !existsSync(p.path.replace(/\.go$/, '') + '.exit'))) {
    const rel = relative(root, prog.path);
    test(rel, () => {
      const r = checkProgram(prog.files);
      expect(r.errors).toBe('');
      for (const f of r.files) expect(problems(r, f)).toEqual([]);
    });
  }
});
