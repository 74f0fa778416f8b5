package main

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	}
	return "F"
}

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	default:
		return ""
	}
}

func main() {
	for _, s := range []int{95, 85, 75, 65, 55, 90, 0} {
		println(s, grade(s))
	}
	for i := 1; i <= 20; i++ {
		if f := fizzbuzz(i); f != "" {
			println(i, f)
		} else {
			println(i)
		}
	}
	x := 7
	switch y := x * 2; {
	case y > 10 && x < 10:
		println("both")
		fallthrough
	case y > 100:
		println("fell")
	default:
		println("default")
	}
}
