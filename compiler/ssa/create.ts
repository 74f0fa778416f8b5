// This file implements the creation of the SSA objects of a program before any
// body is built: one Function per function and method declaration (with its
// link name and parameters), one Global per package-level variable, and the
// package's synthesized init function. ProgramBuilder holds the maps from
// checker objects to these SSA objects, and creates the instantiations of
// generic functions and methods on demand (their bodies are built later, from
// the generic declaration with a substitution of the type parameters).


import type { StackHook } from './stackhook.js';
import type * as ast from '../syntax/ast.js';
import { registerInstance } from './localtypes.js';
import { InternalError, type DiagnosticList } from '../syntax/diagnostics.js';
import { NoPos, type FileSet, type Pos } from '../syntax/pos.js';
import type { CheckedPackage, Info } from '../types/info.js';
import type * as types from '../types/object.js';
import type { Signature, Type } from '../types/type.js';
import type { Function, Global, Package, Parameter, Program } from './ir.js';
import {
  deref,
  hasTypeParam,
  instantiateSignature,
  makeSubstMap,
  namedLinkName,
  newPointer,
  newSignature,
  typeArgsString,
  underlying,
  type SubstMap,
} from './typeutil.js';

/** GenericDecl is a generic function or method declaration, built once per instantiation. */
export interface GenericDecl {
  readonly ctx: PackageContext;
  readonly decl: ast.FuncDecl;
}

/** PendingBody is an instantiation whose body remains to be built. */
export interface PendingBody {
  readonly fn: Function;
  readonly generic: GenericDecl;
  readonly subst: SubstMap;
}

/** PackageContext is the per-package state of the builder. */
export interface PackageContext {
  readonly path: string;
  readonly checked: CheckedPackage;
  readonly info: Info;
  readonly pkg: Package;
  /** User `func init()` functions in source order. */
  readonly userInits: Function[];
  /** The declarations whose bodies remain to be built. */
  readonly bodies: { fn: Function; decl: ast.FuncDecl }[];
}

export class ProgramBuilder {
  readonly prog: Program = { packages: [], functions: [], byName: new Map() };
  readonly funcs = new Map<types.Func, Function>();
  readonly globals = new Map<types.Var, Global>();
  /** Bound-method wrappers (T.M$bound), by method. */
  readonly bound = new Map<types.Func, Function>();
  /** Generic functions and methods: built per instantiation. */
  readonly generic = new Map<types.Func, GenericDecl>();
  /** Instantiations created but not built yet (buildProgram drains it). */
  readonly pending: PendingBody[] = [];
  /** In lazy mode (buildProgram's lazy option), bodies of wrappers to build once reached. */
  lazyBodies: Map<Function, () => void> | undefined;
  /** -d=maymorestack (stackhook.ts): set by buildProgram once every package is created. */
  stackHook: StackHook | undefined;

  constructor(
    readonly fset: FileSet,
    readonly diags: DiagnosticList,
  ) {
    this.prog.fset = fset;
  }

  addFunction(fn: Function): void {
    this.prog.functions.push(fn);
    if (!this.prog.byName.has(fn.name)) this.prog.byName.set(fn.name, fn);
  }

  /** funcFor returns the Function of a package-level function or concrete method. */
  funcFor(obj: types.Func, pos: Pos): Function {
    const fn = this.funcs.get(obj);
    if (fn) return fn;
    if (obj.origin) return this.instanceMethod(obj, pos);
    if (this.generic.has(obj) || obj.type.typeParams?.length || obj.type.recvTypeParams?.length) {
      throw new InternalError(`generic function ${obj.name} used without instantiation`, pos);
    }
    throw new InternalError(`no function for ${obj.pkg?.path ?? ''}.${obj.name}`, pos);
  }

  /** instantiate returns the instantiation of generic function obj with targs (created on first use). */
  instantiate(obj: types.Func, targs: readonly Type[], pos: Pos): Function {
    const name = `${obj.pkg?.path ?? ''}.${obj.name}${typeArgsString(targs)}`;
    const tps = obj.type.typeParams ?? [];
    return this.instanceFunction(name, obj, obj, instantiateSignature(obj.type, [...targs]), makeSubstMap(tps, targs), targs, pos);
  }

  /** instanceMethod returns the function of method m of an instantiated generic type (m.origin is the generic method). */
  private instanceMethod(m: types.Func, pos: Pos): Function {
    const origin = m.origin!;
    const base = deref(m.type.recv!.type);
    if (base.kind !== 'Named' || !base.typeArgs) throw new InternalError(`method ${m.name} of a non-instance`, pos);
    const tps = origin.type.recvTypeParams ?? base.origin?.typeParams ?? [];
    return this.instanceFunction(linkName(m), origin, m, m.type, makeSubstMap(tps, base.typeArgs), base.typeArgs, pos);
  }

  private instanceFunction(
    name: string,
    origin: types.Func,
    object: types.Func,
    sig: Signature,
    subst: SubstMap,
    targs: readonly Type[],
    pos: Pos,
  ): Function {
    const cached = this.prog.byName.get(name);
    if (cached) return cached;
    if (targs.some((t) => hasTypeParam(t))) throw new InternalError(`instantiation ${name} with type parameters`, pos);
    const generic = this.generic.get(origin);
    if (!generic) throw new InternalError(`no generic declaration for ${name}`, pos);
    const decl = generic.decl;
    const fn = newFunction({ name, type: sig, pos: decl.pos, pkg: generic.ctx.path, object, directives: decl.directives, external: externalKind(decl) });
    this.addFunction(fn);
    if (decl.body) {
      registerInstance(subst, { from: decl.pos, to: decl.body.rbrace, targs });
      this.pending.push({ fn, generic, subst });
    }
    return fn;
  }

  globalFor(obj: types.Var, pos: Pos): Global {
    const g = this.globals.get(obj);
    if (!g) throw new InternalError(`no global for ${obj.name}`, pos);
    return g;
  }
}

/** recvTypeName returns the receiver base type name and whether the receiver is a pointer. */
function recvInfo(sig: Signature): { name: string; ptr: boolean } {
  const r = sig.recv!.type;
  const ptr = r.kind === 'Pointer';
  const base = r.kind === 'Pointer' ? r.elem : r;
  const name = base.kind === 'Named' ? namedLinkName(base) : base.kind === 'Basic' ? base.name : '?';
  return { name, ptr };
}

/** linkName returns the link name of a package-level function or method (see ir.ts). */
export function linkName(obj: types.Func): string {
  const path = obj.pkg?.path ?? '';
  if (!obj.type.recv) return `${path}.${obj.name}`;
  const { name, ptr } = recvInfo(obj.type);
  return ptr ? `${path}.(*${name}).${obj.name}` : `${path}.${name}.${obj.name}`;
}

export interface FunctionInit {
  readonly name: string;
  readonly type: Signature;
  readonly pos: Pos;
  readonly pkg: string;
  readonly object?: types.Func;
  readonly parent?: Function;
  readonly directives?: readonly ast.Directive[];
  readonly external?: Function['external'];
}

/** makeParams creates the Parameters of a signature (the receiver first for methods). */
export function makeParams(sig: Signature): Parameter[] {
  const vars = sig.recv ? [sig.recv, ...sig.params.vars] : [...sig.params.vars];
  return vars.map((v, index) => ({
    kind: 'Parameter',
    name: v.name && v.name !== '_' ? v.name : `arg${index}`,
    type: v.type,
    object: v,
    index,
  }));
}

export function newFunction(init: FunctionInit): Function {
  return {
    kind: 'Function',
    name: init.name,
    type: init.type,
    pos: init.pos,
    pkg: init.pkg,
    object: init.object,
    params: makeParams(init.type),
    freeVars: [],
    blocks: [],
    anonFuncs: [],
    parent: init.parent,
    directives: (init.directives ?? []).map((d) => ({ name: d.name, args: [...d.args] })),
    external: init.external,
  };
}

function externalKind(decl: ast.FuncDecl): Function['external'] {
  if (decl.body) return undefined;
  if (decl.directives.some((d) => d.name === 'go:wasmimport')) return 'wasmimport';
  if (decl.directives.some((d) => d.name === 'go:linkname')) return 'linkname';
  return 'intrinsic';
}

function funcObjOf(info: Info, decl: ast.FuncDecl): types.Func | undefined {
  const o = info.defs.get(decl.name);
  if (o && o.kind === 'Func') return o;
  return info.funcs.find((f) => f.decl === decl);
}

function createGlobals(pb: ProgramBuilder, checked: CheckedPackage, globals: Global[]): void {
  const vars: types.Var[] = [];
  for (const o of checked.pkg.scope.elems.values()) if (o.kind === 'Var') vars.push(o);
  vars.sort((a, b) => a.pos - b.pos);
  const linknames = new Map<string, string>();
  for (const f of checked.files)
    for (const d of f.decls)
      if (d.kind === 'GenDecl' && d.tok === 'var')
        for (const dir of d.directives) if (dir.name === 'go:linkname' && dir.args.length >= 2) linknames.set(dir.args[0]!, dir.args[1]!);
  for (const v of vars) {
    const g: Global = {
      kind: 'Global',
      name: `${checked.pkg.path}.${v.name}`,
      type: newPointer(v.type),
      object: v,
      pkg: checked.pkg.path,
      linkname: linknames.get(v.name),
    };
    pb.globals.set(v, g);
    globals.push(g);
  }
}

function isGenericDecl(decl: ast.FuncDecl, obj: types.Func): boolean {
  if (decl.typeParams?.length || obj.type.typeParams?.length || obj.type.recvTypeParams?.length) return true;
  const r = obj.type.recv?.type;
  const base = r && (r.kind === 'Pointer' ? r.elem : r);
  return !!(base && base.kind === 'Named' && base.typeParams?.length);
}

/** createPackage creates the Functions and Globals of a checked package. */
export function createPackage(pb: ProgramBuilder, checked: CheckedPackage): PackageContext {
  const path = checked.pkg.path;
  const init = newFunction({ name: `${path}.init`, type: newSignature([], []), pos: NoPos, pkg: path });
  const pkg: Package = { path, name: checked.pkg.name, globals: [], functions: [], init };
  const ctx: PackageContext = { path, checked, info: checked.info, pkg, userInits: [], bodies: [] };
  createGlobals(pb, checked, pkg.globals);
  for (const file of checked.files) {
    for (const decl of file.decls) {
      if (decl.kind !== 'FuncDecl' || decl.name.name === '_') continue;
      if (!decl.recv && decl.name.name === 'init') {
        const fn = newFunction({ name: `${path}.init#${ctx.userInits.length + 1}`, type: newSignature([], []), pos: decl.pos, pkg: path, directives: decl.directives });
        ctx.userInits.push(fn);
        if (decl.body) ctx.bodies.push({ fn, decl });
        pb.addFunction(fn);
        continue;
      }
      const obj = funcObjOf(checked.info, decl);
      if (!obj) continue; // the checker reported an error
      if (isGenericDecl(decl, obj)) {
        pb.generic.set(obj, { ctx, decl });
        continue;
      }
      if (obj.type.recv && underlying(obj.type.recv.type).kind === 'Interface') continue;
      const fn = newFunction({
        name: linkName(obj),
        type: obj.type,
        pos: decl.pos,
        pkg: path,
        object: obj,
        directives: decl.directives,
        external: externalKind(decl),
      });
      pb.funcs.set(obj, fn);
      pkg.functions.push(fn);
      pb.addFunction(fn);
      if (decl.body) ctx.bodies.push({ fn, decl });
    }
  }
  pb.addFunction(init);
  pb.prog.packages.push(pkg);
  return ctx;
}
