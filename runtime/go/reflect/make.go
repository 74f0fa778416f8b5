// This file owns the constructors of reflect: Zero, New, NewAt, MakeSlice,
// Append, AppendSlice and Copy. MakeFunc is in makefunc.go, MakeChan in
// chan.go, MakeMap in map.go, the type constructors in typebuild.go and
// structof.go.

package reflect

import "unsafe"

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	if t.direct() {
		return Value{t, nil, flag(t.kind)}
	}
	return Value{t, unsafe_New(t), flag(t.kind) | flagIndir}
}

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	return Value{ptrTo(t), unsafe_New(t), flag(Pointer)}
}

// NewAt returns a Value representing a pointer to a value of the specified type at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	return Value{ptrTo(typ.common()), p, flag(Pointer)}
}

// MakeSlice creates a new zero-initialized slice value for the specified slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	h := new(sliceHeader)
	h.data = unsafe_NewArray(t.elem, cap)
	h.len = len
	h.cap = cap
	return Value{t, unsafe.Pointer(h), flagIndir | flag(Slice)}
}

// SliceAt returns a Value representing a slice whose underlying data starts at p.
func SliceAt(typ Type, p unsafe.Pointer, n int) Value {
	h := &sliceHeader{p, n, n}
	return Value{sliceOf(typ.common()), unsafe.Pointer(h), flagIndir | flag(Slice)}
}

// extendSlice returns a copy of the slice s (a new header) with room for n more elements,
// its length grown by n.
func (v Value) extendSlice(n int) Value {
	v.mustBeExported("reflect.Append")
	v.mustBe(Slice, "reflect.Append")
	h := new(sliceHeader)
	*h = *(*sliceHeader)(v.ptr)
	if h.len+n > h.cap {
		growSlice(v.typ_.elem, h, h.len+n)
	}
	h.len += n
	return Value{v.typ_, unsafe.Pointer(h), flagIndir | flag(Slice)}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = s.extendSlice(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if s.typ_.elem != t.typ_.elem {
		panic("reflect.AppendSlice: " + s.typ_.String() + " != " + t.typ_.String())
	}
	ns := s.Len()
	nt := t.Len()
	s = s.extendSlice(nt)
	Copy(s.Slice(ns, ns+nt), t)
	return s
}

// Copy copies the contents of src into dst until either dst has been filled or src has been
// exhausted, and returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && dst.typ_.elem.Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("reflect.Copy")
	de := dst.typ_.elem
	if !stringCopy && de != src.typ_.elem {
		panic("reflect.Copy: " + de.String() + " != " + src.typ_.elem.String())
	}
	var dp, sp unsafe.Pointer
	var dn, sn int
	if dk == Array {
		dp, dn = dst.ptr, int(dst.typ_.len)
	} else {
		h := (*sliceHeader)(dst.ptr)
		dp, dn = h.data, h.len
	}
	switch {
	case stringCopy:
		h := (*stringHeader)(src.ptr)
		sp, sn = h.data, h.len
	case sk == Array:
		sp, sn = src.ptr, int(src.typ_.len)
	default:
		h := (*sliceHeader)(src.ptr)
		sp, sn = h.data, h.len
	}
	n := dn
	if sn < n {
		n = sn
	}
	memmove(dp, sp, uintptr(n)*de.size)
	return n
}
