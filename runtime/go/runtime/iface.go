// This file implements the run-time side of interfaces: the type descriptor
// record the compiler emits for every type seen at run time (layout in
// README.md, "Type descriptors"; compiler/wasm/typeinfo.ts writes it), method
// lookup for interface calls, assertions to interface types, interface
// equality, and the failed-assertion panics with Go's exact messages.
// An interface value is (type *_type, data unsafe.Pointer); pointer-shaped
// ("direct") types keep their value in the data word, others point to a box.

package runtime

import "unsafe"

const (
	flagDirect   = 1
	flagNamed    = 2
	flagPointers = 4
)

// reflect.Kind numbering
const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindComplex64     = 15
	kindComplex128    = 16
	kindArray         = 17
	kindChan          = 18
	kindFunc          = 19
	kindInterface     = 20
	kindMap           = 21
	kindPointer       = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26
)

// _type is a type descriptor (64 bytes; offsets fixed by compiler/wasm/typeinfo.ts).
type _type struct {
	size    uintptr
	hash    uint32
	kind    uint8
	flags   uint8
	_       uint16
	equal   func(unsafe.Pointer, unsafe.Pointer) bool
	hashfn  func(unsafe.Pointer, uintptr) uintptr
	ptrTo   *_type // descriptor of *T when the program has one (reflect)
	name    string
	elem    *_type
	key     *_type
	len     uintptr
	mcount  uint32
	methods unsafe.Pointer
	extra   unsafe.Pointer // kind-specific record for reflect (README); nil without reflect
}

// imethod is one entry of a descriptor's method table (24 bytes).
type imethod struct {
	id   uint32
	fn   uint32
	name string
}

// eface is the memory form of any interface value.
type eface struct {
	typ  *_type
	data unsafe.Pointer
}

func methodAt(t *_type, i int) *imethod {
	return (*imethod)(unsafe.Add(t.methods, i*24))
}

// itabfn returns the table index of the interface entry of method id for dynamic type t
// (t is not nil: the compiler checks that first).
func itabfn(t *_type, id uint32) uint32 {
	p := t.methods
	end := unsafe.Add(p, uintptr(t.mcount)*24)
	for p != end {
		if *(*uint32)(p) == id {
			return *(*uint32)(unsafe.Add(p, 4))
		}
		p = unsafe.Add(p, 24)
	}
	trap()
	return 0
}

// missingMethod returns the index in it of the first method t lacks, or -1.
func missingMethod(t *_type, it *_type) int {
	n := int(it.mcount)
	k := int(t.mcount)
	j := 0
	for i := 0; i < n; i++ {
		want := methodAt(it, i)
		// both tables are sorted by name: resume where the previous method was found
		for j < k && methodAt(t, j).id != want.id {
			j++
		}
		if j == k {
			return i
		}
	}
	return -1
}

// assertI reports whether dynamic type t (nil for a nil interface) implements interface it.
func assertI(t *_type, it *_type) bool {
	if t == nil {
		return false
	}
	return missingMethod(t, it) < 0
}

// assertIPanic is x.(I) for a non-empty interface I: it panics unless t implements it.
func assertIPanic(t *_type, it *_type) {
	if t == nil {
		panicplain("interface conversion: interface is nil, not " + it.name)
		return
	}
	i := missingMethod(t, it)
	if i >= 0 {
		panicplain("interface conversion: " + t.name + " is not " + it.name + ": missing method " + methodAt(it, i).name)
	}
}

// panicdottype is a failed x.(T) for a concrete T: have is x's dynamic type, iface its static type.
func panicdottype(have *_type, want *_type, iface *_type) {
	msg := "interface conversion: " + iface.name + " is "
	if have == nil {
		msg += "nil"
	} else {
		msg += have.name
	}
	msg += ", not " + want.name
	if have != nil && have.name == want.name {
		msg += " (types from different scopes)"
	}
	panicplain(msg)
}

// efaceeq is == on interface values (t1, d1) and (t2, d2).
func efaceeq(t1 *_type, d1 unsafe.Pointer, t2 *_type, d2 unsafe.Pointer) bool {
	if t1 != t2 {
		return false
	}
	if t1 == nil {
		return true
	}
	if t1.equal == nil {
		runtimeError("comparing uncomparable type " + t1.name)
		return false
	}
	if t1.flags&flagDirect != 0 {
		return d1 == d2
	}
	return t1.equal(d1, d2)
}

// ifaceeqmem compares two interface values stored in memory at p and q (for generated equal functions).
func ifaceeqmem(p unsafe.Pointer, q unsafe.Pointer) bool {
	a := (*eface)(p)
	b := (*eface)(q)
	return efaceeq(a.typ, a.data, b.typ, b.data)
}

// interhash hashes the interface value stored at p (map keys of interface type).
func interhash(p unsafe.Pointer, seed uintptr) uintptr {
	a := (*eface)(p)
	t := a.typ
	if t == nil {
		return hash64(0, seed)
	}
	if t.hashfn == nil {
		runtimeError("hash of unhashable type " + t.name)
		return 0
	}
	if t.flags&flagDirect != 0 {
		return hash64(uint64(uintptr(a.data)), seed^uintptr(t.hash))
	}
	return t.hashfn(a.data, seed^uintptr(t.hash))
}

// typelinks is an intrinsic (compiler/wasm/intrinsics.ts): the table of every type descriptor,
// u32 count then the addresses, when the program reaches one of reflect's type constructors; nil
// otherwise.
func typelinks() unsafe.Pointer

// reflectTypelinks serves package reflect's typelinks (runtime/go/reflect/typebuild.go).
func reflectTypelinks() unsafe.Pointer {
	return typelinks()
}
