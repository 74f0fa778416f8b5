package main

func collatzLen(n uint64) int {
	steps := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func digitSum(n int) (s int) {
	for ; n > 0; n /= 10 {
		s += n % 10
	}
	return
}

func main() {
	best, bestN := 0, uint64(0)
	for n := uint64(1); n < 100000; n++ {
		if l := collatzLen(n); l > best {
			best, bestN = l, n
		}
	}
	println("longest collatz below 100000:", bestN, best)
	println(gcd(1071, 462), gcd(17, 5), gcd(0, 9), lcm(4, 6), lcm(21, 6))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	println("lcm(1..20) =", l)
	println(digitSum(987654321), digitSum(0))
	perfect := []int{}
	for n := 2; n < 10000; n++ {
		s := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				s += d
				if d*d != n {
					s += n / d
				}
			}
		}
		if s == n {
			perfect = append(perfect, n)
		}
	}
	for _, p := range perfect {
		print(p, " ")
	}
	println()
}
