// Closures capture variables (by reference when reassigned); per-iteration
// loop variables; defer with recover and a named result; method values.
package main

type acc struct{ n int }

func (a *acc) add(k int) { a.n += k }

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
		}
	}()
	q = a / b
	return
}

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	total := 0
	bump := func(k int) { total += k }
	for _, f := range fs {
		bump(f())
	}
	a := &acc{}
	add := a.add
	add(total)
	q, err := safeDiv(7, 0)
	println(total, a.n, q, err)
}
