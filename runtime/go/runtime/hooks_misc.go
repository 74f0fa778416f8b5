// This file implements the small runtime services other std packages link
// to: runtime.rand/randn (math/rand, math/rand/v2, os, sync, unique,
// internal/sync), internal/bytealg.MakeNoZero (strings.Builder, bytes.Buffer:
// the allocation's real capacity, as Go's size classes give it), maps.clone
// (our map layout, map.go) and the weak pointers of package weak.
//
// Weak pointers are strong: a weak pointer is the pointer itself, which keeps
// its object alive (the collector sees it), so Value always returns it, and two
// weak pointers are equal exactly when the pointers they were made from are.

package runtime

import "unsafe"

// rand returns a pseudo-random uint64 seeded from WASI random_get.
func rand() uint64 {
	return fastrand64()
}

// randn returns a pseudo-random number in [0, n) (multiply-shift, n > 0).
func randn(n uint32) uint32 {
	return uint32((uint64(uint32(fastrand64())) * uint64(n)) >> 32)
}

//go:linkname bytealg_MakeNoZero internal/bytealg.MakeNoZero
func bytealg_MakeNoZero(n int) []byte {
	if n < 0 || n > maxAlloc {
		panicmakeslicelen()
		return nil
	}
	c := roundupsize(uintptr(n), true)
	p := allocNoscan(c)
	return unsafe.Slice((*byte)(p), int(c))[:n]
}

// maps_clone returns a copy of the map m (an interface holding a non-nil
// map): a new hmap with copies of the control bytes and slots. The seed is
// kept, so every entry stays where its hash puts it.
//
//go:linkname maps_clone maps.clone
func maps_clone(m any) any {
	e := (*eface)(unsafe.Pointer(&m))
	src := (*hmap)(e.data)
	if src == nil {
		return m
	}
	dst := (*hmap)(alloc(unsafe.Sizeof(hmap{})))
	*dst = *src
	dst.epoch = 0
	if src.ctrl != nil {
		c := src.mask + 1
		dst.ctrl = allocNoscan(c)
		memmove(dst.ctrl, src.ctrl, c)
		dst.slots = alloc(c * src.slotsize)
		memmove(dst.slots, src.slots, c*src.slotsize)
	}
	var out any
	o := (*eface)(unsafe.Pointer(&out))
	o.typ = e.typ
	o.data = unsafe.Pointer(dst)
	return out
}

//go:linkname weak_runtime_registerWeakPointer weak.runtime_registerWeakPointer
func weak_runtime_registerWeakPointer(p unsafe.Pointer) unsafe.Pointer {
	return p
}

//go:linkname weak_runtime_makeStrongFromWeak weak.runtime_makeStrongFromWeak
func weak_runtime_makeStrongFromWeak(u unsafe.Pointer) unsafe.Pointer {
	return u
}
