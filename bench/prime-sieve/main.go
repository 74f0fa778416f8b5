// prime-sieve: the concurrent prime sieve: a goroutine generates 2, 3, 4, ...
// and each prime found adds a filter goroutine to the chain that drops its
// multiples. Prints the count and a checksum of the first primes.
// Written for gowasm's bench from the algorithm's description.
package main

const nPrimes = 2000 // bench:size quick=100

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, p int) {
	for {
		x := <-in
		if x%p != 0 {
			out <- x
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum, last := 0, 0
	for i := 0; i < nPrimes; i++ {
		p := <-ch
		sum += p
		last = p
		next := make(chan int)
		go filter(ch, next, p)
		ch = next
	}
	println("primes:", nPrimes, "last:", last, "sum:", sum)
}
