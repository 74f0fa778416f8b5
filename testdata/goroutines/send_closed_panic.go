// Sending on a closed channel panics with "send on closed channel".
package main

func main() {
	c := make(chan string, 2)
	c <- "ok"
	close(c)
	println("sending after close")
	c <- "boom"
	println("unreachable")
}
