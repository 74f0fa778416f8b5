// Recovering the channel panics: close of nil/closed channel, send on closed channel.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isRuntime := r.(runtime.Error)
		if isRuntime {
			fmt.Printf("%s: %q runtime.Error=%v\n", name, err.Error(), isRuntime)
		} else {
			fmt.Printf("%s: %v runtime.Error=%v\n", name, r, isRuntime)
		}
		if e, ok := r.(error); ok {
			fmt.Println("  as error:", e)
		}
	}()
	f()
}

func main() {
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("send closed unbuffered", func() {
		c := make(chan struct{})
		close(c)
		c <- struct{}{}
	})
	try("close nil send-only", func() {
		var c chan bool
		var r chan<- bool = c
		close(r)
	})
	try("plain panic", func() {
		panic("not a runtime error")
	})

	// A goroutine that recovers the panic can report it back.
	res := make(chan string)
	go func() {
		defer func() {
			res <- fmt.Sprint("goroutine recovered: ", recover())
		}()
		c := make(chan int)
		close(c)
		c <- 5
	}()
	fmt.Println(<-res)
}
