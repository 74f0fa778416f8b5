// Two-phase assignment (spec): the operands of the left side and the right side are evaluated
// first, then the assignments are carried out left to right, so an index out of range or a nil
// dereference in a later target happens after the earlier targets were assigned.
package main

import "fmt"

type P struct{ i int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	m := map[int]int{}
	s := []int{}
	try("slice", func() { m[1], s[1] = 10, 20 })
	fmt.Println("m[1] =", m[1])

	var p *P
	try("field", func() { m[2], p.i = 30, 40 })
	fmt.Println("m[2] =", m[2])

	var arr [2]int
	i := 5
	try("array", func() { arr[0], arr[i%4] = 1, 2 })
	fmt.Println("arr =", arr)

	x := P{}
	q := &x
	q, q.i = new(P), 4 // q.i is &x.i, evaluated before q changes
	fmt.Println(x.i, q.i)

	a := []int{1, 2, 3}
	j := 0
	j, a[j] = 2, 9 // a[j] uses j == 0
	fmt.Println(j, a)
}
