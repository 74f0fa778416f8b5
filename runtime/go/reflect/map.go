// This file owns maps in reflect: MakeMap, MapIndex, SetMapIndex, MapKeys and
// MapIter, over the runtime's hash table (runtime/go/runtime/map.go) reached
// by //go:linkname. A map type's descriptor carries the key kind and slot
// layout the compiler passes to makemap (typeextra.ts); keys of kind 1 (one
// integer word of at most 4 bytes) travel as a normalised uint32 (sign- or
// zero-extended like the compiler's i32 values) and are stored as 4 bytes,
// kind 2 as a uint64, kind 3 as a string, kind 0 by address. A key read
// back from a slot is read in place: on little-endian memory the first
// bytes of the stored word are the key.

package reflect

import "unsafe"

//go:linkname makemap runtime.makemap
func makemap(hint int, kind uintptr, keysize uintptr, valoff uintptr, slotsize uintptr,
	hashfn func(p unsafe.Pointer, seed uintptr) uintptr, equal func(p unsafe.Pointer, q unsafe.Pointer) bool) unsafe.Pointer

//go:linkname mapaccess_fast32 runtime.mapaccess_fast32
func mapaccess_fast32(h unsafe.Pointer, k uint32) unsafe.Pointer

//go:linkname mapaccess_fast64 runtime.mapaccess_fast64
func mapaccess_fast64(h unsafe.Pointer, k uint64) unsafe.Pointer

//go:linkname mapaccess_faststr runtime.mapaccess_faststr
func mapaccess_faststr(h unsafe.Pointer, k string) unsafe.Pointer

//go:linkname mapaccess runtime.mapaccess
func mapaccess(h unsafe.Pointer, k unsafe.Pointer) unsafe.Pointer

//go:linkname mapassign_fast32 runtime.mapassign_fast32
func mapassign_fast32(h unsafe.Pointer, k uint32) unsafe.Pointer

//go:linkname mapassign_fast64 runtime.mapassign_fast64
func mapassign_fast64(h unsafe.Pointer, k uint64) unsafe.Pointer

//go:linkname mapassign_faststr runtime.mapassign_faststr
func mapassign_faststr(h unsafe.Pointer, k string) unsafe.Pointer

//go:linkname mapassign runtime.mapassign
func mapassign(h unsafe.Pointer, k unsafe.Pointer) unsafe.Pointer

//go:linkname mapdelete_fast32 runtime.mapdelete_fast32
func mapdelete_fast32(h unsafe.Pointer, k uint32)

//go:linkname mapdelete_fast64 runtime.mapdelete_fast64
func mapdelete_fast64(h unsafe.Pointer, k uint64)

//go:linkname mapdelete_faststr runtime.mapdelete_faststr
func mapdelete_faststr(h unsafe.Pointer, k string)

//go:linkname mapdelete runtime.mapdelete
func mapdelete(h unsafe.Pointer, k unsafe.Pointer)

//go:linkname mapclear runtime.mapclear
func mapclear(h unsafe.Pointer)

//go:linkname mapiterinit runtime.mapiterinit
func mapiterinit(h unsafe.Pointer, it *hiter)

//go:linkname mapiternext runtime.mapiternext
func mapiternext(it *hiter) bool

// hiter is the runtime's map iterator (40 bytes): key and value addresses, then its state.
type hiter struct {
	key  unsafe.Pointer
	val  unsafe.Pointer
	rest [8]uint32
}

const (
	mapKeyGeneric = 0
	mapKey32      = 1
	mapKey64      = 2
	mapKeyString  = 3
)

func mapKeyKind(mt *rtype) uint32 {
	if mt.extra == nil {
		panic("reflect: no layout information for map type " + mt.String())
	}
	return mt.extra.n1
}

// word32 returns the normalised 32-bit word of a kind-1 key of type t stored at p.
func word32(t *rtype, p unsafe.Pointer) uint32 {
	for {
		switch t.Kind() {
		case Struct:
			// exactly one field has a scalar part
			var f *rtfield
			for i := 0; i < t.nfields(); i++ {
				if t.field(i).typ.size > 0 {
					f = t.field(i)
				}
			}
			t = f.typ
			p = unsafe.Add(p, f.offset)
			continue
		case Array:
			t = t.elem
			continue
		case Bool, Uint8:
			return uint32(*(*uint8)(p))
		case Int8:
			return uint32(int32(*(*int8)(p)))
		case Int16:
			return uint32(int32(*(*int16)(p)))
		case Uint16:
			return uint32(*(*uint16)(p))
		}
		return *(*uint32)(p)
	}
}

func mapaccessKey(mt *rtype, h unsafe.Pointer, key Value) unsafe.Pointer {
	p := key.addr()
	switch mapKeyKind(mt) {
	case mapKey32:
		return mapaccess_fast32(h, word32(mt.key, p))
	case mapKey64:
		return mapaccess_fast64(h, *(*uint64)(p))
	case mapKeyString:
		return mapaccess_faststr(h, *(*string)(p))
	}
	return mapaccess(h, p)
}

func mapassignKey(mt *rtype, h unsafe.Pointer, key Value) unsafe.Pointer {
	p := key.addr()
	switch mapKeyKind(mt) {
	case mapKey32:
		return mapassign_fast32(h, word32(mt.key, p))
	case mapKey64:
		return mapassign_fast64(h, *(*uint64)(p))
	case mapKeyString:
		return mapassign_faststr(h, *(*string)(p))
	}
	return mapassign(h, p)
}

func mapdeleteKey(mt *rtype, h unsafe.Pointer, key Value) {
	p := key.addr()
	switch mapKeyKind(mt) {
	case mapKey32:
		mapdelete_fast32(h, word32(mt.key, p))
	case mapKey64:
		mapdelete_fast64(h, *(*uint64)(p))
	case mapKeyString:
		mapdelete_faststr(h, *(*string)(p))
	default:
		mapdelete(h, p)
	}
}

// copyVal returns a non-addressable Value of type t holding a copy of the memory at p.
func copyVal(t *rtype, fl flag, p unsafe.Pointer) Value {
	if t.direct() {
		return Value{t, *(*unsafe.Pointer)(p), fl | flag(t.kind)}
	}
	c := unsafe_New(t)
	typedmemmove(t, c, p)
	return Value{t, c, fl | flagIndir | flag(t.kind)}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize creates a new map with the specified type and initial space for n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	kind := mapKeyKind(t)
	x := t.extra
	var hashfn func(unsafe.Pointer, uintptr) uintptr
	var equal func(unsafe.Pointer, unsafe.Pointer) bool
	if kind == mapKeyGeneric {
		hashfn = t.key.hashfn
		equal = t.key.equal
	}
	h := makemap(n, uintptr(kind), uintptr(x.n2), uintptr(x.n3), uintptr(x.n4), hashfn, equal)
	return Value{t, h, flag(Map)}
}

// MapIndex returns the value associated with key in the map v (zero Value if absent).
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	mt := v.typ_
	key = key.assignTo("reflect.Value.MapIndex", mt.key)
	h := v.pointer()
	if h == nil {
		return Value{}
	}
	e := mapaccessKey(mt, h, key)
	if e == nil {
		return Value{}
	}
	return copyVal(mt.elem, v.flag.ro()|key.flag.ro(), e)
}

// SetMapIndex sets the element associated with key in the map v to elem (deletes when elem
// is the zero Value).
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	mt := v.typ_
	key = key.assignTo("reflect.Value.SetMapIndex", mt.key)
	h := v.pointer()
	if elem.typ_ == nil {
		if h != nil {
			mapdeleteKey(mt, h, key)
		}
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", mt.elem)
	p := mapassignKey(mt, h, key)
	if p == nil {
		return // nil map: the runtime started the panic
	}
	typedmemmove(mt.elem, p, elem.addr())
}

// MapKeys returns a slice containing all the keys present in the map, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	mt := v.typ_
	fl := v.flag.ro()
	h := v.pointer()
	if h == nil {
		return []Value{}
	}
	keys := make([]Value, 0, v.Len())
	var it hiter
	mapiterinit(h, &it)
	for mapiternext(&it) {
		keys = append(keys, copyVal(mt.key, fl, it.key))
	}
	return keys
}

// A MapIter is an iterator for ranging over a map (see Value.MapRange).
type MapIter struct {
	m       Value
	it      hiter
	started bool
	done    bool
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next advances the map iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if iter.done {
		panic("MapIter.Next called on exhausted iterator")
	}
	if !iter.started {
		iter.started = true
		h := iter.m.pointer()
		if h == nil {
			iter.done = true
			return false
		}
		mapiterinit(h, &iter.it)
	}
	if !mapiternext(&iter.it) {
		iter.done = true
		return false
	}
	return true
}

func (iter *MapIter) current(what string) {
	if !iter.started || iter.done || iter.it.key == nil {
		panic("MapIter." + what + " called before Next")
	}
}

// Key returns the key of the iterator's current map entry.
func (iter *MapIter) Key() Value {
	iter.current("Key")
	return copyVal(iter.m.typ_.key, iter.m.flag.ro(), iter.it.key)
}

// Value returns the value of the iterator's current map entry.
func (iter *MapIter) Value() Value {
	iter.current("Value")
	return copyVal(iter.m.typ_.elem, iter.m.flag.ro(), iter.it.val)
}

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	*iter = MapIter{m: v}
}

// SetIterKey assigns to v the key of iter's current map entry.
func (v Value) SetIterKey(iter *MapIter) {
	v.Set(iter.Key())
}

// SetIterValue assigns to v the value of iter's current map entry.
func (v Value) SetIterValue(iter *MapIter) {
	v.Set(iter.Value())
}
