// Package bytealg is gowasm's replacement for GOROOT's internal/bytealg (whose
// wasm build needs assembly): the byte-slice and string primitives of bytes,
// strings, internal/stringslite, os, io/fs, ... This file owns the package's
// tuning constants, MakeNoZero (served by package runtime, which owns the
// allocator's size classes) and the Rabin-Karp helpers; the primitives are in
// mem.go and the exported searches in index.go, compare.go, count.go.
//
// The tuning follows GOROOT's generic (non-assembly) build: MaxLen and
// MaxBruteForce are 0, so bytes/strings search with IndexByte and Rabin-Karp
// and never call Index/IndexString/Cutover (which are implemented anyway).
package bytealg

import _ "unsafe" // for go:linkname

// MaxLen is the longest pattern Index and IndexString are used for by bytes
// and strings (0: they are not used).
var MaxLen int

// MaxBruteForce is the length of text below which strings/bytes call
// IndexString/Index directly (0: never).
const MaxBruteForce = 0

// PrimeRK is the base of the Rabin-Karp rolling hash.
const PrimeRK = 16777619

// MakeNoZero returns a byte slice of length n whose contents need not be
// zeroed, with the capacity of the allocation the allocator really makes.
// Provided by package runtime (runtime/go/runtime/hooks_misc.go).
//
//go:linkname MakeNoZero
func MakeNoZero(n int) []byte

// powRK returns PrimeRK to the power n (mod 2^32).
func powRK(n int) uint32 {
	pow := uint32(1)
	sq := uint32(PrimeRK)
	for n > 0 {
		if n&1 != 0 {
			pow *= sq
		}
		sq *= sq
		n >>= 1
	}
	return pow
}

// HashStr returns the Rabin-Karp hash of sep and PrimeRK^len(sep), the factor
// that removes a byte leaving a window of len(sep) bytes.
func HashStr[T string | []byte](sep T) (uint32, uint32) {
	var h uint32
	n := len(sep)
	for i := 0; i < n; i++ {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, powRK(n)
}

// HashStrRev is HashStr of sep read backwards (for last-index searches).
func HashStrRev[T string | []byte](sep T) (uint32, uint32) {
	var h uint32
	for i := len(sep) - 1; i >= 0; i-- {
		h = h*PrimeRK + uint32(sep[i])
	}
	return h, powRK(len(sep))
}

// sameAt reports whether s[i:i+len(sep)] equals sep.
func sameAt[T string | []byte](s T, i int, sep T) bool {
	for j := 0; j < len(sep); j++ {
		if s[i+j] != sep[j] {
			return false
		}
	}
	return true
}

// IndexRabinKarp returns the index of the first sep in s, or -1, with a
// rolling hash over windows of len(sep) bytes.
func IndexRabinKarp[T string | []byte](s, sep T) int {
	n := len(sep)
	if n > len(s) {
		return -1
	}
	want, pow := HashStr(sep)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*PrimeRK + uint32(s[i])
	}
	if h == want && sameAt(s, 0, sep) {
		return 0
	}
	for i := n; i < len(s); i++ {
		h = h*PrimeRK + uint32(s[i]) - pow*uint32(s[i-n])
		if h == want && sameAt(s, i-n+1, sep) {
			return i - n + 1
		}
	}
	return -1
}

// LastIndexRabinKarp returns the index of the last sep in s, or -1.
func LastIndexRabinKarp[T string | []byte](s, sep T) int {
	n := len(sep)
	if n > len(s) {
		return -1
	}
	want, pow := HashStrRev(sep)
	last := len(s) - n
	var h uint32
	for i := len(s) - 1; i >= last; i-- {
		h = h*PrimeRK + uint32(s[i])
	}
	if h == want && sameAt(s, last, sep) {
		return last
	}
	for i := last - 1; i >= 0; i-- {
		h = h*PrimeRK + uint32(s[i]) - pow*uint32(s[i+n])
		if h == want && sameAt(s, i, sep) {
			return i
		}
	}
	return -1
}
