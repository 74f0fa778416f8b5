// runtime.SetFinalizer on a value that is not a pointer is a fatal error.
package main

import "runtime"

func main() {
	println("before")
	x := 5
	runtime.SetFinalizer(x, nil)
	println("after")
}
