// This file implements the memory primitives the rest of package bytealg is
// built on: searching, counting, comparing and testing equality of byte
// ranges given as (pointer, length). Long ranges are processed eight bytes at
// a time with unaligned 64-bit loads (legal in wasm): a byte search xors each
// word with the wanted byte broadcast to all eight lanes and tests the result
// for a zero lane with the classic (x - 0x01…01) &^ x & 0x80…80 trick, and an
// equality test compares whole words; the exact byte inside a word is found
// with a short byte loop. Pointer arithmetic instead of indexing keeps the
// loops free of bounds checks.

package bytealg

import "unsafe"

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
	// wordMin is the length from which the word loops pay off.
	wordMin = 16
)

func load64(p unsafe.Pointer, i int) uint64 {
	return *(*uint64)(unsafe.Add(p, i))
}

func byteAt(p unsafe.Pointer, i int) byte {
	return *(*byte)(unsafe.Add(p, i))
}

// hasZeroByte reports whether some byte of x is zero (it may also flag a 0x01
// byte above a zero one, never a word without a zero byte).
func hasZeroByte(x uint64) bool {
	return (x-lsb)&^x&msb != 0
}

// indexbyte returns the index of the first c in p[0:n], or -1.
func indexbyte(p unsafe.Pointer, n int, c byte) int {
	i := 0
	if n >= wordMin {
		pat := uint64(c) * lsb
		for ; i+8 <= n; i += 8 {
			if hasZeroByte(load64(p, i) ^ pat) {
				break
			}
		}
	}
	for ; i < n; i++ {
		if byteAt(p, i) == c {
			return i
		}
	}
	return -1
}

// lastindexbyte returns the index of the last c in p[0:n], or -1.
func lastindexbyte(p unsafe.Pointer, n int, c byte) int {
	i := n
	if n >= wordMin {
		pat := uint64(c) * lsb
		for ; i >= 8; i -= 8 {
			if hasZeroByte(load64(p, i-8) ^ pat) {
				break
			}
		}
	}
	for i--; i >= 0; i-- {
		if byteAt(p, i) == c {
			return i
		}
	}
	return -1
}

// countbyte returns the number of c in p[0:n].
func countbyte(p unsafe.Pointer, n int, c byte) int {
	count := 0
	i := 0
	if n >= wordMin {
		pat := uint64(c) * lsb
		for ; i+8 <= n; i += 8 {
			x := load64(p, i) ^ pat
			// a lane of x is zero exactly where c is; map each lane to its
			// high bit set when the lane is zero, without cross-lane borrows
			y := ((x &^ msb) + (msb - lsb)) | x // high bit set when the lane is non-zero
			z := ^y & msb
			// population count of the high bits
			z >>= 7
			z = z * lsb >> 56
			count += int(z)
		}
	}
	for ; i < n; i++ {
		if byteAt(p, i) == c {
			count++
		}
	}
	return count
}

// equal reports whether p[0:n] and q[0:n] hold the same bytes.
func equal(p unsafe.Pointer, q unsafe.Pointer, n int) bool {
	if p == q {
		return true
	}
	i := 0
	for ; i+8 <= n; i += 8 {
		if load64(p, i) != load64(q, i) {
			return false
		}
	}
	for ; i < n; i++ {
		if byteAt(p, i) != byteAt(q, i) {
			return false
		}
	}
	return true
}

// compare compares p[0:n] and q[0:m] lexicographically: -1, 0 or +1.
func compare(p unsafe.Pointer, n int, q unsafe.Pointer, m int) int {
	l := n
	if m < l {
		l = m
	}
	i := 0
	if p != q {
		for ; i+8 <= l; i += 8 {
			if load64(p, i) != load64(q, i) {
				break
			}
		}
		for ; i < l; i++ {
			a := byteAt(p, i)
			b := byteAt(q, i)
			if a != b {
				if a < b {
					return -1
				}
				return 1
			}
		}
	}
	if n < m {
		return -1
	}
	if n > m {
		return 1
	}
	return 0
}

// index returns the index of the first occurrence of q[0:m] in p[0:n], or -1
// (m >= 1): candidates are found with indexbyte on the first byte, then the
// last byte and the whole pattern are checked.
func index(p unsafe.Pointer, n int, q unsafe.Pointer, m int) int {
	if m == 0 {
		return 0
	}
	if m > n {
		return -1
	}
	c0 := byteAt(q, 0)
	cl := byteAt(q, m-1)
	last := n - m // last possible start
	i := 0
	for i <= last {
		j := indexbyte(unsafe.Add(p, i), last-i+1, c0)
		if j < 0 {
			return -1
		}
		i += j
		if byteAt(p, i+m-1) == cl && equal(unsafe.Add(p, i), q, m) {
			return i
		}
		i++
	}
	return -1
}
