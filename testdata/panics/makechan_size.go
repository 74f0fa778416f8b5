package main

// make(chan T, n) with a size beyond the address space panics, also when n
// only fits in 64 bits (int is 64-bit, uintptr 32-bit on wasm).

type cblock [1<<16 - 1]byte

var big int64 = 10 | 1<<46
var minus1 = -1

func try(name string, f func()) {
	defer func() { println(name, recover().(error).Error()) }()
	f()
}

func main() {
	try("big", func() { _ = make(chan cblock, big) })
	try("negative", func() { _ = make(chan cblock, minus1) })
	c := make(chan int, 3)
	println(cap(c))
}
