package main

type pt struct{ x, y int }

func swap(a, b *[3]int) { *a, *b = *b, *a }

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 100
	println(s[0], len(p))
	q := (*[3]int)(s[2:])
	swap(p, q)
	println(s[0], s[1], s[2], s[3], s[4])
	clear(s[1:3])
	println(s[0], s[1], s[2], s[3])
	pts := []pt{{1, 2}, {3, 4}}
	for i := range pts {
		pts[i].x *= 10
	}
	for _, v := range pts {
		print(v.x, ",", v.y, " ")
	}
	println()
	var arr [4]string
	arr[2] = "two"
	a2 := arr
	println(a2 == arr, a2[2], len(a2[1]))
	m := [2][2]int{{1, 2}, {3, 4}}
	i, j := 1, 0
	println(m[i][j], m[j][i])
	str := "abc"
	bs := []byte(str)
	bs[0] = 'X'
	println(str, string(bs), string(bs[1:]))
	rs := []rune("héllo")
	rs[1] = 'e'
	println(string(rs), len(rs))
	var total int
	for i := range 10 {
		total += i
	}
	println(total)
	x := uint8(250)
	for k := 0; k < 10; k++ {
		x++
	}
	println(x)
	f := 1.0
	var c int
	for f < 1e10 {
		f *= 1.5
		c++
	}
	println(c, f)
	var sb []string
	sb = append(sb, "a", "b")
	sb = append(sb, sb...)
	println(len(sb), sb[3])
	type node struct {
		val   int
		left  *node
		right *node
	}
	var insert func(n *node, v int) *node
	insert = func(n *node, v int) *node {
		if n == nil {
			return &node{val: v}
		}
		if v < n.val {
			n.left = insert(n.left, v)
		} else {
			n.right = insert(n.right, v)
		}
		return n
	}
	var root *node
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = insert(root, v)
	}
	var walk func(n *node)
	walk = func(n *node) {
		if n == nil {
			return
		}
		walk(n.left)
		print(n.val, " ")
		walk(n.right)
	}
	walk(root)
	println()
}
