// MakeFunc: several signatures (scalars, strings, structs, big arrays, interfaces,
// multiple results), variadic functions, panics unwinding through a made function,
// recover in a deferred made function, results checked by reflect, GC while
// arguments are only held by the made function's frame.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

type Point struct {
	X, Y int
	Name string
}

type Big [40]int64

func swap(args []reflect.Value) []reflect.Value {
	return []reflect.Value{args[1], args[0]}
}

func makeSwap(fptr any) {
	fn := reflect.ValueOf(fptr).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
}

func main() {
	var intSwap func(int, int) (int, int)
	makeSwap(&intSwap)
	fmt.Println(intSwap(1, 2))

	var floatSwap func(float64, float64) (float64, float64)
	makeSwap(&floatSwap)
	fmt.Println(floatSwap(2.72, 3.14))

	var strSwap func(string, string) (string, string)
	makeSwap(&strSwap)
	fmt.Println(strSwap("a", "b"))

	var ptSwap func(Point, Point) (Point, Point)
	makeSwap(&ptSwap)
	fmt.Println(ptSwap(Point{1, 2, "p"}, Point{3, 4, "q"}))

	var mixed func(int8, uint16, float32, complex128, bool) string
	mixed = reflect.MakeFunc(reflect.TypeOf(mixed), func(args []reflect.Value) []reflect.Value {
		parts := []string{}
		for _, a := range args {
			parts = append(parts, fmt.Sprintf("%v:%v", a.Type(), a.Interface()))
		}
		return []reflect.Value{reflect.ValueOf(strings.Join(parts, " "))}
	}).Interface().(func(int8, uint16, float32, complex128, bool) string)
	fmt.Println(mixed(-3, 65535, 1.5, complex(1, -2), true))

	// big (by reference) arguments and results
	var bigDouble func(Big) Big
	bigDouble = reflect.MakeFunc(reflect.TypeOf(bigDouble), func(args []reflect.Value) []reflect.Value {
		b := args[0].Interface().(Big)
		for i := range b {
			b[i] *= 2
		}
		return []reflect.Value{reflect.ValueOf(b)}
	}).Interface().(func(Big) Big)
	var b Big
	for i := range b {
		b[i] = int64(i)
	}
	d := bigDouble(b)
	fmt.Println(b[39], d[0], d[1], d[39])

	// interfaces and errors, results converted by assignability
	var wrap func(error, any) (fmt.Stringer, error)
	wrap = reflect.MakeFunc(reflect.TypeOf(wrap), func(args []reflect.Value) []reflect.Value {
		e := args[0].Interface().(error)
		return []reflect.Value{reflect.Zero(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()), reflect.ValueOf(fmt.Errorf("wrapped %v (%v): %w", e, args[1], e))}
	}).Interface().(func(error, any) (fmt.Stringer, error))
	base := errors.New("base")
	s, err := wrap(base, 42)
	fmt.Println(s == nil, err, errors.Is(err, base))

	// variadic
	var sum func(string, ...int) string
	sum = reflect.MakeFunc(reflect.TypeOf(sum), func(args []reflect.Value) []reflect.Value {
		n := 0
		for i := 0; i < args[1].Len(); i++ {
			n += int(args[1].Index(i).Int())
		}
		return []reflect.Value{reflect.ValueOf(fmt.Sprintf("%s=%d (%d values)", args[0].String(), n, args[1].Len()))}
	}).Interface().(func(string, ...int) string)
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	fmt.Println(sum("slice", []int{10, 20}...))
	fmt.Println(reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf("call"), reflect.ValueOf(5), reflect.ValueOf(6)})[0])

	// a made function called through reflect, and by sort with GC in the handler
	counter := 0
	less := reflect.MakeFunc(reflect.TypeOf(func(a, b *Point) bool { return false }), func(args []reflect.Value) []reflect.Value {
		counter++
		if counter%5 == 0 {
			runtime.GC()
		}
		a := args[0].Interface().(*Point)
		b := args[1].Interface().(*Point)
		return []reflect.Value{reflect.ValueOf(a.X < b.X)}
	}).Interface().(func(a, b *Point) bool)
	pts := []*Point{}
	for i := 0; i < 20; i++ {
		pts = append(pts, &Point{X: (i * 7) % 20, Name: strings.Repeat("x", i%3)})
	}
	for i := 1; i < len(pts); i++ {
		for j := i; j > 0 && less(pts[j], pts[j-1]); j-- {
			pts[j], pts[j-1] = pts[j-1], pts[j]
		}
	}
	for _, p := range pts[:5] {
		fmt.Print(p.X, p.Name, " ")
	}
	fmt.Println(counter > 0)

	// panics unwind through a made function
	boom := reflect.MakeFunc(reflect.TypeOf(func(int) int { return 0 }), func(args []reflect.Value) []reflect.Value {
		panic(fmt.Sprintf("boom %d", args[0].Int()))
	}).Interface().(func(int) int)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println("unreachable", boom(7))
	}()

	// recover inside a deferred made function
	rec := reflect.MakeFunc(reflect.TypeOf(func() {}), func(args []reflect.Value) []reflect.Value {
		fmt.Println("deferred made func recovers:", recover())
		return nil
	}).Interface().(func())
	func() {
		defer rec()
		panic("deferred")
	}()

	// wrong results are reported by reflect
	for _, res := range [][]reflect.Value{nil, {reflect.Value{}}, {reflect.ValueOf("x")}} {
		bad := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return res }).Interface().(func() int)
		func() {
			defer func() { fmt.Println("bad results:", recover()) }()
			bad()
		}()
	}
	func() {
		defer func() { fmt.Println("non-func:", recover()) }()
		reflect.MakeFunc(reflect.TypeOf(0), swap)
	}()
	fmt.Println(reflect.TypeOf(intSwap), reflect.ValueOf(intSwap).Kind())
}
