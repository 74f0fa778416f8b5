package main

type P struct{ X, Y int }
type S interface{ String() string }
type N int

func (n N) String() string { return "n" }

func main() {
	m := map[any]int{}
	m[1] = 1
	m["a"] = 2
	m[P{1, 2}] = 3
	m[1.5] = 4
	m[N(1)] = 5
	m[nil] = 6
	m[[2]string{"x", "y"}] = 7
	println(len(m), m[1], m["a"], m[P{1, 2}], m[1.5], m[N(1)], m[nil], m[[2]string{"x", "y"}], m[int64(1)])
	ms := map[S]bool{N(3): true}
	println(ms[N(3)], ms[N(4)])
	defer func() { println(recover().(error).Error()) }()
	m[[]int{1}] = 8
}
