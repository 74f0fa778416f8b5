// This file implements shortest round-trip formatting of floats for print
// and println, exactly as Go 1.26 prints them (strconv 'g' with precision
// -1: "1.5", "1e+21", "0.1", "5e-324", "+Inf", "NaN", "-0").
//
// The digits come from the free-format algorithm of Steele & White as refined
// by Burger & Dybvig: with exact multiprecision integers r/s = v and m+/s, m-/s
// the half-gaps to the neighbouring floats, generate decimal digits until the
// remainder is within the rounding interval, so the output is the shortest
// decimal that reads back as v, and the closest such one. Interval ends are
// inclusive when the mantissa is even (round-half-even reading). The
// multiprecision numbers (nat) are little-endian uint32 words in fixed arrays
// held in package variables, so formatting never allocates.
//
// Written in the conservative Go subset the runtime uses (no imports but
// unsafe elsewhere, no interfaces, maps or closures).

package runtime

const natWords = 40

type nat struct {
	w [natWords]uint32
	n int // number of significant words
}

var ftoaR, ftoaS, ftoaMp, ftoaMm, ftoaT nat
var ftoaDigits [32]byte

func natSetUint64(z *nat, v uint64) {
	z.n = 0
	for v != 0 {
		z.w[z.n] = uint32(v)
		z.n++
		v >>= 32
	}
}

func natCopy(z *nat, x *nat) {
	for i := 0; i < x.n; i++ {
		z.w[i] = x.w[i]
	}
	z.n = x.n
}

// natShl sets z = z << k.
func natShl(z *nat, k int) {
	if z.n == 0 || k == 0 {
		return
	}
	words := k / 32
	bits := uint(k % 32)
	n := z.n
	if bits == 0 {
		for i := n - 1; i >= 0; i-- {
			z.w[i+words] = z.w[i]
		}
	} else {
		z.w[n+words] = 0
		for i := n - 1; i >= 0; i-- {
			x := z.w[i]
			z.w[i+words+1] |= x >> (32 - bits)
			z.w[i+words] = x << bits
		}
		n++
	}
	for i := 0; i < words; i++ {
		z.w[i] = 0
	}
	z.n = n + words
	natNorm(z)
}

func natNorm(z *nat) {
	for z.n > 0 && z.w[z.n-1] == 0 {
		z.n--
	}
}

// natMulSmall sets z = z * m.
func natMulSmall(z *nat, m uint32) {
	var carry uint64
	for i := 0; i < z.n; i++ {
		t := uint64(z.w[i])*uint64(m) + carry
		z.w[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		z.w[z.n] = uint32(carry)
		z.n++
	}
}

// natMulPow10 sets z = z * 10^k.
func natMulPow10(z *nat, k int) {
	for k >= 9 {
		natMulSmall(z, 1000000000)
		k -= 9
	}
	p := uint32(1)
	for k > 0 {
		p *= 10
		k--
	}
	if p != 1 {
		natMulSmall(z, p)
	}
}

// natAdd sets z = x + y (z may alias x or y).
func natAdd(z *nat, x *nat, y *nat) {
	n := x.n
	if y.n > n {
		n = y.n
	}
	var carry uint64
	for i := 0; i < n; i++ {
		var a, b uint64
		if i < x.n {
			a = uint64(x.w[i])
		}
		if i < y.n {
			b = uint64(y.w[i])
		}
		t := a + b + carry
		z.w[i] = uint32(t)
		carry = t >> 32
	}
	z.n = n
	if carry != 0 {
		z.w[n] = uint32(carry)
		z.n = n + 1
	}
}

// natSub sets z = z - y, for z >= y.
func natSub(z *nat, y *nat) {
	var borrow uint64
	for i := 0; i < z.n; i++ {
		var b uint64
		if i < y.n {
			b = uint64(y.w[i])
		}
		t := uint64(z.w[i]) - b - borrow
		z.w[i] = uint32(t)
		borrow = (t >> 32) & 1
	}
	natNorm(z)
}

func natCmp(x *nat, y *nat) int {
	if x.n != y.n {
		if x.n < y.n {
			return -1
		}
		return 1
	}
	for i := x.n - 1; i >= 0; i-- {
		if x.w[i] != y.w[i] {
			if x.w[i] < y.w[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// highReached reports whether r + m+ reaches s (>= when inclusive, > otherwise).
func highReached(inclusive bool) bool {
	natAdd(&ftoaT, &ftoaR, &ftoaMp)
	c := natCmp(&ftoaT, &ftoaS)
	return c > 0 || (inclusive && c == 0)
}

// shortestDigits fills ftoaDigits with the shortest digits of f * 2^e (f > 0)
// and returns their count and the decimal point position dp (v = 0.d1d2... * 10^dp).
func shortestDigits(f uint64, e int, mantBits int, minExp int) (int, int) {
	unequal := f == uint64(1)<<uint(mantBits) && e > minExp
	if e >= 0 {
		natSetUint64(&ftoaR, f)
		natShl(&ftoaR, e+1)
		natSetUint64(&ftoaS, 2)
		natSetUint64(&ftoaMp, 1)
		natShl(&ftoaMp, e)
		natSetUint64(&ftoaMm, 1)
		natShl(&ftoaMm, e)
		if unequal {
			natShl(&ftoaR, 1)
			natShl(&ftoaS, 1)
			natShl(&ftoaMp, 1)
		}
	} else {
		natSetUint64(&ftoaR, f)
		natShl(&ftoaR, 1)
		natSetUint64(&ftoaS, 1)
		natShl(&ftoaS, 1-e)
		natSetUint64(&ftoaMp, 1)
		natSetUint64(&ftoaMm, 1)
		if unequal {
			natShl(&ftoaR, 1)
			natShl(&ftoaS, 1)
			natShl(&ftoaMp, 1)
		}
	}
	inclusive := f%2 == 0
	// estimate k = ceil(log10(v)) from the binary exponent, then fix it up
	bitlen := 0
	for t := f; t != 0; t >>= 1 {
		bitlen++
	}
	k := ceilLog10Pow2(e + bitlen - 1)
	if k >= 0 {
		natMulPow10(&ftoaS, k)
	} else {
		natMulPow10(&ftoaR, -k)
		natMulPow10(&ftoaMp, -k)
		natMulPow10(&ftoaMm, -k)
	}
	for highReached(inclusive) {
		natMulSmall(&ftoaS, 10)
		k++
	}
	for {
		// stop when 10*(r + m+) reaches s: the first digit is then non-zero
		natAdd(&ftoaT, &ftoaR, &ftoaMp)
		natMulSmall(&ftoaT, 10)
		c := natCmp(&ftoaT, &ftoaS)
		if c > 0 || (inclusive && c == 0) {
			break
		}
		natMulSmall(&ftoaR, 10)
		natMulSmall(&ftoaMp, 10)
		natMulSmall(&ftoaMm, 10)
		k--
	}
	nd := 0
	for {
		natMulSmall(&ftoaR, 10)
		natMulSmall(&ftoaMp, 10)
		natMulSmall(&ftoaMm, 10)
		d := 0
		for natCmp(&ftoaR, &ftoaS) >= 0 {
			natSub(&ftoaR, &ftoaS)
			d++
		}
		c1 := natCmp(&ftoaR, &ftoaMm)
		low := c1 < 0 || (inclusive && c1 == 0)
		high := highReached(inclusive)
		if !low && !high {
			ftoaDigits[nd] = byte('0' + d)
			nd++
			continue
		}
		if low && high {
			// both neighbours qualify: take the closer one (ties to even)
			natCopy(&ftoaT, &ftoaR)
			natShl(&ftoaT, 1)
			c := natCmp(&ftoaT, &ftoaS)
			if c > 0 || (c == 0 && d%2 == 1) {
				d++
			}
		} else if high {
			d++
		}
		ftoaDigits[nd] = byte('0' + d)
		nd++
		break
	}
	return nd, k
}

// ceilLog10Pow2 approximates ceil(log10(2^x)); the caller corrects it by one if needed.
func ceilLog10Pow2(x int) int {
	// 78913 / 2^18 ~= log10(2)
	v := x * 78913
	if v >= 0 {
		return (v >> 18) + 1
	}
	return -((-v) >> 18)
}

// formatFloatBits writes the shortest 'g' form of an IEEE float given by its
// bits into buf and returns the length. mantBits/expBits are 52/11 or 23/8.
func formatFloatBits(bits uint64, mantBits int, expBits int, buf []byte) int {
	neg := (bits>>uint(mantBits+expBits))&1 != 0
	exp := int(bits>>uint(mantBits)) & (1<<uint(expBits) - 1)
	mant := bits & (uint64(1)<<uint(mantBits) - 1)
	bias := 1<<uint(expBits-1) - 1
	n := 0
	if exp == 1<<uint(expBits)-1 {
		if mant != 0 {
			return copyStr(buf, 0, "NaN")
		}
		if neg {
			return copyStr(buf, 0, "-Inf")
		}
		return copyStr(buf, 0, "+Inf")
	}
	if neg {
		buf[0] = '-'
		n = 1
	}
	if exp == 0 && mant == 0 {
		buf[n] = '0'
		return n + 1
	}
	minExp := 1 - bias - mantBits
	var f uint64
	var e int
	if exp == 0 {
		f = mant
		e = minExp
	} else {
		f = mant | uint64(1)<<uint(mantBits)
		e = exp - bias - mantBits
	}
	nd, dp := shortestDigits(f, e, mantBits, minExp)
	// %e when the exponent is < -4 or >= 6 (strconv's rule for the shortest 'g')
	x := dp - 1
	if x < -4 || x >= 6 {
		return n + formatE(buf, n, nd, x)
	}
	return n + formatF(buf, n, nd, dp)
}

func copyStr(buf []byte, at int, s string) int {
	for i := 0; i < len(s); i++ {
		buf[at+i] = s[i]
	}
	return len(s)
}

// formatE writes d.ddde±xx at buf[at:], returning the number of bytes.
func formatE(buf []byte, at int, nd int, x int) int {
	i := at
	buf[i] = ftoaDigits[0]
	i++
	if nd > 1 {
		buf[i] = '.'
		i++
		for j := 1; j < nd; j++ {
			buf[i] = ftoaDigits[j]
			i++
		}
	}
	buf[i] = 'e'
	i++
	if x < 0 {
		buf[i] = '-'
		x = -x
	} else {
		buf[i] = '+'
	}
	i++
	if x >= 100 {
		buf[i] = byte('0' + x/100)
		i++
	}
	buf[i] = byte('0' + x/10%10)
	buf[i+1] = byte('0' + x%10)
	i += 2
	return i - at
}

// formatF writes the digits in positional notation at buf[at:].
func formatF(buf []byte, at int, nd int, dp int) int {
	i := at
	if dp <= 0 {
		buf[i] = '0'
		i++
	} else {
		for j := 0; j < dp; j++ {
			if j < nd {
				buf[i] = ftoaDigits[j]
			} else {
				buf[i] = '0'
			}
			i++
		}
	}
	if nd > dp {
		buf[i] = '.'
		i++
		for j := dp; j < 0; j++ {
			buf[i] = '0'
			i++
		}
		start := dp
		if start < 0 {
			start = 0
		}
		for j := start; j < nd; j++ {
			buf[i] = ftoaDigits[j]
			i++
		}
	}
	return i - at
}
