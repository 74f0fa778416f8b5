// This file implements the string operations the compiler calls:
// concatenation, comparison, conversions between strings and []byte/[]rune,
// integer -> string, and UTF-8 decoding for range loops, following Go's rules
// (invalid UTF-8 decodes as U+FFFD with width 1; invalid code points encode
// as "\uFFFD"). Strings are immutable, so results that equal an operand are
// returned without copying.

package runtime

import "unsafe"

const runeError = 0xFFFD
const maxRune = 0x10FFFF

func stringPtr(s string) unsafe.Pointer {
	return unsafe.Pointer(unsafe.StringData(s))
}

func concatstring2(a string, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := len(a) + len(b)
	p := allocNoscan(uintptr(n))
	memmove(p, stringPtr(a), uintptr(len(a)))
	memmove(unsafe.Add(p, len(a)), stringPtr(b), uintptr(len(b)))
	return unsafe.String((*byte)(p), n)
}

func eqstring(a string, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func cmpstring(a string, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

func slicebytetostring(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	p := allocNoscan(uintptr(len(b)))
	memmove(p, unsafe.Pointer(unsafe.SliceData(b)), uintptr(len(b)))
	return unsafe.String((*byte)(p), len(b))
}

// stringtoslicebyte copies s; the capacity is len(s), as gc gives for []byte("const").
func stringtoslicebyte(s string) []byte {
	p := allocNoscan(uintptr(len(s)))
	memmove(p, stringPtr(s), uintptr(len(s)))
	return unsafe.Slice((*byte)(p), len(s))
}

// decoderune decodes the rune starting at s[k]; returns it and the index after it.
func decoderune(s string, k int) (rune, int) {
	n := len(s) - k
	if n < 1 {
		return runeError, k + 1
	}
	b0 := s[k]
	if b0 < 0x80 {
		return rune(b0), k + 1
	}
	var lo, hi byte = 0x80, 0xBF
	size := 0
	if b0 >= 0xC2 && b0 <= 0xDF {
		size = 2
	} else if b0 >= 0xE0 && b0 <= 0xEF {
		size = 3
		if b0 == 0xE0 {
			lo = 0xA0
		} else if b0 == 0xED {
			hi = 0x9F
		}
	} else if b0 >= 0xF0 && b0 <= 0xF4 {
		size = 4
		if b0 == 0xF0 {
			lo = 0x90
		} else if b0 == 0xF4 {
			hi = 0x8F
		}
	} else {
		return runeError, k + 1
	}
	if n < size {
		return runeError, k + 1
	}
	b1 := s[k+1]
	if b1 < lo || b1 > hi {
		return runeError, k + 1
	}
	if size == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), k + 2
	}
	b2 := s[k+2]
	if b2 < 0x80 || b2 > 0xBF {
		return runeError, k + 1
	}
	if size == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), k + 3
	}
	b3 := s[k+3]
	if b3 < 0x80 || b3 > 0xBF {
		return runeError, k + 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), k + 4
}

// runeLen is the number of bytes of the UTF-8 encoding of r (invalid runes count as U+FFFD).
func runeLen(r rune) int {
	if r < 0 {
		return 3
	} else if r < 0x80 {
		return 1
	} else if r < 0x800 {
		return 2
	} else if r >= 0xD800 && r <= 0xDFFF {
		return 3
	} else if r < 0x10000 {
		return 3
	} else if r <= maxRune {
		return 4
	}
	return 3
}

// encoderune writes the UTF-8 encoding of r at p and returns its length.
func encoderune(p unsafe.Pointer, r rune) int {
	if r < 0 || r > maxRune || (r >= 0xD800 && r <= 0xDFFF) {
		r = runeError
	}
	b := (*[4]byte)(p)
	if r < 0x80 {
		b[0] = byte(r)
		return 1
	}
	if r < 0x800 {
		b[0] = byte(0xC0 | r>>6)
		b[1] = byte(0x80 | r&0x3F)
		return 2
	}
	if r < 0x10000 {
		b[0] = byte(0xE0 | r>>12)
		b[1] = byte(0x80 | (r>>6)&0x3F)
		b[2] = byte(0x80 | r&0x3F)
		return 3
	}
	b[0] = byte(0xF0 | r>>18)
	b[1] = byte(0x80 | (r>>12)&0x3F)
	b[2] = byte(0x80 | (r>>6)&0x3F)
	b[3] = byte(0x80 | r&0x3F)
	return 4
}

func intstring(v int64) string {
	r := rune(runeError)
	if v >= 0 && v <= maxRune {
		r = rune(v)
	}
	p := allocNoscan(4)
	n := encoderune(p, r)
	return unsafe.String((*byte)(p), n)
}

func stringtoslicerune(s string) []rune {
	n := 0
	for k := 0; k < len(s); {
		if s[k] < 0x80 {
			k++
		} else {
			_, k = decoderune(s, k)
		}
		n++
	}
	p := allocNoscan(uintptr(n) * 4)
	rs := unsafe.Slice((*rune)(p), n)
	i := 0
	for k := 0; k < len(s); {
		var r rune
		if s[k] < 0x80 {
			r = rune(s[k])
			k++
		} else {
			r, k = decoderune(s, k)
		}
		rs[i] = r
		i++
	}
	return rs
}

func slicerunetostring(rs []rune) string {
	n := 0
	for i := 0; i < len(rs); i++ {
		n += runeLen(rs[i])
	}
	if n == 0 {
		return ""
	}
	p := allocNoscan(uintptr(n))
	k := 0
	for i := 0; i < len(rs); i++ {
		k += encoderune(unsafe.Add(p, k), rs[i])
	}
	return unsafe.String((*byte)(p), n)
}
