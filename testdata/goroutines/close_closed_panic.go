// Closing an already closed channel panics with "close of closed channel".
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 1
	close(c)
	fmt.Println("closed once, len", len(c))
	close(c)
	fmt.Println("unreachable")
}
