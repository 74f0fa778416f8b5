// This file implements complex division, which the compiler calls for `/` on
// complex64 (widened to complex128) and complex128 values: Smith's algorithm
// (R. L. Smith, "Algorithm 116: Complex division", CACM 5(8), 1962), then the
// recovery of infinities and zeros from NaN results that C99 Annex G (G.5.1)
// specifies, as Go does.

package runtime

func fabs(x float64) float64 {
	return float64frombits(float64bits(x) &^ (1 << 63))
}

func fisNaN(x float64) bool {
	return x != x
}

func fisInf(x float64) bool {
	return x-x != x-x && x == x
}

func ffinite(x float64) bool {
	return x-x == 0
}

func fcopysign(x float64, sign float64) float64 {
	return float64frombits(float64bits(x)&^(1<<63) | float64bits(sign)&(1<<63))
}

func finf() float64 {
	return float64frombits(0x7FF0000000000000)
}

// unitOrZero is copysign(1, x) if x is infinite, else copysign(0, x).
func unitOrZero(x float64) float64 {
	if fisInf(x) {
		return fcopysign(1, x)
	}
	return fcopysign(0, x)
}

// complex128div returns (a+bi) / (c+di).
func complex128div(a float64, b float64, c float64, d float64) (float64, float64) {
	var e, f float64
	if fabs(c) >= fabs(d) {
		ratio := d / c
		denom := c + ratio*d
		e = (a + b*ratio) / denom
		f = (b - a*ratio) / denom
	} else {
		ratio := c / d
		denom := d + ratio*c
		e = (a*ratio + b) / denom
		f = (b*ratio - a) / denom
	}
	if fisNaN(e) && fisNaN(f) {
		if c == 0 && d == 0 && (!fisNaN(a) || !fisNaN(b)) {
			e = fcopysign(finf(), c) * a
			f = fcopysign(finf(), c) * b
		} else if (fisInf(a) || fisInf(b)) && ffinite(c) && ffinite(d) {
			a = unitOrZero(a)
			b = unitOrZero(b)
			e = finf() * (a*c + b*d)
			f = finf() * (b*c - a*d)
		} else if (fisInf(c) || fisInf(d)) && ffinite(a) && ffinite(b) {
			c = unitOrZero(c)
			d = unitOrZero(d)
			e = 0 * (a*c + b*d)
			f = 0 * (b*c - a*d)
		}
	}
	return e, f
}
