package main

// More generic code: range-over-func iterators, generics calling generics
// with their own type parameters, builtins on type-parameter values (len,
// min, max, append, make, clear), conversions between type parameters,
// named results and defer/recover in instantiations, generic types as map
// keys, and recursive generic functions.

type Bytes interface{ ~string | ~[]byte }

type Key[T comparable] struct {
	A, B T
}

func All[T any](xs []T) func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Collect[T any](seq func(yield func(int, T) bool)) []T {
	var out []T
	for _, x := range seq {
		out = append(out, x)
	}
	return out
}

func FirstOver[T ~int | ~float64](xs []T, limit T) (T, bool) {
	for _, x := range All(xs) {
		if x > limit {
			return x, true
		}
	}
	return 0, false
}

func Length[B Bytes](b B) int { return len(b) }

func Clamp[T ~int | ~float64](x, lo, hi T) T { return min(max(x, lo), hi) }

func Convert[From ~int | ~int8, To ~int64 | ~float64](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func SafeDiv[T ~int | ~int32](a, b T) (q T, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
			q = -1
		}
	}()
	q = a / b
	return q, ""
}

func Count[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Sum[T ~int](xs ...T) (s T) {
	for _, v := range xs {
		s += v
	}
	return
}

func Fill[T any](n int, v T) []T {
	s := make([]T, 0)
	for i := 0; i < n; i++ {
		s = append(s, v)
	}
	return s
}

func Reset[M ~map[K]V, K comparable, V any](m M) int {
	clear(m)
	return len(m)
}

func Fib[T ~int | ~uint64](n T) T {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

func Twice[T any](f func(T) T) func(T) T {
	return func(x T) T { return f(f(x)) }
}

func Equal[T comparable](a, b T) bool { return a == b }

type Small int8

func main() {
	xs := Collect(All([]string{"a", "b", "c"}))
	println(len(xs), xs[0], xs[2])
	v, ok := FirstOver([]float64{1, 2.5, 7}, 2)
	println(v, ok)
	n, ok2 := FirstOver([]int{1, 2}, 5)
	println(n, ok2)
	println(Length("héllo"), Length([]byte{1, 2}))
	println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp(5, 0, 10))
	fs := Convert[Small, float64]([]Small{-3, 4})
	is := Convert[int, int64]([]int{1 << 40})
	println(fs[0], fs[1], is[0])
	q, e := SafeDiv(7, 2)
	println(q, e)
	q2, e2 := SafeDiv[int32](1, 0)
	println(q2, e2)
	cnt := Count([]Key[string]{{"a", "b"}, {"a", "b"}, {"b", "a"}})
	println(len(cnt), cnt[Key[string]{"a", "b"}], cnt[Key[string]{"x", "y"}])
	println(Sum(40, 2), Sum[int]())
	f := Fill(3, Key[int]{1, 2})
	println(len(f), f[2].B)
	m := map[string]bool{"x": true}
	println(Reset(m), len(m))
	println(Fib(20), Fib[uint64](22))
	inc := Twice(func(s string) string { return s + "!" })
	println(inc("hi"))
	println(Equal(Key[int]{1, 2}, Key[int]{1, 2}), Equal[any](1, "1"), Equal(1.5, 1.5))
}
