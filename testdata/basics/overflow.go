package main

func main() {
	var i8 int8 = 127
	i8++
	println("int8", i8)
	i8 = -128
	i8--
	println("int8", i8)
	var u8 uint8 = 255
	u8++
	println("uint8", u8)
	u8 = 0
	u8--
	println("uint8", u8)
	var i16 int16 = 32767
	i16++
	println("int16", i16)
	var u16 uint16 = 65535
	u16 += 2
	println("uint16", u16)
	var i32 int32 = 2147483647
	i32++
	println("int32", i32)
	var u32 uint32 = 4294967295
	u32++
	println("uint32", u32)
	var i64 int64 = 9223372036854775807
	i64++
	println("int64", i64)
	var u64 uint64 = 18446744073709551615
	u64++
	println("uint64", u64)
	var i int = 9223372036854775807
	i++
	println("int", i)
	var u uint = 0
	u--
	println("uint", u)
	// uintptr is left out: its width is the platform's (32 bits on gowasm's wasm32, as the design fixes).

	// multiplication wrapping
	var m8 int8 = 100
	m8 *= 3
	println("mul int8", m8)
	var mu16 uint16 = 300
	mu16 *= 300
	println("mul uint16", mu16)
	var m32 int32 = 100000
	m32 *= 100000
	println("mul int32", m32)
	var m64 int64 = 1 << 62
	m64 *= 4
	println("mul int64", m64)

	// negation of the minimum value
	var n8 int8 = -128
	n8 = -n8
	println("neg int8", n8)
	var n32 int32 = -2147483648
	n32 = -n32
	println("neg int32", n32)

	// conversions truncate
	big := 0x123456789
	println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	neg := -1
	println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	println(int8(200+neg), int64(uint32(neg)))

	// shifts beyond width
	var s8 uint8 = 1
	one := int8(1)
	println(s8<<7, s8<<8, one<<7)
	var sh uint = 70
	println(1<<sh == 0, int32(-8)>>sh, int64(-8)>>sh)
}
