// This file implements package-level variables. Each Global is placed once,
// in the zero-initialised area after the data segment (data.ts); zero-sized
// ones all get the address of runtime.zerobase (like every zero-sized alloc).
// The words that may hold heap pointers go to the static pointer map (data.ts).
// As an SSA value a Global is its constant address. Reads and writes are
// ordinary loads and stores; the package init functions assign the initial
// values.

import { InternalError } from '../syntax/diagnostics.js';
import type * as ir from '../ssa/ir.js';
import { alignof, forEachPointer, sizeof } from './layout.js';
import { pointee } from './memory.js';
import type { ModuleLowerer } from './lower.js';

/** placeGlobals assigns an address to every package-level variable of the program. */
export function placeGlobals(ml: ModuleLowerer): void {
  const zeroSized: ir.Global[] = [];
  let zerobase: number | undefined;
  for (const pkg of ml.prog.packages)
    for (const g of pkg.globals) {
      const t = pointee(g.type);
      if (sizeof(t) === 0) {
        zeroSized.push(g);
        continue;
      }
      const a = ml.data.reserveGlobal(sizeof(t), alignof(t));
      ml.globalAddrs.set(g, a);
      forEachPointer(t, a, (p) => ml.data.notePointer(p));
      if (g.name === 'runtime.zerobase') zerobase = a;
    }
  // zero-sized variables share the address of runtime.zerobase, as in gc
  const z = zerobase ?? ml.data.reserveGlobal(8, 8);
  for (const g of zeroSized) ml.globalAddrs.set(g, z);
}

export function globalAddress(ml: ModuleLowerer, g: ir.Global): number {
  const a = ml.globalAddrs.get(g);
  if (a === undefined) throw new InternalError(`global ${g.name} was not placed`);
  return a;
}
