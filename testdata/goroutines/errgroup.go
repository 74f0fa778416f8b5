// A hand-written errgroup: run tasks concurrently, wait, and keep the first error by task order.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs map[int]error
	n    int
}

func (g *group) Go(f func() error) {
	id := g.n
	g.n++
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			if g.errs == nil {
				g.errs = map[int]error{}
			}
			g.errs[id] = err
			g.mu.Unlock()
		}
	}()
}

// Wait returns the error of the lowest-numbered failing task, so the result is deterministic.
func (g *group) Wait() error {
	g.wg.Wait()
	for i := 0; i < g.n; i++ {
		if err, ok := g.errs[i]; ok {
			return err
		}
	}
	return nil
}

type taskError struct {
	Task int
}

func (e *taskError) Error() string { return fmt.Sprintf("task %d failed", e.Task) }

var errOdd = errors.New("odd input")

func main() {
	var g group
	results := make([]int, 6)
	for i := 0; i < 6; i++ {
		g.Go(func() error {
			results[i] = i * 3
			return nil
		})
	}
	fmt.Println("all ok:", g.Wait(), results)

	var g2 group
	for i := 0; i < 6; i++ {
		g2.Go(func() error {
			switch {
			case i == 3:
				return &taskError{Task: i}
			case i == 5:
				return fmt.Errorf("input %d: %w", i, errOdd)
			}
			return nil
		})
	}
	err := g2.Wait()
	fmt.Println("first error:", err)
	var te *taskError
	fmt.Println("is taskError:", errors.As(err, &te), te.Task)
	fmt.Println("failures:", len(g2.errs), errors.Is(g2.errs[5], errOdd))
}
