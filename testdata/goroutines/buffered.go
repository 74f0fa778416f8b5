// Buffered channels: len/cap, fill then drain, FIFO order, capacity 0 versus n.
package main

import "fmt"

func main() {
	c0 := make(chan int)
	c3 := make(chan int, 3)
	var cnil chan int
	fmt.Println("cap/len unbuffered:", cap(c0), len(c0))
	fmt.Println("cap/len buffered:", cap(c3), len(c3))
	fmt.Println("cap/len nil:", cap(cnil), len(cnil))

	for i := 1; i <= 3; i++ {
		c3 <- i * 10
		fmt.Println("after send", i, "len", len(c3), "cap", cap(c3))
	}
	for len(c3) > 0 {
		v := <-c3
		fmt.Println("drained", v, "len now", len(c3))
	}

	// FIFO across wrap-around of the ring buffer.
	q := make(chan string, 4)
	q <- "a"
	q <- "b"
	fmt.Print(<-q, " ")
	q <- "c"
	q <- "d"
	q <- "e"
	fmt.Print(<-q, " ")
	q <- "f"
	for len(q) > 0 {
		fmt.Print(<-q, " ")
	}
	fmt.Println()

	// A buffered send does not block; an unbuffered send needs a receiver.
	done := make(chan bool)
	go func() {
		v := <-c0
		fmt.Println("goroutine received", v)
		done <- true
	}()
	c0 <- 42
	<-done

	// make with a typed, non-constant capacity.
	var n int64 = 5
	big := make(chan byte, n)
	for i := 0; i < cap(big); i++ {
		big <- byte('A' + i)
	}
	s := ""
	for i := 0; i < 5; i++ {
		s += string(<-big)
	}
	fmt.Println(s, len(big), cap(big))

	// Directional channel types share the buffer.
	var sendOnly chan<- int = c3
	var recvOnly <-chan int = c3
	sendOnly <- 7
	fmt.Println(len(sendOnly), cap(recvOnly), <-recvOnly)
}
