// A value method called through an interface holding a nil *T panics with Go's wrapper message
// (a runtime.Error); called directly on the nil pointer it is a nil dereference.
package main

import (
	"fmt"
	"runtime"
)

type T int

func (t T) F() int { return int(t) }

type I interface{ F() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRT)
	}()
	f()
}

// gi is a package-level variable, so that native Go calls through the interface (a local would
// let its optimiser devirtualize the call, which turns the panic into a plain nil dereference).
var gi I

//go:noinline
func set(v I) { gi = v }

func main() {
	var p *T
	set(p)
	try("interface", func() { gi.F() })
	try("direct", func() { p.F() })
	x := T(7)
	set(&x)
	fmt.Println(gi.F())
	set(p)
	gi.F()
}
