// This file implements the package initialiser `pkgpath.init`: it runs the
// package-level variable initialisers in Info.initOrder, then calls each user
// `func init()` (pkgpath.init#1, #2, ...) in source order.

import { NoPos } from '../syntax/pos.js';
import type { Value } from './ir.js';
import { emitCall, emitReturn, emitStore, newBlock } from './emit.js';
import { FunctionBuilder } from './func.js';
import type { PackageContext, ProgramBuilder } from './create.js';
import { emitConv } from './build-conv.js';
import { expr } from './build-expr.js';
import { multiValue } from './build-assign.js';
import { finishFunction } from './build-func.js';
import { newTuple } from './typeutil.js';

export function buildInit(pb: ProgramBuilder, ctx: PackageContext): void {
  const fb = new FunctionBuilder(pb, ctx, ctx.pkg.init, undefined);
  fb.current = newBlock(fb, 'entry');
  for (const init of ctx.info.initOrder) {
    const vals: Value[] = init.lhs.length === 1 ? [expr(fb, init.rhs)] : multiValue(fb, init.rhs, init.lhs.length);
    init.lhs.forEach((v, i) => {
      const g = pb.globals.get(v);
      if (g) emitStore(fb, g, emitConv(fb, vals[i]!, v.type, init.rhs.pos), init.rhs.pos);
    });
  }
  for (const fn of ctx.userInits) emitCall(fb, { mode: 'call', value: fn, args: [] }, newTuple(), fn.pos);
  emitReturn(fb, [], NoPos);
  finishFunction(fb);
}
