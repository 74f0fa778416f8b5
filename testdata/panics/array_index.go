package main

func main() {
	var a [5]int
	for i := 0; i <= 5; i++ {
		a[i] = i * 10
		println("set", i)
	}
}
