package main



func main() {
	var zero float64
	inf := 1 / zero
	nan := zero / zero
	for _, f := range []float64{-1, -1.5, 1e19, 2e19, -1e19, nan, inf, -inf, 3e9, -3e9, 300.5, -129.7, 9.3e18, 1.8446744073709552e19} {
		println(f, int64(f), uint64(f), int32(f), uint32(f), int8(f), uint8(f), int16(f), uint16(f), int(f), uint(f))
	}
	for _, f := range []float32{-1, 1e19, 2e19, float32(nan), 3e9, 1e10} {
		println(f, int64(f), uint64(f), int32(f), uint32(f), uint8(f))
	}
}
