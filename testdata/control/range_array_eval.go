// A range over an array (or pointer to one) with at most one iteration
// variable evaluates the range expression only when it has calls or receives.
package main

var calls int

func arr() *[3]int {
	calls++
	return nil
}

var nilArr *[3]int

func tryRange(name string, f func()) {
	defer func() { println(name, "panicked:", recover() != nil) }()
	f()
}

func main() {
	tryRange("for range *arr()", func() {
		for range *arr() {
		}
	})
	tryRange("for range arr()", func() {
		n := 0
		for range arr() {
			n++
		}
		println(n)
	})
	tryRange("for i := range *nilArr", func() {
		n := 0
		for i := range *nilArr {
			n += i
		}
		println(n)
	})
	tryRange("len(*arr())", func() { _ = len(*arr()) })
	println("calls", calls)
}
