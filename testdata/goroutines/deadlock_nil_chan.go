// Receiving from a nil channel blocks forever: "goroutine 1 [chan receive (nil chan)]".
package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("receiving from nil channel")
	fmt.Println(<-c)
}
