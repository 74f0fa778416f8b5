// main calls runtime.Goexit: its defers run, other goroutines finish, then "no goroutines" deadlock.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	started := make(chan bool)
	go func() {
		<-started
		for i := 0; i < 3; i++ {
			fmt.Println("worker step", i)
			runtime.Gosched()
		}
		fmt.Println("worker done")
	}()
	defer close(started) // runs last: the worker starts after main's defers
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
	fmt.Println("unreachable")
}
