// Two functions declare local types of the same name and instantiate the same
// generic functions and types with them: each instantiation is its own.
package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, e := range s {
		out = append(out, f(e))
	}
	return out
}

func first() {
	type Person struct {
		Name string
		Age  int
	}
	ps := []Person{{"Ann", 30}, {"Bob", 4}}
	names := Map(ps, func(p Person) string { return p.Name })
	println(names[0], names[1], Box[Person]{ps[1]}.Get().Age)
}

func second() {
	type Person struct {
		Age  int
		Name string
		Tall bool
	}
	ps := []Person{{7, "Cy", true}}
	ages := Map(ps, func(p Person) int { return p.Age * 2 })
	b := Box[Person]{ps[0]}
	println(ages[0], b.Get().Name, b.Get().Tall)
}

func main() {
	first()
	second()
}
