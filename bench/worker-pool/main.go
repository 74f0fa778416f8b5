// worker-pool: a fixed pool of goroutines takes jobs from a channel (Collatz
// chain lengths of ranges of numbers) and sends results back; main collects
// exactly one result per job. No sync package.
// Written for gowasm's bench.
package main

const (
	workers = 8
	jobs    = 2000 // bench:size quick=40
	perJob  = 500
)

type result struct {
	job, longest, start, steps int
}

func collatz(x int) int {
	n := 0
	for x != 1 {
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		n++
	}
	return n
}

func worker(in <-chan int, out chan<- result) {
	for j := range in {
		r := result{job: j}
		for x := j*perJob + 1; x <= (j+1)*perJob; x++ {
			s := collatz(x)
			r.steps += s
			if s > r.longest {
				r.longest, r.start = s, x
			}
		}
		out <- r
	}
}

func main() {
	in := make(chan int, 64)
	out := make(chan result, 64)
	for w := 0; w < workers; w++ {
		go worker(in, out)
	}
	go func() {
		for j := 0; j < jobs; j++ {
			in <- j
		}
		close(in)
	}()
	total, best, bestStart := 0, 0, 0
	for k := 0; k < jobs; k++ {
		r := <-out
		total += r.steps
		if r.longest > best || (r.longest == best && r.start < bestStart) {
			best, bestStart = r.longest, r.start
		}
	}
	println("jobs:", jobs, "total steps:", total, "longest:", best, "from", bestStart)
}
