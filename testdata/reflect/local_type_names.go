package main

// Types declared inside a generic function are distinct per instantiation
// (whether or not they mention the type parameters), and Go spells them with
// the function's type arguments; type arguments use link names (package
// paths, `·N` after types declared inside functions).

import (
	"encoding/json"
	"fmt"
)

type G[T any] struct{}

func F[A any, C any]() []any {
	type L struct{ a A }
	type M int
	type T[B any] struct{}
	type U[_ any] int
	fmt.Printf("%T %T %T %T %T %T\n", L{}, M(0), T[int]{}, T[M]{}, G[M]{}, T[U[M]]{})
	fmt.Println(fmt.Sprintf("%T", []M{}), fmt.Sprintf("%T", map[M]L{}))
	return []any{M(1), T[int]{}, T[A]{}, func() any { type InClosure bool; return InClosure(true) }()}
}

func Same[A any](x A) any {
	type Box struct{ v int }
	return Box{1}
}

func main() {
	type Loc int
	type Gen[X any] int
	a := F[int, string]()
	b := F[Loc, Gen[Loc]]()
	c := F[int, string]()
	for i := range a {
		fmt.Printf("%d: %T %v %v\n", i, b[i], a[i] == b[i], a[i] == c[i])
	}
	fmt.Println(Same(1) == Same(2), Same(1) == Same("x"), Same(1) == Same(Loc(1)))
	fmt.Printf("%T %T %T\n", Loc(0), Gen[int](0), G[Loc]{})
	fmt.Printf("%T %T %T %T\n", G[json.Number]{}, G[[]Loc]{}, G[map[Loc]*Loc]{}, G[struct{ X Loc }]{})
	fmt.Printf("%T %T\n", G[func(Loc) error]{}, G[interface{ M(Loc) }]{})
}
