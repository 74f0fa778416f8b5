// runtime.NumGoroutine before, during and after goroutines run (synchronised).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())

	release := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("while 10 are blocked:", runtime.NumGoroutine())
	close(release)
	finished.Wait()
	// A goroutine that called Done may not have exited yet: wait until the count drops.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after they finish:", runtime.NumGoroutine())

	done := make(chan bool)
	go func() {
		done <- runtime.NumGoroutine() == 2
	}()
	fmt.Println("inside one goroutine:", <-done)
}
