package main

func main() {
	vals := []float64{0, 1, -1, 0.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 1e22, 1e23, 123456789, 1234567, 123456, 100000, 1e6, 1e-4, 1e-5, 1e-7,
		5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 9007199254740993, 3.141592653589793, 2.718281828459045, 6.02214076e23, 1.602176634e-19}
	for _, v := range vals {
		println(v, -v, float32(v))
	}
	var zero float64
	inf := 1 / zero
	nan := zero / zero
	println(inf, -inf, nan, -zero, zero*-1, float32(inf), float32(nan))
	f := float32(0.1)
	var g float32 = 0
	for i := 0; i < 10; i++ {
		g += f
	}
	println(g, g == 1, float64(g))
	h := 1.0
	for i := 0; i < 60; i++ {
		h *= 3.7
		print(h, " ")
	}
	println()
	println(complex(1, 2), complex(-1.5, -0.25), complex64(complex(0.1, 0.2)), complex(inf, nan))
	x := 7.0
	y := 2.0
	println(x/y, int(x/y), int64(-x/y), uint8(x), float32(x)/float32(3))
	println(min(0.0, -zero), max(nan, 1), min(inf, 3))
}
