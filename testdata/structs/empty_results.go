// Calls whose result is a zero-size value (struct{}, [0]int) used in
// comparisons, assignments and returns.
package main

type E struct{}

func mk() E           { return E{} }
func arr() [0]int     { return [0]int{} }
func two() (E, int)   { return E{}, 7 }
func same(p, q func() E) bool { return p() == q() }

func main() {
	println(same(mk, mk), arr() == [0]int{}, mk() == E{})
	e, n := two()
	var es []E
	es = append(es, e, mk())
	println(n, len(es), es[1] == e)
	defer func() { println("recovered:", recover() != nil) }()
	var p *E
	println(*p == mk())
}
