// close: zero value and ok=false from a closed channel, for-range loops, draining a closed buffered channel.
package main

import "fmt"

type pair struct {
	A int
	B string
}

func main() {
	c := make(chan int)
	close(c)
	v, ok := <-c
	fmt.Println("closed unbuffered:", v, ok)
	v = <-c
	fmt.Println("again:", v)

	ps := make(chan pair, 1)
	close(ps)
	p, ok := <-ps
	fmt.Printf("closed struct chan: %+v %v\n", p, ok)

	sp := make(chan *pair)
	close(sp)
	ptr, ok := <-sp
	fmt.Println("closed pointer chan:", ptr == nil, ok)

	ic := make(chan error)
	close(ic)
	e, ok := <-ic
	fmt.Println("closed interface chan:", e, ok)

	// Range over a closed buffered channel drains the remaining values first.
	b := make(chan int, 5)
	for i := 1; i <= 4; i++ {
		b <- i * i
	}
	close(b)
	fmt.Println("len after close:", len(b), "cap:", cap(b))
	for x := range b {
		fmt.Println("range got", x, "left", len(b))
	}
	x, ok := <-b
	fmt.Println("after drain:", x, ok)

	// Values still buffered are delivered with ok=true.
	b2 := make(chan string, 2)
	b2 <- "kept"
	close(b2)
	s, ok := <-b2
	fmt.Printf("%q %v\n", s, ok)
	s, ok = <-b2
	fmt.Printf("%q %v\n", s, ok)

	// A producer goroutine closes the channel when it is done.
	gen := make(chan int)
	go func() {
		defer close(gen)
		for i := 0; i < 5; i++ {
			gen <- i
		}
	}()
	sum := 0
	for v := range gen {
		sum += v
	}
	fmt.Println("sum from range:", sum)

	// Range without a variable, and a receive that unblocks when close happens.
	ticks := make(chan bool, 3)
	ticks <- true
	ticks <- false
	close(ticks)
	n := 0
	for range ticks {
		n++
	}
	fmt.Println("counted", n)

	done := make(chan struct{})
	res := make(chan string)
	go func() {
		_, ok := <-done
		res <- fmt.Sprint("waiter woke, ok=", ok)
	}()
	close(done)
	fmt.Println(<-res)
}
