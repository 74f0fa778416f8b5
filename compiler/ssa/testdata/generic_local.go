package main

// Generic code and types: types declared inside generic functions (one type
// per instantiation, recursive ones included, asserted through interfaces),
// promoted methods of an instance embedding a pointer, and methods of
// type-parameter values called through their constraint (static call for a
// concrete argument, invoke for an interface argument, pointer constraint).

type I interface{ M() int }
type S struct{ v int }

func (s *S) M() int { return s.v }

func F[T any](x, y T) (T, int) {
	type pair struct{ a, b T }
	type list struct {
		p    pair
		next *list
	}
	l := &list{pair{x, y}, &list{p: pair{y, x}}}
	n := 0
	for e := l; e != nil; e = e.next {
		n++
	}
	var v any = l.next.p
	_, isPair := v.(pair)
	if isPair {
		n += 10
	}
	return l.next.p.a, n
}

type Embed[T any] struct {
	*S
	x T
}

func main() {
	a, n := F(1, 2)
	b, m := F("x", "y")
	println(a, n, b, m)
	var i I = Embed[string]{&S{4}, "q"}
	println(i.M())
}

func G[T I](x T) int { return x.M() }

func H[P interface {
	*S
	M() int
}](p P) int {
	return p.M()
}

func init() {
	println(G[*S](&S{3}), G[I](&S{4}), H(&S{5}))
}
