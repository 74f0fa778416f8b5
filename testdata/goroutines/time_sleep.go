// time.Sleep ordering across goroutines, time.After timeouts, Timer.Stop, Ticker and AfterFunc.
package main

import (
	"fmt"
	"time"
)

func main() {
	// Three goroutines sleeping 30, 10 and 20 ms report in wake-up order.
	order := make(chan int)
	for _, id := range []int{3, 1, 2} {
		go func() {
			time.Sleep(time.Duration(id) * 10 * time.Millisecond)
			order <- id
		}()
	}
	fmt.Println("wake-up order:", <-order, <-order, <-order)

	// time.After as a timeout when the other case never happens.
	never := make(chan int)
	start := time.Now()
	select {
	case v := <-never:
		fmt.Println("unexpected", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	fmt.Println("waited at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	// The other case wins when it is ready before the timeout.
	quick := make(chan string)
	go func() { quick <- "fast reply" }()
	select {
	case s := <-quick:
		fmt.Println(s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("unexpected timeout")
	}

	// NewTimer fires once; a stopped timer never fires.
	t := time.NewTimer(5 * time.Millisecond)
	fired := <-t.C
	fmt.Println("timer fired:", !fired.IsZero())
	fmt.Println("Stop after firing:", t.Stop())
	t2 := time.NewTimer(30 * time.Millisecond)
	fmt.Println("Stop before firing:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("unexpected: stopped timer fired")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("stopped timer stayed silent")
	}
	fmt.Println("Reset:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("reset timer fired")

	// A ticker delivers ticks until stopped.
	tk := time.NewTicker(5 * time.Millisecond)
	prev := time.Time{}
	increasing := true
	for i := 0; i < 3; i++ {
		tick := <-tk.C
		if !tick.After(prev) {
			increasing = false
		}
		prev = tick
	}
	tk.Stop()
	fmt.Println("3 ticks, increasing:", increasing)

	// AfterFunc runs its function in its own goroutine.
	sig := make(chan string)
	af := time.AfterFunc(10*time.Millisecond, func() { sig <- "AfterFunc ran" })
	fmt.Println(<-sig)
	fmt.Println("Stop after it ran:", af.Stop())
	cancelled := time.AfterFunc(20*time.Millisecond, func() { sig <- "unexpected" })
	fmt.Println("Stop before it ran:", cancelled.Stop())
	time.Sleep(30 * time.Millisecond)
	select {
	case s := <-sig:
		fmt.Println(s)
	default:
		fmt.Println("cancelled AfterFunc did not run")
	}

	// Sleep with zero or negative durations returns at once.
	time.Sleep(0)
	time.Sleep(-5 * time.Millisecond)
	fmt.Println("done")
}
