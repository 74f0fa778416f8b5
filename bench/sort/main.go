// sort: sort a million pseudo-random ints with our own quicksort
// (median of three, insertion sort for short ranges) and our own heapsort,
// check both results, and print a checksum. No sort package.
// Written for gowasm's bench.
package main

const n = 1000000 // bench:size quick=10000

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i - 1
		for j >= 0 && a[j] > x {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = x
	}
}

func quicksort(a []int) {
	for len(a) > 16 {
		m := len(a) / 2
		last := len(a) - 1
		// median of three into a[m]
		if a[0] > a[m] {
			a[0], a[m] = a[m], a[0]
		}
		if a[m] > a[last] {
			a[m], a[last] = a[last], a[m]
		}
		if a[0] > a[m] {
			a[0], a[m] = a[m], a[0]
		}
		p := a[m]
		i, j := 0, last
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		// recurse into the smaller part, loop on the larger
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	insertion(a)
}

func siftDown(a []int, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && a[child+1] > a[child] {
			child++
		}
		if a[root] >= a[child] {
			return
		}
		a[root], a[child] = a[child], a[root]
		root = child
	}
}

func heapsort(a []int) {
	for i := len(a)/2 - 1; i >= 0; i-- {
		siftDown(a, i, len(a))
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		siftDown(a, 0, end)
	}
}

var state uint64 = 0x9E3779B97F4A7C15

func next() int {
	state = state*6364136223846793005 + 1442695040888963407
	return int(state >> 33)
}

func main() {
	a := make([]int, n)
	b := make([]int, n)
	for i := range a {
		a[i] = next() % 10000000
		b[i] = a[i]
	}
	quicksort(a)
	heapsort(b)
	ok := true
	for i := range a {
		if a[i] != b[i] || (i > 0 && a[i-1] > a[i]) {
			ok = false
			break
		}
	}
	sum := 0
	for i, x := range a {
		sum = (sum + x*(i%1000+1)) % 1000000007
	}
	println("sorted:", ok, "min:", a[0], "max:", a[n-1], "median:", a[n/2], "checksum:", sum)
}
