// hello is the first program to run: `npx gowasm run examples/hello/main.go`.
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
}
