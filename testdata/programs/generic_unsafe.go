// unsafe.Sizeof, Alignof and Offsetof in generic code are not constants: they
// depend on the type arguments of each instantiation.
package main

import "unsafe"

type Pair[K, V any] struct {
	Key  K
	Val  V
	Tail byte
}

type Wrap[T any] struct {
	head int8
	Pair[T, int16]
}

func layout[K, V any]() (uintptr, uintptr, uintptr, uintptr) {
	var p Pair[K, V]
	return unsafe.Sizeof(p), unsafe.Alignof(p.Val), unsafe.Offsetof(p.Val), unsafe.Offsetof(p.Tail)
}

func embedded[T any](w *Wrap[T]) uintptr {
	return unsafe.Offsetof(w.Val)
}

func main() {
	a, b, c, d := layout[int8, int64]()
	println(a, b, c, d)
	a, b, c, d = layout[string, bool]()
	println(a, b, c, d)
	println(embedded(&Wrap[int32]{}), embedded(&Wrap[[3]byte]{}))
}
