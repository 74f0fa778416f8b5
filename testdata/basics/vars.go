package main

var global = 42
var g1, g2 = 1, "two"
var (
	ga int
	gb string
	gc bool
	gd float64
	ge = compute()
)

func compute() int {
	return global * 2
}

func main() {
	println(global, g1, g2, ga, gb, gc, gd, ge)
	var a int
	var b, c = 3, "c"
	var d float32
	e := true
	f, g := 1.5, 'z'
	println(a, b, c, d, e, f, g)
	a, b = b, a
	println(a, b)
	global++
	ga = global + ge
	println(global, ga)
	var h, i int = 7, 8
	h, i = i*2, h*2
	println(h, i)
	x := 1
	{
		x := 2
		x++
		println("inner", x)
	}
	println("outer", x)
	if y := x * 10; y > 5 {
		println("y", y)
	}
	var s string
	println(len(s), s == "")
	j, k := 5, 6
	k, l := j+k, j-k
	println(j, k, l)
	_ = l
	var bb byte = 'A'
	var rr rune = 'é'
	println(bb, rr, string(rr))
}
