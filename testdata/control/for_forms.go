package main

func main() {
	// three-clause
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println("sum", sum)
	// condition only
	n := 1
	for n < 1000 {
		n *= 3
	}
	println("n", n)
	// infinite with break
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	println("k", k)
	// continue
	odds := 0
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			continue
		}
		odds += i
	}
	println("odds", odds)
	// multiple variables
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		println(i, j)
	}
	// down counting, unsigned
	for u := uint8(3); u > 0; u-- {
		print(u, " ")
	}
	println()
	// empty post
	x := 0
	for x < 5 {
		x += 2
	}
	println("x", x)
	// nested with per-iteration variables
	count := 0
	for i := 0; i < 5; i++ {
		for j := i; j < 5; j++ {
			count++
		}
	}
	println("count", count)
	// for with only init and cond
	for p := 1; p < 100; {
		p *= 5
		println("p", p)
	}
}
