// This file implements memory profiles: MemProfileRate, MemProfile and
// MemProfileRecord. Only a program that can read them samples (the compiler
// makes memProfileOn() a constant: true when code outside package runtime
// refers to MemProfile; compiler/wasm/index.ts), and only then does every
// function that can be on the stack at an allocation keep a trace record with
// the pc of its allocation sites (compiler/wasm/traceback.ts).
//
// Sampling: allocated (alloc.go) counts the bytes of every object down from
// nextSample; the object that reaches it is sampled and the next distance is
// drawn from an exponential distribution of mean MemProfileRate, so that each
// byte is sampled with probability 1/MemProfileRate and scaling a sample by
// 1/(1-exp(-size/rate)) estimates the allocations without bias. Rate 1 samples
// every object, 0 none. A sample's size is its object's (its size class's,
// page-rounded for a large object), as Go reports.
//
// A sample goes to the bucket of its call stack (the pcs Callers would give,
// starting at the function that allocated), and its object gets a special
// record on its span; the sweep (gc.go) counts the bucket's free when the
// object dies. Counts pile up in a bucket's pending counters and are published
// (added to the active ones) at the end of each collection: MemProfile reports
// the profile as of the most recently completed collection, where every
// allocation it counts has had a chance to be freed. Buckets and specials live
// in meta memory (alloc.go metaAlloc): they hold no heap pointers, the
// collector never scans them.

package runtime

import "unsafe"

// MemProfileRate controls the fraction of allocations profiled: on average one sample per
// MemProfileRate bytes allocated (1: every allocation, 0: none). It is 0 in a program that never
// reads a memory profile; in one that can, the compiler sets it to Go's default, 512 KiB, in the
// static image (compiler/wasm/index.ts, as Go's linker decides).
var MemProfileRate int

// MemProfileRecord describes the live objects allocated by a particular call sequence (stack).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64   { return r.AllocBytes - r.FreeBytes }
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the stack of the record (up to the first 0 entry).
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

const memProfDepth = 32
const memProfHeads = 1024 // the buckets' hash table

type memCounts struct {
	allocs, frees, allocBytes, freeBytes int64
}

type memBucket struct {
	next    *memBucket // hash chain
	allnext *memBucket // every bucket
	hash    uintptr
	nstk    uintptr
	stk     [memProfDepth]uintptr
	pending memCounts // since the last completed collection
	active  memCounts // published by collections
}

// memSpecial marks a sampled object of a span (mspan.prof) with its bucket.
type memSpecial struct {
	next *memSpecial
	obj  uintptr
	b    *memBucket
}

var memBucketTab uintptr // [memProfHeads]*memBucket
var memBuckets *memBucket
var memSpecialPool *memSpecial
var memProfStk [memProfDepth]uintptr // (static: sampling must not allocate)
var nextSample uintptr
var sampleDrawn bool

// profileAlloc counts the object p of s towards the next sample and samples it when it reaches it.
// It never allocates from the heap nor collects (mallocgc's fast path calls it).
func profileAlloc(s *mspan, p uintptr) {
	rate := MemProfileRate
	if rate <= 0 {
		return
	}
	size := objectSize(s)
	if !sampleDrawn {
		sampleDrawn = true
		nextSample = sampleDistance(rate)
	}
	if rate != 1 && size < nextSample {
		nextSample -= size
		return
	}
	nextSample = sampleDistance(rate)
	b := memBucketFor(sampleStack())
	b.pending.allocs++
	b.pending.allocBytes += int64(size)
	sp := memSpecialPool
	if sp != nil {
		memSpecialPool = sp.next
	} else {
		sp = (*memSpecial)(unsafe.Pointer(metaAlloc(unsafe.Sizeof(memSpecial{}))))
	}
	sp.obj = p
	sp.b = b
	sp.next = s.prof
	s.prof = sp
}

// sampleStack stores the pcs of the allocating goroutine's stack in memProfStk as Callers gives
// them (return addresses, from the function that allocated down to runtime.goexit) and returns
// how many. Unlike tracePCs it allocates nothing, not even a frame object.
func sampleStack() int {
	h := pcTab()
	if h == nil {
		return 0
	}
	n := 0
	for r := traceTop(); r != 0 && n < memProfDepth; r = (*traceRecord)(unsafe.Pointer(r)).prev {
		memProfStk[n] = (*traceRecord)(unsafe.Pointer(r)).pc + 1
		n++
	}
	if curg == &g1 && n < memProfDepth {
		memProfStk[n] = uintptr(h.mainPC) + 1
		n++
	}
	if n < memProfDepth {
		memProfStk[n] = uintptr(h.goexitPC) + 1
		n++
	}
	return n
}

// objectSize is the size a profile counts for an object of s: its size class, or its pages.
func objectSize(s *mspan) uintptr {
	if s.class == 0 {
		return s.npages << pageShift
	}
	return s.elemsize
}

// sampleDistance draws the bytes to allocate before the next sample: exponential, of mean rate.
func sampleDistance(rate int) uintptr {
	if rate == 1 {
		return 0
	}
	u := float64(fastrand64()>>11+1) / (1 << 53) // uniform in (0, 1]
	d := -logf(u) * float64(rate)
	if d > 0x7000000 {
		d = 0x7000000
	}
	return uintptr(d)
}

// logf is the natural logarithm of x > 0 (normal): x = m*2^e with m in [√½, √2), and
// ln m = 2 atanh(z), z = (m-1)/(m+1), |z| < 0.18, by its series.
func logf(x float64) float64 {
	b := float64bits(x)
	e := int((b>>52)&0x7ff) - 1023
	m := float64frombits(b&^(uint64(0x7ff)<<52) | uint64(1023)<<52)
	if m > 1.4142135623730951 {
		m /= 2
		e++
	}
	z := (m - 1) / (m + 1)
	z2 := z * z
	sum := 0.0
	term := z
	for k := 1; k < 24; k += 2 {
		sum += term / float64(k)
		term *= z2
	}
	return 2*sum + float64(e)*0.6931471805599453
}

// memBucketFor returns the bucket of the stack memProfStk[:n], making it if new.
func memBucketFor(n int) *memBucket {
	if memBucketTab == 0 {
		memBucketTab = metaAlloc(memProfHeads * unsafe.Sizeof(uintptr(0)))
	}
	h := uintptr(0)
	for i := 0; i < n; i++ {
		h = (h + memProfStk[i]) * 0x9e3779b1
		h ^= h >> 15
	}
	head := (**memBucket)(unsafe.Pointer(memBucketTab + h%memProfHeads*unsafe.Sizeof(uintptr(0))))
	for b := *head; b != nil; b = b.next {
		if b.hash == h && b.nstk == uintptr(n) && sameStack(b, n) {
			return b
		}
	}
	b := (*memBucket)(unsafe.Pointer(metaAlloc(unsafe.Sizeof(memBucket{}))))
	b.hash = h
	b.nstk = uintptr(n)
	for i := 0; i < n; i++ {
		b.stk[i] = memProfStk[i]
	}
	b.next = *head
	*head = b
	b.allnext = memBuckets
	memBuckets = b
	return b
}

func sameStack(b *memBucket, n int) bool {
	for i := 0; i < n; i++ {
		if b.stk[i] != memProfStk[i] {
			return false
		}
	}
	return true
}

// sweepProfiled counts the frees of s's sampled objects that the collection left unmarked (the
// sweep calls it before it frees them).
func sweepProfiled(s *mspan) {
	var keep *memSpecial
	for sp := s.prof; sp != nil; {
		next := sp.next
		idx := (sp.obj - s.base) / s.elemsize
		if s.mark[idx>>5]&(uint32(1)<<(idx&31)) != 0 {
			sp.next = keep
			keep = sp
		} else {
			sp.b.pending.frees++
			sp.b.pending.freeBytes += int64(objectSize(s))
			sp.b = nil
			sp.next = memSpecialPool
			memSpecialPool = sp
		}
		sp = next
	}
	s.prof = keep
}

// memProfPublish publishes the counts since the last collection (at the end of each collection).
func memProfPublish() {
	for b := memBuckets; b != nil; b = b.allnext {
		b.active.allocs += b.pending.allocs
		b.active.frees += b.pending.frees
		b.active.allocBytes += b.pending.allocBytes
		b.active.freeBytes += b.pending.freeBytes
		b.pending.allocs, b.pending.frees, b.pending.allocBytes, b.pending.freeBytes = 0, 0, 0, 0
	}
}

// MemProfile returns a profile of memory allocated and freed per allocation site, as of the most
// recently completed collection. n is the number of records; if len(p) >= n, MemProfile copies the
// profile into p and returns n, true, otherwise n, false. inuseZero: include the sites whose
// objects are all freed. When no collection has published anything yet (the collector may be off),
// it reports the counts so far.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	n, published := memProfCount(inuseZero)
	if !published {
		memProfPublish()
		n, _ = memProfCount(inuseZero)
	}
	if n > len(p) {
		return n, false
	}
	i := 0
	for b := memBuckets; b != nil; b = b.allnext {
		if !inuseZero && b.active.allocBytes == b.active.freeBytes {
			continue
		}
		r := &p[i]
		r.AllocBytes, r.FreeBytes = b.active.allocBytes, b.active.freeBytes
		r.AllocObjects, r.FreeObjects = b.active.allocs, b.active.frees
		for k := range r.Stack0 {
			r.Stack0[k] = 0
			if uintptr(k) < b.nstk {
				r.Stack0[k] = b.stk[k]
			}
		}
		i++
	}
	return n, true
}

// memProfCount counts the records MemProfile reports, and whether any bucket has published counts.
func memProfCount(inuseZero bool) (n int, published bool) {
	for b := memBuckets; b != nil; b = b.allnext {
		if inuseZero || b.active.allocBytes != b.active.freeBytes {
			n++
		}
		if b.active.allocs != 0 || b.active.frees != 0 {
			published = true
		}
	}
	return n, published
}
