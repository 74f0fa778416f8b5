// All goroutines blocked: main waits for a result that a blocked worker will never send.
package main

import "fmt"

func worker(in <-chan int, out chan<- int) {
	v := <-in // nobody sends on in
	out <- v * 2
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go worker(in, out)
	fmt.Println("waiting for the worker")
	fmt.Println(<-out)
}
