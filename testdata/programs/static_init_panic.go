// An initializer with a constant index out of range of a slice literal: the
// panic must happen at run time, in order, after the initializers before it.
package main

import "fmt"

var (
	table  = []int{1, 2, 3}
	before = report("before")
	bad    = table[5]
	after  = report("after")
)

func report(s string) string {
	fmt.Println("init", s, table)
	return s
}

func main() {
	fmt.Println("unreachable", bad, before, after)
}
