package main

func check(n int) {
	if n > 2 {
		panic("n is too large")
	}
	println("n ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
