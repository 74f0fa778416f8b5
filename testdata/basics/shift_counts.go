// Untyped constant shift counts of every kind (integer, float, complex, up to
// MaxUint) are converted to uint, as the spec says.
package main

const maxUint = ^uint(0)

func main() {
	var x int = 1
	println(x<<1., x<<(1+0i), x<<0i, x<<(1<<x), x<<(1.<<x), x<<((1+0i)<<x), x<<(0i<<x))
	println(x<<(maxUint+0), x<<(maxUint+0.), x<<(maxUint+0.+0i), x>>(maxUint+0))
	var u uint8 = 0x81
	println(u<<1., u>>(7+0i), -x>>(64.))
}
