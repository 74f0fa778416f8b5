package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func both() (a, b string) {
	defer func() { a, b = b, a }()
	a = "left"
	b = "right"
	return
}

func count() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += 10 }()
	}
	return 1
}

func safeDiv(x, y int) (q int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered: " + r.(error).Error()
			q = -1
		}
	}()
	return x / y, "ok"
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }() // does not change the returned value
	return x
}

func main() {
	println(double())
	println(both())
	println(count())
	println(safeDiv(7, 2))
	println(safeDiv(7, 0))
	println(unnamed())
}
