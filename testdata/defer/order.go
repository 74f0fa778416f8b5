package main


func order() {
	defer println("first deferred, runs last")
	defer println("second deferred")
	defer func() { println("closure deferred, runs first") }()
	println("body")
}

type T struct{ name string }

func (t T) Close()   { println("close", t.name) }
func (t *T) Flush()  { println("flush", t.name) }

func methods() {
	a := T{"a"}
	defer a.Close()
	b := &T{"b"}
	defer b.Flush()
	a.name = "changed" // the receiver was evaluated at the defer statement
	b.name = "b2"      // but b is a pointer
}

func args() {
	x := 1
	defer println("deferred x =", x)
	x = 2
	println("x =", x)
}

func main() {
	order()
	methods()
	args()
}
