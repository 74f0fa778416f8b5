// Goroutines, channels and select: go statements, sends and receives,
// a select with a default, close and range over a channel.
package main

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	c := make(chan int)
	done := make(chan bool, 1)
	go produce(3, c)
	sum := 0
	for v := range c {
		sum += v
	}
	select {
	case done <- true:
	default:
	}
	select {
	case ok := <-done:
		println(sum, ok)
	default:
		println(sum)
	}
}
