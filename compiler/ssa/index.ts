// This file is the public surface of compiler/ssa: buildProgram (typed AST to
// SSA for every package of a program), the printer and the sanity checker.

import { UnsupportedError, type DiagnosticList } from '../syntax/diagnostics.js';
import type { FileSet } from '../syntax/pos.js';
import type { CheckedPackage } from '../types/info.js';
import type { Function, Program } from './ir.js';
import { ProgramBuilder, createPackage, type PackageContext, type PendingBody } from './create.js';
import { linkResolver } from './link.js';
import { resolveStackHook } from './stackhook.js';
import type { GcFlags } from '../gcflags.js';
import { reachableFunctions } from './reach.js';
import { FunctionBuilder } from './func.js';
import { buildFunctionBody, finishFunction } from './build-func.js';
import { buildInit } from './init.js';
import { buildWrappers } from './wrappers.js';

export { printFunction, printProgram } from './print.js';
export { sanityCheck } from './sanity.js';
export type * from './ir.js';
export { isValueInstruction } from './ir.js';
export { localCopyOf, localTypeGen } from './localtypes.js';
export { methodLinkName } from './wrappers.js';
export { linkName } from './create.js';
export { operands } from './operands.js';
export { isWasmImport, linkProgram } from './link.js';
export { reachableFunctions } from './reach.js';
export { buildDomTree } from './dom.js';

/** guarded runs f, turning an UnsupportedError into a diagnostic; it returns the error. */
function guarded(diags: DiagnosticList, f: () => void): UnsupportedError | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (e instanceof UnsupportedError) {
      diags.error(e.pos, e.message);
      return e;
    }
    throw e;
  }
}

/** buildDeferred builds fn's body with f. In the program's own package an unsupported construct is
 * an error at once (returned); in std and override packages it is recorded on fn, which is left
 * bodyless, and reported only if the backend reaches fn (a program importing fmt must not fail
 * because some function of os it never calls uses a construct we do not compile yet). */
function buildDeferred(pb: ProgramBuilder, pkgPath: string, fn: Function, f: () => void): UnsupportedError | undefined {
  if (pkgPath === 'main') {
    const err = guarded(pb.diags, f);
    if (err) fn.blocks.length = 0;
    return err;
  }
  try {
    f();
  } catch (e) {
    if (!(e instanceof UnsupportedError)) throw e;
    fn.blocks.length = 0;
    fn.unsupported = { pos: e.pos, what: e.what };
  }
  return undefined;
}

/** buildInstances builds the bodies of the instantiations of generic functions created so far
 * (building one may create more). */
function buildInstances(pb: ProgramBuilder): UnsupportedError | undefined {
  let first: UnsupportedError | undefined;
  for (let p = pb.pending.shift(); p; p = pb.pending.shift()) {
    const { fn, generic, subst } = p;
    const err = buildDeferred(pb, generic.ctx.path, fn, () => {
      const fb = new FunctionBuilder(pb, generic.ctx, fn, undefined, subst);
      buildFunctionBody(fb, generic.decl.type, generic.decl.recv, generic.decl.body!);
      finishFunction(fb);
    });
    first ??= err;
  }
  return first;
}

function buildBodies(pb: ProgramBuilder, ctx: PackageContext): UnsupportedError | undefined {
  let first: UnsupportedError | undefined;
  for (const { fn, decl } of ctx.bodies) {
    const err = buildDeferred(pb, ctx.path, fn, () => {
      const fb = new FunctionBuilder(pb, ctx, fn, undefined);
      buildFunctionBody(fb, decl.type, decl.recv, decl.body!);
      finishFunction(fb);
    });
    first ??= err;
  }
  const err = guarded(pb.diags, () => buildInit(pb, ctx));
  const werr = guarded(pb.diags, () => buildWrappers(pb, ctx));
  return first ?? err ?? werr;
}

/**
 * buildProgram builds the SSA form of every package (given in dependency order:
 * runtime first, main last). Unsupported features are reported to diags as
 * `X is not yet supported` (one per function), and the first such error is
 * then thrown as an UnsupportedError once every package has been built.
 *
 * With lazy, only the bodies of functions that can run are built (reach.ts's
 * walk from the package inits, main.main and package runtime, which the
 * backend calls by name): a program importing fmt does not build every
 * function of os, reflect and strconv. The others stay bodyless, marked
 * `unbuilt`; the backend treats reaching one as an internal error.
 */
export function buildProgram(
  pkgs: CheckedPackage[],
  fset: FileSet,
  diags: DiagnosticList,
  opts: { lazy?: boolean; maymorestack?: GcFlags['maymorestack'] } = {},
): Program {
  const pb = new ProgramBuilder(fset, diags);
  const ctxs = pkgs.map((p) => createPackage(pb, p));
  if (opts.maymorestack) {
    pb.stackHook = resolveStackHook(pb.prog, opts.maymorestack, diags);
    if (!pb.stackHook) return pb.prog;
  }
  if (opts.lazy) return buildReachable(pb, ctxs);
  let first: UnsupportedError | undefined;
  for (const ctx of ctxs) {
    const err = buildBodies(pb, ctx);
    first ??= err;
    const ierr = buildInstances(pb);
    first ??= ierr;
  }
  if (first) throw first;
  return pb.prog;
}

/** buildReachable is buildProgram's lazy mode: inits and method-set wrappers are built for every
 * package, other bodies when the reachability walk reaches them. */
function buildReachable(pb: ProgramBuilder, ctxs: PackageContext[]): Program {
  let first: UnsupportedError | undefined;
  const bodies = new Map<Function, () => UnsupportedError | undefined>();
  for (const ctx of ctxs) {
    for (const { fn, decl } of ctx.bodies) {
      bodies.set(fn, () =>
        buildDeferred(pb, ctx.path, fn, () => {
          const fb = new FunctionBuilder(pb, ctx, fn, undefined);
          buildFunctionBody(fb, decl.type, decl.recv, decl.body!);
          finishFunction(fb);
        }),
      );
    }
  }
  const wrappers = new Map<Function, () => void>();
  pb.lazyBodies = wrappers;
  for (const ctx of ctxs) {
    first ??= guarded(pb.diags, () => buildInit(pb, ctx));
    first ??= guarded(pb.diags, () => buildWrappers(pb, ctx));
  }
  const instances = new Map<Function, PendingBody>();
  const drain = (): void => {
    for (const p of pb.pending.splice(0)) instances.set(p.fn, p);
  };
  const willHaveBody = (fn: Function): boolean => {
    drain();
    return fn.blocks.length > 0 || bodies.has(fn) || instances.has(fn) || wrappers.has(fn);
  };
  const prepare = (fn: Function): void => {
    const body = bodies.get(fn);
    if (body) {
      bodies.delete(fn);
      first ??= body();
      return;
    }
    const wrapper = wrappers.get(fn);
    if (wrapper) {
      wrappers.delete(fn);
      first ??= guarded(pb.diags, wrapper);
      return;
    }
    drain();
    const inst = instances.get(fn);
    if (!inst) return;
    instances.delete(fn);
    const { generic, subst } = inst;
    first ??= buildDeferred(pb, generic.ctx.path, fn, () => {
      const fb = new FunctionBuilder(pb, generic.ctx, fn, undefined, subst);
      buildFunctionBody(fb, generic.decl.type, generic.decl.recv, generic.decl.body!);
      finishFunction(fb);
    });
  };
  const prog = pb.prog;
  const roots: Function[] = prog.packages.map((p) => p.init);
  const main = prog.byName.get('main.main');
  if (main) roots.push(main);
  for (const p of prog.packages) if (p.path === 'runtime') roots.push(...p.functions);
  prog.reachable = reachableFunctions(prog, roots, { prepare, linked: linkResolver(prog, willHaveBody) });
  drain();
  pb.lazyBodies = undefined;
  for (const fn of [...bodies.keys(), ...instances.keys(), ...wrappers.keys()]) fn.unbuilt = true;
  if (first) throw first;
  return prog;
}
