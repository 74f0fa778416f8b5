package main

// Blank fields of a struct literal stay zero (their values are still evaluated).

import (
	"fmt"
	"reflect"
)

var n int

func f() int { n++; return 7 }

var x = struct{ a, _, c int }{1, 2, 3}

func main() {
	y := struct {
		a int
		_ int
		c int
	}{1, f(), 3}
	fmt.Println(reflect.ValueOf(x).Field(1).Int(), reflect.ValueOf(y).Field(1).Int(), n)
	fmt.Printf("%v %v\n", x, y)
}
