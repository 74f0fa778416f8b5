// Types defined from a struct type that is still being declared (type T2 T1
// inside T1's fields), through chains and pointers to arrays.
package main

import "fmt"

type T1 struct {
	Next *T2
	V    int
}

type T2 T1

type T3 struct {
	Next *T4
	V    string
}

type T4 T5
type T5 T6
type T6 T3

type T18 *[3]T19
type T19 T18

func main() {
	a := &T1{Next: &T2{V: 2}, V: 1}
	b := T2(*a)
	fmt.Println(a.V, a.Next.V, b.V, b.Next.V)
	c := &T4{Next: &T4{V: "inner"}, V: "outer"}
	fmt.Printf("%s %s %T %T\n", c.V, c.Next.V, c, *c)
	var t19s [3]T19
	x := T18(&t19s)
	fmt.Println(len(x), x[0] == nil)
}
