// reflect's panics: ValueError messages (recovered, and as the value of an
// uncaught panic), unexported-field and unaddressable-value errors.
package main

import "reflect"

type T struct {
	A int
	b string
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(*reflect.ValueError); ok {
			println(name, "ValueError:", e.Error(), e.Method, e.Kind.String())
			return
		}
		if s, ok := r.(string); ok {
			println(name, "string:", s)
			return
		}
		println(name, "no panic")
	}()
	f()
}

func main() {
	v := reflect.ValueOf(T{1, "x"})
	try("len", func() { reflect.ValueOf(3).Len() })
	try("int", func() { reflect.ValueOf("s").Int() })
	try("zero", func() { reflect.Value{}.Type() })
	try("elem", func() { reflect.ValueOf(1).Elem() })
	try("iface", func() { v.Field(1).Interface() })
	try("set", func() { v.Field(0).SetInt(2) })
	try("setro", func() { reflect.ValueOf(&T{}).Elem().Field(1).SetString("y") })
	try("index", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("field", func() { reflect.TypeOf(1).Field(0) })
	try("elemT", func() { reflect.TypeOf(1).Elem() })
	try("assign", func() { reflect.ValueOf(&T{}).Elem().Field(0).Set(reflect.ValueOf("s")) })
	try("ok", func() { reflect.ValueOf(&T{}).Elem().Field(0).Set(reflect.ValueOf(5)) })
	reflect.ValueOf(map[string]int{}).Index(0)
}
