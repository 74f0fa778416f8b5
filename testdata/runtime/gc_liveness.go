// This program checks that the collector frees what a function no longer
// needs while the function still runs: an addressed local after its last use,
// a map key replaced by an equal newer one, an array copied to be indexed; and that a
// pointer passed as uintptr to a //go:uintptrescapes function (directly or
// through ...uintptr) stays alive until the call returns.
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type T [8]int

var done = make(chan string, 8)
var seen = map[string]bool{}

// finalized collects until the object called name has been finalized (or gives up).
func finalized(name string) bool {
	for i := 0; i < 20 && !seen[name]; i++ {
		runtime.GC()
		for more := true; more; {
			select {
			case s := <-done:
				seen[s] = true
			default:
				more = false
			}
		}
	}
	return seen[name]
}

func watched(name string) *T {
	t := &T{7}
	runtime.SetFinalizer(t, func(*T) { done <- name })
	return t
}

type holder struct {
	p *T
	n int
}

//go:noinline
func addressedLocal() {
	var h holder
	h.p = watched("local")
	h.n = h.p[0]
	fmt.Println("local n:", h.n)
	fmt.Println("after its last use:", finalized("local"))
}

type key struct {
	s string
	n int
}

// str returns a string whose bytes report their finalization.
func str(name string) string {
	b := make([]byte, 100)
	copy(b, "same")
	runtime.SetFinalizer(&b[0], func(*byte) { done <- name })
	return unsafe.String(&b[0], 4)
}

//go:noinline
func mapKeys() {
	m := map[key]int{}
	m[key{str("first key"), 1}] = 1
	m[key{str("second key"), 1}] = 2
	fmt.Println("map:", len(m), m[key{"same", 1}])
	fmt.Println("first key replaced:", finalized("first key"), finalized("second key"))
	runtime.KeepAlive(m)
}

//go:noinline
func spilledArray(i int) {
	a := [3]*T{watched("array"), {1}, {2}}
	fmt.Println("element:", a[i][0])
	fmt.Println("after the array:", finalized("array"))
}

//go:noinline
func spilledValue(a [3]*T, i int) {
	fmt.Println("value element:", a[i][0])
	fmt.Println("after the value:", finalized("value"))
}

var check func()

//go:noinline
//go:uintptrescapes
func one(p uintptr) { check() }

//go:noinline
//go:uintptrescapes
func many(ps ...uintptr) { check() }

func uintptrArgs() {
	p := watched("uintptr")
	check = func() { fmt.Println("during one:", finalized("uintptr")) }
	one(uintptr(unsafe.Pointer(p)))
	p = watched("variadic")
	check = func() { fmt.Println("during many:", finalized("variadic")) }
	many(1, uintptr(unsafe.Pointer(p)), 2)
	p = nil
	fmt.Println("after both:", finalized("uintptr"), finalized("variadic"))
}

func main() {
	addressedLocal()
	mapKeys()
	spilledArray(0)
	spilledValue([3]*T{watched("value"), {1}, {2}}, 0)
	uintptrArgs()
}
