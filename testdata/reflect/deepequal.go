// reflect.DeepEqual: basic values, slices (nil vs empty), maps, pointers,
// structs with unexported fields, interfaces, arrays, NaN, cycles, funcs.
package main

import (
	"math"
	"reflect"
)

type node struct {
	val  int
	next *node
	tags map[string][]int
}

type wrap struct{ V any }

func main() {
	println(reflect.DeepEqual(1, 1), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual("a", "a"), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{1}, []int{2}), reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual([]int(nil), []int(nil)))
	println(reflect.DeepEqual([]byte("ab"), []byte("ab")), reflect.DeepEqual([2]string{"a", "b"}, [2]string{"a", "b"}))
	println(reflect.DeepEqual(map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}), reflect.DeepEqual(map[string]int{}, map[string]int(nil)))
	a := &node{val: 1, tags: map[string][]int{"x": {1, 2}}}
	b := &node{val: 1, tags: map[string][]int{"x": {1, 2}}}
	println(reflect.DeepEqual(a, b), reflect.DeepEqual(*a, *b))
	b.tags["x"][1] = 3
	println(reflect.DeepEqual(a, b))
	a.next = a
	c := &node{val: 1, tags: a.tags}
	c.next = c
	println(reflect.DeepEqual(a, c))
	println(reflect.DeepEqual(wrap{1}, wrap{1}), reflect.DeepEqual(wrap{1}, wrap{"1"}), reflect.DeepEqual(wrap{[]int{1}}, wrap{[]int{1}}))
	nan := math.NaN()
	println(reflect.DeepEqual(nan, nan), reflect.DeepEqual([]float64{nan}, []float64{nan}))
	s := []float64{nan}
	println(reflect.DeepEqual(s, s))
	var f func()
	println(reflect.DeepEqual(f, f), reflect.DeepEqual(main, main))
	var e1, e2 error
	println(reflect.DeepEqual(e1, e2), reflect.DeepEqual(&e1, &e2))
	println(reflect.DeepEqual(struct{ a, b int }{1, 2}, struct{ a, b int }{1, 2}))
}
