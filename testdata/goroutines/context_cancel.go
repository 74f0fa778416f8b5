// context.WithCancel and context.WithTimeout: Done channels and Err values.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context.Context, id int, out chan<- string) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
			n++
			if n%100 == 0 {
				time.Sleep(time.Millisecond)
			}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("before cancel:", ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("unexpected: done before cancel")
	default:
		fmt.Println("not done yet")
	}
	out := make(chan string)
	go worker(ctx, 1, out)
	cancel()
	fmt.Println(<-out)
	<-ctx.Done()
	fmt.Println("after cancel:", ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel() // cancelling twice is fine

	// Cancelling a parent cancels its children.
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child after parent cancel:", child.Err())

	// WithTimeout expires by itself.
	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	_, hasDeadline := tctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
	go worker(tctx, 2, out)
	fmt.Println(<-out)
	fmt.Println("timeout err:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))

	// Work that finishes before the timeout.
	qctx, qcancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	res := make(chan int)
	go func() { res <- 6 * 7 }()
	select {
	case v := <-res:
		fmt.Println("result before timeout:", v, qctx.Err())
	case <-qctx.Done():
		fmt.Println("unexpected timeout")
	}
	qcancel()
	fmt.Println("after explicit cancel:", qctx.Err())

	// Values and causes.
	type key string
	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println("value:", vctx.Value(key("user")), vctx.Value(key("none")))
	cctx, ccause := context.WithCancelCause(vctx)
	ccause(errors.New("shutting down"))
	fmt.Println("cause:", context.Cause(cctx), "err:", cctx.Err())
}
