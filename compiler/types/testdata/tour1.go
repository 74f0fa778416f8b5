// tour1.go exercises most of the language the checker handles (checked clean by go build).
package main

import "unsafe"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64      { return r.w * r.h }
func (r Rect) Perimeter() float64 { return 2 * (r.w + r.h) }
func (r *Rect) Name() string      { return "rect" }


type Node struct {
	val  int
	next *Node
}

type Counter struct {
	*Node
	n int
}

type Celsius float64

func (c Celsius) String() string { return "c" }

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func divmod(a, b int) (q, r int) {
	q, r = a/b, a%b
	return
}

func apply(f func(int) int, x int) int { return f(x) }

var global = initGlobal()

func initGlobal() map[string]int { return map[string]int{"a": 1} }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "int"
	case string:
		return v
	case error:
		return v.Error()
	case Shape:
		_ = v.Area()
		return "shape"
	default:
		_ = v
		return "other"
	}
}

func main() {
	var s Shape = Rect{1, 2}
	var n Named = &Rect{3, 4}
	s = n
	if r, ok := s.(*Rect); ok {
		println(r.w)
	}
	println(classify(1), classify("x"), classify(nil))
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1, 2)
	v, ok := m["b"]
	println(len(v), ok, len(m))
	delete(m, "a")
	for k, vs := range m {
		println(k, len(vs))
	}
	clear(m)
	println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	q, r := divmod(17, 5)
	println(q, r)
	k := 10
	add := func(x int) int { k++; return x + k }
	println(apply(add, 1), k)
	c := Counter{Node: &Node{val: 1}}
	c.val = 5
	println(c.next == nil, c.Node.val)
	var arr [4]int
	p := &arr
	for i := range p {
		p[i] = i * i
	}
	sl := arr[1:3:4]
	println(len(sl), cap(sl))
	b := []byte("hello")
	b = append(b, " world"...)
	n2 := copy(b, "J")
	str := string(b) + string(rune(65)) + string([]rune{0x4e16})
	println(n2, str, str[1], str[1:3], len(str) > 3)
	for i, ch := range str {
		_, _ = i, ch
	}
	x, y := 1, 2
	x, y = y, x
	println(min(x, y, 3), max(1.5, 2), min("a", "b"))
	cplx := complex(1, 2)
	println(real(cplx), imag(cplx*cplx))
	var f32 float32 = 1.5
	println(f32 * 2)
	const big = 1 << 62
	var u8 uint8 = 255
	u8++
	println(big, u8, ^u8, -u8)
	type local struct{ a, b int }
	l := local{b: 2}
	anon := struct{ x int }{3}
	println(l.a, anon.x)
	ptr := unsafe.Pointer(&x)
	up := uintptr(ptr)
	_ = (*int)(unsafe.Add(ptr, 0))
	println(up != 0, unsafe.Sizeof(x))
	var e error
	println(e == nil)
	var cel Celsius = 36.6
	println(cel.String(), float64(cel))
	fn := Rect.Area
	println(fn(Rect{2, 3}))
	mv := (&Rect{}).Name
	println(mv())
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 1 {
				continue outer
			}
			if a == 2 {
				break outer
			}
		}
	}
	switch {
	case i > 2:
		println("big")
		fallthrough
	case i > 1:
		println("medium")
	default:
	}
	var iface interface{} = 3
	switch iface {
	case 3:
		println("three")
	}
	ch := make(chan int, 1)
	ch <- 1
	println(<-ch)
	close(ch)
	for range 3 {
	}
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	var np *Node
	_ = np
	println(global["a"])
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	_ = fs
	var ar2 = [...]string{2: "c", 0: "a"}
	println(len(ar2))
	var mat [2][3]int
	mat[1][2] = 5
	println(len(mat[0]))
}
