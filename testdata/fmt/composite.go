// Composite values: %v %+v %#v %T of structs (nested, embedded, unexported
// fields), arrays, slices, maps (printed with sorted keys), pointers to them at
// top level, and nil values of every kind.
package main

import "fmt"

type Point struct{ X, Y int }

type Inner struct {
	Name  string
	Tags  []string
	Score float64
}

type Outer struct {
	ID    int
	In    Inner
	Pts   []Point
	Attrs map[string]int
	Any   any
	Err   error
	Ptr   *Point
	flag  bool
}

type Embeds struct {
	Point
	Inner
	Extra uint8
}

type Matrix [2][3]int

type Empty struct{}

func main() {
	o := Outer{
		ID:    7,
		In:    Inner{Name: "in", Tags: []string{"a", "b"}, Score: 1.5},
		Pts:   []Point{{1, 2}, {3, 4}},
		Attrs: map[string]int{"zeta": 26, "alpha": 1, "mid": 13},
		Any:   Point{5, 6},
		flag:  true,
	}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", o, o, o, o)
	fmt.Printf("%v\n%+v\n%#v\n", &o.In, &o.Pts[0], &o.In)

	e := Embeds{Point{1, 2}, Inner{"n", nil, 0}, 9}
	fmt.Printf("%v\n%+v\n%#v\n", e, e, e)

	// Arrays and slices.
	m := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Printf("%v %+v %#v %T\n", m, m, m, m)
	s := []any{1, "two", 3.0, nil, []int{4}, Point{5, 6}, map[int]bool{2: true, 1: false}}
	fmt.Printf("%v\n%+v\n%#v\n", s, s, s)
	fmt.Printf("%d %x %5d %03d\n", []int{1, 2, 3}, []int{10, 255}, [2]int{7, 8}, []uint8{1, 2})
	fmt.Printf("%q %s %v\n", []string{"a b", "c"}, []string{"x", "y"}, [][]string{{"p"}, {}, nil})
	fmt.Printf("%.1f %6.2f %e\n", []float64{1.25, 2.5}, [2]float32{0.125, 8}, []float64{1e10})

	// Maps: keys are sorted, whatever the key type.
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -1: "neg"})
	fmt.Println(map[string]bool{"b": true, "a": false, "": true})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Point]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"})
	fmt.Println(map[[2]int]int{{2, 0}: 1, {1, 9}: 2})
	fmt.Printf("%v %+v %#v\n", map[string]Point{"b": {1, 2}, "a": {3, 4}}, map[string]Point{"k": {}}, map[string]int{"z": 1, "y": 2})
	// Interface keys of different dynamic types sort by type first, in an order Go leaves to
	// the linker's layout: keys here share one type, or the map has one entry.
	fmt.Printf("%#v %#v %v\n", map[any]int{"s": 1, "a": 2}, map[string][]int{"a": {1}}, map[any]int{2.5: 1})
	fmt.Printf("%x %d\n", map[string]int{"b": 255, "a": 16}, map[int]int{2: 20, 1: 10})

	// Nil values.
	var nilSlice []int
	var nilMap map[string]int
	var nilIface any
	var nilErr error
	var nilPtr *Point
	var nilFunc func()
	var nilBytes []byte
	fmt.Println(nilSlice, nilMap, nilIface, nilErr, nilPtr, nilBytes)
	fmt.Printf("%v %v %v %v %v %v\n", nilSlice, nilMap, nilIface, nilErr, nilPtr, nilFunc == nil)
	fmt.Printf("%+v %+v %+v %+v\n", nilSlice, nilMap, nilIface, nilPtr)
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", nilSlice, nilMap, nilIface, nilErr, nilPtr, nilBytes)
	fmt.Printf("%T %T %T %T %T %T\n", nilSlice, nilMap, nilIface, nilErr, nilPtr, nilFunc)
	fmt.Printf("%d %s %x %q\n", nilSlice, nilIface, nilBytes, nilSlice)
	fmt.Printf("%v %#v %+v\n", []*Point{nil}, []any{nil, nilPtr}, [1]error{})
	fmt.Printf("[%5v] [%-5v] [%05v]\n", nilIface, nilPtr, nilSlice)

	// Empty values.
	fmt.Printf("%v %+v %#v %T\n", Empty{}, Empty{}, Empty{}, Empty{})
	fmt.Printf("%v %#v %v %#v\n", []int{}, []int{}, map[string]int{}, map[string]int{})
	fmt.Printf("%v %#v %v\n", [0]int{}, [0]int{}, struct{}{})

	// Anonymous structs and %T of many types.
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	fmt.Printf("%T %T %T %T %T\n", []map[string][]*Point{}, [3]any{}, func(int) string { return "" }, (*Outer)(nil), struct{}{})
	fmt.Printf("%T %T %T %T\n", 'x', "s", 1.5, 2i)
}
