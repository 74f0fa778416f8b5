// Unbuffered ping-pong between main and one goroutine, then a daisy chain of 1000 goroutines.
package main

import "fmt"

func player(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func relay(left chan<- int, right <-chan int) {
	left <- 1 + <-right
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go player(ping, pong)
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
		fmt.Println("round", i, "got", v)
		v *= 2
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)

	// The daisy chain: each goroutine adds one to what its right neighbour sends.
	const n = 1000
	leftmost := make(chan int)
	left := leftmost
	for i := 0; i < n; i++ {
		right := make(chan int)
		go relay(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(left)
	fmt.Println("daisy chain:", <-leftmost)
	println("done via println")
}
