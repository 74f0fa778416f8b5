package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if n >= 4 {
		println("move disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func main() {
	for i := 0; i <= 25; i += 5 {
		println("fib", i, fib(i))
	}
	println(fact(20), fact(21))
	println(ackermann(2, 3), ackermann(3, 3))
	println(isEven(10), isOdd(7), isEven(7))
	hanoi(5, "A", "C", "B")
	println("moves", moves)
	println(power(3, 13), power(2, 62))
}
