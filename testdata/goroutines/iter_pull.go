// iter.Pull and iter.Pull2: coroutines (runtime.newcoro/coroswitch), stopping early, and after stop.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(5))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("v", v)
		if v == 2 {
			stop()
		}
	}
	n2, s2 := iter.Pull2(maps.All(map[string]int{"a": 1}))
	k, v, ok := n2()
	fmt.Println(k, v, ok)
	s2()
	k, v, ok = n2()
	fmt.Println(k, v, ok)
	fmt.Println(slices.Collect(count(3)))
}
