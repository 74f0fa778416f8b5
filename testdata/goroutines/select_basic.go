// select: default for non-blocking send/receive, nil channels, send and receive cases, v, ok cases, a quit loop.
package main

import "fmt"

func tryRecv(c chan int) {
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
}

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func fib(c chan<- int, quit <-chan struct{}) int {
	x, y := 0, 1
	sent := 0
	for {
		select {
		case c <- x:
			x, y = y, x+y
			sent++
		case <-quit:
			return sent
		}
	}
}

func main() {
	// Non-blocking operations with default.
	c := make(chan int, 2)
	tryRecv(c)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	tryRecv(c)
	tryRecv(c)
	tryRecv(c)
	unbuf := make(chan int)
	fmt.Println("send on unbuffered without receiver:", trySend(unbuf, 9))

	// Nil channels are never ready; a select with only nil channels takes default.
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	case nilc <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels are never ready")
	}

	// Disabling a case by setting its channel to nil: merge two channels until both are closed.
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			b <- i
		}
		close(b)
	}()
	sum, count := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println("merged", count, "values, sum", sum)

	// A select with a send case and a receive case: only one can proceed.
	in := make(chan int)
	out := make(chan int, 1)
	select {
	case v := <-in:
		fmt.Println("unexpected receive", v)
	case out <- 5:
		fmt.Println("sent to out, len", len(out))
	}
	go func() { in <- <-out * 10 }()
	full := make(chan int) // nobody receives from it
	select {
	case v := <-in:
		fmt.Println("received from in:", v)
	case full <- 1:
		fmt.Println("unexpected send")
	}

	// case v, ok := <-ch on a closed channel.
	closed := make(chan string, 1)
	closed <- "last"
	close(closed)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-closed:
			fmt.Printf("v=%q ok=%v\n", v, ok)
		}
	}

	// Assigning to existing variables in a case.
	var got int
	var ok bool
	ch := make(chan int, 1)
	ch <- 77
	select {
	case got, ok = <-ch:
	}
	fmt.Println("assigned", got, ok)

	// for { select } with a quit channel.
	fibs := make(chan int)
	quit := make(chan struct{})
	res := make(chan int)
	go func() { res <- fib(fibs, quit) }()
	for i := 0; i < 10; i++ {
		fmt.Print(<-fibs, " ")
	}
	fmt.Println()
	close(quit)
	fmt.Println("fib sent", <-res)

	// A select with a single case behaves like the plain operation.
	one := make(chan int, 1)
	select {
	case one <- 3:
	}
	select {
	case v := <-one:
		fmt.Println("single case", v)
	}

	// break inside select leaves only the select.
	n := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			if i == 1 {
				break
			}
			n++
		}
	}
	fmt.Println("break in select, n =", n)
}
