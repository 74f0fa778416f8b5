// Method values as func values (Value.Method(i).Interface(), Set, Convert,
// MethodByName) and Type.Method(i).Func/Type: value and pointer receivers,
// big receivers, variadic methods, methods called through interfaces, recover
// in a deferred method value, and PointerTo(T).MethodByName finding T's
// value methods.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Counter struct {
	N    int
	Name string
}

func (c Counter) Describe(prefix string) string { return fmt.Sprintf("%s%s=%d", prefix, c.Name, c.N) }
func (c *Counter) Add(d int) int               { c.N += d; return c.N }
func (c Counter) Join(sep string, xs ...string) string {
	return c.Name + ":" + strings.Join(xs, sep)
}

type Big [12]string

func (b Big) First() string { return b[0] + "/" + b[11] }

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64           { return r.W * r.H }
func (r Rect) Scale(f float64) Shape   { return Rect{r.W * f, r.H * f} }
func (r Rect) String() string          { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Recoverer struct{}

func (Recoverer) Catch() { fmt.Println("method value recovers:", recover()) }

type Val int

func (v Val) Get() int { return int(v) }

func main() {
	c := &Counter{N: 1, Name: "c"}
	add := reflect.ValueOf(c).MethodByName("Add").Interface().(func(int) int)
	fmt.Println(add(2), add(3), c.N)

	desc := reflect.ValueOf(*c).MethodByName("Describe").Interface().(func(string) string)
	c.N = 100
	fmt.Println(desc("> "))

	join := reflect.ValueOf(Counter{Name: "j"}).MethodByName("Join").Interface().(func(string, ...string) string)
	fmt.Println(join("-", "a", "b", "c"), join("+"))

	var b Big
	b[0], b[11] = "first", "last"
	fmt.Println(reflect.ValueOf(b).Method(0).Interface().(func() string)())

	// through an interface-typed Value
	var s Shape = Rect{2, 3}
	sv := reflect.ValueOf(&s).Elem()
	area := sv.MethodByName("Area").Interface().(func() float64)
	scale := sv.MethodByName("Scale").Interface().(func(float64) Shape)
	fmt.Println(area(), scale(10), scale(2).Area())

	// Set and Convert of a method value
	var f func(string) string
	reflect.ValueOf(&f).Elem().Set(reflect.ValueOf(Counter{N: 5, Name: "set"}).MethodByName("Describe"))
	fmt.Println(f("="))
	type StrFunc func(string) string
	g := reflect.ValueOf(Counter{N: 6, Name: "conv"}).MethodByName("Describe").Convert(reflect.TypeOf(StrFunc(nil))).Interface().(StrFunc)
	fmt.Println(g("~"))
	fmt.Println(reflect.ValueOf(c).MethodByName("Add").Type())

	// Type.Method: Type has the receiver first, Func calls the method
	ct := reflect.TypeOf(c)
	for i := 0; i < ct.NumMethod(); i++ {
		m := ct.Method(i)
		fmt.Println(m.Index, m.Name, m.Type, m.Func.Type() == m.Type)
	}
	m, ok := ct.MethodByName("Add")
	fmt.Println(ok, m.Func.Call([]reflect.Value{reflect.ValueOf(c), reflect.ValueOf(10)})[0].Int(), c.N)
	addF := m.Func.Interface().(func(*Counter, int) int)
	fmt.Println(addF(c, 1))
	dm, _ := reflect.TypeOf(Counter{}).MethodByName("Describe")
	fmt.Println(dm.Func.Interface().(func(Counter, string) string)(Counter{N: 9, Name: "t"}, "#"))
	st := reflect.TypeOf((*Shape)(nil)).Elem()
	for i := 0; i < st.NumMethod(); i++ {
		fmt.Println(st.Method(i).Name, st.Method(i).Type, st.Method(i).Func.IsValid())
	}

	// pointer to a type with value methods only
	pm, ok := reflect.PointerTo(reflect.TypeOf(Val(0))).MethodByName("Get")
	v := Val(7)
	fmt.Println(ok, pm.Type, pm.Func.Call([]reflect.Value{reflect.ValueOf(&v)})[0].Int())

	// recover in a deferred method value
	func() {
		defer reflect.ValueOf(Recoverer{}).Method(0).Interface().(func())()
		panic("from main")
	}()
}
