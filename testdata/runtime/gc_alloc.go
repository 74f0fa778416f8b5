// Allocation-heavy work that only fits in memory when the collector frees
// garbage: trees, strings, slices and maps are built and dropped in loops,
// while long-lived data must survive every collection intact.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	left, right *node
	val         int
}

func tree(d int) *node {
	if d == 0 {
		return &node{val: 1}
	}
	return &node{tree(d - 1), tree(d - 1), d}
}

func (n *node) check() int {
	if n.left == nil {
		return n.val
	}
	return n.val + n.left.check() - n.right.check()
}

type record struct {
	name  string
	tags  []string
	attrs map[string]int
	next  *record
}

func main() {
	longLived := tree(12)
	var chain *record
	for i := 0; i < 50; i++ {
		chain = &record{name: fmt.Sprint("r", i), tags: []string{"a", strings.Repeat("b", i)}, attrs: map[string]int{"i": i}, next: chain}
	}

	// about 1.5 GB allocated in all: without freeing, wasm32's 4 GiB would not be enough for long
	sum := 0
	for round := 0; round < 60; round++ {
		t := tree(14)
		sum += t.check()
		words := make([]string, 0, 16)
		for k := 0; k < 2000; k++ {
			words = append(words, strings.ToUpper(fmt.Sprintf("w%d-%d", round, k)))
		}
		m := map[string][]byte{}
		for _, w := range words {
			m[w] = []byte(w)
		}
		delete(m, words[0])
		sum += len(m)
		big := make([]int64, 1<<20) // 8 MiB, a large object of its own
		big[len(big)-1] = int64(round)
		sum += int(big[len(big)-1])
	}
	fmt.Println("sum", sum)
	fmt.Println("long-lived tree", longLived.check())
	n := 0
	for r := chain; r != nil; r = r.next {
		if r.attrs["i"] != 49-n || len(r.tags[1]) != 49-n || r.name != fmt.Sprint("r", 49-n) {
			fmt.Println("corrupted record", n)
		}
		n++
	}
	fmt.Println("records", n)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 0, "freed:", ms.Frees > 0, "heap under 256 MiB:", ms.HeapAlloc < 256<<20, "mallocs >= frees:", ms.Mallocs >= ms.Frees)
	before := ms.NumForcedGC
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("forced GC counted:", ms.NumForcedGC == before+1)
}
