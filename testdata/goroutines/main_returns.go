// When main returns the program exits 0, even with goroutines still blocked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	block := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	var wg sync.WaitGroup
	started := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			started <- true
			<-block // never sent
			fmt.Println("unreachable receiver", i)
		}()
	}
	for i := 0; i < 5; i++ {
		<-started
	}
	go func() {
		mu.Lock() // held by main forever
		fmt.Println("unreachable locker")
	}()
	wg.Add(1)
	go func() {
		wg.Wait() // waits for itself
		fmt.Println("unreachable waiter")
	}()
	go func() {
		select {}
	}()
	fmt.Println("main returns with blocked goroutines")
	println("bye")
}
