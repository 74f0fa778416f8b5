// Type assertions and type switches to a type parameter are checked at run
// time, whatever the interface's methods: the type argument may satisfy it.
package main

type Shower interface{ Show() string }

type N int

func (n N) Show() string { return "N" }

func as[T any](x Shower) (T, bool) {
	t, ok := x.(T)
	return t, ok
}

func kind[T any](x interface{ Show() string }) string {
	switch x.(type) {
	case T:
		return "T"
	default:
		return "other"
	}
}

func main() {
	n, ok := as[N](N(4))
	println(n, ok)
	_, ok = as[int](N(4))
	println(ok)
	println(kind[N](N(1)), kind[string](N(1)))
}
