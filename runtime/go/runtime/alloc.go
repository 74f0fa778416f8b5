// This file implements the memory allocator: a bump allocator over
// memory.grow. Blocks are 8-byte aligned and zeroed (memory fresh from
// memory.grow is zero and nothing is reused yet). alloc is the ONE entry point
// the compiler calls, so a garbage collector can replace this file later.

package runtime

import "unsafe"

var heapPtr uintptr
var heapEnd uintptr

// zerobase is the address of every zero-sized allocation.
var zerobase uint64

func alloc(size uintptr) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if heapPtr == 0 {
		heapPtr = heapStart()
		heapEnd = uintptr(memorySize()) * 65536
	}
	p := (heapPtr + 7) &^ 7
	end := p + size
	if end < p {
		outOfMemory()
	}
	if end > heapEnd {
		need := (end - heapEnd + 65535) / 65536
		// Grow by at least a quarter of the memory (and 1 MiB): engines pay for each
		// memory.grow (V8 much more than wasmtime), and a growing heap would grow again.
		more := uintptr(memorySize()) / 4
		if more < 16 {
			more = 16
		}
		if more < need {
			more = need
		}
		if memoryGrow(int32(more)) < 0 {
			more = need
			if memoryGrow(int32(more)) < 0 {
				outOfMemory()
			}
		}
		heapEnd += more * 65536
	}
	heapPtr = end
	return unsafe.Pointer(p)
}

func outOfMemory() {
	printstring("fatal error: runtime: out of memory\n")
	exit(2)
}
