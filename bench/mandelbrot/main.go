// mandelbrot: an n x n bitmap of the Mandelbrot set over [-1.5, 0.5] x [-1, 1]
// (50 iterations, escape at |z| > 2), packed 8 pixels a byte as a PBM would be,
// and reduced to a checksum instead of being written out.
// Written for gowasm's bench from the algorithm's description.
package main

const (
	size    = 2400 // bench:size quick=160
	maxIter = 50
)

func main() {
	rowBytes := (size + 7) / 8
	bitmap := make([]byte, rowBytes*size)
	inv := 2.0 / float64(size)
	for y := 0; y < size; y++ {
		ci := float64(y)*inv - 1.0
		for x := 0; x < size; x++ {
			cr := float64(x)*inv - 1.5
			zr, zi := 0.0, 0.0
			in := true
			for i := 0; i < maxIter; i++ {
				tr := zr*zr - zi*zi + cr
				zi = 2*zr*zi + ci
				zr = tr
				if zr*zr+zi*zi > 4 {
					in = false
					break
				}
			}
			if in {
				bitmap[y*rowBytes+x/8] |= 0x80 >> uint(x%8)
			}
		}
	}
	// FNV-1a over the bitmap, plus the number of set pixels.
	h := uint32(2166136261)
	ones := 0
	for _, b := range bitmap {
		h ^= uint32(b)
		h *= 16777619
		for ; b != 0; b &= b - 1 {
			ones++
		}
	}
	println("mandelbrot", size, "pixels in set:", ones, "fnv:", h)
}
