// This file implements the collection of package-level objects: file
// scopes and imports, const/var/type/func declarations (with const spec
// inheritance and iota), methods associated with their receiver base type,
// and redeclaration errors. Declarations are checked lazily afterwards.

import type * as ast from '../syntax/ast.js';
import type { Checker, DeclInfo } from './check.js';
import * as C from './const-arith.js';
import { arity } from './decl.js';
import type { ConstObj, Func, Obj, Package, PkgName, TypeName, Var } from './object.js';
import { Scope } from './object.js';
import { receiverBase } from './signature.js';
import type { Signature } from './type.js';
import { invalidType } from './universe.js';
import { unsafePackage } from './unsafe.js';

const placeholderSig: Signature = { kind: 'Signature', params: { kind: 'Tuple', vars: [] }, results: { kind: 'Tuple', vars: [] }, variadic: false };

function declarePkgObj(check: Checker, id: ast.Ident, obj: Obj, d: DeclInfo): void {
  if (id.name === '_') {
    check.recordDef(id, obj);
    check.objMap.set(obj, d);
    return;
  }
  if (id.name === 'init' && obj.kind !== 'Func') {
    check.error(id.pos, 'cannot declare init - must be func');
    return;
  }
  if (id.name === 'main' && check.pkg.name === 'main' && obj.kind !== 'Func') {
    check.error(id.pos, 'cannot declare main - must be func');
    return;
  }
  const old = check.pkg.scope.insert(obj);
  if (old) {
    check.error(id.pos, `${id.name} redeclared in this block\n\t${check.fset.format(old.pos)}: other declaration of ${id.name}`);
    return;
  }
  check.recordDef(id, obj);
  check.objMap.set(obj, d);
}

/** collectObjects creates the objects of all package-level declarations. */
export function collectObjects(check: Checker): void {
  const methods: { decl: ast.FuncDecl; obj: Func }[] = [];
  const fileScopes: Scope[] = [];
  for (const file of check.files) {
    if (file.pkgName.name !== check.pkg.name) {
      check.error(file.pkgName.pos, `package ${file.pkgName.name}; expected package ${check.pkg.name}`);
      continue;
    }
    if (file.pkgName.name === '_') check.error(file.pkgName.pos, 'invalid package name _');
    const fileScope = new Scope(check.pkg.scope, `file ${file.filename}`);
    fileScopes.push(fileScope);
    check.recordScope(file, fileScope);
    for (const imp of file.imports) importSpec(check, imp, fileScope);
    for (const d of file.decls) {
      if (d.kind === 'GenDecl') genDecl(check, d, fileScope);
      else if (d.kind === 'FuncDecl') funcDecl(check, d, fileScope, methods);
    }
  }
  // a package-level name may not also be declared in a file scope (an import name)
  for (const fs of fileScopes) {
    for (const [name, obj] of fs.elems) {
      const alt = check.pkg.scope.lookup(name);
      if (alt && obj.kind === 'PkgName') {
        check.error(alt.pos, `${name} already declared through import of package ${obj.imported.name} ("${obj.imported.path}")\n\t${check.fset.format(obj.pos)}: other declaration of ${name}`);
      } else if (alt) {
        const dot = check.dotImports.get(fs)?.get(name);
        if (dot) check.error(alt.pos, `${name} already declared through dot-import of package ${dot.imported.name} ("${dot.imported.path}")\n\t${check.fset.format(dot.pos)}: other declaration of ${name}`);
      }
    }
  }
  associateMethods(check, methods);
}

function importSpec(check: Checker, s: ast.ImportSpec, fileScope: Scope): void {
  if (s.bad) return; // reported by the parser
  const raw = C.unquoteString(s.path.value);
  if (raw === undefined) return; // reported by the parser
  // the literal's bytes as UTF-8 (an invalid byte becomes U+FFFD, as in Go's range over a string)
  const path = new TextDecoder().decode(Uint8Array.from(raw, (c) => c.charCodeAt(0) & 0xff));
  const bad = importPathError(path);
  if (bad) {
    check.error(s.path.pos, `invalid import path (${bad})`);
    return;
  }
  let imported: Package | undefined = path === 'unsafe' ? unsafePackage : path === 'C' && check.conf.fakeImportC ? fakePackage(check, 'C') : check.conf.importer(path);
  let fake = imported?.fake ?? false;
  if (!imported) {
    check.error(s.path.pos, `could not import ${path} (package not found)`);
    // as gc: go on with an empty stand-in so that its uses are not reported again
    const name = path.replace(/\/$/, '').replace(/^.*\//, '');
    imported = { path, name, scope: new Scope(undefined, `package ${path}`), imports: [], complete: true, fake: true };
    fake = true;
  }
  // as gc (not prescribed by the spec)
  if (path === 'C' && s.name) {
    check.error(s.name.pos, `cannot rename import "C"`);
    return;
  }
  if (!check.pkg.imports.includes(imported)) check.pkg.imports.push(imported);
  const name = s.name?.name ?? imported.name;
  if (name === 'init') {
    check.error(s.name?.pos ?? s.pos, 'cannot import package as init - init must be a func');
    return;
  }
  const pkgName: PkgName = { kind: 'PkgName', name, pos: s.name?.pos ?? s.path.pos, pkg: check.pkg, imported };
  if (fake) pkgName.used = true; // no "imported and not used" for a failed import
  if (s.name) check.recordDef(s.name, pkgName);
  else check.info.implicits.set(s, pkgName);
  if (name === '_') return;
  if (name === '.') {
    pkgName.used = fake;
    check.pkgNames.push(pkgName);
    let dots = check.dotImports.get(fileScope);
    if (!dots) check.dotImports.set(fileScope, (dots = new Map()));
    for (const [n, obj] of imported.scope.elems) {
      if (/^[A-Z]/.test(n) || (n.length > 0 && n[0] !== n[0]!.toLowerCase())) {
        const old = fileScope.insert(obj);
        if (old) check.error(s.pos, `${n} redeclared in this block`);
        else dots.set(n, pkgName);
      }
    }
    return;
  }
  check.pkgNames.push(pkgName);
  const old = fileScope.insert(pkgName);
  if (old) {
    check.error(pkgName.pos, `${name} redeclared in this block\n\t${check.fset.format(old.pos)}: other declaration of ${name}`);
  }
}

/** fakePackage returns the package's empty stand-in (one per checked package): lookups in it fail silently. */
function fakePackage(check: Checker, path: string): Package {
  const old = check.pkg.imports.find((p) => p.path === path && p.fake);
  return old ?? { path, name: path, scope: new Scope(undefined, `package ${path}`), imports: [], complete: true, fake: true };
}

function genDecl(check: Checker, d: ast.GenDecl, fileScope: Scope): void {
  switch (d.tok) {
    case 'import':
      return; // handled through File.imports
    case 'const': {
      let last: ast.ValueSpec | undefined;
      for (const s of d.specs) {
        if (s.kind !== 'ValueSpec') continue;
        const inherited = s.type === undefined && s.values.length === 0;
        if (!inherited) last = s;
        const src = last ?? s;
        s.names.forEach((n, i) => {
          const obj: ConstObj = { kind: 'Const', name: n.name, pos: n.pos, pkg: check.pkg, type: invalidType, value: C.unknownVal };
          const di: DeclInfo = { fileScope, vtype: src.type, init: src.values[i], iota: s.iota, inherited, deps: new Set() };
          declarePkgObj(check, n, obj, di);
        });
        check.withEnv({ scope: fileScope }, () => arity(check, s.pos, s.names, src.values, true, inherited));
      }
      return;
    }
    case 'var':
      for (const s of d.specs) {
        if (s.kind !== 'ValueSpec') continue;
        const vars: Var[] = s.names.map((n) => ({ kind: 'Var', name: n.name, pos: n.pos, pkg: check.pkg, type: invalidType, isField: false, embedded: false, isGlobal: true }));
        const shared: DeclInfo | undefined = s.values.length === 1 && vars.length > 1 ? { fileScope, lhs: vars, vtype: s.type, init: s.values[0], deps: new Set() } : undefined;
        s.names.forEach((n, i) => {
          const di: DeclInfo = shared ?? { fileScope, vtype: s.type, init: s.values[i], deps: new Set() };
          declarePkgObj(check, n, vars[i]!, di);
        });
        if (!shared && s.values.length > 0) arity(check, s.pos, s.names, s.values, false, false);
        if (!s.type && s.values.length === 0) check.error(s.pos, 'missing type or init expr');
      }
      return;
    case 'type':
      for (const s of d.specs) {
        if (s.kind !== 'TypeSpec') continue;
        const obj: TypeName = { kind: 'TypeName', name: s.name.name, pos: s.name.pos, pkg: check.pkg, type: invalidType, isAlias: s.assign };
        declarePkgObj(check, s.name, obj, { fileScope, tdecl: s, deps: new Set() });
      }
      return;
  }
}

function funcDecl(check: Checker, d: ast.FuncDecl, fileScope: Scope, methods: { decl: ast.FuncDecl; obj: Func }[]): void {
  const obj: Func = { kind: 'Func', name: d.name.name, pos: d.name.pos, pkg: check.pkg, type: placeholderSig, decl: d, directives: d.directives };
  const di: DeclInfo = { fileScope, fdecl: d, deps: new Set() };
  check.info.funcs.push(obj);
  if (d.recv) {
    check.recordDef(d.name, obj);
    check.objMap.set(obj, di);
    methods.push({ decl: d, obj });
    return;
  }
  if (d.name.name === 'init' || (d.name.name === 'main' && check.pkg.name === 'main')) {
    if (d.typeParams && d.typeParams.length > 0) check.error(d.typeParams[0]!.pos, `func ${d.name.name} must have no type parameters`);
    if (d.type.params.length > 0 || d.type.results.length > 0) check.error(d.name.pos, `func ${d.name.name} must have no arguments and no return values`);
  }
  if (d.name.name === 'init' || (d.name.name === '_')) {
    // init functions cannot be referred to; there may be several
    check.recordDef(d.name, obj);
    check.objMap.set(obj, di);
    if (d.name.name === 'init' && !d.body) check.error(d.name.pos, 'func init must have a body');
    return;
  }
  declarePkgObj(check, d.name, obj, di);
}

function associateMethods(check: Checker, methods: { decl: ast.FuncDecl; obj: Func }[]): void {
  for (const { decl, obj } of methods) {
    const tn = resolveBaseTypeName(check, decl.recv!.type);
    if (!tn) continue;
    let list = check.methodDecls.get(tn);
    if (!list) check.methodDecls.set(tn, (list = []));
    list.push(obj);
  }
}

/**
 * resolveBaseTypeName returns the package-level type a method receiver denotes, following
 * alias declarations syntactically (type P = *T; func (P) m() is a method of T), with at
 * most one pointer on the way, as gc; undefined if there is none.
 */
function resolveBaseTypeName(check: Checker, recv: ast.Expr): TypeName | undefined {
  let { base, ptr } = receiverBase(recv);
  // (the receiver's own type parameters: func (r T[P]) m(); an alias to an instance, type A = T[int],
  // or a generic alias is not followed: no method is collected for them, as types2)
  if (base.kind === 'IndexExpr') base = base.x;
  const seen = new Set<TypeName>();
  for (;;) {
    if (base.kind !== 'Ident') return undefined;
    const tn = check.pkg.scope.lookup(base.name);
    if (!tn || tn.kind !== 'TypeName' || seen.has(tn)) return undefined;
    seen.add(tn);
    const tdecl = check.objMap.get(tn)?.tdecl;
    if (!tdecl || !tdecl.assign) return tn;
    if (tdecl.typeParams && tdecl.typeParams.length > 0) return undefined;
    const r = receiverBase(tdecl.type);
    if (r.ptr && ptr) return undefined; // a pointer to a pointer
    ptr = ptr || r.ptr;
    base = r.base;
  }
}

/** importPathError returns why an import path is invalid (gc's words), or undefined. */
function importPathError(path: string): string | undefined {
  if (path === '') return 'empty string';
  const illegal = '!"#$%&\'()*,:;<=>?[\\]^{|}`\uFFFD';
  for (const ch of path) {
    const cp = ch.codePointAt(0)!;
    if (illegal.includes(ch) || /\s/u.test(ch) || !/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)) {
      return `invalid character U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
    }
  }
  return undefined;
}
