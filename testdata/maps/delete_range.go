package main

// Deleting and adding entries while ranging over a map: deleted entries that
// were not reached yet are never produced, every entry present for the whole
// loop is produced exactly once, even when the map grows during the loop.

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	// delete every entry, including ones not reached yet
	seen := 0
	for k := range m {
		seen++
		delete(m, k)
		delete(m, k^1)
	}
	println("seen", seen <= 1000 && seen >= 500, "left", len(m))

	// delete odd keys ahead of the iterator: none of them may be produced
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	bad := 0
	count := 0
	first := true
	for k := range m {
		if first {
			first = false
			for j := 1; j < 1000; j += 2 {
				if j != k {
					delete(m, j)
				}
			}
			count++
			continue
		}
		if k%2 == 1 {
			bad++
		}
		count++
	}
	println("bad", bad, "count ok", count == 500 || count == 501, "len", len(m) == 500 || len(m) == 501)

	// grow during iteration: the original keys are each produced exactly once
	g := map[int]bool{}
	for i := 0; i < 50; i++ {
		g[i] = true
	}
	produced := map[int]int{}
	for k := range g {
		produced[k]++
		if k < 50 {
			for j := 0; j < 40; j++ {
				g[1000+k*40+j] = false
			}
		}
	}
	dups := 0
	missing := 0
	for i := 0; i < 50; i++ {
		if produced[i] != 1 {
			missing++
		}
	}
	for _, n := range produced {
		if n > 1 {
			dups++
		}
	}
	println("missing", missing, "dups", dups, "len", len(g))

	// delete and update during iteration after growth
	h := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	sum := 0
	n := 0
	vf := 0
	for k, v := range h {
		n++
		sum += v
		if n == 1 {
			vf = v
			for i := 0; i < 200; i++ {
				h[string(rune('e'+i%20))+string(rune('A'+i/20))] = 0
			}
			for _, kk := range []string{"a", "b", "c", "d"} {
				if kk != k {
					h[kk] *= 10
				}
			}
		}
	}
	println("first original, others updated:", sum+9*vf, "len", len(h))

	// clear during iteration stops producing old entries
	c := map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5}
	iters := 0
	for range c {
		iters++
		clear(c)
	}
	println("iters after clear", iters, len(c))
}
