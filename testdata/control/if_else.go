package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func abs(x int) int {
	if x < 0 {
		x = -x
	}
	return x
}

func main() {
	for _, n := range []int{-5, 0, 7, 42} {
		println(n, classify(n), abs(n))
	}
	if v := abs(-3) * 2; v > 5 {
		println("v big", v)
	} else {
		println("v small", v)
	}
	x := 10
	if x > 5 {
		if x > 8 {
			println("x > 8")
		}
	}
	if !(x == 10) {
		println("unreachable")
	} else {
		println("x is 10")
	}
}
