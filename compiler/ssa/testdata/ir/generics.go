// Generics by instantiation: each instantiation of a generic function or
// type is its own function, named with its type arguments.
package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func main() {
	var s Stack[string]
	s.Push("a")
	x, ok := s.Pop()
	println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), x, ok)
}
