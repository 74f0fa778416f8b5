package main

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("stopped at", i)
				return
			}
		}
		println("exhausted")
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func find(n, target int) (idx int, found bool) {
	for i := range seq(n) {
		if i == target {
			return i, true
		}
	}
	return -1, false
}

func firstOver(limit int) int {
	for i := range seq(100) {
		for j := range seq(100) {
			if i*j > limit {
				return i*100 + j
			}
		}
	}
	return 0
}

func main() {
	sum := 0
	for i := range seq(5) {
		if i == 1 {
			continue
		}
		sum += i
	}
	println("sum", sum)
	for k, v := range pairs {
		print(k, v, " ")
		if v == 2 {
			break
		}
	}
	println()
	println(find(10, 3))
	println(find(3, 7))
	println(firstOver(50))
	var fs []func() int
	for i := range seq(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
outer:
	for i := 0; i < 3; i++ {
		for j := range seq(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	var last string
	for k := range pairs {
		last = k
	}
	println(last)
	count := 0
	for range seq(4) {
		count++
	}
	println(count)
}

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func tryBad() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "panicked"
		}
	}()
	for x := range bad {
		_ = x
		break
	}
	return "no panic"
}

func init() {
	println(tryBad())
}
