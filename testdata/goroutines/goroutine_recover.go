// A goroutine that recovers its own panic, and runtime.Goexit ending only the calling goroutine after its defers.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

func safeDiv(a, b int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("recovered: ", r)
		}
	}()
	out <- fmt.Sprint("quotient: ", a/b)
}

func deep(n int) {
	if n == 0 {
		runtime.Goexit()
	}
	defer fmt.Println("defer at depth", n)
	deep(n - 1)
	fmt.Println("unreachable", n)
}

func main() {
	out := make(chan string)
	go safeDiv(10, 2, out)
	fmt.Println(<-out)
	go safeDiv(1, 0, out)
	fmt.Println(<-out)

	// A goroutine recovering a custom error value.
	errc := make(chan error)
	go func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			errc <- err
		}()
		panic(errors.New("custom failure"))
	}()
	fmt.Println("error from goroutine:", <-errc)

	// runtime.Goexit runs the goroutine's defers (innermost first) and ends only that goroutine.
	done := make(chan string)
	go func() {
		defer func() { done <- "goroutine finished via Goexit" }()
		defer fmt.Println("outer defer")
		deep(3)
		fmt.Println("unreachable after deep")
	}()
	fmt.Println(<-done)

	// recover returns nil during Goexit: it is not a panic.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		runtime.Goexit()
	}()
	wg.Wait()

	// A panic recovered inside a goroutine leaves the others running.
	var mu sync.Mutex
	ok := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if recover() == nil {
					mu.Lock()
					ok++
					mu.Unlock()
				}
			}()
			if i%3 == 0 {
				var m map[string]int
				m["x"] = i // panics: assignment to entry in nil map
			}
		}()
	}
	wg.Wait()
	fmt.Println("goroutines without panic:", ok)
	fmt.Println("main continues")
}
