// This file owns Value.Convert and Value.CanConvert (Go's conversion rules
// between numeric kinds, strings, byte and rune slices, slices to arrays,
// identical underlying types, and to interfaces), plus the makeInt/makeFloat/
// makeString constructors of fresh values.

package reflect

import "unsafe"

func makeInt(f flag, bits uint64, t *rtype) Value {
	p := unsafe_New(t)
	switch t.size {
	case 1:
		*(*uint8)(p) = uint8(bits)
	case 2:
		*(*uint16)(p) = uint16(bits)
	case 4:
		*(*uint32)(p) = uint32(bits)
	case 8:
		*(*uint64)(p) = bits
	}
	return Value{t, p, f | flagIndir | flag(t.kind)}
}

func makeFloat(f flag, v float64, t *rtype) Value {
	p := unsafe_New(t)
	if t.size == 4 {
		*(*float32)(p) = float32(v)
	} else {
		*(*float64)(p) = v
	}
	return Value{t, p, f | flagIndir | flag(t.kind)}
}

func makeComplex(f flag, v complex128, t *rtype) Value {
	p := unsafe_New(t)
	if t.size == 8 {
		*(*complex64)(p) = complex64(v)
	} else {
		*(*complex128)(p) = v
	}
	return Value{t, p, f | flagIndir | flag(t.kind)}
}

func makeString(f flag, v string, t *rtype) Value {
	p := unsafe_New(t)
	*(*string)(p) = v
	return Value{t, p, f | flagIndir | flag(String)}
}

func makeBytes(f flag, v []byte, t *rtype) Value {
	p := unsafe_New(t)
	*(*[]byte)(p) = v
	return Value{t, p, f | flagIndir | flag(Slice)}
}

func makeRunes(f flag, v []rune, t *rtype) Value {
	p := unsafe_New(t)
	*(*[]rune)(p) = v
	return Value{t, p, f | flagIndir | flag(Slice)}
}

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		v = methodValueMaker("Convert", v)
	}
	op := convertOp(t.common(), v.typ())
	if op == nil {
		panic("reflect.Value.Convert: value of type " + v.typ_.String() + " cannot be converted to type " + t.String())
	}
	return op(v, t.common())
}

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	switch {
	case vt.Kind() == Slice && t.Kind() == Array:
		if t.Len() > v.Len() {
			return false
		}
	case vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array:
		n := t.Elem().Len()
		if n > v.Len() {
			return false
		}
	}
	return true
}

func isIntKind(k Kind) bool   { return k >= Int && k <= Int64 }
func isUintKind(k Kind) bool  { return k >= Uint && k <= Uintptr }
func isFloatKind(k Kind) bool { return k == Float32 || k == Float64 }

type convFn func(v Value, t *rtype) Value

// convertOp returns the function converting a src value to dst, or nil.
func convertOp(dst, src *rtype) convFn {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case isIntKind(sk):
		switch {
		case isIntKind(dk) || isUintKind(dk):
			return func(v Value, t *rtype) Value { return makeInt(v.flag.ro(), uint64(v.Int()), t) }
		case isFloatKind(dk):
			return func(v Value, t *rtype) Value { return makeFloat(v.flag.ro(), float64(v.Int()), t) }
		case dk == String:
			return func(v Value, t *rtype) Value {
				x := v.Int()
				s := "\uFFFD"
				if int64(rune(x)) == x {
					s = string(rune(x))
				}
				return makeString(v.flag.ro(), s, t)
			}
		}
	case isUintKind(sk):
		switch {
		case isIntKind(dk) || isUintKind(dk):
			return func(v Value, t *rtype) Value { return makeInt(v.flag.ro(), v.Uint(), t) }
		case isFloatKind(dk):
			return func(v Value, t *rtype) Value { return makeFloat(v.flag.ro(), float64(v.Uint()), t) }
		case dk == String:
			return func(v Value, t *rtype) Value {
				x := v.Uint()
				s := "\uFFFD"
				if uint64(rune(x)) == x {
					s = string(rune(x))
				}
				return makeString(v.flag.ro(), s, t)
			}
		}
	case isFloatKind(sk):
		switch {
		case isIntKind(dk):
			return func(v Value, t *rtype) Value { return makeInt(v.flag.ro(), uint64(int64(v.Float())), t) }
		case isUintKind(dk):
			return func(v Value, t *rtype) Value { return makeInt(v.flag.ro(), uint64(v.Float()), t) }
		case isFloatKind(dk):
			return func(v Value, t *rtype) Value { return makeFloat(v.flag.ro(), v.Float(), t) }
		}
	case sk == Complex64 || sk == Complex128:
		if dk == Complex64 || dk == Complex128 {
			return func(v Value, t *rtype) Value { return makeComplex(v.flag.ro(), v.Complex(), t) }
		}
	case sk == String:
		if dk == Slice && dst.elem.PkgPath() == "" {
			switch dst.elem.Kind() {
			case Uint8:
				return func(v Value, t *rtype) Value { return makeBytes(v.flag.ro(), []byte(v.String()), t) }
			case Int32:
				return func(v Value, t *rtype) Value { return makeRunes(v.flag.ro(), []rune(v.String()), t) }
			}
		}
	case sk == Slice:
		if dk == String && src.elem.PkgPath() == "" {
			switch src.elem.Kind() {
			case Uint8:
				return func(v Value, t *rtype) Value { return makeString(v.flag.ro(), string(v.Bytes()), t) }
			case Int32:
				return func(v Value, t *rtype) Value { return makeString(v.flag.ro(), string(v.runes()), t) }
			}
		}
		if dk == Pointer && dst.elem.Kind() == Array && src.elem == dst.elem.elem {
			return cvtSliceArrayPtr
		}
		if dk == Array && src.elem == dst.elem {
			return cvtSliceArray
		}
	}
	if identicalUnderlying(dst, src, false) {
		return cvtDirect
	}
	if dk == Pointer && !dst.hasName() && sk == Pointer && !src.hasName() &&
		identicalUnderlying(dst.elem, src.elem, false) {
		return cvtDirect
	}
	if implements(dst, src) {
		return func(v Value, t *rtype) Value {
			target := new(eface)
			if v.Kind() == Interface {
				if !v.IsNil() {
					*target = *(*eface)(v.ptr)
				}
			} else {
				x := packEface(v)
				*target = *(*eface)(unsafe.Pointer(&x))
			}
			return Value{t, unsafe.Pointer(target), v.flag.ro() | flagIndir | flag(Interface)}
		}
	}
	return nil
}

func cvtDirect(v Value, t *rtype) Value {
	f := v.flag
	ptr := v.ptr
	if f&flagAddr != 0 {
		c := unsafe_New(t)
		typedmemmove(t, c, ptr)
		ptr = c
		f &^= flagAddr
	}
	return Value{t, ptr, v.flag.ro() | f&flagIndir | flag(t.kind)}
}

func cvtSliceArrayPtr(v Value, t *rtype) Value {
	n := int(t.elem.len)
	h := (*sliceHeader)(v.ptr)
	if n > h.len {
		panic("reflect: cannot convert slice with length " + itoa(int64(h.len)) + " to pointer to array with length " + itoa(int64(n)))
	}
	return Value{t, h.data, v.flag&^(flagIndir|flagAddr|flagKindMask) | flag(Pointer)}
}

func cvtSliceArray(v Value, t *rtype) Value {
	n := int(t.len)
	h := (*sliceHeader)(v.ptr)
	if n > h.len {
		panic("reflect: cannot convert slice with length " + itoa(int64(h.len)) + " to array with length " + itoa(int64(n)))
	}
	c := unsafe_New(t)
	typedmemmove(t, c, h.data)
	return Value{t, c, v.flag&^(flagAddr|flagKindMask) | flagIndir | flag(Array)}
}
