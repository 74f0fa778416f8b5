package main

// Float keys: NaN is never equal to itself (every NaN insert adds an entry,
// no lookup finds one, delete cannot remove one); +0 and -0 are the same key.

func main() {
	zero := 0.0
	nan := zero / zero
	negZero := -zero
	m := map[float64]string{}
	m[nan] = "nan1"
	m[nan] = "nan2"
	m[nan] = "nan3"
	println(len(m))
	_, ok := m[nan]
	println("nan found:", ok)
	delete(m, nan)
	println("after delete nan:", len(m))
	m[0] = "zero"
	m[negZero] = "negzero"
	println(len(m), m[0], m[negZero])
	delete(m, negZero)
	_, ok = m[0]
	println("zero after delete -0:", ok, len(m))
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
			if len(v) != 4 {
				println("bad value", v)
			}
		}
	}
	println("nans in range:", nans)
	m[1.5] = "x"
	m[-1.5] = "y"
	println(m[1.5], m[-1.5], m[3/2.0])
	clear(m)
	println("after clear:", len(m))

	f32 := map[float32]int{}
	z32 := float32(0)
	f32[z32] = 1
	f32[-z32]++
	f32[z32/z32] = 7
	println(len(f32), f32[0])

	c := map[complex128]int{}
	c[complex(0, 1)] = 1
	c[complex(negZero, 1)]++
	c[complex(nan, 0)] = 5
	println(len(c), c[1i])
	inf := 1 / zero
	c[complex(inf, -inf)] = 3
	println(c[complex(inf, -inf)], len(c))
}
