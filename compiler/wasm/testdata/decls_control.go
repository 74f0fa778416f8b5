package main

const (
	A = iota * 10
	B
	C
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string {
	if d == Sunday {
		return "Sun"
	}
	return "Mon"
}

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func fib(n int) (r int) {
	defer0 := 0
	_ = defer0
	if n < 2 {
		r = n
		return
	}
	r = fib(n-1) + fib(n-2)
	return
}

var global = initGlobal()

func initGlobal() []string {
	return []string{"x", "y"}
}

func init() {
	global = append(global, "z")
}

func main() {
	println(A, B, C, Monday.String(), Sunday.String())
	var st Stack
	for i := 0; i < 5; i++ {
		st.Push(i * i)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		print(v, " ")
	}
	println()
	println(fib(20), len(global), global[2])
	s := "hello"
	switch {
	case len(s) > 10:
		println("long")
	case s == "hello":
		println("hi")
		fallthrough
	case false:
		println("fell")
	default:
		println("default")
	}
	switch x := len(s); x {
	case 1, 2, 3:
		println("small")
	case 5:
		println("five")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	n := 0
loop:
	if n < 5 {
		n++
		goto loop
	}
	println(n)
}
