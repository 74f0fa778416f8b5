// token-ring: 503 goroutines in a ring, each with its own channel, pass a
// counter token around; the one that receives zero reports its number.
// Written for gowasm's bench from the algorithm's description.
package main

const (
	ringSize = 503
	hops     = 2000000 // bench:size quick=10000
)

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for t := range in {
		if t == 0 {
			done <- id
			return
		}
		out <- t - 1
	}
}

func main() {
	first := make(chan int)
	done := make(chan int)
	in := first
	for id := 1; id <= ringSize; id++ {
		out := first
		if id < ringSize {
			out = make(chan int)
		}
		go member(id, in, out, done)
		in = out
	}
	first <- hops
	println("token stopped at goroutine", <-done)
}
