package main

type Matrix [][]float64

func newMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) mul(o Matrix) Matrix {
	res := newMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var s float64
			for k := range o {
				s += m[i][k] * o[k][j]
			}
			res[i][j] = s
		}
	}
	return res
}

func (m Matrix) print() {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}
}

func identity(n int) Matrix {
	m := newMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.mul(b).print()
	b.mul(a).print()
	id := identity(3)
	b2 := b.mul(a)
	b2.mul(id).print()
	// integer matrix power: fibonacci
	f := [2][2]int{{1, 1}, {1, 0}}
	r := [2][2]int{{1, 0}, {0, 1}}
	for n := 0; n < 50; n++ {
		var t [2][2]int
		for i := 0; i < 2; i++ {
			for j := 0; j < 2; j++ {
				for k := 0; k < 2; k++ {
					t[i][j] += r[i][k] * f[k][j]
				}
			}
		}
		r = t
	}
	println("fib(50) =", r[0][1])
	h := newMatrix(3, 3)
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	h.print()
}
