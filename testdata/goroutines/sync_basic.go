// sync.WaitGroup, sync.Mutex with Gosched, sync.Once and sync.RWMutex.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

type store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *store) get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *store) set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	// N workers writing into a slice by index.
	const n = 8
	squares := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println("squares:", squares)

	// wg.Go (Go 1.25) with per-iteration loop variables.
	words := []string{"alpha", "beta", "gamma"}
	lens := make([]int, len(words))
	var wg2 sync.WaitGroup
	for i, w := range words {
		wg2.Go(func() { lens[i] = len(w) })
	}
	wg2.Wait()
	fmt.Println("lens:", lens)

	// A Mutex protecting a counter: 100 goroutines x 100 increments, yielding in between.
	var c counter
	var wg3 sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			for k := 0; k < 100; k++ {
				c.inc()
				runtime.Gosched()
			}
		}()
	}
	wg3.Wait()
	fmt.Println("counter:", c.n)

	// Manual Lock/Unlock around a read-modify-write with a yield inside the critical section.
	var mu sync.Mutex
	total := 0
	var wg4 sync.WaitGroup
	for g := 1; g <= 10; g++ {
		wg4.Add(1)
		go func(add int) {
			defer wg4.Done()
			mu.Lock()
			t := total
			runtime.Gosched()
			total = t + add
			mu.Unlock()
		}(g)
	}
	wg4.Wait()
	fmt.Println("total:", total)
	fmt.Println("TryLock free:", mu.TryLock())
	fmt.Println("TryLock held:", mu.TryLock())
	mu.Unlock()

	// sync.Once runs its function exactly once, even when called from many goroutines.
	var once sync.Once
	inits := 0
	var wg5 sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg5.Add(1)
		go func() {
			defer wg5.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg5.Wait()
	once.Do(func() { inits += 100 })
	fmt.Println("once ran:", inits)
	getValue := sync.OnceValue(func() int { inits++; return 42 })
	fmt.Println("OnceValue:", getValue(), getValue(), inits)

	// RWMutex: many readers, a few writers.
	s := &store{data: map[string]int{}}
	var wg6 sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg6.Add(1)
		go func(w int) {
			defer wg6.Done()
			s.set(fmt.Sprint("k", w), w*10)
		}(w)
	}
	wg6.Wait()
	found := make([]int, 5)
	for r := 0; r < 5; r++ {
		wg6.Add(1)
		go func(r int) {
			defer wg6.Done()
			v, ok := s.get(fmt.Sprint("k", r))
			if ok {
				found[r] = v
			}
		}(r)
	}
	wg6.Wait()
	fmt.Println("read back:", found)
	s.mu.RLock()
	s.mu.RLock()
	fmt.Println("two readers hold it; TryLock:", s.mu.TryLock(), "TryRLock:", s.mu.TryRLock())
	s.mu.RUnlock()
	s.mu.RUnlock()
	s.mu.RUnlock()
	fmt.Println("released; TryLock:", s.mu.TryLock())
	s.mu.Unlock()
}
