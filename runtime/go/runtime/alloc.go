// This file implements the memory allocator: the heap arena, its pages and
// spans, and alloc/allocNoscan, the entry points the compiler calls (design:
// docs/gc.md). The collector that frees memory is gc.go.
//
// The arena is linear memory from heapStart() up, in 8 KiB pages; it grows
// with memory.grow. A page table (one *mspan per page, in memory reserved
// right after the shadow stack) says which span owns each page. A span is a
// run of pages holding objects of one size class (Go's classes,
// sizeclasses.go), separately for objects that may hold pointers and for
// noscan ones (no pointers: the collector does not look inside them); an
// object above 32 KiB gets a span of its own. Small objects come from the
// span's free list (rebuilt by each sweep) or, in a span never filled yet,
// from its bump index. Free pages are always zero (the sweep clears what it
// frees), and so is every free object but its first word (the free-list
// link), which alloc clears: alloc returns zeroed memory.
//
// Span records and the mark stack live in "meta" pages taken from the same
// page allocator and marked as such in the page table; the collector never
// treats them as objects.

package runtime

import "unsafe"

const (
	pageShift   = 13
	maxArena    = 1 << 32
	maxPages    = maxArena >> pageShift
	numClasses  = 68 // len(sizeClasses)
	maxSpanObjs = 1024
	minHeapGoal = 4 << 20
)

type mspan struct {
	base     uintptr // address of the first object
	npages   uintptr
	elemsize uintptr // object size (a large object: its size rounded to 8)
	nelems   uintptr // objects the span can hold
	nbump    uintptr // objects handed out from never-used memory so far
	freelist uintptr // free objects, linked through their first word
	nlive    uintptr // objects allocated and not freed (as of the last sweep, plus allocs since)
	class    uintptr // size class (0: a large object)
	noscan   bool
	listed   bool        // on its class's list of spans with free room
	prof     *memSpecial // its sampled objects (memprof.go)
	next     *mspan      // class list, or the list of unused span records
	mark     [maxSpanObjs / 32]uint32
}

// zerobase is the address of every zero-sized allocation.
var zerobase uint64

var heapReady bool
var pageTab uintptr    // [maxPages]*mspan
var arenaStart uintptr // first page
var arenaEnd uintptr   // end of the memory we own
var arenaUsed uintptr  // end of the pages ever handed out (beyond: fresh memory)

// freeRuns lists the free page runs below arenaUsed (rebuilt by each sweep);
// a run's first two words hold its page count and the next run.
var freeRuns uintptr

// metaSpan marks pages of the page table that hold runtime records.
var metaSpan mspan
var metaNext uintptr
var metaEnd uintptr
var spanPool *mspan

// Per span class (class*2 + noscan): the span being allocated from and the
// others with free room.
var curSpan [numClasses * 2]*mspan
var partial [numClasses * 2]*mspan

// sizeToClass8 maps (size+7)/8 to the size class, for sizes up to 1024.
var sizeToClass8 [129]uint8

// Statistics (api_stats.go).
var heapLive uintptr // bytes in objects not known to be free
var nextGC uintptr = minHeapGoal
var totalAlloc uint64
var nmalloc uint64
var nfree uint64

func heapInit() {
	heapReady = true
	base := heapStart()
	tabBytes := uintptr(maxPages * 4)
	pageTab = base
	arenaStart = (base + tabBytes + (1<<pageShift - 1)) &^ (1<<pageShift - 1)
	arenaEnd = uintptr(memorySize()) * 65536
	arenaUsed = arenaStart
	if arenaEnd < arenaStart {
		growMemory(arenaStart - arenaEnd)
	}
	c := 1
	for i := 0; i <= 128; i++ {
		for uintptr(sizeClasses[c]) < uintptr(i)*8 {
			c++
		}
		sizeToClass8[i] = uint8(c)
	}
	gcenv()
}

// gcStress, from GOWASM_GCSTRESS=N, collects every N allocations (to test the compiler's roots).
var gcStress uintptr
var gcStressTick uintptr

// gcenv reads GOGC (a percentage or "off") and GOWASM_GCSTRESS.
func gcenv() {
	if v := gogetenv("GOGC"); v == "off" {
		gcPercent = -1
	} else if n, ok := envInt(v); ok {
		gcPercent = int32(n)
	}
	if n, ok := envInt(gogetenv("GOWASM_GCSTRESS")); ok && n > 0 {
		gcStress = uintptr(n)
		nextGC = 0
	}
}

func envInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// growMemory makes at least n more bytes of linear memory ours (arenaEnd).
func growMemory(n uintptr) {
	need := (n + 65535) / 65536
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
	arenaEnd += more * 65536
}

func spanOf(p uintptr) *mspan {
	return *(**mspan)(unsafe.Pointer(pageTab + ((p-arenaStart)>>pageShift)*4))
}

func setSpan(first uintptr, n uintptr, s *mspan) {
	e := pageTab + ((first-arenaStart)>>pageShift)*4
	for i := uintptr(0); i < n; i++ {
		*(**mspan)(unsafe.Pointer(e + i*4)) = s
	}
}

// allocPages takes n zeroed pages: the first free run that fits, else fresh memory.
func allocPages(n uintptr) uintptr {
	prev := uintptr(0)
	for r := freeRuns; r != 0; r = *(*uintptr)(unsafe.Pointer(r + 4)) {
		rn := *(*uintptr)(unsafe.Pointer(r))
		if rn >= n {
			next := *(*uintptr)(unsafe.Pointer(r + 4))
			if rn > n {
				rest := r + n<<pageShift
				*(*uintptr)(unsafe.Pointer(rest)) = rn - n
				*(*uintptr)(unsafe.Pointer(rest + 4)) = next
				next = rest
			}
			if prev == 0 {
				freeRuns = next
			} else {
				*(*uintptr)(unsafe.Pointer(prev + 4)) = next
			}
			*(*uintptr)(unsafe.Pointer(r)) = 0
			*(*uintptr)(unsafe.Pointer(r + 4)) = 0
			return r
		}
		prev = r
	}
	bytes := n << pageShift
	if arenaUsed+bytes < arenaUsed || arenaUsed+bytes > maxArena-65536 {
		outOfMemory()
	}
	if arenaUsed+bytes > arenaEnd {
		growMemory(arenaUsed + bytes - arenaEnd)
	}
	p := arenaUsed
	arenaUsed += bytes
	return p
}

// metaAlloc returns n zeroed bytes of runtime records that are never freed.
func metaAlloc(n uintptr) uintptr {
	n = (n + 7) &^ 7
	if metaNext+n > metaEnd {
		np := (n + 4<<pageShift - 1) >> pageShift
		if np < 4 {
			np = 4
		}
		p := allocPages(np)
		setSpan(p, np, &metaSpan)
		metaNext = p
		metaEnd = p + np<<pageShift
	}
	p := metaNext
	metaNext += n
	return p
}

func newSpanRecord() *mspan {
	s := spanPool
	if s != nil {
		spanPool = s.next
		memclr(unsafe.Pointer(s), unsafe.Sizeof(mspan{})) // not *s = mspan{}: a big zero value is allocated
		return s
	}
	return (*mspan)(unsafe.Pointer(metaAlloc(unsafe.Sizeof(mspan{}))))
}

// classPages is the span size of a size class: room for at least 8 objects.
func classPages(size uintptr) uintptr {
	np := (size*8 + 1<<pageShift - 1) >> pageShift
	if np == 0 {
		np = 1
	}
	return np
}

func newSpan(class uintptr, noscan bool) *mspan {
	size := uintptr(sizeClasses[class])
	np := classPages(size)
	s := newSpanRecord()
	s.base = allocPages(np)
	s.npages = np
	s.elemsize = size
	s.nelems = np << pageShift / size
	s.class = class
	s.noscan = noscan
	setSpan(s.base, np, s)
	return s
}

func sizeClass(size uintptr) uintptr {
	if size <= 1024 {
		return uintptr(sizeToClass8[(size+7)>>3])
	}
	c := uintptr(sizeToClass8[128])
	for uintptr(sizeClasses[c]) < size {
		c++
	}
	return c
}

// alloc returns size zeroed bytes (8-aligned) that the collector scans for pointers.
func alloc(size uintptr) unsafe.Pointer {
	return mallocgc(size, false)
}

// allocNoscan returns size zeroed bytes that will never hold pointers: 8-aligned,
// but below maxTinySize bytes only as aligned as their size needs (tinyAlloc).
func allocNoscan(size uintptr) unsafe.Pointer {
	if size-1 < maxTinySize-1 {
		return tinyAlloc(size)
	}
	return mallocgc(size, true)
}

// The tiny allocator (as Go's): noscan objects smaller than maxTinySize bytes
// are packed into maxTinySize-byte blocks, each an ordinary noscan object that
// the collector keeps while a pointer into any of its parts is live (interior
// pointers mark the whole block). Small strings, runes and escaping scalars
// take 16 bytes per block instead of 8 each. tinyBlock is the block being
// filled (0: none), tinyOff its first unused byte; a collection forgets the
// block (resetTiny), as it may free it.
const maxTinySize = 16

var tinyBlock uintptr
var tinyOff uintptr
var tinyAllocs uint64 // objects placed in an existing block (counted as both malloc and free, as Go)

func tinyAlloc(size uintptr) unsafe.Pointer {
	off := tinyOff
	if size&7 == 0 || size == 12 { // 12: 8-aligned as on Go's 32-bit ports (a leading 64-bit field)
		off = (off + 7) &^ 7
	} else if size&3 == 0 {
		off = (off + 3) &^ 3
	} else if size&1 == 0 {
		off = (off + 1) &^ 1
	}
	if tinyBlock != 0 && off+size <= maxTinySize {
		tinyOff = off + size
		tinyAllocs++
		return unsafe.Pointer(tinyBlock + off)
	}
	p := mallocgc(maxTinySize, true)
	// Keep filling whichever block has more room left.
	if tinyBlock == 0 || size < tinyOff {
		tinyBlock = uintptr(p)
		tinyOff = size
	}
	return p
}

func resetTiny() {
	tinyBlock = 0
	tinyOff = 0
}

// mallocgc allocates size zeroed bytes. The fast path (a small object from
// the current span of its class, no collection due) calls only leaf helpers
// that never collect, so it needs no shadow-stack frame.
func mallocgc(size uintptr, noscan bool) unsafe.Pointer {
	if size-1 < 1024 && heapLive < nextGC {
		sc := uintptr(sizeToClass8[(size+7)>>3]) * 2
		if noscan {
			sc++
		}
		if s := curSpan[sc]; s != nil {
			if p := take(s); p != 0 {
				return allocated(s, p)
			}
		}
	}
	return mallocSlow(size, noscan)
}

// mallocSlow is mallocgc's general path: zero-size objects, the first
// allocation, collections, large objects and refilling a class's span.
func mallocSlow(size uintptr, noscan bool) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if !heapReady {
		heapInit()
	}
	if heapLive >= nextGC && gcAllowed() {
		if gcStress == 0 {
			collect(false)
		} else if gcStressTick++; gcStressTick >= gcStress {
			gcStressTick = 0
			collect(false)
		}
	}
	if size > smallSizeMax {
		return largeAlloc(size, noscan)
	}
	sc := sizeClass(size) * 2
	if noscan {
		sc++
	}
	s := curSpan[sc]
	for {
		if s != nil {
			if p := take(s); p != 0 {
				return allocated(s, p)
			}
		}
		s = partial[sc]
		if s != nil {
			partial[sc] = s.next
			s.next = nil
			s.listed = false
		} else {
			s = newSpan(sc>>1, noscan)
		}
		curSpan[sc] = s
	}
}

// take hands out a free object of s: from its free list (clearing the link),
// else from memory never used; 0 when s is full.
func take(s *mspan) uintptr {
	p := s.freelist
	if p != 0 {
		s.freelist = *(*uintptr)(unsafe.Pointer(p))
		*(*uintptr)(unsafe.Pointer(p)) = 0
	} else if s.nbump < s.nelems {
		p = s.base + s.nbump*s.elemsize
		s.nbump++
	}
	return p
}

func allocated(s *mspan, p uintptr) unsafe.Pointer {
	s.nlive++
	heapLive += s.elemsize
	totalAlloc += uint64(s.elemsize)
	nmalloc++
	if memProfileOn() {
		profileAlloc(s, p)
	}
	return unsafe.Pointer(p)
}

func largeAlloc(size uintptr, noscan bool) unsafe.Pointer {
	if size > maxArena-1<<20 {
		outOfMemory()
	}
	np := (size + 1<<pageShift - 1) >> pageShift
	s := newSpanRecord()
	s.base = allocPages(np)
	s.npages = np
	s.elemsize = (size + 7) &^ 7
	s.nelems = 1
	s.nbump = 1
	s.noscan = noscan
	setSpan(s.base, np, s)
	s.nlive = 0
	return allocated(s, s.base)
}

func outOfMemory() {
	printstring("fatal error: runtime: out of memory\n")
	exit(2)
}
