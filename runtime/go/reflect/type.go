// This file owns reflect.Type over gowasm's type descriptors: the Go view of a
// descriptor (rtype, 64 bytes, layout in runtime/go/runtime/README.md "Type
// descriptors", written by compiler/wasm/typeinfo.ts and typeextra.ts), the
// Type interface, TypeOf, and the simple accessors (names, sizes, elements,
// func signatures). Struct fields are in typestruct.go, type relations
// (Implements, AssignableTo, ...) in typerel.go, methods in method.go.

package reflect

import (
	"iter"
	"unsafe"
)

// Type is the representation of a Go type (see Go's reflect documentation).
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	Methods() iter.Seq[Method]
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	Fields() iter.Seq[StructField]
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Ins() iter.Seq[Type]
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	Outs() iter.Seq[Type]
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	CanSeq() bool
	CanSeq2() bool
	common() *rtype
}

// descriptor flags (runtime/go/runtime/iface.go)
const (
	tflagDirect   = 1
	tflagNamed    = 2
	tflagPointers = 4
	tflagFtyps    = 8 // the extra record has ftyps (it is full size; func types' always are)
)

// rtype is a type descriptor; a *rtype is the address of one, so pointer equality is type identity.
type rtype struct {
	size    uintptr
	hash    uint32
	kind    uint8
	flags   uint8
	_       uint16
	equal   func(unsafe.Pointer, unsafe.Pointer) bool
	hashfn  func(unsafe.Pointer, uintptr) uintptr
	ptrTo   *rtype
	name    string
	elem    *rtype
	key     *rtype
	len     uintptr
	mcount  uint32
	methods unsafe.Pointer
	extra   *rtextra
}

// rtextra is the kind-specific record at descriptor offset 60 (compiler/wasm/typeextra.ts).
// n1..n4: struct: nfields; func: nin, nout, variadic, call trampoline (call.go; 0 when the
// program never calls Value.Call); chan: dir; map: key kind, key size, value offset, slot size.
// n2 (structs): *string, the package path of the unexported fields (nil when all are exported).
// ptr: struct: [nfields]rtfield; func: [nin+nout]*rtype. mtyps: the signatures of the methods
// in reflect's order (Method(i): a concrete type's exported ones, all of an interface's); nil
// when the program never calls Value.Call. mkfn (func types): address of a cell holding the table
// index of the signature's MakeFunc stub (makefunc.go), nil when the program cannot make func
// values. ftyps: the methods' signatures with the receiver first (Method.Type/Func), in mtyps'
// order. The compiler writes mkfn and ftyps only in func types' records and in those of types
// flagged tflagFtyps (other records end before them: read them only then).
type rtextra struct {
	pkgPath string
	n1      uint32
	n2      uint32
	n3      uint32
	n4      uint32
	ptr     unsafe.Pointer
	mtyps   unsafe.Pointer
	mkfn    unsafe.Pointer
	ftyps   unsafe.Pointer
}

// rtfield is one struct field record (20 bytes, compiler/wasm/typeextra.ts TF): the name's
// bytes and length (with the flags fieldEmbedded and fieldExported), the type, the offset and the tag
// (nil: none). An unexported field's package path is its struct's (rtextra.n2).
type rtfield struct {
	namep  *byte
	namen  uint32
	typ    *rtype
	offset uintptr
	tagp   *string
}

const (
	fieldEmbedded = 1 << 31
	fieldExported = 1 << 30
)

func (f *rtfield) name() string   { return unsafe.String(f.namep, int(f.namen&^(fieldEmbedded|fieldExported))) }
func (f *rtfield) embedded() bool { return f.namen&fieldEmbedded != 0 }
func (f *rtfield) exported() bool { return f.namen&fieldExported != 0 }

func (f *rtfield) tag() string {
	if f.tagp == nil {
		return ""
	}
	return *f.tagp
}

// newField makes a field record at run time (StructOf); name and tag must stay reachable.
func newField(name, tag string, typ *rtype, offset uintptr, embedded, exported bool) rtfield {
	f := rtfield{namep: unsafe.StringData(name), namen: uint32(len(name)), typ: typ, offset: offset}
	if embedded {
		f.namen |= fieldEmbedded
	}
	if exported {
		f.namen |= fieldExported
	}
	if tag != "" {
		f.tagp = &tag
	}
	return f
}

// rtmethod is one method table entry (24 bytes): program-wide method id, table index, name.
type rtmethod struct {
	id   uint32
	fn   uint32
	name string
}

// eface is the memory form of an interface value.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

// TypeOf returns the dynamic type of i, or nil for a nil interface.
func TypeOf(i any) Type {
	return toType((*eface)(unsafe.Pointer(&i)).typ)
}

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	return TypeOf((*T)(nil)).Elem()
}

// toType wraps t as a Type (nil stays a nil interface).
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind      { return Kind(t.kind) }
func (t *rtype) Size() uintptr   { return t.size }
func (t *rtype) String() string  { return t.name }
func (t *rtype) direct() bool    { return t.flags&tflagDirect != 0 }
func (t *rtype) pointers() bool  { return t.flags&tflagPointers != 0 }
func (t *rtype) Comparable() bool { return t.equal != nil }

func isBasic(k Kind) bool {
	return k >= Bool && k <= Complex128 || k == String || k == UnsafePointer
}

// PkgPath returns a named type's package path ("" for unnamed and predeclared types).
func (t *rtype) PkgPath() string {
	if t.flags&tflagNamed == 0 {
		if t.Kind() == UnsafePointer {
			return "unsafe"
		}
		return ""
	}
	if t.extra == nil {
		return ""
	}
	return t.extra.pkgPath
}

// Name returns a named type's name within its package, a predeclared type's name, or "".
func (t *rtype) Name() string {
	if t.flags&tflagNamed == 0 {
		if !isBasic(t.Kind()) {
			return ""
		}
		if t.Kind() == UnsafePointer {
			return "Pointer"
		}
		return t.name
	}
	s := t.name
	if t.PkgPath() == "" {
		return s
	}
	// "pkgname.T" or "pkgname.G[args]": drop the package name
	for i := 0; i < len(s) && s[i] != '['; i++ {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

// Align returns the alignment of a value of this type in memory (wasm32 layout).
func (t *rtype) Align() int {
	switch t.Kind() {
	case Array:
		return t.elem.Align()
	case Struct:
		a := 1
		for i := 0; i < t.NumField(); i++ {
			if fa := t.field(i).typ.Align(); fa > a {
				a = fa
			}
		}
		return a
	case Complex64:
		return 4
	case Complex128, String, Slice:
		return 8
	case Interface:
		return 4
	}
	if t.size > 8 {
		return 8
	}
	if t.size == 0 {
		return 1
	}
	return int(t.size)
}

func (t *rtype) FieldAlign() int { return t.Align() }

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(t.key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int(t.len)
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	if t.extra == nil {
		return BothDir
	}
	return ChanDir(t.extra.n1)
}

func (t *rtype) funcExtra(what string) *rtextra {
	if t.Kind() != Func {
		panic("reflect: " + what + " of non-func type " + t.String())
	}
	if t.extra == nil {
		panic("reflect: " + what + ": no signature information for " + t.String())
	}
	return t.extra
}

func (t *rtype) IsVariadic() bool { return t.funcExtra("IsVariadic").n3 != 0 }
func (t *rtype) NumIn() int       { return int(t.funcExtra("NumIn").n1) }
func (t *rtype) NumOut() int      { return int(t.funcExtra("NumOut").n2) }

func (t *rtype) param(i int) *rtype {
	return *(**rtype)(unsafe.Add(t.extra.ptr, i*4))
}

func (t *rtype) In(i int) Type {
	x := t.funcExtra("In")
	if uint(i) >= uint(x.n1) {
		panic("reflect: Function index out of range")
	}
	return toType(t.param(i))
}

func (t *rtype) Out(i int) Type {
	x := t.funcExtra("Out")
	if uint(i) >= uint(x.n2) {
		panic("reflect: Function index out of range")
	}
	return toType(t.param(int(x.n1) + i))
}

func (t *rtype) OverflowComplex(x complex128) bool {
	k := t.Kind()
	switch k {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic("reflect: OverflowComplex of non-complex type " + t.String())
}

func (t *rtype) OverflowFloat(x float64) bool {
	k := t.Kind()
	switch k {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic("reflect: OverflowFloat of non-float type " + t.String())
}

func (t *rtype) OverflowInt(x int64) bool {
	k := t.Kind()
	switch k {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := t.size * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic("reflect: OverflowInt of non-int type " + t.String())
}

func (t *rtype) OverflowUint(x uint64) bool {
	k := t.Kind()
	switch k {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := t.size * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic("reflect: OverflowUint of non-uint type " + t.String())
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return 3.40282346638528859811704183484516925440e+38 < x && x <= 1.79769313486231570814527423731704356798070e+308
}

// CanSeq reports whether a Value of this type can be ranged over with one variable.
func (t *rtype) CanSeq() bool {
	switch t.Kind() {
	case Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Array, Slice, Chan, String, Map:
		return true
	case Func:
		return t.extra != nil && t.extra.n1 == 1 && t.extra.n2 == 0 && t.param(0).Kind() == Func
	case Pointer:
		return t.elem.Kind() == Array
	}
	return false
}

// CanSeq2 reports whether a Value of this type can be ranged over with two variables.
func (t *rtype) CanSeq2() bool {
	switch t.Kind() {
	case Array, Slice, String, Map:
		return true
	case Func:
		return t.extra != nil && t.extra.n1 == 1 && t.extra.n2 == 0 && t.param(0).Kind() == Func
	case Pointer:
		return t.elem.Kind() == Array
	}
	return false
}
