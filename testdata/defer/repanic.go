package main

func inner() {
	defer func() {
		r := recover()
		println("inner recovered:", r.(string))
		panic("again: " + r.(string))
	}()
	panic("first")
}

func outer() {
	defer func() {
		println("outer recovered:", recover().(string))
	}()
	inner()
	println("not reached")
}

func main() {
	outer()
	defer println("main deferred")
	defer func() {
		r := recover()
		panic(r) // re-panic the same value: "[recovered, repanicked]"
	}()
	panic("fatal")
}
