// Range over a function (Go 1.23 iterators): the loop body becomes the
// yield closure; break and return leave through an exit code.
package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func firstOver(limit int) int {
	for x := range count(10) {
		if x > limit {
			return x
		}
	}
	return -1
}

func main() {
	s := 0
	for x := range count(100) {
		if x == 5 {
			break
		}
		s += x
	}
	println(s, firstOver(3))
}
