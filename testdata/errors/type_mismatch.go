package main

func f(s string) int {
	return len(s)
}

func main() {
	var n int = "hello"
	var s string = 5
	println(f(42), n, s)
	var b bool = n
	println(b)
}
