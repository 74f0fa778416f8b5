package main

func main() {
	// multiplication table
	for i := 1; i <= 9; i++ {
		for j := 1; j <= i; j++ {
			print(j, "*", i, "=", i*j)
			if j < i {
				print(" ")
			}
		}
		println()
	}
	// triangle of stars
	for i := 1; i <= 5; i++ {
		for s := 0; s < 5-i; s++ {
			print(" ")
		}
		for s := 0; s < 2*i-1; s++ {
			print("*")
		}
		println()
	}
	// pythagorean triples
	for a := 1; a < 30; a++ {
		for b := a; b < 30; b++ {
			for c := b; c < 40; c++ {
				if a*a+b*b == c*c {
					println(a, b, c)
				}
			}
		}
	}
}
