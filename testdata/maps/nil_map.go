package main

// Reading, ranging over, deleting from and clearing a nil map are fine.

var global map[string][]int

func count(m map[int]bool) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func main() {
	var m map[string]int
	println(len(m), m["x"], m == nil)
	v, ok := m["y"]
	println(v, ok)
	delete(m, "x")
	clear(m)
	for k, v := range m {
		println("never", k, v)
	}
	println(len(global["a"]), global["a"] == nil, count(nil))
	var s map[[2]float64]string
	println(s[[2]float64{1, 2}] == "", len(s))
	m = map[string]int{}
	println(m == nil, len(m))
	m["a"] = 1
	println(len(m))
}
