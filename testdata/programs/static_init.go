// Package-level variables initialised by composite literals of every shape:
// the backend builds most of them at compile time (compiler/wasm/staticinit.ts)
// and must leave what it cannot (maps, calls, panics) to run in order.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
	Tags     []string
}

type Shape interface {
	Area() int
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

type Named struct {
	Name string
	F    func(int) int
	Next *Named
}

type Big struct {
	A [40]int32
	S string
}

type Flags uint8

func double(x int) int { return 2 * x }
func square(x int) int { return x * x }

var (
	small   = []int8{-1, 2, -3, 127, -128}
	u16s    = [...]uint16{1, 65535, 32768}
	floats  = []float64{0.1, -2.5, 1e300, 3}
	f32s    = [2]float32{1.5, -0.25}
	cplx    = []complex128{1 + 2i, -3i}
	bools   = [3]bool{true, false, true}
	strs    = []string{"alpha", "", "γάμμα", "delta"}
	runes   = []rune("héllo")
	bytesV  = []byte("bytes")
	flags   = []Flags{1, 2, 4}
	origin  = Point{}
	unit    = Point{1, 1}
	rect    = Rect{Min: Point{-1, -2}, Max: Point{3, 4}, Name: "r1", Tags: []string{"a", "b"}}
	rects   = []Rect{{Name: "zero"}, {Max: Point{2, 2}, Name: "two"}}
	rectPtr = &Rect{Max: Point{5, 5}, Name: "ptr"}
	ptrs    = []*Point{{1, 2}, nil, {3, 4}}
	matrix  = [2][3]int{{1, 2, 3}, {4, 5, 6}}
	jagged  = [][]int{{1}, {2, 3}, nil, {}}
	big     = Big{A: [40]int32{1, 2, 3, 39: 40}, S: "big"}
	bigs    = []Big{{S: "b0"}, {A: [40]int32{7}, S: "b1"}}
	sparse  = [10]string{3: "three", 7: "seven"}
	keyed   = []int{5: 50, 2: 20}
	nested  = struct {
		P  *Point
		In struct{ A, B string }
	}{&Point{7, 8}, struct{ A, B string }{"in-a", "in-b"}}
)

// Interfaces holding constants, composite values and pointers.
var (
	anyInt   any = 42
	anyStr   any = "str"
	anyNil   any
	anyFloat any = 2.5
	anyPoint any = Point{9, 10}
	anyPtr   any = &Point{11, 12}
	shapes       = []Shape{Rect{Max: Point{2, 3}}, rect, *rectPtr}
	anys         = []any{1, "two", 3.0, nil, Point{4, 4}, []int{5}, true, uint8(200)}
	errV         = error(nil)
)

// Func values of top-level functions, in slices, structs and maps.
var (
	fn      = double
	fns     = []func(int) int{double, square, nil}
	named   = &Named{Name: "first", F: square, Next: &Named{Name: "second", F: double}}
	fnTable = [2]struct {
		name string
		f    func(int) int
	}{{"double", double}, {"square", square}}
	closure = func(x int) int { return x + counter }
)

// Maps must stay dynamic; they may hold static values.
var (
	m1 = map[string]int{"one": 1, "two": 2, "three": 3}
	m2 = map[Point][]string{{1, 2}: {"a"}, {3, 4}: {"b", "c"}}
	m3 = map[string]*Point{"p": {5, 6}}
	m4 = map[int]func(int) int{1: double, 2: square}
)

// Variables depending on other variables (Go orders them by dependency).
var (
	total    = sum(dependsA) + dependsB
	dependsA = []int{dependsB, dependsB * 2}
	dependsB = 10
	copyRect = rect
	copyPtr  = rectPtr
	tagsCopy = rect.Tags
	first    = strs[0]
	slicedS  = strs[1:3]
	slicedA  = u16s[:2]
	slicedSt = "static"[1:4]
	pMax     = &rect.Max
	elemPtr  = &matrix[1][2]
	counter  = 100
)

// Calls in the middle: the values after a call must still see its effects.
var (
	calls   []string
	before  = record("before")
	afterA  = []string{"after", "a"}
	mid     = record("mid")
	afterB  = Point{len(calls), cap(afterA)}
	errA    = errors.New("static error")
	wrapped = fmt.Errorf("wrap: %w", errA)
	upper   = strings.ToUpper("upper")
	mutated = mutate()
	target  = []int{1, 2, 3}
)

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func record(s string) string {
	calls = append(calls, s)
	return s
}

// mutate runs during initialisation: it changes a variable initialised before
// it and reads one initialised after it (zero at that point).
func mutate() int {
	rect.Tags[0] = "A"
	unit.X = 5
	return len(target)
}

var counterPtr = &counter

func init() {
	*counterPtr += 1
	fns[2] = func(x int) int { return -x }
}

func main() {
	fmt.Println(small, u16s, floats, f32s, cplx, bools)
	fmt.Printf("%q %q %v %v\n", strs, string(runes), string(bytesV), flags)
	fmt.Println(origin, unit, rect, rects)
	fmt.Println(*rectPtr, *ptrs[0], ptrs[1], *ptrs[2], matrix, jagged, len(jagged[3]), jagged[2] == nil)
	fmt.Println(big.A[0], big.A[2], big.A[39], big.S, len(bigs), bigs[1].A[0], bigs[1].S)
	fmt.Printf("%q %v %v\n", sparse, keyed, len(keyed))
	fmt.Println(*nested.P, nested.In.A, nested.In.B)
	fmt.Println(anyInt, anyStr, anyNil, anyFloat, anyPoint, *anyPtr.(*Point), errV == nil)
	fmt.Printf("%T %T %T %T\n", anyInt, anyStr, anyPoint, anyPtr)
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println(anys...)
	fmt.Println(fn(3), fns[0](4), fns[1](5), fns[2](6), named.F(7), named.Next.F(8), named.Next.Name, named.Next.Next == nil)
	for _, e := range fnTable {
		fmt.Print(e.name, "=", e.f(9), " ")
	}
	fmt.Println(closure(1))
	fmt.Println(m1["one"], m1["three"], len(m1), m2[Point{3, 4}], *m3["p"], m4[2](12))
	fmt.Println(total, dependsA, dependsB, copyRect, *copyPtr, tagsCopy, first, slicedS, len(slicedS), cap(slicedS))
	fmt.Println(slicedA, cap(slicedA), slicedSt, *pMax, *elemPtr, counter)
	fmt.Println(calls, before, afterA, mid, afterB, errA, wrapped, errors.Is(wrapped, errA), upper, mutated, target)

	// the static data is ordinary writable memory
	small[0] = 99
	rect.Name = "changed"
	rectPtr.Min.X = -9
	ptrs[0].X = 100
	matrix[0][0] = -1
	*elemPtr = 66
	fmt.Println(small, rect.Name, copyRect.Name, copyPtr.Min.X, *ptrs[0], matrix, *pMax)
	u16s[1]++
	fmt.Println(u16s, slicedA)
	// copies do not alias: copyRect is a copy of rect, but their Tags share the array
	copyRect.Tags[1] = "B"
	fmt.Println(rect.Tags, copyRect.Tags, tagsCopy)
	// interface boxes are copies
	p := anyPoint.(Point)
	p.X = 0
	fmt.Println(anyPoint, p)
}
