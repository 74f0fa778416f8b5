package main

type I interface {
	M()
	N()
}

type T struct{}

func (T) M() {}

func main() {
	var x any = T{}
	_, ok := x.(I)
	println("ok:", ok)
	_ = x.(I)
	println("unreachable")
}
