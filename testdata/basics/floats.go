package main

func main() {
	println(0.0, 1.0, -1.0, 1.5, 0.1, 0.2, 0.1+0.2)
	println(3.141592653589793, 2.718281828459045, 1e6, 1e20, 1e21, 1e22)
	println(1e-4, 1e-5, 1e-7, 123456789.0, 1234567890123.0, 0.000123)
	println(100.0, 12345.678, -987.25, 1.0/3.0, 2.0/3.0)
	var f32 float32 = 0.1
	println(f32, float32(1.0)/3, float32(16777216.0)+1, float32(1e10))
	var z float64
	println(1/z, -1/z, z/z, -z)
	x := 1.0
	for i := 0; i < 12; i++ {
		x *= 7.5
		println(i, x, -x/1000)
	}
	t, nt := 3.99, -3.99
	println(float64(7)/2, float64(int64(-3)), int(t), int(nt))
	var f float64 = 1e300
	println(f*f, -f*f)
	println(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
	y := 0.5
	println(y < 1, y == 0.5, y > 0.25, y != y)
	var a float32 = 3.25
	var b float64 = float64(a) * 2
	println(a, b, float32(b)/4)
	m25 := float32(-2.5)
	println(int64(1e18), uint64(1.8e19), int32(m25))
	c := 10.0
	c /= 4
	c += 0.125
	c -= 1
	println(c)
}
