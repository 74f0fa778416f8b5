// This file implements Count and CountString of package bytealg.

package bytealg

// Count returns the number of bytes c in b.
func Count(b []byte, c byte) int {
	return countbyte(slicePtr(b), len(b), c)
}

// CountString returns the number of bytes c in s.
func CountString(s string, c byte) int {
	return countbyte(strPtr(s), len(s), c)
}
