// reflect.Value: reading and setting through pointers, struct fields
// (exported and not), slices, arrays, strings, maps (int8, int, string and
// struct keys), interfaces; New, Zero, MakeSlice, MakeMap, Append, Copy,
// Convert, Addr, IsZero, IsNil, Interface() back to concrete and interface
// types (method calls on values obtained by reflection).
package main

import "reflect"

type Point struct{ X, Y int }

func (p Point) String() string { return "P(" + itoa(p.X) + "," + itoa(p.Y) + ")" }

type Stringer interface{ String() string }

type Rec struct {
	Name  string
	Pts   []Point
	Byk   map[int8]string
	ByPt  map[Point]int
	Any   any
	Arr   [3]uint16
	hide  int
	Next  *Rec
	Bytes []byte
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func main() {
	r := Rec{Name: "r", Pts: []Point{{1, 2}, {3, 4}}, Byk: map[int8]string{-1: "neg", 3: "three"},
		ByPt: map[Point]int{{1, 1}: 11}, Any: Point{5, 6}, hide: 9, Bytes: []byte("hey")}
	v := reflect.ValueOf(&r).Elem()
	println(v.Kind().String(), v.CanSet(), v.CanAddr(), v.NumField())
	println(v.Field(0).String(), v.Field(1).Len(), v.Field(1).Cap(), v.Field(1).Index(1).Field(0).Int())
	println(v.FieldByName("hide").Int(), v.FieldByName("hide").CanSet(), v.FieldByName("hide").CanInterface())
	println(string(v.FieldByName("Bytes").Bytes()), v.FieldByName("Next").IsNil(), v.FieldByName("Any").IsNil())

	// methods through values obtained by reflection
	if s, ok := v.Field(1).Index(0).Interface().(Stringer); ok {
		println(s.String())
	}
	if s, ok := v.FieldByName("Any").Elem().Interface().(Stringer); ok {
		println(s.String())
	}
	println(v.FieldByName("Any").Elem().Type().String(), v.FieldByName("Any").Elem().CanSet())

	// maps
	mk := v.FieldByName("Byk")
	println(mk.Len(), mk.MapIndex(reflect.ValueOf(int8(-1))).String(), mk.MapIndex(reflect.ValueOf(int8(3))).String(), mk.MapIndex(reflect.ValueOf(int8(4))).IsValid())
	mk.SetMapIndex(reflect.ValueOf(int8(4)), reflect.ValueOf("four"))
	mk.SetMapIndex(reflect.ValueOf(int8(3)), reflect.Value{})
	println(r.Byk[4], len(r.Byk), r.Byk[3] == "")
	sum := 0
	it := mk.MapRange()
	for it.Next() {
		sum += int(it.Key().Int()) * len(it.Value().String())
	}
	println(sum, len(mk.MapKeys()))
	mp := v.FieldByName("ByPt")
	println(mp.MapIndex(reflect.ValueOf(Point{1, 1})).Int(), mp.MapIndex(reflect.ValueOf(Point{1, 2})).IsValid())
	mp.SetMapIndex(reflect.ValueOf(Point{2, 2}), reflect.ValueOf(22))
	println(r.ByPt[Point{2, 2}], len(r.ByPt))
	nm := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	nm.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	nm.SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf(2))
	m := nm.Interface().(map[string]int)
	m["c"] = 3
	println(len(m), m["a"], m["b"], nm.MapIndex(reflect.ValueOf("c")).Int())
	im := reflect.MakeMapWithSize(reflect.TypeOf(map[int]bool{}), 4)
	im.SetMapIndex(reflect.ValueOf(7), reflect.ValueOf(true))
	println(im.Interface().(map[int]bool)[7], im.Len())

	// setting
	v.Field(0).SetString("changed")
	v.Field(1).Index(0).Field(1).SetInt(20)
	v.FieldByName("Any").Set(reflect.ValueOf(42))
	v.FieldByName("Arr").Index(2).SetUint(7)
	v.FieldByName("Next").Set(reflect.ValueOf(&Rec{Name: "next"}))
	println(r.Name, r.Pts[0].Y, r.Any.(int), r.Arr[2], r.Next.Name)
	var e any = &r
	reflect.ValueOf(e).Elem().FieldByName("Name").SetString("viaiface")
	println(r.Name)

	// constructors
	nv := reflect.New(reflect.TypeOf(Point{}))
	nv.Elem().Field(0).SetInt(8)
	p := nv.Interface().(*Point)
	println(p.X, nv.Type().String(), nv.Type() == reflect.TypeOf(&Point{}), nv.Elem().CanSet())
	sl := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 5)
	sl = reflect.Append(sl, reflect.ValueOf(3), reflect.ValueOf(4))
	sl.Index(0).SetInt(1)
	ints := sl.Interface().([]int)
	println(len(ints), cap(ints), ints[0], ints[2], ints[3])
	sl = reflect.AppendSlice(sl, reflect.ValueOf([]int{5, 6}))
	println(sl.Len(), sl.Index(5).Int())
	dst := make([]int, 3)
	println(reflect.Copy(reflect.ValueOf(dst), sl), dst[0], dst[2])
	bs := make([]byte, 2)
	println(reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("xyz")), string(bs))
	z := reflect.Zero(reflect.TypeOf(r))
	println(z.IsZero(), z.Field(0).String() == "", reflect.ValueOf(r).IsZero(), reflect.ValueOf(Point{}).IsZero())
	println(reflect.ValueOf(0.0).IsZero(), reflect.ValueOf([]int(nil)).IsZero(), reflect.ValueOf([]int{}).IsZero())

	// slicing, strings, conversions
	s3 := v.FieldByName("Pts").Slice(1, 2)
	println(s3.Len(), s3.Index(0).Field(0).Int())
	arr := v.FieldByName("Arr").Slice(0, 2)
	println(arr.Type().String(), arr.Len(), arr.Cap(), arr.Index(1).Uint())
	str := reflect.ValueOf("hello")
	println(str.Len(), str.Index(1).Uint(), str.Slice(1, 3).String())
	println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).String(), reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int())
	println(reflect.ValueOf([]byte("ab")).Convert(reflect.TypeOf("")).String(), reflect.ValueOf(int8(-1)).Convert(reflect.TypeOf(uint16(0))).Uint())
	println(reflect.ValueOf(Point{1, 2}).Convert(reflect.TypeOf((*Stringer)(nil)).Elem()).Interface().(Stringer).String())
	println(reflect.ValueOf(uint8(200)).CanConvert(reflect.TypeOf(0.0)), reflect.ValueOf("x").CanConvert(reflect.TypeOf(0)))

	// Addr, Indirect, pointers
	pa := v.FieldByName("Name").Addr()
	*(pa.Interface().(*string)) = "byaddr"
	println(r.Name, pa.Type().String(), pa.Elem().String())
	x := 5
	println(reflect.Indirect(reflect.ValueOf(&x)).Int(), reflect.Indirect(reflect.ValueOf(x)).Int())
	println(reflect.ValueOf(&x).Pointer() != 0, reflect.ValueOf((*int)(nil)).IsNil(), reflect.ValueOf(map[int]int(nil)).IsNil())
	println(reflect.ValueOf(&x).Elem().Equal(reflect.ValueOf(5)), reflect.ValueOf(Point{1, 2}).Equal(reflect.ValueOf(Point{1, 2})), reflect.ValueOf(Point{}).Comparable())
	println(reflect.Value{}.IsValid(), reflect.Value{}.String(), reflect.ValueOf(3).String())
}
