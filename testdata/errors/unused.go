package main

func main() {
	a := 1
	b, c := 2, 3
	println(b)
	for i := 0; i < 3; i++ {
		d := i
	}
}
