package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func minmax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func three() (int, string, bool) {
	return 1, "two", true
}

func pass() (int, int) {
	return divmod(100, 7)
}

func sum2(a, b int) int {
	return a + b
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	a, b := swap("hello", "world")
	println(a, b)
	lo, hi := minmax([]int{5, -3, 9, 2, 11, 0})
	println(lo, hi)
	x, y, z := three()
	println(x, y, z)
	_, r2 := divmod(-17, 5)
	println(r2)
	println(pass())
	println(sum2(divmod(23, 4)))
	var m, n int
	m, n = pass()
	println(m, n)
}
