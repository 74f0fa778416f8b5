package main

type Grid [20][30]bool

type Big struct {
	name string
	vals [40]int
	tag  int
}

func count(g Grid) int {
	n := 0
	for i := range g {
		for j := range g[i] {
			if g[i][j] {
				n++
			}
		}
	}
	return n
}

func step(g Grid) Grid {
	var next Grid
	for i := 0; i < 20; i++ {
		for j := 0; j < 30; j++ {
			next[i][j] = !g[i][j] && (i+j)%3 == 0
		}
	}
	return next
}

func mk(n int) Big {
	var b Big
	b.name = "big"
	for i := range b.vals {
		b.vals[i] = i * n
	}
	b.tag = n
	return b
}

func main() {
	var g Grid
	g[1][2] = true
	g[19][29] = true
	h := g
	h[0][0] = true
	println(count(g), count(h))
	for k := 0; k < 3; k++ {
		g = step(g)
		println(count(g))
	}
	row := g[3]
	println(row[0], row[3], len(row))
	b := mk(2)
	c := b
	c.vals[5] = 1000
	println(b.name, b.vals[5], c.vals[5], b.tag, c.vals[39])
	bs := []Big{mk(1), mk(3)}
	println(bs[1].vals[10], len(bs))
	f := func() int { return b.vals[7] + c.tag }
	println(f())
	var a [100]int
	for i := range a {
		a[i] = i
	}
	s := 0
	for _, v := range a {
		s += v
	}
	println(s)
	arr := [...]int{1, 2, 3}
	println(arr == [3]int{1, 2, 3})
}
