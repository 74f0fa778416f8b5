// Small pointer-free objects (under 16 bytes) share 16-byte blocks in Go's
// allocator and in gowasm's: values of every small size must keep their
// contents and alignment across collections while their neighbours die, and
// finalizers set on parts of a block must all run once the block is
// unreachable.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"unsafe"
)

type triple struct{ a, b, c int32 }

type kept struct {
	b1  *byte
	i16 *int16
	b3  *[3]byte
	i32 *int32
	b5  *[5]byte
	i64 *int64
	f64 *float64
	c64 *complex64
	t   *triple
	s   string
}

func fill(n int) []kept {
	var out []kept
	for i := 0; i < n; i++ {
		k := kept{
			b1:  new(byte),
			i16: new(int16),
			b3:  new([3]byte),
			i32: new(int32),
			b5:  new([5]byte),
			i64: new(int64),
			f64: new(float64),
			c64: new(complex64),
			t:   new(triple),
			s:   strconv.Itoa(i),
		}
		*k.b1 = byte(i)
		*k.i16 = int16(i * 3)
		*k.b3 = [3]byte{byte(i), byte(i + 1), byte(i + 2)}
		*k.i32 = int32(i * 7)
		*k.b5 = [5]byte{1, 2, 3, 4, byte(i)}
		*k.i64 = int64(i) << 40
		*k.f64 = float64(i) / 4
		*k.c64 = complex(float32(i), -float32(i))
		*k.t = triple{int32(i), int32(-i), int32(i * i)}
		// Garbage between the kept values: more small objects in the same blocks.
		for j := 0; j < 3; j++ {
			g := new([7]byte)
			g[6] = 0xff
			_ = strconv.Itoa(i*j) + "x"
		}
		if i%5 == 0 {
			out = append(out, k)
		}
	}
	return out
}

func check(ks []kept) (bad int) {
	for n, k := range ks {
		i := n * 5
		ok := *k.b1 == byte(i) && *k.i16 == int16(i*3) &&
			*k.b3 == [3]byte{byte(i), byte(i + 1), byte(i + 2)} && *k.i32 == int32(i*7) &&
			*k.b5 == [5]byte{1, 2, 3, 4, byte(i)} && *k.i64 == int64(i)<<40 &&
			*k.f64 == float64(i)/4 && *k.c64 == complex(float32(i), -float32(i)) &&
			*k.t == triple{int32(i), int32(-i), int32(i * i)} && k.s == strconv.Itoa(i)
		if !ok {
			bad++
		}
		al := func(p unsafe.Pointer, a uintptr) {
			if uintptr(p)%a != 0 {
				bad++
			}
		}
		al(unsafe.Pointer(k.i16), 2)
		al(unsafe.Pointer(k.i32), 4)
		al(unsafe.Pointer(k.i64), 8)
		al(unsafe.Pointer(k.f64), 8)
		al(unsafe.Pointer(k.c64), 8)
		al(unsafe.Pointer(k.t), 4)
	}
	return bad
}

func main() {
	ks := fill(20000)
	for round := 0; round < 3; round++ {
		runtime.GC()
		fmt.Println("round", round, "kept", len(ks), "bad", check(ks))
		more := fill(5000) // reuse the freed blocks
		fmt.Println("  new", len(more), "bad", check(more))
	}

	// Finalizers on the parts of tiny blocks: every part's finalizer runs
	// (a few may not, when a block is shared with something still live).
	const N = 400
	done := make([]bool, N)
	count := 0
	for i := 0; i < N; i++ {
		x := new(int32)
		*x = int32(i)
		runtime.SetFinalizer(x, func(p *int32) {
			if !done[*p] {
				done[*p] = true
				count++
			}
		})
	}
	for i := 0; i < 5 && count < N*9/10; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	fmt.Println("finalized at least 90%:", count >= N*9/10)
}
