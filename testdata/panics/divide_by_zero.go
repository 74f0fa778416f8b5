package main

func div(a, b int) int {
	return a / b
}

func main() {
	println(div(10, 3))
	zero := 0
	println(div(7, zero))
}
