package main

func helper() any {
	return recover() // not called directly by the deferred function
}

func indirect() (got string) {
	defer func() {
		if helper() != nil {
			got = "helper recovered (wrong)"
		}
		if r := recover(); r != nil {
			got = "direct: " + r.(string)
		}
	}()
	panic("p")
}

func noPanic() {
	defer func() {
		println("recover without panic is nil:", recover() == nil)
	}()
}

func deferredHelper() (got string) {
	defer func() {
		got = "still panicking"
		if recover() != nil {
			got = "recovered"
		}
	}()
	defer helperDeferred()
	panic("q")
}

func helperDeferred() {
	// called directly by the defer mechanism: recover works here
	r := recover()
	println("helperDeferred got:", r.(string))
}

func main() {
	println("plain call:", recover() == nil)
	println(indirect())
	noPanic()
	println(deferredHelper())
}
