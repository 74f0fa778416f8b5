// Receiving from a channel that nobody sends on deadlocks: "goroutine 1 [chan receive]".
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting for a value")
	v := <-c
	fmt.Println("unreachable", v)
}
