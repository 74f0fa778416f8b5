package main

type T struct{ n int }

func (t T) show() { println("deferred method", t.n) }

func work(n int) int {
	defer println("leaving work", n)
	a := make([]int, n)
	return a[n]
}

func main() {
	defer println("main deferred 1")
	defer T{7}.show()
	defer func() {
		println("closure sees no recover yet")
	}()
	println(work(3))
}
