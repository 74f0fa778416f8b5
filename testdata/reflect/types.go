// reflect.Type over gowasm's descriptors: kinds, names, package paths, struct
// fields and tags, func signatures, map/array/chan types, methods,
// Implements/AssignableTo/ConvertibleTo/Comparable.
package main

import "reflect"

type Inner struct {
	V float64
	w *int
}

type Outer struct {
	Inner
	Name string `json:"name,omitempty" k:"a\tb"`
	Tags []string
	M    map[int8]string
	F    func(int, ...string) (bool, error)
	I    any
	Arr  [3]uint16
	priv int
	Ptr  *Outer
	C    complex128
	Ch   <-chan int
}

type S string

func (s S) String() string  { return "S(" + string(s) + ")" }
func (s *S) Set(v string)    { *s = S(v) }
func (s S) hidden() string   { return "" }

type Stringer interface{ String() string }

type MyInt int

type G[T any] struct{ X T }

func show(t reflect.Type) {
	println(t.String(), "|", t.Name(), "|", t.PkgPath(), "|", t.Kind().String(), t.Comparable())
}

func main() {
	for _, v := range []any{1, int8(2), uint16(3), uintptr(4), 4.5, float32(1.5), complex64(1), "s", true,
		[]int{1}, [2]string{}, map[string][]int{}, &Outer{}, Outer{}, S("x"), MyInt(1), G[int]{}, G[S]{},
		struct{ A, b int }{}, func(int) string { return "" }, (chan int)(nil), any(nil), error(nil)} {
		if v == nil {
			println("nil interface:", reflect.TypeOf(v) == nil)
			continue
		}
		show(reflect.TypeOf(v))
	}
	t := reflect.TypeOf(Outer{})
	println(t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		println(i, f.Name, f.Type.String(), f.Type.Kind().String(), f.Anonymous, f.PkgPath, f.IsExported(), len(f.Index), f.Index[0])
	}
	f, ok := t.FieldByName("V")
	println(ok, f.Name, len(f.Index), f.Index[0], f.Index[1])
	_, ok = t.FieldByName("nope")
	println(ok)
	tag := t.Field(1).Tag
	println(string(tag), tag.Get("json"), tag.Get("k"), tag.Get("none"))
	v, ok := tag.Lookup("none")
	println(v == "", ok)
	ft := t.Field(4).Type
	println(ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft.In(0).String(), ft.In(1).String(), ft.Out(0).String(), ft.Out(1).String())
	ct := t.Field(10).Type
	println(ct.ChanDir().String(), ct.Elem().String())
	mt := reflect.TypeOf(map[string][]int{})
	println(mt.Key().String(), mt.Elem().String(), mt.Elem().Elem().Kind().String())
	println(reflect.TypeOf([4]byte{}).Len(), reflect.TypeOf([4]byte{}).Elem().String())
	println(reflect.TypeOf(uint32(0)).Bits(), reflect.TypeOf(complex64(0)).Bits(), reflect.TypeOf(0.5).Bits())
	println(reflect.TypeOf(int8(0)).Size(), reflect.TypeOf(0).Size(), reflect.TypeOf(0.5).Size(), reflect.TypeOf(complex128(0)).Size())

	st := reflect.TypeOf((*Stringer)(nil)).Elem()
	et := reflect.TypeOf((*error)(nil)).Elem()
	show(st)
	show(et)
	sT := reflect.TypeOf(S(""))
	spT := reflect.TypeOf(new(S))
	println(sT.Implements(st), spT.Implements(st), reflect.TypeOf(0).Implements(st), st.NumMethod(), et.NumMethod())
	println(sT.NumMethod(), spT.NumMethod(), sT.Method(0).Name, spT.Method(0).Name, spT.Method(1).Name)
	m, ok := spT.MethodByName("Set")
	println(m.Name, m.Index, ok)
	_, ok = sT.MethodByName("Set")
	println(ok)
	println(sT.AssignableTo(st), sT.AssignableTo(reflect.TypeOf("")), reflect.TypeOf("").AssignableTo(sT))
	println(sT.ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf([]int{})))
	println(reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(Outer{}).Comparable(), reflect.TypeOf(Inner{}).Comparable())
	println(reflect.PointerTo(t).String(), reflect.PointerTo(t) == reflect.TypeOf(&Outer{}), reflect.PtrTo(reflect.TypeOf(MyInt(0))).String())
	println(reflect.TypeFor[MyInt]().String(), reflect.TypeOf(&Outer{}).Elem() == t)
	vf := reflect.VisibleFields(t)
	for _, f := range vf {
		println("visible", f.Name, len(f.Index))
	}
}
