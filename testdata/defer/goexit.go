package main

import "runtime"

func cleanup(s string) {
	println("cleanup", s)
}

func f() {
	defer cleanup("f")
	defer func() {
		println("recover during Goexit is nil:", recover() == nil)
	}()
	runtime.Goexit()
	println("not reached")
}

func main() {
	defer cleanup("main")
	f()
	println("not reached either")
}
