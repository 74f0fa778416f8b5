// This file implements the optimisation presets: one declarative table from
// the command-line levels (-O0..-O3, -Os, -Oz) to binaryen's optimize and
// shrink levels. -O0 runs no pass at all (the Relooper output is valid as is).
// Dead code never reaches binaryen: lower.ts emits only functions reachable
// from _start.

import type { WasmModule } from './module.js';

export interface OptPreset {
  readonly optLevel: 0 | 1 | 2 | 3;
  readonly shrinkLevel: 0 | 1 | 2;
}

export const optPresets: Readonly<Record<string, OptPreset>> = {
  O0: { optLevel: 0, shrinkLevel: 0 },
  O1: { optLevel: 1, shrinkLevel: 0 },
  O2: { optLevel: 2, shrinkLevel: 0 },
  O3: { optLevel: 3, shrinkLevel: 0 },
  Os: { optLevel: 2, shrinkLevel: 1 },
  Oz: { optLevel: 2, shrinkLevel: 2 },
};

export function optimizeModule(mod: WasmModule, p: OptPreset): void {
  if (p.optLevel === 0 && p.shrinkLevel === 0) return;
  mod.optimize(p.optLevel, p.shrinkLevel);
  // -Oz: a second round finds what the first one's inlining and merging exposed (~1% smaller),
  // after GUFA, binaryen's whole-program flow analysis of the values reaching each parameter,
  // result, global and call (fmt's hello: 155.7 KB -> 146.1 KB; it costs compile time).
  if (p.shrinkLevel === 2) {
    mod.optimize(p.optLevel, p.shrinkLevel, ['gufa-optimizing']);
    mod.optimize(p.optLevel, p.shrinkLevel);
  }
}
