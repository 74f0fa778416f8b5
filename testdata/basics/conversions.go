package main

type Celsius float64
type Fahrenheit float64
type ID int

func toF(c Celsius) Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func main() {
	println(toF(100), toF(-40), toF(37))
	var id ID = 42
	n := int(id) + 1
	println(id, n)
	f := 3.75
	println(int(f), int64(-f), uint8(f), float32(f))
	i := 65
	println(float64(i)/2, rune(i), byte(i+1))
	var u uint32 = 4000000000
	println(int32(u), int64(u), float64(u), uint8(u))
	var r rune = 0x1F600
	println(r, string(r), len(string(r)))
	println(string(rune(65)), string(rune(0x4e16)))
	var big int64 = -1
	println(uint64(big), uint32(big), int8(big))
	var x8 int8 = -100
	println(int(x8), uint(uint8(x8)), int16(x8)*10)
	var f32 float32 = 16777217
	println(f32, float64(f32), int(f32))
}
