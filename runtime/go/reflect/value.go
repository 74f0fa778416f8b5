// This file owns reflect.Value's representation and its scalar accessors.
//
// A Value is (type descriptor, ptr, flag). With flagIndir, ptr is the address
// of the value's memory; without it the type is pointer-shaped ("direct": the
// value itself is in ptr, as in an interface's data word). Values made from
// interfaces point into the interface's box, which is immutable, so they are
// not addressable and Interface() can reuse the box; addressable values
// (flagAddr: reached through a pointer, a slice, New) are copied into a fresh
// box by Interface(). flagStickyRO/flagEmbedRO mark values reached through
// unexported fields (readable, not settable, no Interface()).

package reflect

import "unsafe"

type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5
	flagEmbedRO     flag = 1 << 6
	flagIndir       flag = 1 << 7
	flagAddr        flag = 1 << 8
	flagMethod      flag = 1 << 9
	flagMethodShift      = 10
	flagRO          flag = flagStickyRO | flagEmbedRO
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ_ *rtype
	ptr  unsafe.Pointer
	flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

func (f flag) mustBe(k Kind, method string) {
	if f.kind() != k {
		panic(&ValueError{method, f.kind()})
	}
}

func (f flag) mustBeExported(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// sliceHeader and stringHeader are the memory forms of slices and strings.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// SliceHeader is the runtime representation of a slice (deprecated in Go).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string (deprecated in Go).
type StringHeader struct {
	Data uintptr
	Len  int
}

var zeroBase [8]uint64

//go:linkname mallocgc runtime.mallocgc
func mallocgc(size uintptr, noscan bool) unsafe.Pointer

// unsafe_New allocates zeroed memory for a value of type t (memory the
// collector scans when t holds pointers).
func unsafe_New(t *rtype) unsafe.Pointer {
	if t.size == 0 {
		return unsafe.Pointer(&zeroBase[0])
	}
	return mallocgc(t.size, !t.pointers())
}

// unsafe_NewArray allocates zeroed memory for n values of type t.
func unsafe_NewArray(t *rtype, n int) unsafe.Pointer {
	if t.size == 0 || n == 0 {
		return unsafe.Pointer(&zeroBase[0])
	}
	return mallocgc(t.size*uintptr(n), !t.pointers())
}

func memmove(dst, src unsafe.Pointer, n uintptr) {
	if n == 0 || dst == src {
		return
	}
	copy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), n))
}

func typedmemmove(t *rtype, dst, src unsafe.Pointer) {
	memmove(dst, src, t.size)
}

func memclr(p unsafe.Pointer, n uintptr) {
	if n == 0 {
		return
	}
	clear(unsafe.Slice((*byte)(p), n))
}

// ValueOf returns a new Value initialized to the concrete value stored in i (zero Value for nil).
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	return unpackEface(e.typ, e.data)
}

func unpackEface(t *rtype, data unsafe.Pointer) Value {
	if t == nil {
		return Value{}
	}
	f := flag(t.kind)
	if !t.direct() {
		f |= flagIndir
	}
	return Value{t, data, f}
}

// freshVal returns a Value of type t for the memory at p, which nothing else refers to (just
// allocated and filled: a result, a received element), so it needs no copy.
func freshVal(t *rtype, p unsafe.Pointer) Value {
	if t.direct() {
		return Value{t, *(*unsafe.Pointer)(p), flag(t.kind)}
	}
	return Value{t, p, flag(t.kind) | flagIndir}
}

// packEface returns v as an interface value (v is not an interface-kind Value).
func packEface(v Value) any {
	t := v.typ_
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	switch {
	case t.direct():
		if v.flag&flagIndir != 0 {
			e.data = *(*unsafe.Pointer)(v.ptr)
		} else {
			e.data = v.ptr
		}
	case v.flag&flagAddr != 0:
		c := unsafe_New(t)
		typedmemmove(t, c, v.ptr)
		e.data = c
	default:
		e.data = v.ptr
	}
	e.typ = t
	return i
}

// pointer returns the word of a pointer-shaped value.
func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// addr returns the address of v's memory (spilling a direct value).
func (v Value) addr() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return v.ptr
	}
	p := new(unsafe.Pointer)
	*p = v.ptr
	return unsafe.Pointer(p)
}

func (v Value) IsValid() bool { return v.flag != 0 }

func (v Value) Kind() Kind { return v.kind() }

func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return methodValueType(v)
	}
	return v.typ_
}

func (v Value) Bool() bool {
	if v.kind() != Bool {
		panic(&ValueError{"reflect.Value.Bool", v.kind()})
	}
	return *(*bool)(v.ptr)
}

func (v Value) CanInt() bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) CanUint() bool {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) CanFloat() bool {
	k := v.kind()
	return k == Float32 || k == Float64
}

func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

func (v Value) CanComplex() bool {
	k := v.kind()
	return k == Complex64 || k == Complex128
}

func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the string v's underlying value; for other kinds "<T Value>".
func (v Value) String() string {
	if v.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.kind() == Invalid {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() (i any) {
	return valueInterface(v, true)
}

func valueInterface(v Value, safe bool) any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&flagMethod != 0 {
		v = methodValueMaker("Interface", v)
	}
	if v.kind() == Interface {
		return *(*any)(v.ptr)
	}
	return packEface(v)
}

// codePointer is the code pointer of a func value (runtime/api_funcpc.go).
//
//go:linkname codePointer runtime.reflectFuncCode
func codePointer(fv unsafe.Pointer) uintptr

// Pointer returns v's value as a uintptr (pointer-shaped kinds and slices; a func's code pointer).
func (v Value) Pointer() uintptr {
	return uintptr(v.unsafePointer("reflect.Value.Pointer"))
}

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	return v.unsafePointer("reflect.Value.UnsafePointer")
}

func (v Value) unsafePointer(method string) unsafe.Pointer {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func:
		if v.flag&flagMethod != 0 {
			// as in Go, one address for every method value (Go's methodValueCall code)
			return unsafe.Pointer(&methodValueMaker)
		}
		if v.kind() == Func {
			// as in Go, the code's address: the same for every func value of one function
			return unsafe.Pointer(codePointer(v.pointer()))
		}
		return v.pointer()
	case Slice:
		return (*sliceHeader)(v.ptr).data
	case String:
		return (*stringHeader)(v.ptr).data
	}
	panic(&ValueError{method, v.kind()})
}

// UnsafeAddr returns a pointer to v's data (v must be addressable).
func (v Value) UnsafeAddr() uintptr {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// Comparable reports whether v's value is comparable (interfaces: by their dynamic values).
func (v Value) Comparable() bool {
	switch v.kind() {
	case Invalid:
		return false
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).Comparable() {
				return false
			}
		}
		return true
	case Interface:
		return v.IsNil() || v.Elem().Comparable()
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	}
	return v.typ_.equal != nil
}

// Equal reports whether v is equal to u (panics like == for uncomparable values).
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Kind() != u.Kind() || v.typ_ != u.typ_ {
		return false
	}
	t := v.typ_
	if t.equal == nil {
		panic("reflect.Value.Equal: values of type " + t.String() + " are not comparable")
	}
	return t.equal(v.addr(), u.addr())
}

// TypeAssert is semantically equivalent to v.Interface().(T).
func TypeAssert[T any](v Value) (T, bool) {
	if v.flag == 0 {
		panic(&ValueError{"reflect.TypeAssert", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.TypeAssert: cannot return value obtained from unexported field or method")
	}
	x, ok := valueInterface(v, false).(T)
	return x, ok
}

func (v Value) OverflowComplex(x complex128) bool {
	k := v.kind()
	if k != Complex64 && k != Complex128 {
		panic(&ValueError{"reflect.Value.OverflowComplex", k})
	}
	return v.typ_.OverflowComplex(x)
}

func (v Value) OverflowFloat(x float64) bool {
	k := v.kind()
	if k != Float32 && k != Float64 {
		panic(&ValueError{"reflect.Value.OverflowFloat", k})
	}
	return v.typ_.OverflowFloat(x)
}

func (v Value) OverflowInt(x int64) bool {
	if !v.CanInt() {
		panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
	}
	return v.typ_.OverflowInt(x)
}

func (v Value) OverflowUint(x uint64) bool {
	if !v.CanUint() {
		panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
	}
	return v.typ_.OverflowUint(x)
}
