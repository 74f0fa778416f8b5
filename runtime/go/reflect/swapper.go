// This file owns Swapper (also internal/reflectlite.Swapper, used by
// sort.Slice): a function swapping two elements of a slice in place, with
// fast paths for word-sized elements.

package reflect

import "unsafe"

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	h := (*sliceHeader)(v.ptr)
	n := h.len
	switch n {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	size := v.typ_.elem.size
	data := h.data
	check := func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
	}
	switch size {
	case 8:
		s := unsafe.Slice((*uint64)(data), n)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 4:
		s := unsafe.Slice((*uint32)(data), n)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 16:
		if uintptr(data)%8 == 0 {
			s := unsafe.Slice((*[2]uint64)(data), n)
			return func(i, j int) { s[i], s[j] = s[j], s[i] }
		}
	}
	tmp := make([]byte, size)
	return func(i, j int) {
		check(i, j)
		a := unsafe.Add(data, uintptr(i)*size)
		b := unsafe.Add(data, uintptr(j)*size)
		memmove(unsafe.Pointer(&tmp[0]), a, size)
		memmove(a, b, size)
		memmove(b, unsafe.Pointer(&tmp[0]), size)
	}
}
