// Goroutines that allocate while others are parked: the collector must see
// the pointers held on the stacks of switched-out goroutines.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type msg struct {
	words []string
	sum   *int
}

func producer(id int, out chan<- *msg, wg *sync.WaitGroup) {
	defer wg.Done()
	keep := make([]*msg, 0)
	for i := 0; i < 300; i++ {
		n := i + id
		m := &msg{words: strings.Fields(strings.Repeat(fmt.Sprint("w", id, " "), 20)), sum: &n}
		keep = append(keep, m)
		_ = make([]byte, 16<<10) // garbage
		out <- m
	}
	for i, m := range keep {
		if *m.sum != i+id || len(m.words) != 20 || m.words[19] != fmt.Sprint("w", id) {
			fmt.Println("corrupted", id, i)
		}
	}
}

func main() {
	out := make(chan *msg)
	var wg sync.WaitGroup
	for id := 0; id < 8; id++ {
		wg.Add(1)
		go producer(id, out, &wg)
	}
	go func() { wg.Wait(); close(out) }()
	total, words := 0, 0
	for m := range out {
		total += *m.sum
		words += len(m.words)
		if total%1000 == 0 {
			runtime.GC()
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(total, words, ms.NumGC > 0)
}
