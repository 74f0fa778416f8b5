// Sending on an unbuffered channel with no receiver deadlocks: "goroutine 1 [chan send]".
package main

func main() {
	c := make(chan int)
	println("sending")
	c <- 1
	println("unreachable")
}
