package main

func Id[T any](x T) T { return x }
func Apply[T, R any](x T, f func(T) R) R { return f(x) }
func Keys[M ~map[K]V, K comparable, V any](m M) []K { var r []K; for k := range m { r = append(r, k) }; return r }
func Max[T int | float64](a, b T) T { if a > b { return a }; return b }

type Pair[K comparable, V any] struct { k K; v V }
func (p Pair[K, V]) Key() K { return p.k }
type Set[T comparable] map[T]struct{}
func (s Set[T]) Add(x T) { s[x] = struct{}{} }

func main() {
	var f func(int) int = Id
	_ = f
	_ = Apply(3, Id[int])
	_ = Apply(3, Id)
	_ = Keys(map[string]int{})
	var x float64 = Max(1, 2.5)
	_ = x
	p := Pair[string, int]{"a", 1}
	var k string = p.Key()
	_ = k
	s := Set[int]{}
	s.Add(1)
	var q Pair[string, int] = p
	_ = q
}
