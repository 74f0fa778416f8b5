// This file implements slice allocation and growth. growslice follows Go's
// growth policy (double below 256 elements, then grow by ~1.25x plus a
// constant) and then rounds the byte size up to the allocator's size classes
// (sizeclasses.go), so cap() after append matches native Go. Two effects of
// gc are reproduced: blocks with pointers larger than 512 bytes lose 8 bytes
// to the malloc header, and the first append to an empty slice that does not
// escape gets at least 32 bytes (the stack buffer gc gives such slices; the
// compiler passes stackBuf from its own escape analysis, compiler/wasm/escape.ts).

package runtime

import "unsafe"

const maxAlloc = 1 << 31

func makeslice(elemSize uintptr, n int, c int, hasPtr bool) unsafe.Pointer {
	if n < 0 || (elemSize > 0 && n > maxAlloc/int(elemSize)) {
		panicmakeslicelen()
		return nil
	}
	if c < n || (elemSize > 0 && c > maxAlloc/int(elemSize)) {
		panicmakeslicecap()
		return nil
	}
	if !hasPtr {
		return allocNoscan(elemSize * uintptr(c))
	}
	return alloc(elemSize * uintptr(c))
}

func nextslicecap(newLen int, oldCap int) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}
	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	for {
		newcap += (newcap + 3*threshold) >> 2
		if uint(newcap) >= uint(newLen) {
			break
		}
	}
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// growslice allocates a bigger backing array for a slice about to hold newLen
// elements, copies the oldLen existing ones, and returns it with its capacity.
func growslice(oldPtr unsafe.Pointer, oldLen int, oldCap int, newLen int, elemSize uintptr, hasPtr bool, stackBuf bool) (unsafe.Pointer, int) {
	if newLen < 0 {
		panicmakeslicelen()
		return nil, 0
	}
	if elemSize == 0 {
		return alloc(0), newLen
	}
	if stackBuf && oldCap == 0 && uintptr(newLen)*elemSize <= 32 {
		c := int(32 / elemSize)
		p := mallocgc(uintptr(c)*elemSize, !hasPtr)
		return p, c
	}
	newcap := nextslicecap(newLen, oldCap)
	if newcap > maxAlloc/int(elemSize) {
		panicmakeslicecap()
		return nil, 0
	}
	mem := roundupsize(uintptr(newcap)*elemSize, !hasPtr)
	newcap = int(mem / elemSize)
	p := mallocgc(mem, !hasPtr)
	memmove(p, oldPtr, uintptr(oldLen)*elemSize)
	return p, newcap
}
