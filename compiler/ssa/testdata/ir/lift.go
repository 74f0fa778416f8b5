// Lifting: locals become registers with phis; a, b = b, a in a loop makes phis
// that read each other; a local whose address is only loaded and stored
// through is lifted too (twice), one whose address is passed to a call is a
// heap `new` (counter).
package main

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func sum(xs []int) (total int) {
	for _, x := range xs {
		if x < 0 {
			continue
		}
		total += x
	}
	return
}

func incr(p *int) { *p++ }

func counter() int {
	n := 0
	incr(&n)
	incr(&n)
	return n
}

func twice(x int) int {
	p := &x
	*p *= 2
	return x
}

func main() {
	println(fib(10), sum([]int{1, -2, 3}), counter(), twice(4))
}
