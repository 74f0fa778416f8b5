package main

// m[k] op= v and m[k]++: the right-hand side is evaluated before the entry
// is created, so a panic there leaves the map unchanged.

func get(m map[string]int, k string) int {
	m["side"] = 1 // a call between the read and the write may change the map
	return 10
}

func main() {
	m := map[string]int{}
	z := 0
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		m["a"] /= z
	}()
	a := []int{}
	i := 3
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		m["b"] += a[i]
	}()
	println(len(m))
	m["c"] += get(m, "c")
	m["c"] *= 3
	m["d"]++
	m["d"]++
	m["e"]--
	m["f"] |= 6
	m["f"] &^= 2
	m["g"] = m["g"] + m["c"]
	println(len(m), m["c"], m["d"], m["e"], m["f"], m["g"], m["side"])
	for i := 0; i < 1000; i++ {
		m["k"+string(rune('a'+i%26))] += i
	}
	println(len(m), m["ka"], m["kz"])
	fm := map[int]float64{}
	fm[1] /= 0
	fm[2] += 1.5
	fm[2] *= 2
	println(len(fm), fm[2], fm[1] > 1e308)
	sm := map[int]string{}
	sm[1] += "a"
	sm[1] += "b"
	println(sm[1])
}
