// This file owns the Value accessors that reach inside a value: Elem, Field,
// Index, Len, Cap, Slice/Slice3, Bytes, IsNil, IsZero, NumField, FieldByName
// and FieldByIndex.

package reflect

import "unsafe"

func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return int(v.typ_.len)
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return (*stringHeader)(v.ptr).len
	case Map:
		p := v.pointer()
		if p == nil {
			return 0
		}
		return *(*int)(p)
	case Chan:
		return chanLen(v)
	case Pointer:
		if v.typ_.elem.Kind() == Array {
			return int(v.typ_.elem.len)
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return int(v.typ_.len)
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	case Chan:
		return chanCap(v)
	case Pointer:
		if v.typ_.elem.Kind() == Array {
			return int(v.typ_.elem.len)
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		if v.flag&flagMethod != 0 {
			return false
		}
		return v.pointer() == nil
	case Interface:
		return (*eface)(v.ptr).typ == nil
	case Slice:
		return (*sliceHeader)(v.ptr).data == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		e := (*eface)(v.ptr)
		x := unpackEface(e.typ, e.data)
		if x.flag != 0 {
			x.flag |= v.flag.ro()
		}
		return x
	case Pointer:
		p := v.pointer()
		if p == nil {
			return Value{}
		}
		t := v.typ_.elem
		return Value{t, p, v.flag.ro() | flagIndir | flagAddr | flag(t.kind)}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return v.typ_.nfields()
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	t := v.typ_
	if uint(i) >= uint(t.nfields()) {
		panic("reflect: Field index out of range")
	}
	f := t.field(i)
	fl := v.flag&(flagStickyRO|flagIndir|flagAddr) | flag(f.typ.kind) | flagIndir
	if !f.exported() {
		if f.embedded() {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{f.typ, unsafe.Add(v.ptr, f.offset), fl}
}

func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ_.elem.Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr is like FieldByIndex but returns an error for a nil embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ_.elem.Kind() == Struct {
			if v.IsNil() {
				return Value{}, &nilEmbeddedError{"reflect: indirection through nil pointer to embedded struct field " + v.typ_.elem.Name()}
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

type nilEmbeddedError struct{ s string }

func (e *nilEmbeddedError) Error() string { return e.s }

func (v Value) FieldByName(name string) Value {
	if f, ok := v.typ().FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ().FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) typ() *rtype {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ_
}

var uint8Desc *rtype

func uint8Type() *rtype {
	if uint8Desc == nil {
		uint8Desc = TypeOf(uint8(0)).common()
	}
	return uint8Desc
}

// Index returns v's i'th element (array, slice or string).
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		t := v.typ_
		if uint(i) >= uint(t.len) {
			panic("reflect: array index out of range")
		}
		e := t.elem
		fl := v.flag&(flagIndir|flagAddr) | v.flag.ro() | flag(e.kind) | flagIndir
		return Value{e, unsafe.Add(v.ptr, uintptr(i)*e.size), fl}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		e := v.typ_.elem
		fl := flagAddr | flagIndir | v.flag.ro() | flag(e.kind)
		return Value{e, unsafe.Add(s.data, uintptr(i)*e.size), fl}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type(), unsafe.Add(s.data, i), v.flag.ro() | flag(Uint8) | flagIndir}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// Bytes returns v's underlying value (a slice of bytes or an addressable byte array).
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if v.typ_.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ_.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return unsafe.Slice((*byte)(v.ptr), int(v.typ_.len))
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

func (v Value) runes() []rune {
	v.mustBe(Slice, "reflect.Value.Bytes")
	if v.typ_.elem.Kind() != Int32 {
		panic("reflect.Value.Bytes of non-rune slice")
	}
	return *(*[]rune)(v.ptr)
}

// Slice returns v[i:j] (array: must be addressable; slice; string).
func (v Value) Slice(i, j int) Value {
	var base unsafe.Pointer
	var capacity int
	var st *rtype
	fl := v.flag.ro() | flagIndir | flag(Slice)
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		base = v.ptr
		capacity = int(v.typ_.len)
		st = sliceOf(v.typ_.elem)
	case Slice:
		s := (*sliceHeader)(v.ptr)
		base = s.data
		capacity = s.cap
		st = v.typ_
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > s.len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		h := new(stringHeader)
		if i < s.len {
			h.data = unsafe.Add(s.data, i)
		}
		h.len = j - i
		return Value{v.typ_, unsafe.Pointer(h), v.flag.ro() | flagIndir | flag(String)}
	default:
		panic(&ValueError{"reflect.Value.Slice", v.kind()})
	}
	if i < 0 || j < i || j > capacity {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	h := new(sliceHeader)
	h.len = j - i
	h.cap = capacity - i
	if capacity-i > 0 {
		h.data = unsafe.Add(base, uintptr(i)*st.elem.size)
	} else {
		h.data = base
	}
	return Value{st, unsafe.Pointer(h), fl}
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	var base unsafe.Pointer
	var capacity int
	var st *rtype
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		base = v.ptr
		capacity = int(v.typ_.len)
		st = sliceOf(v.typ_.elem)
	case Slice:
		s := (*sliceHeader)(v.ptr)
		base = s.data
		capacity = s.cap
		st = v.typ_
	default:
		panic(&ValueError{"reflect.Value.Slice3", v.kind()})
	}
	if i < 0 || j < i || k < j || k > capacity {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	h := new(sliceHeader)
	h.len = j - i
	h.cap = k - i
	if k-i > 0 {
		h.data = unsafe.Add(base, uintptr(i)*st.elem.size)
	} else {
		h.data = base
	}
	return Value{st, unsafe.Pointer(h), v.flag.ro() | flagIndir | flag(Slice)}
}

func isZeroMem(p unsafe.Pointer, n uintptr) bool {
	for _, b := range unsafe.Slice((*byte)(p), n) {
		if b != 0 {
			return false
		}
	}
	return true
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
		Float32, Float64, Complex64, Complex128:
		return isZeroMem(v.ptr, v.typ_.size)
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.pointer() == nil
	case Interface:
		return (*eface)(v.ptr).typ == nil
	case Slice:
		return (*sliceHeader)(v.ptr).data == nil
	case String:
		return (*stringHeader)(v.ptr).len == 0
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.typ_.field(i).name() != "_" && !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// SetZero sets v to the zero value of its type.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	memclr(v.ptr, v.typ_.size)
}

// Indirect returns the value that v points to (v itself when it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}
