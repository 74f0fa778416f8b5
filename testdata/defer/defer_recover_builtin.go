// `defer recover()`: it recovers when it runs at the normal return of a function that a panic's
// deferred call called directly (as if that function called recover), and is a no-op when a panic
// runs it or when the deferring function was not called by a panic.
package main

import "fmt"

func squelch() {
	defer fmt.Println("squelch: after recover, r =", recover())
}

func viaDefer() (caught bool) {
	defer func() {
		caught = recover() == nil // the panic was already recovered by `defer recover()`
	}()
	defer func() {
		defer recover()
	}()
	panic("a")
}

func sequential() (second any) {
	defer func() { second = recover() }()
	defer func() {
		defer recover() // runs after the deferred func below recovered "c", at a normal return: recovers "b"
		defer func() { fmt.Println("inner recovered:", recover()) }()
		panic("c")
	}()
	panic("b")
}

func swapped() (got any) {
	defer func() { got = recover() }()
	defer func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		defer recover() // run by panic "e": a no-op
		panic("e")
	}()
	panic("d")
}

func notDeferred() {
	defer recover() // main called this function, no panic is running it: no-op
}

func main() {
	fmt.Println("viaDefer:", viaDefer())
	fmt.Println("sequential: second =", sequential())
	fmt.Println("swapped: outer =", swapped())
	notDeferred()
	squelch()
	defer fmt.Println("main's deferred print runs")
	defer recover() // main is not called by a panic: the panic below still kills the program
	panic("f")
}
