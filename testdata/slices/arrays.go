package main

type Vec [3]float64

func (v Vec) dot(w Vec) float64 {
	return v[0]*w[0] + v[1]*w[1] + v[2]*w[2]
}

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(a *[4]int, v int) {
	for i := range a {
		a[i] = v
	}
}

func main() {
	var a [4]int
	println(len(a), a[0], a[3])
	b := [4]int{1, 2, 3, 4}
	c := double(b)
	println(b[0], b[3], c[0], c[3])
	fill(&a, 7)
	println(a[0], a[3])
	d := b
	d[0] = 100
	println(b[0], d[0], b == [4]int{1, 2, 3, 4}, b != d)
	e := [...]string{"x", "y", "z"}
	println(len(e), e[2])
	f := [5]int{1: 10, 3: 30}
	for _, v := range f {
		print(v, " ")
	}
	println()
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*3 + j
		}
	}
	println(grid[1][2], grid[2][0])
	g2 := grid
	g2[1][1] = -1
	println(grid[1][1], g2[1][1])
	v1 := Vec{1, 2, 3}
	v2 := Vec{4, 5, 6}
	println(v1.dot(v2))
	var bs [8]bool
	bs[3] = true
	cnt := 0
	for _, x := range bs {
		if x {
			cnt++
		}
	}
	println(cnt)
	type pair struct{ a, b int }
	ps := [2]pair{{1, 2}, {3, 4}}
	println(ps[1].a, ps[0].b)
	idx := 2
	println(b[idx], e[idx-1])
}
