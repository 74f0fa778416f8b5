// This file serves std functions whose wasm implementation in GOROOT is
// assembly (.s files, which gowasm does not read): math's archFloor,
// archCeil and archTrunc (F64Floor, F64Ceil, F64Trunc in floor_wasm.s),
// and the stubs that only jump to the package's portable Go version
// (internal/chacha8rand.block, math/big's vector arithmetic): those are
// pulled here by link name and called.

package runtime

import "unsafe"

// ftrunc rounds x toward zero by clearing the fraction bits of its mantissa.
func ftrunc(x float64) float64 {
	b := float64bits(x)
	exp := int((b>>52)&0x7ff) - 1023
	if exp >= 52 {
		return x // integral already, or Inf/NaN
	}
	if exp < 0 {
		return float64frombits(b & (1 << 63)) // |x| < 1: ±0
	}
	return float64frombits(b &^ (1<<(52-exp) - 1))
}

func ffloor(x float64) float64 {
	t := ftrunc(x)
	if x < 0 && t != x {
		t -= 1
	}
	return t
}

//go:linkname math_archTrunc math.archTrunc
func math_archTrunc(x float64) float64 {
	return ftrunc(x)
}

//go:linkname math_archFloor math.archFloor
func math_archFloor(x float64) float64 {
	return ffloor(x)
}

//go:linkname math_archCeil math.archCeil
func math_archCeil(x float64) float64 {
	return -ffloor(-x)
}

//go:linkname chacha8rand_block_generic internal/chacha8rand.block_generic
func chacha8rand_block_generic(seed unsafe.Pointer, buf unsafe.Pointer, counter uint32)

//go:linkname chacha8rand_block internal/chacha8rand.block
func chacha8rand_block(seed unsafe.Pointer, buf unsafe.Pointer, counter uint32) {
	chacha8rand_block_generic(seed, buf, counter)
}

// math/big's Word is uint.

//go:linkname big_addVV_g math/big.addVV_g
func big_addVV_g(z, x, y []uint) uint

//go:linkname big_addVV math/big.addVV
func big_addVV(z, x, y []uint) uint {
	return big_addVV_g(z, x, y)
}

//go:linkname big_subVV_g math/big.subVV_g
func big_subVV_g(z, x, y []uint) uint

//go:linkname big_subVV math/big.subVV
func big_subVV(z, x, y []uint) uint {
	return big_subVV_g(z, x, y)
}

//go:linkname big_lshVU_g math/big.lshVU_g
func big_lshVU_g(z, x []uint, s uint) uint

//go:linkname big_lshVU math/big.lshVU
func big_lshVU(z, x []uint, s uint) uint {
	return big_lshVU_g(z, x, s)
}

//go:linkname big_rshVU_g math/big.rshVU_g
func big_rshVU_g(z, x []uint, s uint) uint

//go:linkname big_rshVU math/big.rshVU
func big_rshVU(z, x []uint, s uint) uint {
	return big_rshVU_g(z, x, s)
}

//go:linkname big_mulAddVWW_g math/big.mulAddVWW_g
func big_mulAddVWW_g(z, x []uint, m, a uint) uint

//go:linkname big_mulAddVWW math/big.mulAddVWW
func big_mulAddVWW(z, x []uint, m, a uint) uint {
	return big_mulAddVWW_g(z, x, m, a)
}

//go:linkname big_addMulVVWW_g math/big.addMulVVWW_g
func big_addMulVVWW_g(z, x, y []uint, m, a uint) uint

//go:linkname big_addMulVVWW math/big.addMulVVWW
func big_addMulVVWW(z, x, y []uint, m, a uint) uint {
	return big_addMulVVWW_g(z, x, y, m, a)
}
