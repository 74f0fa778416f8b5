// This file owns methods in reflect: Method, Type.NumMethod/Method/
// MethodByName and Value.NumMethod/Method/MethodByName, read from the
// descriptor's method table (sorted by name; for concrete types only exported
// methods count, as in Go). Calling them (Value.Call on a method value) is in
// call.go; the func values of method values and of Method.Func are made in
// makefunc.go. Method.Type is the signature with the receiver first (concrete
// types) or without (interfaces), recorded when reflect reaches methods by
// index or name.

package reflect

import "unsafe"

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type // method type (receiver first for concrete types)
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

func isExportedName(s string) bool {
	return len(s) > 0 && s[0] >= 'A' && s[0] <= 'Z' || len(s) > 1 && s[0] >= 0x80
}

// methodIndex returns the table index of t's i'th method counted by reflect.
func (t *rtype) methodIndex(i int) int {
	if t.Kind() == Interface {
		if uint(i) >= uint(t.mcount) {
			return -1
		}
		return i
	}
	n := 0
	for j := 0; j < int(t.mcount); j++ {
		if isExportedName(t.method(j).name) {
			if n == i {
				return j
			}
			n++
		}
	}
	return -1
}

func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return int(t.mcount)
	}
	n := 0
	for j := 0; j < int(t.mcount); j++ {
		if isExportedName(t.method(j).name) {
			n++
		}
	}
	return n
}

func (t *rtype) Method(i int) Method {
	j := t.methodIndex(i)
	if j < 0 {
		panic("reflect: Method index out of range")
	}
	m := Method{Name: t.method(j).name, Index: i}
	if !isExportedName(m.Name) {
		m.PkgPath = t.PkgPath()
	}
	x := t.extra
	if x == nil || x.mtyps == nil {
		return m // the signatures are recorded only when reflect reaches methods by index or name
	}
	if t.Kind() == Interface {
		m.Type = toType(*(**rtype)(unsafe.Add(x.mtyps, i*4)))
		return m
	}
	if t.flags&tflagFtyps != 0 && x.ftyps != nil {
		ft := *(**rtype)(unsafe.Add(x.ftyps, i*4))
		m.Type = toType(ft)
		m.Func = methodFunc(ft, i)
	}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i := 0; i < t.NumMethod(); i++ {
		if t.method(t.methodIndex(i)).name == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (v Value) NumMethod() int {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return v.typ_.NumMethod()
}

// Method returns a function value corresponding to v's i'th method (call.go calls it).
func (v Value) Method(i int) Value {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(v.typ_.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.typ_.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	methodValueMaker = makeMethodValue
	fl := v.flag.ro() | v.flag&flagIndir
	fl |= flag(Func)
	fl |= flag(i)<<flagMethodShift | flagMethod
	return Value{v.typ_, v.ptr, fl}
}

func (v Value) MethodByName(name string) Value {
	if v.typ_ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	for i := 0; i < v.typ_.NumMethod(); i++ {
		if v.typ_.method(v.typ_.methodIndex(i)).name == name {
			return v.Method(i)
		}
	}
	return Value{}
}
