// This file implements Go maps: a hash table with open addressing and linear
// probing, keys and values stored inline.
//
// Layout. A map value is a *hmap (nil for a nil map). The table is two arrays
// of cap = mask+1 entries (cap a power of two, at least 8): ctrl, one byte per
// slot (0 = empty, 1 = deleted (tombstone), 0x80|tag = full, the tag being
// bits 25..31 of the key's hash), and slots, each {key, value} of slotsize
// bytes with the value at valoff (sizes and alignments from the compiler's
// type layout, compiler/wasm/maps.ts). count is the first field so that
// len(m) is one load (a nil map reads address 0, which is always zero).
//
// Probing. A key starts at hash & mask and walks forward one slot at a time
// (wrapping) until it finds its tag with an equal key, or an empty slot. The
// tag byte filters almost every unequal key without touching the slot.
// Deleting sets the slot's ctrl to empty when the next slot is empty (no
// probe chain can pass through it) and to a tombstone otherwise; the slot's
// memory is zeroed. Inserting reuses the first tombstone seen on the probe.
//
// Growth. growthLeft counts the empty slots that may still be filled: the
// table keeps at least a quarter of its slots empty (max load 3/4 counting
// tombstones), so every probe ends. When an insertion would need an empty
// slot and growthLeft is 0, the table is rebuilt into NEW arrays: at twice
// the size when at least 3/8 of the slots hold live entries, at the same size
// otherwise (that only drops the tombstones). make(map, hint) sizes the first
// table for hint entries; without a hint the table is allocated on the first
// insertion.
//
// Key kinds. kind 1: keys whose value is one integer word of up to 4 bytes
// (ints, bools, pointers, chans), stored as 4 bytes; kind 2: one 8-byte
// integer; kind 3: strings; these have their own entry points
// (*_fast32/_fast64/_faststr) that hash and compare inline. kind 0: any other
// comparable key, hashed and compared through the func values hashfn and
// equal that the compiler passes to makemap (generated per key type).
//
// Iteration. An iterator remembers the table arrays it started on and visits
// their cap slots once, from a random start offset (a fresh one per range
// statement, so the order differs from run to run as in Go). While the map
// still uses those arrays, a full slot is produced as it is: entries deleted
// meanwhile are not full any more, and entries added may or may not be
// visited. Once the map has been rebuilt (growth), the old arrays are frozen;
// each key found in them is looked up in the current table and produced with
// its current value, or skipped if it was deleted (keys not equal to
// themselves, NaNs, cannot be looked up and are produced from the old
// arrays). clear(m) bumps epoch, which ends any iteration begun before it.

package runtime

import "unsafe"

type hmap struct {
	count      int
	ctrl       unsafe.Pointer
	slots      unsafe.Pointer
	mask       uintptr
	growthLeft uintptr
	seed       uintptr
	kind       uintptr
	keysize    uintptr
	valoff     uintptr
	slotsize   uintptr
	hashfn     func(p unsafe.Pointer, seed uintptr) uintptr
	equal      func(p unsafe.Pointer, q unsafe.Pointer) bool
	epoch      uintptr
}

// hiter is the state of one range over a map; the compiler reads key and val
// (offsets 0 and 4) after each successful mapiternext.
type hiter struct {
	key    unsafe.Pointer
	val    unsafe.Pointer
	h      *hmap
	ctrl   unsafe.Pointer
	slots  unsafe.Pointer
	mask   uintptr
	offset uintptr
	i      uintptr
	n      uintptr
	epoch  uintptr
}

const (
	ctrlEmpty   = 0
	ctrlDeleted = 1
	mapMinCap   = 8
	zeroValSize = 1024
)

var zeroValBuf unsafe.Pointer
var zeroValLen uintptr

// mapzero returns size zero bytes (the value of a missing entry larger than
// the always-zero first 1024 bytes of memory).
func mapzero(size uintptr) unsafe.Pointer {
	if size <= zeroValSize {
		return nil
	}
	if size > zeroValLen {
		zeroValBuf = alloc(size)
		zeroValLen = size
	}
	return zeroValBuf
}

// panicNilMap starts the panic of an assignment to an entry of a nil map
// (recoverable; the caller returns nil at once, see defer.go).
func panicNilMap() {
	panicplain("assignment to entry in nil map")
}

// maphash hashes the key at k through h.hashfn, which panics for keys of
// interface type whose dynamic type is not hashable; callers return at once
// when the unwinding flag is set afterwards. (The static call of panicplain
// also marks the generic entry points as calls that may panic, for the
// compiler's unwind checks: the call through hashfn is dynamic.)
func maphash(h *hmap, k unsafe.Pointer) uintptr {
	if h.hashfn == nil {
		panicplain("map key type without a hash function")
		return 0
	}
	return h.hashfn(k, h.seed)
}

// mapkeyerror rewords the panic of an unhashable key in a lookup or delete
// on an empty map: Go checks the key there before hashing, and its error
// reads "hash of unhashable type: T" (with a colon, without "runtime error: ").
func mapkeyerror(h *hmap) {
	const pre = "runtime error: hash of unhashable type "
	p := dstate.panics
	if h.count == 0 && p != nil && p.rterr && len(p.msg) > len(pre) && p.msg[:len(pre)] == pre {
		p.msg = "hash of unhashable type: " + p.msg[len(pre):]
	}
}

func makemap(hint int, kind uintptr, keysize uintptr, valoff uintptr, slotsize uintptr,
	hashfn func(p unsafe.Pointer, seed uintptr) uintptr, equal func(p unsafe.Pointer, q unsafe.Pointer) bool) *hmap {
	h := (*hmap)(alloc(unsafe.Sizeof(hmap{})))
	h.kind = kind
	h.keysize = keysize
	h.valoff = valoff
	h.slotsize = slotsize
	h.hashfn = hashfn
	h.equal = equal
	h.seed = uintptr(fastrand64())
	if hint > 0 {
		c := uintptr(mapMinCap)
		for c*3/4 < uintptr(hint) && c < 1<<30 {
			c *= 2
		}
		maptable(h, c)
	}
	return h
}

// maptable gives h fresh, empty arrays of c slots.
func maptable(h *hmap, c uintptr) {
	h.ctrl = allocNoscan(c)
	h.slots = alloc(c * h.slotsize)
	h.mask = c - 1
	h.growthLeft = c * 3 / 4
}

// slothash hashes the key stored in slot s.
func slothash(h *hmap, s unsafe.Pointer) uintptr {
	switch h.kind {
	case 1:
		return hash64(uint64(*(*uint32)(s)), h.seed)
	case 2:
		return hash64(*(*uint64)(s), h.seed)
	case 3:
		return strhash(s, h.seed)
	}
	return h.hashfn(s, h.seed)
}

// maprebuild moves every entry into new arrays (twice as large when the map
// is at least 3/8 full), or allocates the first table.
func maprebuild(h *hmap) {
	if h.ctrl == nil {
		maptable(h, mapMinCap)
		return
	}
	oldCtrl := h.ctrl
	oldSlots := h.slots
	oldCap := h.mask + 1
	c := oldCap
	if uintptr(h.count)*8 >= oldCap*3 {
		c = oldCap * 2
	}
	maptable(h, c)
	ss := h.slotsize
	mask := h.mask
	for i := uintptr(0); i < oldCap; i++ {
		tag := *(*uint8)(unsafe.Add(oldCtrl, i))
		if tag < 0x80 {
			continue
		}
		s := unsafe.Add(oldSlots, i*ss)
		j := slothash(h, s) & mask
		for *(*uint8)(unsafe.Add(h.ctrl, j)) != ctrlEmpty {
			j = (j + 1) & mask
		}
		*(*uint8)(unsafe.Add(h.ctrl, j)) = tag
		memmove(unsafe.Add(h.slots, j*ss), s, ss)
	}
	h.growthLeft -= uintptr(h.count)
}

// mapclaim marks slot i (found empty or deleted by a probe) full with tag
// and returns its address, or nil when the table must be rebuilt first.
func mapclaim(h *hmap, i uintptr, del uintptr, tag uint8) unsafe.Pointer {
	if del == ^uintptr(0) {
		if h.growthLeft == 0 {
			maprebuild(h)
			return nil
		}
		h.growthLeft--
		del = i
	}
	*(*uint8)(unsafe.Add(h.ctrl, del)) = tag
	h.count++
	return unsafe.Add(h.slots, del*h.slotsize)
}

// mapremove empties slot i.
func mapremove(h *hmap, i uintptr) {
	memclr(unsafe.Add(h.slots, i*h.slotsize), h.slotsize)
	c := unsafe.Add(h.ctrl, i)
	if *(*uint8)(unsafe.Add(h.ctrl, (i+1)&h.mask)) == ctrlEmpty {
		*(*uint8)(c) = ctrlEmpty
		h.growthLeft++
	} else {
		*(*uint8)(c) = ctrlDeleted
	}
	h.count--
}

func maptag(hash uintptr) uint8 {
	return uint8(hash>>25) | 0x80
}

// --- kind 1: 4-byte integer keys -------------------------------------------

func mapfind_fast32(h *hmap, k uint32) uintptr {
	hash := hash64(uint64(k), h.seed)
	tag := maptag(hash)
	mask := h.mask
	i := hash & mask
	for {
		c := *(*uint8)(unsafe.Add(h.ctrl, i))
		if c == tag {
			if *(*uint32)(unsafe.Add(h.slots, i*h.slotsize)) == k {
				return i
			}
		} else if c == ctrlEmpty {
			return ^uintptr(0)
		}
		i = (i + 1) & mask
	}
}

func mapaccess_fast32(h *hmap, k uint32) unsafe.Pointer {
	if h == nil || h.count == 0 {
		return nil
	}
	i := mapfind_fast32(h, k)
	if i == ^uintptr(0) {
		return nil
	}
	return unsafe.Add(h.slots, i*h.slotsize+h.valoff)
}

func mapassign_fast32(h *hmap, k uint32) unsafe.Pointer {
	if h == nil {
		panicNilMap()
		return nil
	}
	for {
		if h.ctrl == nil {
			maprebuild(h)
		}
		hash := hash64(uint64(k), h.seed)
		tag := maptag(hash)
		mask := h.mask
		i := hash & mask
		del := ^uintptr(0)
		for {
			c := *(*uint8)(unsafe.Add(h.ctrl, i))
			if c == tag {
				s := unsafe.Add(h.slots, i*h.slotsize)
				if *(*uint32)(s) == k {
					return unsafe.Add(s, h.valoff)
				}
			} else if c == ctrlEmpty {
				break
			} else if c == ctrlDeleted && del == ^uintptr(0) {
				del = i
			}
			i = (i + 1) & mask
		}
		s := mapclaim(h, i, del, tag)
		if s != nil {
			*(*uint32)(s) = k
			return unsafe.Add(s, h.valoff)
		}
	}
}

func mapdelete_fast32(h *hmap, k uint32) {
	if h == nil || h.count == 0 {
		return
	}
	i := mapfind_fast32(h, k)
	if i != ^uintptr(0) {
		mapremove(h, i)
	}
}

// --- kind 2: 8-byte integer keys -------------------------------------------

func mapfind_fast64(h *hmap, k uint64) uintptr {
	hash := hash64(k, h.seed)
	tag := maptag(hash)
	mask := h.mask
	i := hash & mask
	for {
		c := *(*uint8)(unsafe.Add(h.ctrl, i))
		if c == tag {
			if *(*uint64)(unsafe.Add(h.slots, i*h.slotsize)) == k {
				return i
			}
		} else if c == ctrlEmpty {
			return ^uintptr(0)
		}
		i = (i + 1) & mask
	}
}

func mapaccess_fast64(h *hmap, k uint64) unsafe.Pointer {
	if h == nil || h.count == 0 {
		return nil
	}
	i := mapfind_fast64(h, k)
	if i == ^uintptr(0) {
		return nil
	}
	return unsafe.Add(h.slots, i*h.slotsize+h.valoff)
}

func mapassign_fast64(h *hmap, k uint64) unsafe.Pointer {
	if h == nil {
		panicNilMap()
		return nil
	}
	for {
		if h.ctrl == nil {
			maprebuild(h)
		}
		hash := hash64(k, h.seed)
		tag := maptag(hash)
		mask := h.mask
		i := hash & mask
		del := ^uintptr(0)
		for {
			c := *(*uint8)(unsafe.Add(h.ctrl, i))
			if c == tag {
				s := unsafe.Add(h.slots, i*h.slotsize)
				if *(*uint64)(s) == k {
					return unsafe.Add(s, h.valoff)
				}
			} else if c == ctrlEmpty {
				break
			} else if c == ctrlDeleted && del == ^uintptr(0) {
				del = i
			}
			i = (i + 1) & mask
		}
		s := mapclaim(h, i, del, tag)
		if s != nil {
			*(*uint64)(s) = k
			return unsafe.Add(s, h.valoff)
		}
	}
}

func mapdelete_fast64(h *hmap, k uint64) {
	if h == nil || h.count == 0 {
		return
	}
	i := mapfind_fast64(h, k)
	if i != ^uintptr(0) {
		mapremove(h, i)
	}
}

// --- kind 3: string keys ----------------------------------------------------

func mapfind_faststr(h *hmap, k string) uintptr {
	hash := hashstring(k, h.seed)
	tag := maptag(hash)
	mask := h.mask
	i := hash & mask
	for {
		c := *(*uint8)(unsafe.Add(h.ctrl, i))
		if c == tag {
			if eqstring(*(*string)(unsafe.Add(h.slots, i*h.slotsize)), k) {
				return i
			}
		} else if c == ctrlEmpty {
			return ^uintptr(0)
		}
		i = (i + 1) & mask
	}
}

func mapaccess_faststr(h *hmap, k string) unsafe.Pointer {
	if h == nil || h.count == 0 {
		return nil
	}
	i := mapfind_faststr(h, k)
	if i == ^uintptr(0) {
		return nil
	}
	return unsafe.Add(h.slots, i*h.slotsize+h.valoff)
}

func mapassign_faststr(h *hmap, k string) unsafe.Pointer {
	return mapassignstr(h, k, false)
}

// mapassign_faststrb is m[string(b)] = v for a byte slice b converted only
// for the key: k aliases b's bytes, so an inserted key is copied.
func mapassign_faststrb(h *hmap, k string) unsafe.Pointer {
	return mapassignstr(h, k, true)
}

func mapassignstr(h *hmap, k string, copyKey bool) unsafe.Pointer {
	if h == nil {
		panicNilMap()
		return nil
	}
	for {
		if h.ctrl == nil {
			maprebuild(h)
		}
		hash := hashstring(k, h.seed)
		tag := maptag(hash)
		mask := h.mask
		i := hash & mask
		del := ^uintptr(0)
		for {
			c := *(*uint8)(unsafe.Add(h.ctrl, i))
			if c == tag {
				s := unsafe.Add(h.slots, i*h.slotsize)
				if eqstring(*(*string)(s), k) {
					if !copyKey {
						*(*string)(s) = k // Go stores the new key (its memory may be all that differs)
					}
					return unsafe.Add(s, h.valoff)
				}
			} else if c == ctrlEmpty {
				break
			} else if c == ctrlDeleted && del == ^uintptr(0) {
				del = i
			}
			i = (i + 1) & mask
		}
		s := mapclaim(h, i, del, tag)
		if s != nil {
			if copyKey {
				k = slicebytetostring(unsafe.Slice((*byte)(stringPtr(k)), len(k)))
			}
			*(*string)(s) = k
			return unsafe.Add(s, h.valoff)
		}
	}
}

func mapdelete_faststr(h *hmap, k string) {
	if h == nil || h.count == 0 {
		return
	}
	i := mapfind_faststr(h, k)
	if i != ^uintptr(0) {
		mapremove(h, i)
	}
}

// --- kind 0: any comparable key, through hashfn/equal -----------------------

func mapfind(h *hmap, hash uintptr, k unsafe.Pointer) uintptr {
	tag := maptag(hash)
	mask := h.mask
	i := hash & mask
	for {
		c := *(*uint8)(unsafe.Add(h.ctrl, i))
		if c == tag {
			if h.equal(unsafe.Add(h.slots, i*h.slotsize), k) {
				return i
			}
		} else if c == ctrlEmpty {
			return ^uintptr(0)
		}
		i = (i + 1) & mask
	}
}

// mapaccess hashes k even in an empty map, so that an unhashable dynamic
// key type panics as in Go.
func mapaccess(h *hmap, k unsafe.Pointer) unsafe.Pointer {
	if h == nil {
		return nil
	}
	hash := maphash(h, k)
	if unwinding() {
		mapkeyerror(h)
		return nil
	}
	if h.count == 0 {
		return nil
	}
	i := mapfind(h, hash, k)
	if i == ^uintptr(0) {
		return nil
	}
	return unsafe.Add(h.slots, i*h.slotsize+h.valoff)
}

func mapassign(h *hmap, k unsafe.Pointer) unsafe.Pointer {
	if h == nil {
		panicNilMap()
		return nil
	}
	hash := maphash(h, k)
	if unwinding() {
		return nil
	}
	for {
		if h.ctrl == nil {
			maprebuild(h)
		}
		tag := maptag(hash)
		mask := h.mask
		i := hash & mask
		del := ^uintptr(0)
		for {
			c := *(*uint8)(unsafe.Add(h.ctrl, i))
			if c == tag {
				s := unsafe.Add(h.slots, i*h.slotsize)
				if h.equal(s, k) {
					memmove(s, k, h.keysize) // Go stores the new key: +0 for -0, a new string's memory
					return unsafe.Add(s, h.valoff)
				}
			} else if c == ctrlEmpty {
				break
			} else if c == ctrlDeleted && del == ^uintptr(0) {
				del = i
			}
			i = (i + 1) & mask
		}
		s := mapclaim(h, i, del, tag)
		if s != nil {
			memmove(s, k, h.keysize)
			return unsafe.Add(s, h.valoff)
		}
	}
}

func mapdelete(h *hmap, k unsafe.Pointer) {
	if h == nil {
		return
	}
	hash := maphash(h, k)
	if unwinding() {
		mapkeyerror(h)
		return
	}
	if h.count == 0 {
		return
	}
	i := mapfind(h, hash, k)
	if i != ^uintptr(0) {
		mapremove(h, i)
	}
}

// --- whole-map operations ------------------------------------------------------

func mapclear(h *hmap) {
	if h == nil || h.ctrl == nil {
		return
	}
	c := h.mask + 1
	memclr(h.ctrl, c)
	memclr(h.slots, c*h.slotsize)
	h.count = 0
	h.growthLeft = c * 3 / 4
	h.epoch++
}

// mapaccessslot finds the entry of the key stored at s (in any table of h).
func mapaccessslot(h *hmap, s unsafe.Pointer) unsafe.Pointer {
	switch h.kind {
	case 1:
		return mapaccess_fast32(h, *(*uint32)(s))
	case 2:
		return mapaccess_fast64(h, *(*uint64)(s))
	case 3:
		return mapaccess_faststr(h, *(*string)(s))
	}
	return mapaccess(h, s)
}

func mapiterinit(h *hmap, it *hiter) {
	it.key = nil
	it.val = nil
	it.h = h
	it.i = 0
	it.n = 0
	if h == nil || h.ctrl == nil || h.count == 0 {
		return
	}
	it.ctrl = h.ctrl
	it.slots = h.slots
	it.mask = h.mask
	it.n = h.mask + 1
	it.offset = uintptr(fastrand64()) & h.mask
	it.epoch = h.epoch
}

func mapiternext(it *hiter) bool {
	h := it.h
	for it.i < it.n {
		pos := (it.offset + it.i) & it.mask
		it.i++
		if *(*uint8)(unsafe.Add(it.ctrl, pos)) < 0x80 {
			continue
		}
		if h.epoch != it.epoch {
			break
		}
		s := unsafe.Add(it.slots, pos*h.slotsize)
		if h.ctrl == it.ctrl {
			it.key = s
			it.val = unsafe.Add(s, h.valoff)
			return true
		}
		v := mapaccessslot(h, s)
		if v != nil {
			it.key = s
			it.val = v
			return true
		}
		if h.kind == 0 && !h.equal(s, s) {
			it.key = s
			it.val = unsafe.Add(s, h.valoff)
			return true
		}
	}
	it.n = 0
	it.key = nil
	it.val = nil
	return false
}
