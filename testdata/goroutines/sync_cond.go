// sync.Cond: a bounded queue with Wait/Signal, and a start gate opened with Broadcast.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) take() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := newQueue(2)
	done := make(chan []int)
	go func() {
		var got []int
		for i := 0; i < 10; i++ {
			got = append(got, q.take())
		}
		done <- got
	}()
	for i := 1; i <= 10; i++ {
		q.put(i * 11)
	}
	fmt.Println("consumer got (FIFO):", <-done)

	// A start gate: workers wait until main broadcasts.
	var mu sync.Mutex
	gate := sync.NewCond(&mu)
	open := false
	waiting := 0
	var wg sync.WaitGroup
	results := make([]string, 0, 5)
	var rmu sync.Mutex
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !open {
				gate.Wait()
			}
			mu.Unlock()
			rmu.Lock()
			results = append(results, fmt.Sprintf("worker %d started", id))
			rmu.Unlock()
		}(i)
	}
	// Wait until every worker is waiting (polling under the lock, letting other goroutines run in between).
	for {
		mu.Lock()
		w := waiting
		mu.Unlock()
		if w == 5 {
			break
		}
		waitABit()
	}
	mu.Lock()
	fmt.Println("before broadcast:", len(results), "started,", waiting, "waiting")
	open = true
	gate.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}

	// Signal with nobody waiting is a no-op.
	gate.Signal()
	gate.Broadcast()
	fmt.Println("done")
}

func waitABit() {
	c := make(chan bool)
	go func() { c <- true }()
	<-c
}
