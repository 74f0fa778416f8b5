// This file implements the checking of identifiers used as operands:
// scope lookup, use recording, dependency recording for initialization
// order, iota, and the "used" mark of variables and package names.

import type * as ast from '../syntax/ast.js';
import { assertNever } from '../syntax/diagnostics.js';
import type { Checker } from './check.js';
import { objDecl, reportTypeCycle } from './decl.js';
import type { Scope } from './object.js';
import type { Operand } from './operand.js';
import { invalidOperand } from './operand.js';
import { isValid } from './predicates.js';
import { BasicKind } from './type.js';
import { Typ, universeIota } from './universe.js';
import { verifyVersion } from './version.js';

export function ident(check: Checker, e: ast.Ident): Operand {
  if (e.name === '_') {
    check.error(e.pos, 'cannot use _ as value or type');
    return invalidOperand(e);
  }
  const obj = check.env.scope.lookupParent(e.name);
  if (!obj) {
    check.error(e.pos, `undefined: ${e.name}`);
    return invalidOperand(e);
  }
  check.recordUse(e, obj);
  if (obj.pkg && obj.pkg !== check.pkg && obj.kind !== 'PkgName') {
    // an object of another package named without qualifier came through a dot import (of this file): it is used
    let s: Scope | undefined = check.env.scope;
    while (s && s.lookup(e.name) !== obj) s = s.parent;
    const dot = s ? check.dotImports.get(s)?.get(e.name) : undefined;
    if (dot) dot.used = true;
  }
  switch (obj.kind) {
    case 'PkgName':
      // as gc, this is no use of the import (which is then also "imported and not used")
      check.error(e.pos, `use of package ${obj.name} not in selector`);
      return invalidOperand(e);
    case 'Const': {
      if (obj === universeIota) {
        if (!check.env.iota) {
          check.error(e.pos, 'cannot use iota outside constant declaration');
          return invalidOperand(e);
        }
        return { mode: 'constant', expr: e, type: Typ[BasicKind.UntypedInt]!, val: check.env.iota };
      }
      objDecl(check, obj);
      check.addDep(obj);
      if (!isValid(obj.type)) return invalidOperand(e);
      return { mode: 'constant', expr: e, type: obj.type, val: obj.value };
    }
    case 'TypeName':
      if (!obj.pkg && (obj.name === 'any' || obj.name === 'comparable')) verifyVersion(check, e.pos, 18, `predeclared ${obj.name}`);
      objDecl(check, obj);
      if (!isValid(obj.type) && !check.objMap.has(obj) && check.objPath.includes(obj)) {
        // a local alias being declared: type T = T
        reportTypeCycle(check, check.objPath.slice(check.objPath.indexOf(obj)));
      }
      if (!isValid(obj.type)) return invalidOperand(e);
      return { mode: 'typexpr', expr: e, type: obj.type };
    case 'Var':
      if (obj.isGlobal) objDecl(check, obj);
      check.addDep(obj);
      if (obj.pkg === check.pkg) obj.used = true;
      if (!isValid(obj.type)) return invalidOperand(e);
      return { mode: 'variable', expr: e, type: obj.type };
    case 'Func':
      objDecl(check, obj);
      check.addDep(obj);
      return { mode: 'value', expr: e, type: obj.type };
    case 'Builtin':
      return { mode: 'builtin', expr: e, type: Typ[BasicKind.Invalid]!, builtin: obj.builtin };
    case 'Nil':
      return { mode: 'value', expr: e, type: Typ[BasicKind.UntypedNil]! };
    case 'Label':
      check.error(e.pos, `undefined: ${e.name}`);
      return invalidOperand(e);
    default:
      return assertNever(obj);
  }
}
