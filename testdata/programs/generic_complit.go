// Composite literals with elided &T{...} in slices and maps whose element type
// is a type parameter with a pointer core type.
package main

type S struct{ f int }
type PS *S

func c[P *S]() []P  { return []P{{f: 1}, {f: 2}} }
func d[P PS]() []P  { return []P{{f: 3}} }
func m[P *S]() map[string]P { return map[string]P{"a": {f: 4}} }

func main() {
	x := c[*S]()
	y := d[PS]()
	z := m[*S]()
	println(x[0].f, x[1].f, y[0].f, z["a"].f)
}
