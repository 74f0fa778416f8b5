package main

// Iteration order is not specified and differs between range statements
// (Go randomises it); every entry is still produced exactly once.

func main() {
	m := map[int]string{}
	for i := 0; i < 64; i++ {
		m[i] = "v"
	}
	firsts := map[int]bool{}
	orders := map[string]bool{}
	for r := 0; r < 200; r++ {
		seen := map[int]bool{}
		first := -1
		order := ""
		for k := range m {
			if first < 0 {
				first = k
			}
			if seen[k] {
				println("duplicate", k)
			}
			seen[k] = true
			if len(order) < 40 {
				order += string(rune('0' + k%10))
			}
		}
		if len(seen) != 64 {
			println("missing entries")
		}
		firsts[first] = true
		orders[order] = true
	}
	println("several first keys:", len(firsts) > 1)
	println("several orders:", len(orders) > 1)
	s := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9}
	fs := map[string]bool{}
	for r := 0; r < 100; r++ {
		for k := range s {
			fs[k] = true
			break
		}
	}
	println("string keys, several first keys:", len(fs) > 1)
}
