// Integer formatting: every integer verb with every flag, width and precision,
// on every integer kind, including the extremes.
package main

import (
	"fmt"
	"math"
)

func main() {
	verbs := []string{"%v", "%d", "%b", "%o", "%O", "%x", "%X", "%c", "%q", "%U", "%#U"}
	values := []any{0, 7, -7, 42, -42, 255, 1000000, 0x1F600}
	for _, v := range values {
		for _, verb := range verbs {
			fmt.Printf("[%s]=[%s] ", verb, fmt.Sprintf(verb, v))
		}
		fmt.Println()
	}

	// Flags, width and precision.
	formats := []string{
		"%5d", "%-5d|", "%05d", "%+d", "% d", "%+5d", "% 05d", "%.3d", "%8.3d", "%-8.3d|", "%08.3d",
		"%#b", "%#o", "%#x", "%#X", "%#08x", "%# x", "%x", "%10x", "%-10X|", "%.0d", "%+.0d", "%5.0d",
		"%#O", "%+x", "%+o", "% x",
	}
	for _, f := range formats {
		fmt.Printf("%-8s", f)
		for _, v := range []int{0, 1, -1, 123, -123, 48879} {
			fmt.Printf(" [%s]", fmt.Sprintf(f, v))
		}
		fmt.Println()
	}

	// Every integer kind, with its extremes.
	kinds := []any{
		int8(math.MinInt8), int8(math.MaxInt8), int16(math.MinInt16), int16(math.MaxInt16),
		int32(math.MinInt32), int32(math.MaxInt32), int64(math.MinInt64), int64(math.MaxInt64),
		uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64),
		int(math.MinInt64), uint(math.MaxUint64), uintptr(0x1234), byte('A'), rune('é'),
	}
	for _, v := range kinds {
		fmt.Printf("%T: %v %d %x %X %o %b %#x\n", v, v, v, v, v, v, v, v)
	}

	// Runes and characters.
	for _, r := range []rune{'a', 'Z', '\n', '\t', '\'', '"', '\\', 0x7F, 'é', '世', 0x1F600, 0x10FFFF, -1, 0xD800, 0x110000} {
		fmt.Printf("%c|%q|%+q|%#q|%U|%#U|%x|%5c|%-5q|\n", r, r, r, r, r, r, r, r, r)
	}

	// Precision and zero padding on %x of negative numbers and of a large one.
	fmt.Printf("%x %X %#x %.4x %08x %-8x|\n", -255, -255, -255, -255, -255, -255)
	fmt.Printf("%d %x %o %b\n", uint64(1)<<63, uint64(1)<<63, uint64(1)<<63, uint64(1)<<63)

	// Named integer types keep their value formatting.
	type Celsius int
	type Mask uint8
	fmt.Printf("%v %d %x %T %T\n", Celsius(-40), Celsius(100), Mask(0xF0), Celsius(0), Mask(0))
	fmt.Println(Celsius(12), Mask(3), int8(-5), uint64(18446744073709551615))
}
