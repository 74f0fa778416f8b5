package main

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]")
}

func main() {
	a := make([]int, 3)
	show("a", a)
	b := make([]int, 2, 10)
	show("b", b)
	b = append(b, 7, 8, 9)
	show("b", b)
	var c []int
	println(c == nil, len(c), cap(c))
	c = append(c, 1)
	println(c == nil)
	c = append(c, 2, 3)
	c = append(c, a...)
	show("c", c[:5])
	d := append(b[:1], 100)
	show("d", d)
	show("b", b)
	lit := []int{5, 4, 3, 2, 1}
	show("lit", lit)
	e := make([]int, 0, 4)
	for i := 0; i < 4; i++ {
		e = append(e, i*i)
	}
	show("e", e)
	s2 := []string{"x"}
	s2 = append(s2, "y", "z")
	println(len(s2), s2[0]+s2[1]+s2[2])
	f := append([]int(nil), lit...)
	f[0] = 99
	println(lit[0], f[0])
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	println(len(grid[2]), grid[2][2])
	bs := make([]byte, 5)
	println(bs[4], len(bs))
	fl := make([]float64, 2, 3)
	fl[1] = 2.5
	println(fl[0], fl[1])
}
