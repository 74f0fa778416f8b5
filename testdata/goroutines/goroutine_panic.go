// A panic in a goroutine other than main crashes the program: "panic: boom" and "goroutine N [running]".
package main

import "fmt"

func work(ready chan<- bool) {
	defer fmt.Println("deferred print in the goroutine")
	ready <- true
	panic("boom")
}

func main() {
	ready := make(chan bool)
	block := make(chan bool)
	go work(ready)
	fmt.Println("main is waiting")
	<-ready
	<-block // the goroutine's panic ends the program while main waits here
}
