// Golden test: reflect.Value.Call and CallSlice on funcs, closures, variadics, methods
// (value, pointer and interface receivers), panics through Call, and the argument checks.

package main

import (
	"fmt"
	"reflect"
)

type P struct{ X, Y int }

func (p P) Sum(k int) int      { return (p.X + p.Y) * k }
func (p *P) Scale(k int)       { p.X *= k; p.Y *= k }
func (p P) String() string     { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }
func add(a, b int) int          { return a + b }
func join(sep string, xs ...string) string {
	r := ""
	for i, x := range xs {
		if i > 0 {
			r += sep
		}
		r += x
	}
	return r
}
func divmod(a, b int) (int, int) { return a / b, a % b }
func boom(s string) { panic("boom: " + s) }

func main() {
	f := reflect.ValueOf(add)
	r := f.Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(r[0].Int(), r[0].Type())
	j := reflect.ValueOf(join)
	fmt.Println(j.Call([]reflect.Value{reflect.ValueOf(","), reflect.ValueOf("a"), reflect.ValueOf("b")})[0])
	fmt.Println(j.CallSlice([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf([]string{"x", "y", "z"})})[0])
	fmt.Println(j.Call([]reflect.Value{reflect.ValueOf("+")})[0].Len())
	q := reflect.ValueOf(divmod).Call([]reflect.Value{reflect.ValueOf(17), reflect.ValueOf(5)})
	fmt.Println(q[0], q[1])
	k := 10
	cl := func(x int) string { k++; return fmt.Sprint(x * k) }
	fmt.Println(reflect.ValueOf(cl).Call([]reflect.Value{reflect.ValueOf(4)})[0], k)
	p := P{1, 2}
	m := reflect.ValueOf(p).MethodByName("Sum")
	fmt.Println(m.Type(), m.Call([]reflect.Value{reflect.ValueOf(3)})[0])
	reflect.ValueOf(&p).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(p, reflect.ValueOf(&p).NumMethod())
	fmt.Println(reflect.ValueOf(p).Method(0).Call(nil)[0])
	var s fmt.Stringer = p
	fmt.Println(reflect.ValueOf(&s).Elem().Method(0).Call(nil)[0])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(boom).Call([]reflect.Value{reflect.ValueOf("x")})
		fmt.Println("not reached")
	}()
	try := func(name string, g func()) {
		defer func() { fmt.Println(name, "->", recover()) }()
		g()
	}
	try("few", func() { f.Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("many", func() { f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(1), reflect.ValueOf(1)}) })
	try("type", func() { f.Call([]reflect.Value{reflect.ValueOf("a"), reflect.ValueOf(1)}) })
	try("nil", func() { var g func(); reflect.ValueOf(g).Call(nil) })
	try("slice", func() { f.CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(1)}) })
	try("vartype", func() { j.Call([]reflect.Value{reflect.ValueOf(","), reflect.ValueOf(1)}) })
	try("zero", func() { f.Call([]reflect.Value{{}, reflect.ValueOf(1)}) })
}
