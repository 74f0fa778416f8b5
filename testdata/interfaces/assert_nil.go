package main

type Stringer interface{ String() string }

func main() {
	var x any
	s, ok := x.(Stringer)
	println(s == nil, ok)
	s = x.(Stringer)
	println("unreachable", s == nil)
}
