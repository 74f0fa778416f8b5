package main

// `for k, v = range x` is one assignment: the operands on the left (index
// expressions, pointer indirections) are evaluated before k and v are
// assigned, in order, once per iteration.

var trace []string

func at(name string, p *int) *int {
	trace = append(trace, name)
	return p
}

func seq(yield func(int, int) bool) {
	_ = yield(0, 7) && yield(1, 8)
}

func main() {
	x := []int{10, 20}
	i := 1
	for i, x[i] = range []int{99} {
		break
	}
	println("slice:", i, x[0], x[1])

	a := [3]int{1, 2, 3}
	i = 2
	for i, a[i] = range [2]int{50, 60} {
	}
	println("array:", i, a[0], a[1], a[2])

	var r [8]rune
	i = 5
	for i, r[i] = range "ab" {
	}
	println("string:", i, r[0], r[1], r[5])

	m := map[string]int{}
	k := "old"
	for k, m[k] = range map[string]int{"new": 1} {
	}
	println("map:", k, m["old"], m["new"])

	y := []int{0, 0, 0}
	i = 2
	for i, y[i] = range seq {
	}
	println("func:", i, y[0], y[1], y[2])

	var p, q int
	for *at("key", &p), *at("value", &q) = range []int{4, 5} {
		trace = append(trace, "body")
	}
	println("pointers:", p, q)
	for _, t := range trace {
		print(t, " ")
	}
	println()
}
