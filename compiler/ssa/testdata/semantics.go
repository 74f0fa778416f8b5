package main

type Inner struct{ v int }

func (i *Inner) Inc()     { i.v++ }
func (i Inner) Get() int  { return i.v }

type Outer struct {
	Inner
	name string
}

type Wrap struct {
	*Inner
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func idx(i int, log *[]int) int {
	*log = append(*log, i)
	return i
}

func main() {
	// spec order of assignment
	x := []int{0, 0, 0}
	i := 0
	i, x[i] = 1, 2
	println(i, x[0], x[1], x[2])
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	var log []int
	x[idx(1, &log)] += idx(2, &log)
	println(x[1], len(log), log[0], log[1])

	// per-iteration loop variables
	var fs []func() int
	for j := 0; j < 3; j++ {
		fs = append(fs, func() int { return j })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ps []*int
	for k := 0; k < 3; k++ {
		ps = append(ps, &k)
	}
	println(*ps[0], *ps[1], *ps[2])

	// switch and fallthrough, labels, goto
	for n := 0; n < 4; n++ {
		switch n {
		case 0:
			print("zero ")
			fallthrough
		case 1:
			print("one ")
		default:
			print("other ")
		}
	}
	println()
outer:
	for p := 0; p < 3; p++ {
		for q := 0; q < 3; q++ {
			if q == 2 {
				continue outer
			}
			if p == 2 {
				break outer
			}
			print(p, q, " ")
		}
	}
	println()
	c := 0
loop:
	if c < 3 {
		c++
		goto loop
	}
	println("goto", c)

	// defer / recover / named results
	println(divmod(7, 2))
	println(divmod(1, 0))
	println(counter())

	// embedded methods and method values
	o := Outer{Inner{1}, "o"}
	o.Inc()
	o.Inner.Inc()
	g := o.Get
	o.Inc()
	println(o.Get(), g(), o.v)
	w := Wrap{&Inner{10}}
	w.Inc()
	inc := w.Inc
	inc()
	println(w.Get(), w.v)

	// value semantics of structs and arrays
	s1 := Inner{5}
	s2 := s1
	s2.v = 6
	arr := [3]int{1, 2, 3}
	for k, v := range arr {
		arr[2] = 100
		print(k, v, " ")
	}
	println(s1.v, s2.v, arr[2])

	// strings
	str := "héllo\xff!"
	for k, r := range str {
		print(k, ":", r, " ")
	}
	println(len(str), string([]rune(str)[1]), []byte(str)[1])
	bs := []byte("abc")
	bs[0] = 'X'
	println(string(bs), "abc" < "abd", str[1:3] == "é")
}
