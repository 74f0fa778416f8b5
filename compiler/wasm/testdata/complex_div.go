package main

func main() {
	var zero float64
	inf := 1 / zero
	nan := zero / zero
	vals := []complex128{complex(1, 2), complex(3, -4), complex(0, 0), complex(inf, 1), complex(1, inf), complex(nan, 1), complex(1e300, 1e-300), complex(-2.5, 0.125), complex(0, -zero)}
	for _, x := range vals {
		for _, y := range vals {
			print(x/y, " ")
		}
		println()
	}
	a := complex64(complex(1, 2))
	b := complex64(complex(3, 4))
	println(a/b, a*b, a-b)
}
