// This file owns the types reflect builds at run time: PointerTo (when the
// compiler did not link *T from T), SliceOf, ArrayOf, MapOf, FuncOf, ChanOf
// (StructOf is in structof.go).
//
// Descriptors stay canonical (descriptor address equality is type identity):
// a constructor first looks for an identical type among
//   - the descriptors it made before, and
//   - the program's static descriptors: when the program reaches one of the
//     exported constructors (SliceOf, ArrayOf, MapOf, StructOf, FuncOf,
//     ChanOf), the compiler emits a table of every descriptor (runtime
//     reflectTypelinks: count, then addresses; compiler/wasm/typeinfo.ts) and
//     marks them all used, so that their equal/hash functions and method
//     entries are filled (a static descriptor found here may never have been
//     boxed). Without that table only the made ones are searched.
// Candidates are found by name (Go's runtime spelling, as the compiler writes
// it: typename.ts) and checked structurally (elements by identity, struct
// fields by name, type, offset, tag and package path), as Go's
// typesByString does. A new descriptor is allocated on the heap and kept in
// the `known` map (which keeps it alive); its equal and hash functions are
// Go closures over its elements' or fields' ones, and a map type's extra
// record gets the slot layout the compiler would have given it (maps.ts).
//
// A func type built here (no static one in the program) has neither call
// trampoline nor MakeFunc stub: Call and MakeFunc on it panic saying so
// (call.go, makefunc.go). A chan type built here works with MakeChan and
// the channel operations (chan.go). Embedded fields in StructOf panic as not
// supported.

package reflect

import "unsafe"

//go:linkname typelinks runtime.reflectTypelinks
func typelinks() unsafe.Pointer

// known holds, by name, the unnamed static descriptors (typelinks) and the descriptors made here.
var known map[string][]*rtype

func knownTypes(name string) []*rtype {
	if known == nil {
		known = map[string][]*rtype{}
		if p := typelinks(); p != nil {
			n := int(*(*uint32)(p))
			for i := 0; i < n; i++ {
				t := *(**rtype)(unsafe.Add(p, 4+i*4))
				if t.flags&tflagNamed == 0 {
					known[t.name] = append(known[t.name], t)
				}
			}
		}
	}
	return known[name]
}

// lookupType returns the known type called name for which same holds, or nil.
func lookupType(name string, same func(*rtype) bool) *rtype {
	for _, t := range knownTypes(name) {
		if same(t) {
			return t
		}
	}
	return nil
}

// remember records a descriptor made here.
func remember(t *rtype) *rtype {
	knownTypes(t.name)
	known[t.name] = append(known[t.name], t)
	return t
}

func ptrEqual(p, q unsafe.Pointer) bool {
	return *(*unsafe.Pointer)(p) == *(*unsafe.Pointer)(q)
}

func ptrHash(p unsafe.Pointer, seed uintptr) uintptr {
	x := uint64(uintptr(*(*unsafe.Pointer)(p))) ^ uint64(seed)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return uintptr(x)
}

func fnv1a(s string) uint32 {
	h := uint32(0x811c9dc5)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 0x01000193
	}
	return h
}

// PtrTo returns the pointer type with element t (the old name of PointerTo).
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type {
	return toType(ptrTo(t.common()))
}

func ptrTo(t *rtype) *rtype {
	if t.ptrTo != nil {
		return t.ptrTo
	}
	name := "*" + t.name
	if p := lookupType(name, func(p *rtype) bool { return p.Kind() == Pointer && p.elem == t }); p != nil {
		return p
	}
	return remember(refType(Pointer, name, t, nil))
}

// refType makes the descriptor of a type whose values are one pointer word (pointers, channels,
// maps, funcs); the comparable ones (pointers, channels) compare and hash that word.
func refType(kind Kind, name string, elem *rtype, x *rtextra) *rtype {
	t := &rtype{size: 4, hash: fnv1a(name), kind: uint8(kind), flags: tflagDirect | tflagPointers, name: name, elem: elem, extra: x}
	if kind == Pointer || kind == Chan {
		t.equal, t.hashfn = ptrEqual, ptrHash
	}
	return t
}

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type {
	return toType(sliceOf(t.common()))
}

// sliceOf is SliceOf for reflect's own use (Value.Slice): the exported SliceOf is what makes the
// compiler emit the table of static descriptors.
func sliceOf(e *rtype) *rtype {
	name := "[]" + e.name
	if s := lookupType(name, func(s *rtype) bool { return s.Kind() == Slice && s.elem == e }); s != nil {
		return s
	}
	return remember(&rtype{
		size:  unsafe.Sizeof(sliceHeader{}),
		hash:  fnv1a(name),
		kind:  uint8(Slice),
		flags: tflagPointers,
		name:  name,
		elem:  e,
	})
}

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	e := elem.common()
	name := "[" + itoa(int64(length)) + "]" + e.name
	n := uintptr(length)
	if a := lookupType(name, func(a *rtype) bool { return a.Kind() == Array && a.elem == e && a.len == n }); a != nil {
		return a
	}
	if e.size > 0 && n > (1<<32-1)/e.size {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	a := &rtype{size: e.size * n, hash: fnv1a(name), kind: uint8(Array), name: name, elem: e, len: n}
	if n > 0 && e.pointers() {
		a.flags |= tflagPointers
	}
	es := e.size
	if eq := e.equal; eq != nil {
		a.equal = func(p, q unsafe.Pointer) bool {
			for i := uintptr(0); i < n; i++ {
				if !eq(unsafe.Add(p, i*es), unsafe.Add(q, i*es)) {
					return false
				}
			}
			return true
		}
	}
	if hf := e.hashfn; hf != nil {
		a.hashfn = func(p unsafe.Pointer, seed uintptr) uintptr {
			h := seed
			for i := uintptr(0); i < n; i++ {
				h = hf(unsafe.Add(p, i*es), h)
			}
			return h
		}
	}
	return remember(a)
}

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type {
	k, e := key.common(), elem.common()
	if k.equal == nil {
		panic("reflect.MapOf: invalid key type " + k.String())
	}
	name := "map[" + k.name + "]" + e.name
	if m := lookupType(name, func(m *rtype) bool { return m.Kind() == Map && m.key == k && m.elem == e }); m != nil {
		return m
	}
	kind, keySize, valOff, slotSize := mapLayout(k, e)
	m := refType(Map, name, e, &rtextra{n1: kind, n2: keySize, n3: valOff, n4: slotSize})
	m.key = k
	return remember(m)
}

// layoutParts returns how many scalar parts the compiler's layout gives values of t
// (compiler/wasm/layout.ts: structs and arrays of more than 32 parts are one part held by
// reference, "big") and the first part's class: 'i' an i32, 'I' an i64, 'f' a float, 'b' big.
func layoutParts(t *rtype) (int, byte) {
	switch t.Kind() {
	case Int, Uint, Int64, Uint64:
		return 1, 'I'
	case Float32, Float64:
		return 1, 'f'
	case Complex64, Complex128:
		return 2, 'f'
	case String, Interface:
		return 2, 'i'
	case Slice:
		return 3, 'i'
	case Array:
		en, ef := layoutParts(t.elem)
		n := en * int(t.len)
		if n > 32 {
			return 1, 'b'
		}
		return n, ef
	case Struct:
		n := 0
		var first byte
		for i := 0; i < t.nfields(); i++ {
			fn, ff := layoutParts(t.field(i).typ)
			if n == 0 {
				first = ff
			}
			n += fn
		}
		if n > 32 {
			return 1, 'b'
		}
		return n, first
	}
	return 1, 'i' // bool, sub-word and 32-bit integers, pointer-shaped kinds
}

// mapLayout returns the key kind and slot layout the compiler gives map[k]e (compiler/wasm/maps.ts,
// keyKind and slotLayout).
func mapLayout(k, e *rtype) (kind, keySize, valOff, slotSize uint32) {
	n, first := layoutParts(k)
	switch {
	case k.Kind() == String:
		kind = mapKeyString
	case n == 1 && first == 'i' && k.size <= 4:
		kind = mapKey32
	case n == 1 && first == 'I' && k.size == 8:
		kind = mapKey64
	default:
		kind = mapKeyGeneric
	}
	keySize = uint32(k.size)
	keyAlign := uint32(k.Align())
	if kind == mapKey32 {
		keySize, keyAlign = 4, 4
	}
	va := uint32(e.Align())
	valOff = alignUp32(keySize, va)
	a := keyAlign
	if va > a {
		a = va
	}
	slotSize = alignUp32(valOff+uint32(e.size), a)
	return
}

func alignUp32(x, a uint32) uint32 {
	if a <= 1 {
		return x
	}
	return (x + a - 1) / a * a
}

// FuncOf returns the function type with the given argument and result types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	n := len(in) + len(out)
	if n > 128 {
		panic("reflect.FuncOf: too many arguments")
	}
	params := make([]*rtype, n)
	name := "func("
	for i, t := range in {
		params[i] = t.common()
		if i > 0 {
			name += ", "
		}
		if variadic && i == len(in)-1 {
			name += "..." + params[i].elem.name
		} else {
			name += params[i].name
		}
	}
	name += ")"
	if len(out) > 1 {
		name += " ("
	} else if len(out) == 1 {
		name += " "
	}
	for j, t := range out {
		params[len(in)+j] = t.common()
		if j > 0 {
			name += ", "
		}
		name += params[len(in)+j].name
	}
	if len(out) > 1 {
		name += ")"
	}
	x := &rtextra{n1: uint32(len(in)), n2: uint32(len(out))}
	if variadic {
		x.n3 = 1
	}
	if n > 0 {
		x.ptr = unsafe.Pointer(&params[0])
	}
	proto := refType(Func, name, nil, x)
	if f := lookupType(name, func(f *rtype) bool { return f.Kind() == Func && identicalUnderlying(proto, f, false) }); f != nil {
		return f
	}
	return remember(proto)
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	e := t.common()
	if e.size >= 1<<16 {
		panic("reflect.ChanOf: element size too large")
	}
	var name string
	switch dir {
	default:
		panic("reflect.ChanOf: invalid dir")
	case SendDir:
		name = "chan<- " + e.name
	case RecvDir:
		name = "<-chan " + e.name
	case BothDir:
		if e.name[0] == '<' {
			name = "chan (" + e.name + ")"
		} else {
			name = "chan " + e.name
		}
	}
	if c := lookupType(name, func(c *rtype) bool { return c.Kind() == Chan && c.elem == e && c.ChanDir() == dir }); c != nil {
		return c
	}
	return remember(refType(Chan, name, e, &rtextra{n1: uint32(dir)}))
}
