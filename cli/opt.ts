// This file implements the -O flag of `gowasm build` and `gowasm run`:
// -O0 … -O3, -Os and -Oz map to Binaryen's optimize and shrink levels.

import type { OptLevel, ShrinkLevel } from '../compiler/driver.js';

export interface OptChoice {
  readonly optLevel: OptLevel;
  readonly shrinkLevel: ShrinkLevel;
  readonly flag: string;
}

/** Default for `gowasm build`: a release build (-O3: faster and smaller than -O2, see README). */
export const BUILD_DEFAULT: OptChoice = { optLevel: 3, shrinkLevel: 0, flag: '-O3' };
/** Default for `gowasm run`: compile fast (see README, "Optimisation levels"). */
export const RUN_DEFAULT: OptChoice = { optLevel: 1, shrinkLevel: 0, flag: '-O1' };

/** parseOpt accepts "0".."3", "s", "z" (the text after -O); undefined when invalid. */
export function parseOpt(value: string): OptChoice | undefined {
  switch (value) {
    case '0':
    case '1':
    case '2':
    case '3':
      return { optLevel: Number(value) as OptLevel, shrinkLevel: 0, flag: `-O${value}` };
    case 's':
      return { optLevel: 2, shrinkLevel: 1, flag: '-Os' };
    case 'z':
      return { optLevel: 2, shrinkLevel: 2, flag: '-Oz' };
    default:
      return undefined;
  }
}
