// hello: the smallest program, for .wasm size and start-up time (println only).
package main

func main() {
	println("Hello, 世界")
}
