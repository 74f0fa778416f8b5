package main

// Generic functions by instantiation: Map/Filter/Reduce with closures,
// arithmetic under ~int|~float64 constraints, ordered comparisons, explicit
// and inferred type arguments, generic function values, and generic closures
// capturing type-parameter-typed variables.

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type Celsius float64
type ID int32

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	return Sum(xs...) / T(len(xs))
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func Counter[T Number](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Double[T Number](x T) T { return x * 2 }

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Zero[T any]() T {
	var z T
	return z
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int"
	case string:
		return "string " + v
	case Celsius:
		return "celsius"
	default:
		return "other"
	}
}

type Vec []float64

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	sq := Map(xs, func(x int) int { return x * x })
	for _, v := range sq {
		print(v, " ")
	}
	println()
	strs := Map(xs, func(x int) string { return string(rune('a' + x)) })
	println(len(strs), strs[0], strs[5])
	evens := Filter(xs, func(x int) bool { return x%2 == 0 })
	println(len(evens), evens[0], evens[1], evens[2])
	total := Reduce(xs, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	println(total)
	joined := Reduce(strs, "", func(a string, s string) string { return a + s })
	println(joined)

	println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int64](), Sum(Celsius(1.5), Celsius(2)))
	println(Average([]int{1, 2, 3, 4}), Average([]float64{1, 2, 3, 4}), Average([]ID{7, 8}))
	println(Max(3, 9, 2), Max("pear", "apple", "zoo"), Max(2.5), Max[uint8](200, 100))
	v := Scale(Vec{1, 2.5}, 2)
	println(len(v), v[0], v[1])
	w := Scale([]int32{1, 2, 3}, 3)
	println(w[0], w[1], w[2])

	c := Counter(3)
	c()
	c()
	println(c())
	cf := Counter(0.25)
	cf()
	println(cf())

	println(Apply(5, Double[int], func(x int) int { return x + 1 }), Apply(1.5, Double[float64]))
	d := Double[ID]
	println(d(21))
	println(Index([]string{"a", "b", "c"}, "c"), Index(xs, 42), Index([]Celsius{1, 2}, 2))
	println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	println(Keys(map[string]int{"a": 1, "b": 2}), Keys(map[int]bool{}))
	a, b := "x", "y"
	Swap(&a, &b)
	p, q := 1.5, 2.5
	Swap(&p, &q)
	println(a, b, p, q)
	println(Describe(1), Describe("s"), Describe(Celsius(2)), Describe(2.5))
}
