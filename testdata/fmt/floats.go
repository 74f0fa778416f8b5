// Floating-point and complex formatting: %v %e %E %f %F %g %G %x %X %b with
// width, precision and flags, for float32 and float64, special values included.
package main

import (
	"fmt"
	"math"
)

func main() {
	values := []float64{
		0, 1, -1, 0.5, 3.14159265358979, -2.5e-7, 1e21, 1e20, 123456789, 1.0 / 3, 100, 1e-5, 1e-4,
		6.02214076e23, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Copysign(0, -1),
		math.Inf(1), math.Inf(-1), math.NaN(),
	}
	verbs := []string{"%v", "%e", "%E", "%f", "%F", "%g", "%G", "%.3e", "%.2f", "%.0f", "%.3g", "%10.2f", "%-10.2f|", "%+.1e", "% .2f", "%010.3f", "%#g", "%#.0f", "%#.3g", "%x", "%X", "%.3x", "%b"}
	for _, v := range values {
		fmt.Printf("%v:", v)
		for _, verb := range verbs {
			fmt.Printf(" %s=[%s]", verb, fmt.Sprintf(verb, v))
		}
		fmt.Println()
	}

	// float32 prints its own shortest form.
	for _, f := range []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-45, -0.0} {
		fmt.Printf("%v %g %e %.10f %T\n", f, f, f, f, f)
	}
	fmt.Println(float32(0.1), float64(float32(0.1)), 0.1+0.2)

	// Println of floats: %v with the shortest representation, exponent from 1e21.
	fmt.Println(1e6, 1e20, 1e21, 1e-4, 1e-5, 123456.789, -0.0, math.Pi, math.E)

	// Width and precision from arguments.
	fmt.Printf("[%*.*f] [%-*.*f] [%.*e] [%*g]\n", 10, 3, math.Pi, 10, 2, math.E, 1, 12345.678, 8, 1.5)

	// Infinities and NaN with flags and padding.
	for _, f := range []string{"%5.2f", "%-6f|", "%+f", "% f", "%05f", "%+08.2f", "%x"} {
		fmt.Printf("%s: [%s] [%s] [%s]\n", f, fmt.Sprintf(f, math.Inf(1)), fmt.Sprintf(f, math.Inf(-1)), fmt.Sprintf(f, math.NaN()))
	}

	// Complex numbers.
	cs := []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(math.Inf(1), math.NaN()), 1e21 + 1e-7i}
	for _, c := range cs {
		fmt.Printf("%v %.2f %e %g %+.1f %8.2f|\n", c, c, c, c, c, c)
	}
	var c64 complex64 = 0.1 + 0.2i
	fmt.Printf("%v %T %v\n", c64, c64, complex128(c64))
	fmt.Println(cs[1], c64, real(cs[2]), imag(cs[2]))

	// Named float type.
	type Meters float64
	fmt.Printf("%v %.1f %T %08.3f\n", Meters(2.5), Meters(-0.05), Meters(0), Meters(-3.14159))
}
