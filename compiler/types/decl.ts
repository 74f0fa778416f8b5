// This file implements declarations: lazy checking of package-level objects
// (objDecl with cycle detection), constant, variable, type and function
// declarations, function literals, and declarations inside function bodies.

import type * as ast from '../syntax/ast.js';
import { UnsupportedError } from '../syntax/diagnostics.js';
import { assignment, initVars, initVar } from './assignments.js';
import type { Checker, DeclInfo } from './check.js';
import { expr } from './expr.js';
import { exprString } from './exprstring.js';
import type { ConstObj, Func, Obj, TypeName, Var } from './object.js';
import { Scope } from './object.js';
import { beginGeneric, endGeneric, inheritUnderlying } from './instantiate.js';
import { declareTypeParams } from './tparams.js';
import { verifyVersion } from './version.js';
import { cycleError, validCycle, validType } from './cycles.js';
import type { Operand } from './operand.js';
import { isInvalid, invalidOperand } from './operand.js';
import { isConstType, isValid, underlying } from './predicates.js';
import { funcType } from './signature.js';
import { funcBody } from './stmt.js';
import type { Named, Type, TypeParam } from './type.js';
import { definedType, typExpr } from './typexpr.js';
import { invalidType } from './universe.js';
import * as C from './const-arith.js';

/** objDecl type-checks the declaration of a package-level object if not done yet. */
export function objDecl(check: Checker, obj: Obj): void {
  const d = check.objMap.get(obj);
  if (!d) return; // local object, universe object or object of another package
  const color = check.objColor.get(obj);
  if (color === 'black') return;
  if (color === 'grey') {
    // As types2, a function (its signature is known from the start there) and a value whose
    // type is known are not checked again: no cycle to report through them here.
    if (obj.kind === 'Func' || ((obj.kind === 'Const' || obj.kind === 'Var') && isValid(obj.type))) return;
    // a cycle: permitted (type T *T), or reported by validCycle (values are reported with the initialization order)
    const ok = validCycle(check, obj);
    if ((obj.kind === 'Const' || obj.kind === 'Var') && (!ok || !isValid(obj.type))) obj.type = invalidType;
    else if (obj.kind === 'TypeName' && !ok) obj.type = invalidType;
    return;
  }
  check.objColor.set(obj, 'grey');
  check.objPath.push(obj);
  const savedTParamList = check.inTParamList; // (part of the environment, as in types2)
  check.inTParamList = false;
  try {
    // (as types2, a function's signature records no dependencies for the initialization order: only its body does)
    const env = { decl: obj.kind === 'Func' ? undefined : d, scope: d.fileScope, iota: undefined, sig: undefined, funcBody: undefined, errpos: undefined };
    check.withEnv(env, () => {
      switch (obj.kind) {
        case 'Const':
          constDecl(check, obj, d.vtype, d.init, d.iota ?? 0, d.inherited ?? false);
          break;
        case 'Var':
          varDecl(check, obj, d.lhs, d.vtype, d.init);
          break;
        case 'TypeName':
          typeDecl(check, obj, d.tdecl!);
          break;
        case 'Func':
          funcDecl(check, obj, d);
          break;
        default:
          break;
      }
    });
  } finally {
    check.inTParamList = savedTParamList;
    check.objPath.pop();
    check.objColor.set(obj, 'black');
  }
}

/** reportTypeCycle reports an invalid recursive type, as gc words it. */
export function reportTypeCycle(check: Checker, cycle: Obj[]): void {
  cycleError(check, cycle, 0);
}

// ---------------------------------------------------------------------------
// Constants

export function constDecl(check: Checker, obj: ConstObj, typ: ast.Expr | undefined, init: ast.Expr | undefined, iota: number, inherited: boolean): void {
  check.withEnv({ iota: C.makeInt(BigInt(iota)), errpos: inherited ? obj.pos : undefined }, () => {
    let t: Type | undefined;
    if (typ) {
      t = typExpr(check, typ, false);
      if (!isConstType(t)) {
        // (not for a defined type whose underlying type is invalid: reported, or a C type)
        if (isValid(underlying(t))) check.error(typ.pos, `invalid constant type ${check.ts(t)}`);
        obj.type = invalidType;
        return;
      }
      obj.type = t;
    }
    const x = init ? expr(check, init) : invalidOperand();
    initConst(check, obj, x, t !== undefined);
  });
}

function initConst(check: Checker, obj: ConstObj, x: Operand, typed: boolean): void {
  // as gc, a constant with a declared type keeps it when its value is invalid (its value is unknown)
  if (x.mode === 'invalid' || !isValid(x.type) || (typed && !isValid(obj.type))) {
    if (!typed) obj.type = invalidType;
    return;
  }
  if (x.mode !== 'constant') {
    check.error(x.expr!.pos, `${check.op(x)} is not constant`);
    obj.type = invalidType;
    return;
  }
  if (!typed) obj.type = x.type;
  assignment(check, x, obj.type, 'constant declaration');
  if (isInvalid(x)) {
    if (!typed) obj.type = invalidType;
    return;
  }
  obj.value = x.val!;
}

// ---------------------------------------------------------------------------
// Variables

export function varDecl(check: Checker, obj: Var, lhs: Var[] | undefined, typ: ast.Expr | undefined, init: ast.Expr | undefined): void {
  let t: Type | undefined;
  if (typ) {
    t = typExpr(check, typ, false);
    for (const v of lhs ?? [obj]) v.type = t;
    // the variables declared together have their type now: a use of one in the initializer does
    // not declare it again (its type expression would be evaluated, and reported, twice)
    for (const v of lhs ?? []) if (v !== obj) check.objColor.set(v, 'black');
  }
  if (!init) {
    if (!typ) obj.type = invalidType;
    return;
  }
  if (!lhs || lhs.length === 1) {
    const x = expr(check, init, t, obj.name);
    initVar(check, obj, x, 'variable declaration', t !== undefined);
    return;
  }
  initVars(check, lhs, [init], t !== undefined, undefined);
  // mark all lhs as checked: they share this declaration
  for (const v of lhs) if (v !== obj) check.objColor.set(v, 'black');
}

// ---------------------------------------------------------------------------
// Types

export function typeDecl(check: Checker, obj: TypeName, spec: ast.TypeSpec): void {
  const tparam0 = spec.typeParams?.[0];
  if (spec.assign) {
    // the highest requirement first, as gc
    if (!tparam0 || verifyVersion(check, tparam0.pos, 23, 'generic type alias')) verifyVersion(check, spec.pos, 9, 'type alias');
  } else if (tparam0) {
    verifyVersion(check, tparam0.pos, 18, 'type parameter');
  }
  if (spec.typeParams && spec.typeParams.length > 0) {
    if (spec.assign) genericAliasDecl(check, obj, spec);
    else genericTypeDecl(check, obj, spec);
    return;
  }
  if (spec.assign) {
    obj.type = invalidType;
    // an alias may denote a constraint interface (type C = comparable)
    obj.type = check.inConstraint(() => typExpr(check, spec.type, false));
    return;
  }
  const named: Named = { kind: 'Named', obj, underlying: invalidType, methods: [] };
  obj.type = named;
  const rhs = definedType(check, spec.type, named);
  named.rhs = rhs;
  let u = underlying(rhs);
  if (u.kind === 'Named') u = invalidType;
  setUnderlying(named, u);
  if (rhs.kind === 'Named') inheritUnderlying(named, rhs);
  if (rhs.kind === 'Named' && !isValid(rhs.underlying) && check.objPath.includes(rhs.obj) && !check.objMap.has(obj)) {
    // a local type T T: the right-hand side is still being declared (package-level ones: directCycles)
    reportTypeCycle(check, check.objPath.slice(check.objPath.indexOf(rhs.obj)));
    return;
  }
  if (rhs.kind === 'Named' && !isValid(rhs.underlying) && !rhs.origin) {
    // type T2 T1 while T1 is still being declared (type T1 struct{ next *T2 }): T2 gets T1's
    // underlying type once T1 has it
    const ws = underlyingWaiters.get(rhs);
    if (ws) ws.push(named);
    else underlyingWaiters.set(rhs, [named]);
  }
  validType(check, named);
  collectMethods(check, obj, named);
}

/** Defined types waiting for the underlying type of the type they are defined from. */
const underlyingWaiters = new WeakMap<Named, Named[]>();

/** setUnderlying sets a defined type's underlying type, and that of the types defined from it that
 * were waiting for it. */
function setUnderlying(named: Named, u: Type): void {
  named.underlying = u;
  if (!isValid(u)) return;
  const ws = underlyingWaiters.get(named);
  if (!ws) return;
  underlyingWaiters.delete(named);
  for (const w of ws) if (!isValid(w.underlying)) setUnderlying(w, u);
}

/** genericAliasDecl declares `type A[P C] = rhs` (Go 1.24): instantiating A substitutes into rhs. */
function genericAliasDecl(check: Checker, obj: TypeName, spec: ast.TypeSpec): void {
  const scope = new Scope(check.env.scope, `type ${obj.name}`);
  check.recordScope(spec, scope);
  obj.type = invalidType;
  check.withEnv({ scope }, () => {
    obj.typeParams = declareTypeParams(check, spec.typeParams!);
    const rhs = typExpr(check, spec.type, false);
    // (a type parameter of an enclosing function is fine: type C[Q any] = P)
    if (rhs.kind === 'TypeParam' && obj.typeParams!.includes(rhs)) {
      check.error(spec.type.pos, `cannot use type parameter declared in alias declaration as RHS`);
      return;
    }
    obj.type = rhs;
  });
}

/** genericTypeDecl declares `type T[P C, ...] rhs`: the type parameters live in a scope of their own. */
function genericTypeDecl(check: Checker, obj: TypeName, spec: ast.TypeSpec): void {
  const scope = new Scope(check.env.scope, `type ${obj.name}`);
  check.recordScope(spec, scope);
  const tparams: TypeParam[] = [];
  const named: Named = { kind: 'Named', obj, underlying: invalidType, methods: [], typeParams: tparams };
  obj.type = named;
  beginGeneric(named);
  try {
    check.withEnv({ scope }, () => {
      declareTypeParams(check, spec.typeParams!, tparams);
      const rhs = definedType(check, spec.type, named);
      named.rhs = rhs;
      let u = underlying(rhs);
      if (u.kind === 'Named' || u.kind === 'TypeParam') {
        if (rhs.kind === 'TypeParam') check.error(spec.type.pos, `cannot use a type parameter as RHS in type declaration`);
        u = invalidType;
      }
      named.underlying = u;
      if (rhs.kind === 'Named') inheritUnderlying(named, rhs);
    });
    validType(check, named);
    collectMethods(check, obj, named);
  } finally {
    endGeneric(named);
  }
}

function collectMethods(check: Checker, obj: TypeName, named: Named): void {
  // methods declared on T, and on aliases denoting T (func (A) m() with type A = T)
  const methods = [...(check.methodDecls.get(obj) ?? [])];
  for (const [tn, ms] of check.methodDecls) {
    if (tn === obj || tn.kind !== 'TypeName' || !tn.isAlias) continue;
    objDecl(check, tn);
    if (tn.type === named) methods.push(...ms);
  }
  if (methods.length === 0) return;
  methods.sort((a, b) => a.pos - b.pos);
  const u = named.underlying;
  for (const m of methods) {
    const prev = named.methods.find((x) => x.name === m.name);
    if (m.name === '_') continue;
    if (prev) {
      check.error(m.pos, `method ${obj.name}.${m.name} already declared at ${check.fset.format(prev.pos)}`);
      continue;
    }
    const fld = u.kind === 'Struct' ? u.fields.find((f) => f.name === m.name) : undefined;
    if (fld) {
      check.error(m.pos, `field and method with the same name ${m.name}\n\t${check.fset.format(fld.pos)}: other declaration of ${m.name}`);
      continue;
    }
    named.methods.push(m);
  }
}

// ---------------------------------------------------------------------------
// Functions

const linknames = new WeakMap<Checker, Set<string>>();

/** linknamed returns the local names of the package's //go:linkname directives (gc accepts a bodyless function so named). */
function linknamed(check: Checker): Set<string> {
  let s = linknames.get(check);
  if (s) return s;
  s = new Set();
  for (const f of check.files) {
    for (const d of f.decls) {
      const dirs = 'directives' in d ? d.directives : [];
      for (const dir of dirs) if (dir.name === 'go:linkname' && dir.args[0]) s.add(dir.args[0]);
    }
  }
  linknames.set(check, s);
  return s;
}

function hasDirective(f: ast.FuncDecl, name: string): boolean {
  return f.directives.some((d) => d.name === name);
}

function funcDecl(check: Checker, obj: Func, d: DeclInfo): void {
  const fdecl = d.fdecl!;
  // As types2, a generic function's type parameters are known while its signature is resolved:
  // func F[T any](_ [unsafe.Sizeof(F[int])]T) instantiates F (with the parameters still empty).
  const onTypeParams = (typeParams: TypeParam[]): void => {
    obj.type = { ...obj.type, typeParams };
  };
  const { sig, scope } = funcType(check, fdecl.recv, fdecl.type, fdecl.typeParams, onTypeParams);
  obj.type = sig;
  // (func init and main's type parameters and signatures are checked by the resolver)
  const special = !fdecl.recv && (obj.name === 'init' || (obj.name === 'main' && check.pkg.name === 'main'));
  if (!special && !fdecl.recv && fdecl.typeParams && fdecl.typeParams.length > 0) verifyVersion(check, fdecl.typeParams[0]!.pos, 18, 'type parameter');
  const body = fdecl.body;
  if (!body && sig.typeParams && sig.typeParams.length > 0) {
    check.softError(fdecl.name.pos, 'generic function is missing function body');
    return;
  }
  if (!body) {
    const external = check.pkg.path === 'runtime' || hasDirective(fdecl, 'go:linkname') || hasDirective(fdecl, 'go:wasmimport') || linknamed(check).has(obj.name);
    // gc reports missing bodies only once the package type-checked without errors
    if (!external && obj.name !== 'init') check.missingBodies.push(fdecl.name.pos);
    return;
  }
  check.later(() => {
    check.withEnv({ decl: d, scope, iota: undefined, sig, funcBody: body, errpos: undefined }, () => {
      funcBody(check, sig, body, scope);
    });
  });
}

/**
 * funcLit checks a function literal. Its body is checked in its own environment,
 * right away, or, while a declaration is in progress (a package-level one or a
 * local type), once the declarations are done, as types2 does: the body may use
 * the types being declared (type T chan [unsafe.Sizeof(func(ch T) { <-ch })]byte).
 */
export function funcLit(check: Checker, e: ast.FuncLit): Operand {
  const { sig, scope } = funcType(check, undefined, e.type);
  const env = check.env;
  const body = (): void => {
    check.withEnv({ ...env, scope, sig, funcBody: e.body }, () => { // iota of an enclosing constant declaration stays usable (as gc)
      funcBody(check, sig, e.body, scope);
    });
  };
  if (check.objPath.length > 0) check.later(body);
  else body();
  return { mode: 'value', expr: e, type: sig };
}

// ---------------------------------------------------------------------------
// Declarations in function bodies

export function declStmt(check: Checker, d: ast.GenDecl): void {
  switch (d.tok) {
    case 'const':
      localConstDecl(check, d);
      return;
    case 'var':
      for (const s of d.specs) if (s.kind === 'ValueSpec') localVarSpec(check, s);
      return;
    case 'type':
      for (const s of d.specs) if (s.kind === 'TypeSpec') localTypeSpec(check, s);
      return;
    case 'import':
      check.error(d.pos, 'imports must appear before other declarations');
      return;
  }
}

/** declare inserts obj into the current scope, reporting a redeclaration. */
export function declare(check: Checker, id: ast.Ident, obj: Obj): void {
  if (id.name !== '_') {
    const old = check.env.scope.insert(obj);
    if (old) {
      if (obj.kind === 'Var') obj.used = true; // not in scope: never reported as unused
      let msg = `${id.name} redeclared in this block`;
      if (old.pos) msg += `\n\t${check.fset.format(old.pos)}: other declaration of ${id.name}`;
      check.error(id.pos, msg);
    }
  }
  check.recordDef(id, obj);
}

function localConstDecl(check: Checker, d: ast.GenDecl): void {
  let last: ast.ValueSpec | undefined;
  for (const s of d.specs) {
    if (s.kind !== 'ValueSpec') continue;
    const inherited = s.type === undefined && s.values.length === 0;
    if (!inherited) last = s;
    const src = last ?? s;
    const objs: ConstObj[] = s.names.map((n) => ({ kind: 'Const', name: n.name, pos: n.pos, pkg: check.pkg, type: invalidType, value: C.unknownVal }));
    objs.forEach((obj, i) => {
      const init = src.values[i];
      constDecl(check, obj, src.type, init, s.iota, inherited);
    });
    arity(check, s.pos, s.names, src.values, true, inherited);
    // spec: the scope of a constant begins after the ConstSpec
    s.names.forEach((n, i) => declare(check, n, objs[i]!));
  }
}

/** arity reports a count mismatch of names and init expressions in a const or var spec, as gc words it
 * (for variables, one value may be a multi-valued call: that is checked with the assignment). */
export function arity(check: Checker, pos: number, names: ast.Ident[], inits: ast.Expr[], constDecl: boolean, inherited: boolean): void {
  const l = names.length;
  const r = inits.length;
  if (l < r) {
    const n = inits[l]!;
    if (inherited) check.error(pos, `extra init expr at ${check.fset.format(n.pos)}`);
    else check.error(n.pos, `extra init expr ${exprString(n)}`);
  } else if (l > r && (constDecl || r !== 1)) {
    const n = names[r]!;
    check.error(n.pos, `missing init expr for ${n.name}`);
  }
}

function localVarSpec(check: Checker, s: ast.ValueSpec): void {
  const vars: Var[] = s.names.map((n) => newLocalVar(check, n, invalidType));
  const t = s.type ? typExpr(check, s.type, false) : undefined;
  if (t) for (const v of vars) v.type = t;
  if (s.values.length > 0) {
    if (s.values.length === 1 && vars.length > 1) {
      initVars(check, vars, s.values, t !== undefined, undefined);
    } else {
      // n:n, or a count mismatch (reported by arity): each variable with its own value, if any
      vars.forEach((v, i) => {
        const init = s.values[i];
        if (init) initVar(check, v, expr(check, init, t, v.name), 'variable declaration', t !== undefined);
        else if (!t) v.type = invalidType;
      });
      arity(check, s.pos, s.names, s.values, false, false);
    }
  } else if (!t) {
    check.error(s.pos, 'missing type or init expr');
  }
  s.names.forEach((n, i) => declare(check, n, vars[i]!));
}

export function newLocalVar(check: Checker, id: ast.Ident, type: Type): Var {
  const v: Var = { kind: 'Var', name: id.name, pos: id.pos, pkg: check.pkg, type, isField: false, embedded: false, isGlobal: false };
  if (id.name !== '_') check.localVars.push(v);
  return v;
}

function localTypeSpec(check: Checker, s: ast.TypeSpec): void {
  const obj: TypeName = { kind: 'TypeName', name: s.name.name, pos: s.name.pos, pkg: check.pkg, type: invalidType, isAlias: s.assign };
  // the scope of a type identifier begins at the identifier (recursive types are allowed)
  declare(check, s.name, obj);
  check.mono.localScope.set(obj, check.env.scope);
  check.objPath.push(obj);
  try {
    typeDecl(check, obj, s);
  } finally {
    check.objPath.pop();
  }
}

