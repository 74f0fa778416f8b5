// This file implements the exported searches of package bytealg: IndexByte,
// LastIndexByte (and their String forms), Index, IndexString and Cutover,
// over the word-at-a-time primitives of mem.go.

package bytealg

import "unsafe"

func slicePtr(b []byte) unsafe.Pointer {
	return unsafe.Pointer(unsafe.SliceData(b))
}

func strPtr(s string) unsafe.Pointer {
	return unsafe.Pointer(unsafe.StringData(s))
}

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	return indexbyte(slicePtr(b), len(b), c)
}

// IndexByteString returns the index of the first c in s, or -1.
func IndexByteString(s string, c byte) int {
	return indexbyte(strPtr(s), len(s), c)
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	return lastindexbyte(slicePtr(s), len(s), c)
}

// LastIndexByteString returns the index of the last c in s, or -1.
func LastIndexByteString(s string, c byte) int {
	return lastindexbyte(strPtr(s), len(s), c)
}

// Index returns the index of the first b in a, or -1.
func Index(a, b []byte) int {
	return index(slicePtr(a), len(a), slicePtr(b), len(b))
}

// IndexString returns the index of the first b in a, or -1.
func IndexString(a, b string) int {
	return index(strPtr(a), len(a), strPtr(b), len(b))
}

// Cutover is how many IndexByte false positives a search that has processed
// n bytes tolerates before switching to Index (one per 8 bytes, plus a start).
func Cutover(n int) int {
	return 4 + n>>3
}
