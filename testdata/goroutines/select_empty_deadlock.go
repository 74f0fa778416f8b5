// An empty select{} blocks forever: with no other goroutine the program deadlocks.
package main

import "fmt"

func main() {
	fmt.Println("before select{}")
	select {}
}
