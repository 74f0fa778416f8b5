// This file owns struct types in reflect: StructField, Type.Field and the
// lookups by index and by name (depth-first over embedded fields with Go's
// shallowest-unique rule), and VisibleFields. Field records come from the
// descriptor's extra record (compiler/wasm/typeextra.ts).

package reflect

import "unsafe"

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

func (t *rtype) nfields() int {
	if t.extra == nil {
		return 0
	}
	return int(t.extra.n1)
}

func (t *rtype) field(i int) *rtfield {
	return (*rtfield)(unsafe.Add(t.extra.ptr, uintptr(i)*unsafe.Sizeof(rtfield{})))
}

// fieldPkgPath is the package path of field f of struct type t: "" when f is exported.
func (t *rtype) fieldPkgPath(f *rtfield) string {
	if f.exported() || t.extra.n2 == 0 {
		return ""
	}
	return *(*string)(unsafe.Pointer(uintptr(t.extra.n2)))
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return t.nfields()
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if uint(i) >= uint(t.nfields()) {
		panic("reflect: Field index out of bounds")
	}
	f := t.field(i)
	return StructField{
		Name:      f.name(),
		PkgPath:   t.fieldPkgPath(f),
		Type:      toType(f.typ),
		Tag:       StructTag(f.tag()),
		Offset:    f.offset,
		Index:     []int{i},
		Anonymous: f.embedded(),
	}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 {
			if cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
				cur = cur.Elem()
			}
		}
		f = cur.Field(x)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc searches breadth-first by embedding depth; a match is used only if it
// is the single one at the shallowest depth that has any.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	type scan struct {
		t     *rtype
		index []int
	}
	current := []scan{}
	next := []scan{{t: t}}
	visited := map[*rtype]bool{}
	for len(next) > 0 {
		current, next = next, current[:0]
		var result StructField
		found := 0
		for _, s := range current {
			if visited[s.t] {
				continue
			}
			visited[s.t] = true
			for i := 0; i < s.t.nfields(); i++ {
				f := s.t.field(i)
				if match(f.name()) {
					if found == 0 {
						result = s.t.Field(i)
						result.Index = append(append([]int(nil), s.index...), i)
					}
					found++
					continue
				}
				if !f.embedded() {
					continue
				}
				ft := f.typ
				if ft.Kind() == Pointer {
					ft = ft.elem
				}
				if ft.Kind() == Struct {
					next = append(next, scan{t: ft, index: append(append([]int(nil), s.index...), i)})
				}
			}
		}
		if found == 1 {
			return result, true
		}
		if found > 1 {
			return StructField{}, false
		}
	}
	return StructField{}, false
}

// VisibleFields returns all the visible fields in t (a struct type), including fields
// inside embedded structs, in Go's order.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	w := &visibleWalker{byName: map[string]int{}, visiting: map[Type]bool{}}
	w.walk(t, nil)
	out := w.fields[:0]
	for _, f := range w.fields {
		if f.Name != "" {
			out = append(out, f)
		}
	}
	return out
}

type visibleWalker struct {
	byName   map[string]int
	visiting map[Type]bool
	fields   []StructField
}

func (w *visibleWalker) walk(t Type, index []int) {
	if w.visiting[t] {
		return
	}
	w.visiting[t] = true
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		f.Index = append(append([]int(nil), index...), i)
		add := true
		if old, ok := w.byName[f.Name]; ok {
			o := &w.fields[old]
			if len(f.Index) == len(o.Index) {
				o.Name = "" // ambiguous at the same depth: hide both
				add = false
			} else if len(f.Index) < len(o.Index) {
				o.Name = ""
			} else {
				add = false
			}
		}
		if add {
			w.byName[f.Name] = len(w.fields)
			w.fields = append(w.fields, f)
		}
		if f.Anonymous {
			ft := f.Type
			if ft.Kind() == Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == Struct {
				w.walk(ft, f.Index)
			}
		}
	}
	w.visiting[t] = false
}
