// Struct field records: names (non-ASCII too), package paths of unexported
// fields, tags, embedded fields, FieldByName through embedding, json, and
// StructOf with tags and unexported fields.

package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type inner struct {
	a int
	B string `json:"bee,omitempty" x:"ü"`
}

type Outer struct {
	inner
	π     float64
	Name  string `json:"name"`
	_     int
	Ptr   *inner
}

func main() {
	o := Outer{inner: inner{1, "b"}, π: 3.5, Name: "n"}
	fmt.Printf("%+v\n", o)
	t := reflect.TypeOf(o)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%q %q %v %q %d %v %v\n", f.Name, f.PkgPath, f.Type, f.Tag, f.Offset, f.Anonymous, f.IsExported())
	}
	f, ok := t.FieldByName("B")
	fmt.Println(f.Name, f.Index, ok, f.Tag.Get("x"))
	b, _ := json.Marshal(o)
	fmt.Println(string(b))
	v := reflect.ValueOf(o)
	fmt.Println(v.Field(0).CanInterface(), v.Field(2).CanInterface())
	st := reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(0), Tag: `k:"v"`}, {Name: "y", PkgPath: "main", Type: reflect.TypeOf("")}})
	fmt.Println(st, st.Field(0).Tag, st.Field(1).PkgPath, reflect.New(st).Elem().Field(1).CanSet())
}
