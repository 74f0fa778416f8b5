package main

func main() {
	println("Hello, gowasm!")
}
