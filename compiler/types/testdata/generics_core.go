package main

type Number interface{ ~int | ~float64 }

func Sum[S ~[]E, E Number](s S) E {
	var t E
	for _, x := range s {
		t += x
	}
	return t
}

func First[T any](s []T) T { return s[0] }
func Push[S ~[]E, E any](s S, e E) S { return append(s, e) }
func Send[C ~chan E, E any](c C, e E) { c <- e }
func Len[T ~string | ~[]byte](x T) int { return len(x) }
func Conv[T ~int | ~float64](x int) T { return T(x) }
func Less[T int | string](a, b T) bool { return a < b }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

type MyInts []int

func main() {
	_ = Sum(MyInts{1, 2})
	_ = First([]string{"a"})
	_ = Push(MyInts{}, 1)
	Send(make(chan int, 1), 1)
	_ = Len("abc")
	_ = Conv[float64](1)
	_ = Less(1, 2)
	var s Stack[int]
	s.Push(1)
	_ = s.Pop()
	var t Stack[int]
	_ = t
}
