// This file implements the helpers behind the print and println builtins;
// the compiler calls one per argument (printsp between println arguments,
// printnl at the end). Output goes to stderr (fd 2), formatted exactly as Go
// 1.26 does: integers in decimal, floats in shortest round-trip form
// (ftoa.go), complex numbers as (re+imi), pointers as 0x-hex, slices as
// [len/cap]0xptr, interfaces as (0xtype,0xdata).

package runtime

import "unsafe"

var printBuf [64]byte

func writeBuf(from int, to int) {
	write(2, unsafe.Pointer(&printBuf[from]), int32(to-from))
}

func printstring(s string) {
	if len(s) == 0 {
		return
	}
	write(2, unsafe.Pointer(unsafe.StringData(s)), int32(len(s)))
}

func printsp() {
	printstring(" ")
}

func printnl() {
	printstring("\n")
}

func printbool(b bool) {
	if b {
		printstring("true")
	} else {
		printstring("false")
	}
}

func printuint(v uint64) {
	i := len(printBuf)
	for v >= 10 {
		i--
		printBuf[i] = byte(v%10 + '0')
		v /= 10
	}
	i--
	printBuf[i] = byte(v + '0')
	writeBuf(i, len(printBuf))
}

func printint(v int64) {
	if v < 0 {
		printstring("-")
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

func printhex(v uint64) {
	const dig = "0123456789abcdef"
	i := len(printBuf)
	for v >= 16 {
		i--
		printBuf[i] = dig[v%16]
		v /= 16
	}
	i--
	printBuf[i] = dig[v]
	i--
	printBuf[i] = 'x'
	i--
	printBuf[i] = '0'
	writeBuf(i, len(printBuf))
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

func printslice(p unsafe.Pointer, n int, c int) {
	printstring("[")
	printint(int64(n))
	printstring("/")
	printint(int64(c))
	printstring("]")
	printpointer(p)
}

func printeface(t unsafe.Pointer, d unsafe.Pointer) {
	printstring("(")
	printpointer(t)
	printstring(",")
	printpointer(d)
	printstring(")")
}

func printfloat(v float64) {
	n := formatFloatBits(float64bits(v), 52, 11, printBuf[:])
	writeBuf(0, n)
}

func printfloat32(v float32) {
	n := formatFloatBits(uint64(float32bits(v)), 23, 8, printBuf[:])
	writeBuf(0, n)
}

// printimag prints the imaginary part with an explicit sign.
func printimag(bits uint64, mantBits int, expBits int) {
	n := formatFloatBits(bits, mantBits, expBits, printBuf[1:])
	if printBuf[1] == '-' || printBuf[1] == '+' {
		writeBuf(1, n+1)
	} else {
		printBuf[0] = '+'
		writeBuf(0, n+1)
	}
}

func printcomplex(re float64, im float64) {
	printstring("(")
	printfloat(re)
	printimag(float64bits(im), 52, 11)
	printstring("i)")
}

func printcomplex64(re float32, im float32) {
	printstring("(")
	printfloat32(re)
	printimag(uint64(float32bits(im)), 23, 8)
	printstring("i)")
}
