package main

type Shape interface{ Area() int }

type Sq struct{ n int }

func (s *Sq) Area() int { return s.n * s.n }

func main() {
	var s Shape = &Sq{3}
	println(s.Area())
	s = nil
	println(s.Area())
}
