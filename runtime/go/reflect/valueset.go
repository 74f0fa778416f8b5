// This file owns writing through a Value: Set and the typed setters,
// assignability conversion (assignTo: a concrete value stored into an
// interface-typed location is boxed as an interface value), Addr, SetLen,
// SetCap, Grow and Clear.

package reflect

import "unsafe"

// assignTo returns x converted for assignment to type dst (panics when not assignable).
func (v Value) assignTo(context string, dst *rtype) Value {
	if v.flag&flagMethod != 0 {
		v = methodValueMaker(context, v)
	}
	switch {
	case directlyAssignable(dst, v.typ_):
		fl := v.flag&(flagAddr|flagIndir) | v.flag.ro()
		fl |= flag(dst.kind)
		return Value{dst, v.ptr, fl}
	case implements(dst, v.typ_):
		target := new(eface)
		if v.Kind() == Interface {
			if !v.IsNil() {
				*target = *(*eface)(v.ptr)
			}
		} else {
			x := packEface(v)
			*target = *(*eface)(unsafe.Pointer(&x))
		}
		return Value{dst, unsafe.Pointer(target), flagIndir | flag(Interface)}
	}
	panic(context + ": value of type " + v.typ_.String() + " is not assignable to type " + dst.String())
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported("reflect.Set")
	x = x.assignTo("reflect.Set", v.typ_)
	if x.flag&flagIndir != 0 {
		typedmemmove(v.typ_, v.ptr, x.ptr)
	} else {
		*(*unsafe.Pointer)(v.ptr) = x.ptr
	}
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ_.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

func (v Value) setRunes(x []rune) {
	v.mustBeAssignable("reflect.Value.setRunes")
	v.mustBe(Slice, "reflect.Value.setRunes")
	*(*[]rune)(v.ptr) = x
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.len = n
}

func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	s := (*sliceHeader)(v.ptr)
	if n < s.len || n > s.cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.cap = n
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	fl := v.flag & flagRO
	return Value{ptrTo(v.typ_), v.ptr, fl | flag(Pointer)}
}

// Grow increases the slice's capacity, if necessary, to guarantee space for another n elements.
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.mustBe(Slice, "reflect.Value.Grow")
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	s := (*sliceHeader)(v.ptr)
	if s.len+n > s.cap {
		growSlice(v.typ_.elem, s, s.len+n)
	}
}

// growSlice gives s room for need elements (keeping len), as append does.
func growSlice(e *rtype, s *sliceHeader, need int) {
	c := s.cap
	if c == 0 {
		c = need
	}
	for c < need {
		if c < 256 {
			c *= 2
		} else {
			c += (c + 3*256) / 4
		}
	}
	p := unsafe_NewArray(e, c)
	memmove(p, s.data, uintptr(s.len)*e.size)
	s.data = p
	s.cap = c
}

// Clear clears the contents of a map or zeros the contents of a slice.
func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		s := (*sliceHeader)(v.ptr)
		memclr(s.data, uintptr(s.len)*v.typ_.elem.size)
	case Map:
		mapclear(v.pointer())
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}
