// == and != on structs and arrays of more than 32 scalar parts (heap snapshots): blank fields ignored, -0 == +0, uncomparable dynamic types inside panic.
package main

import "fmt"

type Big struct {
	a [40]int
	s string
	_ int
	i any
}

func main() {
	var x, y Big
	x.a[39] = 1
	y.a[39] = 1
	x.s, y.s = "hi", "hi"
	fmt.Println(x == y, x != y)
	y.a[3] = 2
	fmt.Println(x == y, x != y)
	var p, q [50]float64
	p[7] = 0.0
	q[7] = -0.0
	fmt.Println(p == q)
	x.i = []int{1}
	y = x
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(x == y)
}
