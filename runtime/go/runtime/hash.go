// This file implements the hash functions of maps and of interface values.
//
// Every hash is a uintptr (32 bits on wasm32) computed with 64-bit wasm
// arithmetic and folded at the end. Integers (and pointers) go through a
// murmur3-style 64-bit finaliser (two multiplies, three xor-shifts), so both
// the low bits (the map's bucket index) and the high bits (its 7-bit tag) of
// the result depend on every key bit. Byte strings are read 8 bytes at a time
// (unaligned loads are legal in wasm); each word is xored into the state,
// multiplied by an odd constant and rotated, and the tail is read with two
// overlapping 4-byte (or three 1-byte) loads so no byte past the end is
// touched; the length is mixed in first and the state is finalised with the
// same finaliser. Floats: +0 and -0 hash alike (they are ==), and a NaN hashes
// to a fresh pseudo-random value each time (NaN != NaN, so no lookup can
// find it, and many NaN keys still spread over the table, as in Go).
//
// The per-program seed comes from WASI random_get, read once on first use;
// fastrand is a splitmix64 generator over it (per-map seeds, the random start
// of each map iteration, NaN hashes).

package runtime

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 random_get
func random_get(buf unsafe.Pointer, n int32) int32

var randState uint64
var randSeeded bool
var randBuf [1]uint64

// fastrand64 returns the next pseudo-random 64-bit number (splitmix64).
func fastrand64() uint64 {
	if !randSeeded {
		randSeeded = true
		random_get(unsafe.Pointer(&randBuf[0]), 8)
		randState = randBuf[0]
	}
	randState += 0x9e3779b97f4a7c15
	z := randState
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// mix64 is the 64-bit finaliser every hash ends with.
func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// fold turns a 64-bit state into a uintptr hash.
func fold(x uint64) uintptr {
	return uintptr(x ^ (x >> 32))
}

// hash64 hashes an integer key of up to 8 bytes.
func hash64(k uint64, seed uintptr) uintptr {
	return fold(mix64(k ^ (uint64(seed) * 0x9e3779b97f4a7c15)))
}

// hashbytes hashes n bytes at p.
func hashbytes(p unsafe.Pointer, n uintptr, seed uintptr) uintptr {
	h := (uint64(seed) * 0x9e3779b97f4a7c15) ^ (uint64(n) * 0xc6a4a7935bd1e995)
	for n >= 8 {
		w := *(*uint64)(p)
		h = (h ^ w) * 0x87c37b91114253d5
		h = (h << 31) | (h >> 33)
		p = unsafe.Add(p, 8)
		n -= 8
	}
	if n > 0 {
		var w uint64
		if n >= 4 {
			w = uint64(*(*uint32)(p)) | (uint64(*(*uint32)(unsafe.Add(p, n-4))) << 32)
		} else {
			b0 := uint64(*(*uint8)(p))
			b1 := uint64(*(*uint8)(unsafe.Add(p, n>>1)))
			b2 := uint64(*(*uint8)(unsafe.Add(p, n-1)))
			w = b0 | (b1 << 8) | (b2 << 16) | (1 << 24)
		}
		h = (h ^ w) * 0x87c37b91114253d5
	}
	return fold(mix64(h))
}

// memhash hashes n bytes at p (for keys compared bytewise).
func memhash(p unsafe.Pointer, seed uintptr, n uintptr) uintptr {
	switch n {
	case 1:
		return hash64(uint64(*(*uint8)(p)), seed)
	case 2:
		return hash64(uint64(*(*uint16)(p)), seed)
	case 4:
		return hash64(uint64(*(*uint32)(p)), seed)
	case 8:
		return hash64(*(*uint64)(p), seed)
	}
	return hashbytes(p, n, seed)
}

// strhash hashes the string whose header is at p.
func strhash(p unsafe.Pointer, seed uintptr) uintptr {
	s := *(*string)(p)
	return hashbytes(stringPtr(s), uintptr(len(s)), seed)
}

// hashstring hashes a string value.
func hashstring(s string, seed uintptr) uintptr {
	return hashbytes(stringPtr(s), uintptr(len(s)), seed)
}

// f64hash hashes the float64 at p: ±0 alike, NaN at random.
func f64hash(p unsafe.Pointer, seed uintptr) uintptr {
	f := *(*float64)(p)
	if f == 0 {
		return hash64(0, seed)
	}
	if f != f {
		return hash64(fastrand64(), seed)
	}
	return hash64(float64bits(f), seed)
}

// f32hash hashes the float32 at p: ±0 alike, NaN at random.
func f32hash(p unsafe.Pointer, seed uintptr) uintptr {
	f := *(*float32)(p)
	if f == 0 {
		return hash64(0, seed)
	}
	if f != f {
		return hash64(fastrand64(), seed)
	}
	return hash64(uint64(float32bits(f)), seed)
}

// c64hash and c128hash hash complex numbers part by part.
func c64hash(p unsafe.Pointer, seed uintptr) uintptr {
	return f32hash(unsafe.Add(p, 4), f32hash(p, seed))
}

func c128hash(p unsafe.Pointer, seed uintptr) uintptr {
	return f64hash(unsafe.Add(p, 8), f64hash(p, seed))
}
