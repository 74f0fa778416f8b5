package main

func main() {
	a, b := 17, 5
	println(a+b, a-b, a*b, a/b, a%b)
	println(-a/b, -a%b, a/-b, a%-b)
	c := -7
	println(c>>1, c<<2, uint(7)>>1)
	println(a&b, a|b, a^b, a&^b, ^a)
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	println(x)
	x <<= 3
	x >>= 1
	x |= 1
	x &= 0xff
	x ^= 0x0f
	println(x)
	x++
	x--
	x++
	println(x)
	var u uint = 3
	println(u-4 > 0, u*5)
	println(0x7f, 0o17, 0b1011, 1_000_000)
}
