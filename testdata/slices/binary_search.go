package main

func search(xs []int, target int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(xs) && xs[lo] == target {
		return lo
	}
	return -1
}

func lowerBound(xs []int, target int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := (lo + hi) / 2
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func isqrt(n int) int {
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid <= n/mid {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	var xs []int
	for i := 0; i < 100; i++ {
		xs = append(xs, i*3+1)
	}
	for _, t := range []int{1, 4, 5, 148, 298, 299, 0, -5} {
		println(t, search(xs, t), lowerBound(xs, t))
	}
	for _, n := range []int{0, 1, 15, 16, 17, 1000000, 999999999999} {
		println("isqrt", n, isqrt(n))
	}
}
