// Builtins called with one multi-valued call as their arguments: f(g()).
package main

func pair(a []byte) ([]byte, []byte) { return a, []byte("xyz") }

func entry(m map[string]int) (map[string]int, string) { return m, "b" }

func parts() (float64, float64) { return 1.5, -2 }

func grow(s []int) ([]int, int) { return s, 7 }

func main() {
	a := []byte{1, 2, 3, 4}
	n := copy(pair(a))
	println(n, a[0], a[1], a[2], a[3])

	m := map[string]int{"a": 1, "b": 2}
	delete(entry(m))
	_, ok := m["b"]
	println(len(m), ok)

	c := complex(parts())
	println(real(c), imag(c))

	s := append(grow([]int{1}))
	println(len(s), s[1])
}
