package main

type P struct {
	x, y int
	name string
}

func (p P) Sum() int     { return p.x + p.y }
func (p *P) Scale(k int) { p.x *= k; p.y *= k }

type Op func(int, int) int

func add(a, b int) int { return a + b }

func apply(f Op, a, b int) int { return f(a, b) }

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	s := "héllo, 世界\xff!"
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
	println(len(s), s[1], s[2:5], string(rune(19990)), string(rune(-1)), string(rune(0x110000)))
	b := []byte(s)
	rs := []rune(s)
	println(len(b), len(rs), string(rs[1]), string(b[:3]), string(rs))
	println("abc" < "abd", "ab" < "abc", "b" > "abc", "x"+"y" == "xy", "" == "")
	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	k := 3
	println(arr[k], len(arr))
	a2 := arr
	a2[0] = 100
	println(arr[0], a2[0], arr == a2)
	sl := arr[1:4]
	println(len(sl), cap(sl), sl[0], sl[2])
	sl = append(sl, 99)
	println(arr[4], len(sl), cap(sl))
	sl2 := sl[1:2:3]
	println(len(sl2), cap(sl2))
	c := make([]int, 3, 10)
	n := copy(c, []int{7, 8, 9, 10})
	println(n, c[0], c[2])
	copy(c[1:], c)
	println(c[0], c[1], c[2])
	var grow []int
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		print(cap(grow), " ")
	}
	println()
	p := P{1, 2, "pt"}
	q := &p
	q.Scale(3)
	println(p.Sum(), p.x, q.y, p == P{3, 6, "pt"})
	f := p.Sum
	g := func(p *P, k int) { p.Scale(k) }
	g(q, 2)
	println(f(), p.Sum())
	println(apply(add, 2, 3), apply(func(a, b int) int { return a * b }, 4, 5))
	ctr := counter()
	ctr()
	ctr()
	println(ctr())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, fn := range fs {
		print(fn(), " ")
	}
	println()
	x := 10
	inc := func() { x++ }
	inc()
	inc()
	println(x)
	println(1e100, 123.456, -0.000123, float32(3.14159), 2.0/3, 1e-320)
	var np *P
	println(np == nil, q != nil)
	m := [3]string{"a", "b", "c"}
	j := 2
	println(m[j], m[0]+m[1])
	type pair struct{ a, b int8 }
	pp := pair{127, -128}
	pp.a++
	pp.b--
	println(pp.a, pp.b)
	bs := []byte("hello")
	bs = append(bs, " world"...)
	println(string(bs), len(bs), cap(bs))
	var z []int
	println(z == nil, len(z), cap(z))
	z = z[:0]
	println(z == nil)
	goto end
end:
	println("done")
}
