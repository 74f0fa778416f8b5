// hello-fmt: the smallest fmt program, for .wasm size and start-up time.
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
}
