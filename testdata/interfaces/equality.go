package main

type P struct {
	X, Y int
	Name string
}

type F float64

type K struct {
	A any
	B string
}

type Code int

func (c Code) Error() string { return "code" }

func main() {
	var a, b any
	println(a == b, a != nil)
	a, b = 1, 1
	println(a == b)
	b = int64(1)
	println(a == b)
	a, b = "x", "x"
	println(a == b)
	a, b = P{1, 2, "p"}, P{1, 2, "p"}
	println(a == b)
	b = P{1, 2, "q"}
	println(a == b)
	p := &P{}
	a, b = p, p
	println(a == b, a == any(&P{}))
	a, b = F(0), F(-0.0)
	println(a == b)
	nan := 0.0
	nan = nan / nan
	a, b = nan, nan
	println(a == b)
	a, b = [2]string{"a", "b"}, [2]string{"a", "b"}
	println(a == b)
	a, b = K{1, "k"}, K{1, "k"}
	println(a == b)
	b = K{"1", "k"}
	println(a == b)
	a, b = true, false
	println(a == b, a == true)
	var e error = Code(3)
	var e2 error = Code(3)
	println(e == e2, e == Code(4), e != nil)
	var x any = e
	println(x == e)
	ch := []any{1, "a", 2.5, nil, P{}}
	count := 0
	for i := range ch {
		for j := range ch {
			if ch[i] == ch[j] {
				count++
			}
		}
	}
	println("equal pairs", count)
	a = []int{1}
	b = "not a slice"
	println("different types:", a == b)
	b = []int{1}
	println("comparing slices...")
	println(a == b)
}
