package main

func i8(a, b int8) (int8, int8, int8, int8, int8) { return a + b, a - b, a * b, a / b, a % b }
func u8(a, b uint8) (uint8, uint8, uint8, uint8, uint8) { return a + b, a - b, a * b, a / b, a % b }
func i16(a, b int16) (int16, int16, int16) { return a + b, a * b, -a }
func u16(a, b uint16) (uint16, uint16, uint16) { return a + b, a * b, -a }
func i32(a, b int32) (int32, int32, int32, int32) { return a + b, a * b, a / b, a % b }
func u32(a, b uint32) (uint32, uint32, uint32) { return a + b, a * b, a / b }
func i64(a, b int64) (int64, int64, int64, int64) { return a + b, a * b, a / b, a % b }
func u64(a, b uint64) (uint64, uint64, uint64, uint64) { return a + b, a * b, a / b, a % b }

func shifts(x int8, y uint8, z int64, w uint64, s uint) {
	println(x<<s, x>>s, y<<s, y>>s, z<<s, z>>s, w<<s, w>>s)
}

func main() {
	println(i8(127, 1))
	println(i8(-128, -1))
	println(u8(255, 2))
	println(u8(3, 250))
	println(i16(32767, 2))
	println(u16(65535, 3))
	println(i32(2147483647, 2))
	println(i32(-2147483648, -1))
	println(u32(4294967295, 4294967295))
	println(i64(9223372036854775807, 2))
	println(i64(-9223372036854775808, -1))
	println(u64(18446744073709551615, 7))
	println(-7/2, -7%2, 7/-2, 7%-2)
	for _, s := range []uint{0, 1, 3, 7, 8, 9, 31, 32, 33, 63, 64, 65, 200} {
		shifts(-100, 200, -12345, 12345, s)
	}
	var a int = -1
	println(uint8(a), uint16(a), uint32(a), uint64(a), int8(300+a), int16(70000+a), int32(a))
	var f float64 = 3.99
	println(int(f), int8(f), uint8(f), int(-f), int64(1e18), uint64(1.8e19), uint32(f), float32(f))
	var big uint64 = 1<<64 - 1
	println(float64(big), float32(big), float64(int64(-1)), float32(16777217))
	x := 0.1
	y := 0.2
	println(x+y, x*y, x/y, float32(x)+float32(y), float32(0.1)*3)
	var c complex128 = complex(1, 2)
	d := c * c
	println(d, real(d), imag(d), c+d, c == d, c != d)
	println(^5, ^uint8(5), 5 &^ 3, -(-128))
	var m8 int8 = -128
	println(-m8, m8/-1, m8*m8)
	println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.5), max("a", "b"), min("b", "a", "c"))
}
