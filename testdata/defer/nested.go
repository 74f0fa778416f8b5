package main

func main() {
	defer println("last words")
	defer func() {
		recover()
		panic("third")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
