package main

func makeCounter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func main() {
	c1 := makeCounter()
	c2 := makeCounter()
	println(c1(), c1(), c1(), c2())
	add5 := adder(5)
	for _, v := range apply([]int{1, 2, 3}, add5) {
		print(v, " ")
	}
	println()
	total := 0
	sum := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	sum(1, 2, 3)
	sum(10, 20)
	println("total", total)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	fibgen := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		print(fibgen(), ",")
	}
	println()
}
