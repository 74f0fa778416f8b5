// This file implements FunctionBuilder, the state of the function being built:
// its current block, the addresses of its local variables, the targets of
// break/continue/fallthrough and labels, result slots, and free variables.
// Behaviour lives in the build-*.ts and emit.ts files as functions taking a
// FunctionBuilder as their first parameter.

import type { Label, Var } from '../types/object.js';
import type { Info } from '../types/info.js';
import type { Signature, Type } from '../types/type.js';
import type { Alloc, BasicBlock, Function, Value } from './ir.js';
import type { PackageContext, ProgramBuilder } from './create.js';
import type { RangeFuncCtx } from './build-rangefunc.js';
import { hasTypeParam, type SubstMap } from './typeutil.js';
import { substitute } from './subst.js';
import { UnsupportedError } from '../syntax/diagnostics.js';

/** Targets is one level of the stack of break/continue/fallthrough targets. */
export interface Targets {
  readonly tail: Targets | undefined;
  readonly breakBlock?: BasicBlock;
  readonly continueBlock?: BasicBlock;
  readonly fallthroughBlock?: BasicBlock;
}

/** LabelTargets are the blocks a label refers to (goto, and break/continue of a labeled statement). */
export interface LabelTargets {
  gotoBlock?: BasicBlock;
  breakBlock?: BasicBlock;
  continueBlock?: BasicBlock;
}

export class FunctionBuilder {
  /** The block instructions are appended to; undefined after a control instruction (dead code). */
  current: BasicBlock | undefined;
  /** The address (an Alloc, FreeVar, Phi of pointers, ...) of each local variable in scope. */
  readonly objects = new Map<Var, Value>();
  targets: Targets | undefined;
  readonly labels = new Map<Label, LabelTargets>();
  /** The label of the statement about to be built, consumed by loops, switches and selects. */
  pendingLabel: LabelTargets | undefined;
  /** Slots of the results when they are named or the function defers calls. */
  resultSlots: Alloc[] | undefined;
  /** True when the body contains a defer statement (returns then run the deferred calls). */
  hasDefer = false;
  /** Allocs that lifting must leave in memory. */
  readonly noLift = new Set<Alloc>();
  /** Local variables accessed through their address (see resident.ts). */
  resident: ReadonlySet<Var> = new Set();
  /** Set when this function is the body of a range-over-func loop (see build-rangefunc.ts). */
  rangeFunc: RangeFuncCtx | undefined;
  /** The variable holding the defer frame token its defers name (see DeferFrame in ir.ts): set in
   * a function whose range-over-func loop bodies defer calls, and in those bodies. */
  deferFrame: Var | undefined;
  /** For closures: the outer variable each of fn.freeVars stands for. */
  readonly freeVarObjs: Var[] = [];

  /** For an instantiation of a generic function (and its closures): type parameters to type arguments. */
  readonly subst: SubstMap | undefined;

  constructor(
    readonly prog: ProgramBuilder,
    readonly pkg: PackageContext,
    readonly fn: Function,
    readonly parent: FunctionBuilder | undefined,
    subst?: SubstMap,
  ) {
    this.subst = subst ?? parent?.subst;
  }

  /** typ returns t with the type parameters of an instantiation replaced by their arguments. */
  typ<T extends Type>(t: T): T {
    if (!this.subst) return t;
    const r = substitute(t, this.subst) as T;
    if (hasTypeParam(r)) throw new UnsupportedError('this use of a type parameter', this.fn.pos);
    return r;
  }

  get info(): Info {
    return this.pkg.info;
  }

  get sig(): Signature {
    return this.fn.type;
  }
}
