package main

// Map panics are run-time errors that recover() catches: assignment to an
// entry of a nil map, and unhashable dynamic key types (on assignment, lookup
// and delete, even in an empty map).

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name+":", e.Error())
		} else {
			println(name+": no panic")
		}
	}()
	f()
}

func main() {
	var nm map[string]int
	try("nil write", func() { nm["a"] = 1 })
	try("nil incr", func() { nm["a"]++ })
	try("nil read", func() { _ = nm["a"] })
	var k any = []int{1}
	m := map[any]bool{}
	try("unhashable write", func() { m[k] = true })
	try("unhashable read empty", func() { _ = m[k] })
	m[1] = true
	try("unhashable read", func() { _, _ = m[k] })
	try("unhashable delete", func() { delete(m, k) })
	var f any = func() {}
	try("func key", func() { m[f] = true })
	type S struct{ v any }
	sm := map[S]int{}
	try("struct with slice", func() { sm[S{map[int]int{}}]++ })
	try("struct with int", func() { sm[S{1}]++ })
	println(len(m), len(sm))
}
