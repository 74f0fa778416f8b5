package main

// `go x.M()` with a nil interface x panics at the go statement (evaluating
// the method value), in the goroutine that runs it.

type I interface{ M() }

func main() {
	defer func() { println("recovered:", recover() != nil) }()
	var x I
	go x.M()
	println("not reached")
}
