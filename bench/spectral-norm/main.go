// spectral-norm: the largest singular value of the infinite matrix
// A[i][j] = 1/((i+j)(i+j+1)/2 + i + 1), truncated to n x n, by ten rounds of
// the power method on A^T A.
// Written for gowasm's bench from the algorithm's description.
//
// sqrt is our own Newton iteration (no math import), as in n-body.
package main

const n = 3000 // bench:size quick=100

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func mulAv(v, av []float64) {
	for i := range av {
		s := 0.0
		for j := range v {
			s += a(i, j) * v[j]
		}
		av[i] = s
	}
}

func mulAtv(v, atv []float64) {
	for i := range atv {
		s := 0.0
		for j := range v {
			s += a(j, i) * v[j]
		}
		atv[i] = s
	}
}

func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	s := 1.0
	for x >= 4 {
		x *= 0.25
		s *= 2
	}
	for x < 1 {
		x *= 4
		s *= 0.5
	}
	g := (x + 1) * 0.5
	for i := 0; i < 6; i++ {
		g = 0.5 * (g + x/g)
	}
	return g * s
}

func main() {
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i := range v {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	println("spectral norm x 1e9:", int64(sqrt(vBv/vv)*1e9))
}
