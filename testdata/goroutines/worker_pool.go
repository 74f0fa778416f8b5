// A worker pool with jobs and results channels, a 3-stage pipeline, and fan-in of several producers.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{job: j, worker: id, value: j * j}
	}
}

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func format(in <-chan int) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for n := range in {
			out <- fmt.Sprintf("<%d>", n)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	wg.Add(len(cs))
	for _, c := range cs {
		go func() {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func producer(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return out
}

func main() {
	// Worker pool.
	const numJobs, numWorkers = 50, 4
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)
	for w := 1; w <= numWorkers; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	seen := make(map[int]bool)
	for i := 0; i < numJobs; i++ {
		r := <-results
		sum += r.value
		seen[r.job] = true
		if r.worker < 1 || r.worker > numWorkers || r.value != r.job*r.job {
			fmt.Println("bad result", r)
		}
	}
	fmt.Println("pool: sum of squares", sum, "distinct jobs", len(seen))

	// Pipeline of three stages.
	for s := range format(square(gen(1, 2, 3, 4, 5))) {
		fmt.Print(s, " ")
	}
	fmt.Println()

	// Fan-in of several producers; the arrival order varies, so sort.
	var all []string
	for s := range merge(producer("a", 3), producer("b", 2), producer("c", 4)) {
		all = append(all, s)
	}
	sort.Strings(all)
	fmt.Println("fan-in:", len(all), all)

	// Fan-out/fan-in of numbers, summed.
	src := make(chan int)
	go func() {
		for i := 1; i <= 100; i++ {
			src <- i
		}
		close(src)
	}()
	partial := make(chan int)
	for k := 0; k < 5; k++ {
		go func() {
			s := 0
			for v := range src {
				s += v
			}
			partial <- s
		}()
	}
	total := 0
	for k := 0; k < 5; k++ {
		total += <-partial
	}
	fmt.Println("fan-out total:", total)
}
