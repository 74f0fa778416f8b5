// This file implements Compare, CompareString and Equal of package bytealg.

package bytealg

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b
// (lexicographic byte order; nil and empty are equal).
func Compare(a, b []byte) int {
	return compare(slicePtr(a), len(a), slicePtr(b), len(b))
}

// CompareString is Compare on strings.
func CompareString(a, b string) int {
	return compare(strPtr(a), len(a), strPtr(b), len(b))
}

// Equal reports whether a and b have the same length and bytes.
func Equal(a, b []byte) bool {
	return len(a) == len(b) && equal(slicePtr(a), slicePtr(b), len(a))
}
