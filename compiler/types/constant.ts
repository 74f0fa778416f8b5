// This file defines exact constant values (the representation only; the
// arithmetic lives in types/const-arith.ts). Integers are bigints; floats are
// exact rationals (num/den bigints) so that constant expressions are evaluated
// with arbitrary precision as the spec requires; complex values are pairs.

export type ConstValue =
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string /* Go bytes as a JS "binary" string: one char per byte, 0..255 */ }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly num: bigint; readonly den: bigint /* > 0, reduced */ }
  | { readonly kind: 'complex'; readonly re: ConstValue; readonly im: ConstValue }
  | { readonly kind: 'unknown' }; // the result of an erroneous constant expression
