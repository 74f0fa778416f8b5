// This file defines exact constant values (the representation only; the
// arithmetic lives in types/const-arith.ts). Integers are bigints; floats are
// exact rationals (num/den bigints) so that constant expressions are evaluated
// with arbitrary precision as the spec requires (past 1e±10000, approximately,
// with a decimal exponent); complex values are pairs.

export type ConstValue =
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string /* Go bytes as a JS "binary" string: one char per byte, 0..255 */ }
  | { readonly kind: 'int'; readonly value: bigint }
  // exp10 (absent: 0) scales num/den by a power of ten; it is only set for magnitudes far beyond
  // every float type (past 1e±10000), which would not fit bigints: such values are never representable
  | { readonly kind: 'float'; readonly num: bigint; readonly den: bigint /* > 0, reduced */; readonly exp10?: number }
  | { readonly kind: 'complex'; readonly re: ConstValue; readonly im: ConstValue }
  | { readonly kind: 'unknown' }; // the result of an erroneous constant expression
