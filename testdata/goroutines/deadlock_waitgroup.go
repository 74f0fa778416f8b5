// WaitGroup.Wait with a count that never reaches zero deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	fmt.Println("waiting for 3, only 2 will finish")
	wg.Wait()
	fmt.Println("unreachable")
}
