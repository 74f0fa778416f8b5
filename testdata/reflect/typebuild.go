// Types built at run time: ArrayOf, MapOf, SliceOf, StructOf, PointerTo, FuncOf, ChanOf. They
// are identical (==) to the program's own types when those exist, and work
// as map keys, in comparisons and with Set/Interface/type assertions.
package main

import (
	"fmt"
	"reflect"
)

type K struct {
	A, B int32
	C    float64
}

type Named map[K]string

func main() {
	st := reflect.TypeOf("")
	at := reflect.ArrayOf(3, st)
	fmt.Println(at, at.Len(), at.Size(), at == reflect.TypeOf([3]string{}), at == reflect.ArrayOf(3, st))
	a := reflect.New(at).Elem()
	a.Index(0).SetString("x")
	a.Index(2).SetString("z")
	arr := a.Interface().([3]string)
	fmt.Println(arr, arr == [3]string{"x", "", "z"})

	// an array type the program does not spell: hash and equality through the elements
	at2 := reflect.ArrayOf(2, reflect.TypeOf(K{}))
	fmt.Println(at2, at2.Comparable(), at2.Size())
	m := reflect.MakeMap(reflect.MapOf(at2, reflect.TypeOf(0)))
	k1 := reflect.New(at2).Elem()
	k1.Index(0).Set(reflect.ValueOf(K{1, 2, 3}))
	k2 := reflect.New(at2).Elem()
	k2.Index(0).Set(reflect.ValueOf(K{1, 2, 3}))
	m.SetMapIndex(k1, reflect.ValueOf(10))
	m.SetMapIndex(k2, reflect.ValueOf(20))
	fmt.Println(m.Len(), m.MapIndex(k1), k1.Interface() == k2.Interface())

	// MapOf of a key type only a named map uses: assignable to the named type
	mt := reflect.MapOf(reflect.TypeOf(K{}), st)
	fmt.Println(mt, mt.Key(), mt.Elem(), mt == reflect.TypeOf(Named{}), mt.AssignableTo(reflect.TypeOf(Named{})))
	mv := reflect.MakeMap(mt)
	mv.SetMapIndex(reflect.ValueOf(K{1, 2, 3.5}), reflect.ValueOf("one"))
	var named Named
	reflect.ValueOf(&named).Elem().Set(mv)
	fmt.Println(named[K{1, 2, 3.5}], len(named))
	fmt.Println(reflect.MapOf(st, reflect.TypeOf(0)) == reflect.TypeOf(map[string]int{}))
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.MapOf(reflect.TypeOf([]int{}), st)
	}()

	// SliceOf and PointerTo
	sl := reflect.SliceOf(at2)
	fmt.Println(sl, sl == reflect.SliceOf(at2), reflect.SliceOf(st) == reflect.TypeOf([]string{}))
	pt := reflect.PointerTo(at2)
	fmt.Println(pt, pt.Elem() == at2, pt == reflect.PointerTo(at2))

	// StructOf
	fields := []reflect.StructField{
		{Name: "Name", Type: st, Tag: `json:"name"`},
		{Name: "Age", Type: reflect.TypeOf(int8(0))},
		{Name: "score", PkgPath: "main", Type: reflect.TypeOf(0.0)},
		{Name: "Tags", Type: reflect.SliceOf(st)},
	}
	sty := reflect.StructOf(fields)
	fmt.Println(sty, sty.Size(), sty.NumField(), sty.Comparable(), sty == reflect.StructOf(fields))
	for i := 0; i < sty.NumField(); i++ {
		f := sty.Field(i)
		fmt.Println(f.Name, f.PkgPath, f.Type, f.Offset, f.Tag.Get("json"))
	}
	sv := reflect.New(sty).Elem()
	sv.Field(0).SetString("ann")
	sv.Field(1).SetInt(7)
	fmt.Printf("%+v\n", sv.Interface())
	same := reflect.StructOf([]reflect.StructField{{Name: "A", Type: reflect.TypeOf(int32(0))}, {Name: "B", Type: reflect.TypeOf(int32(0))}, {Name: "C", Type: reflect.TypeOf(0.0)}})
	fmt.Println(same, same == reflect.TypeOf(struct {
		A, B int32
		C    float64
	}{}), reflect.TypeOf(K{}).ConvertibleTo(same))
	cmp := reflect.StructOf([]reflect.StructField{{Name: "X", Type: st}, {Name: "Y", Type: reflect.TypeOf(0)}})
	c1 := reflect.New(cmp).Elem()
	c1.Field(0).SetString("s")
	c2 := reflect.New(cmp).Elem()
	c2.Field(0).SetString("s")
	set := map[any]int{}
	set[c1.Interface()]++
	set[c2.Interface()]++
	fmt.Println(c1.Interface() == c2.Interface(), len(set))
	for _, bad := range [][]reflect.StructField{
		{{Name: "", Type: st}},
		{{Name: "x", Type: st}},
		{{Name: "A", Type: st}, {Name: "A", Type: st}},
		{{Name: "1a", Type: st}},
		{{Name: "_", PkgPath: "main", Type: st}, {Name: "_", PkgPath: "main", Type: st}},
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("panic:", r)
				}
			}()
			fmt.Println(reflect.StructOf(bad))
		}()
	}
	fmt.Println(reflect.ArrayOf(0, st).Size(), reflect.StructOf(nil))

	// FuncOf and ChanOf: the program's own types when they exist, usable with MakeFunc/Call
	it := reflect.TypeOf(0)
	ft := reflect.FuncOf([]reflect.Type{st, reflect.SliceOf(it)}, []reflect.Type{it, reflect.TypeOf((*error)(nil)).Elem()}, true)
	fmt.Println(ft, ft.IsVariadic(), ft == reflect.TypeOf(func(string, ...int) (int, error) { return 0, nil }))
	count := reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(len(args[0].String()) + args[1].Len()), reflect.Zero(ft.Out(1))}
	}).Interface().(func(string, ...int) (int, error))
	fmt.Println(count("abc", 1, 2))
	fmt.Println(reflect.FuncOf(nil, nil, false) == reflect.TypeOf(func() {}), reflect.FuncOf([]reflect.Type{at2}, []reflect.Type{sty}, false))
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.FuncOf([]reflect.Type{it}, nil, true)
	}()
	ct := reflect.ChanOf(reflect.BothDir, it)
	fmt.Println(ct, ct == reflect.TypeOf(make(chan int)), ct.ChanDir(), reflect.ChanOf(reflect.RecvDir, at2), reflect.ChanOf(reflect.SendDir, st))
	fmt.Println(reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, it)), reflect.TypeOf(make(chan (<-chan int))))
}
