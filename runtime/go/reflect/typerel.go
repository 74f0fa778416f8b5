// This file owns the relations between types: Implements (method ids: both
// method tables are sorted by name), AssignableTo, ConvertibleTo, identical
// underlying types (descriptors are canonical, so identical types are equal
// pointers; only unnamed-vs-named needs a structural walk). Types built at
// run time (PointerTo, SliceOf, ArrayOf, MapOf, StructOf) are in typebuild.go.

package reflect

import "unsafe"

func (t *rtype) method(i int) *rtmethod {
	return (*rtmethod)(unsafe.Add(t.methods, i*24))
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || implements(uu, t)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertOp(u.common(), t) != nil
}

// implements reports whether type v implements interface type it.
func implements(it, v *rtype) bool {
	if it.Kind() != Interface {
		return false
	}
	n := int(it.mcount)
	k := int(v.mcount)
	j := 0
	for i := 0; i < n; i++ {
		want := it.method(i).id
		for j < k && v.method(j).id != want {
			j++
		}
		if j == k {
			return false
		}
	}
	return true
}

// directlyAssignable reports whether a value of type v can be assigned to type t without
// an interface conversion.
func directlyAssignable(t, v *rtype) bool {
	if t == v {
		return true
	}
	if t.hasName() && v.hasName() || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && v.ChanDir() == BothDir && t.elem == v.elem {
		return true
	}
	return identicalUnderlying(t, v, true)
}

// hasName reports whether t is a named or predeclared type (every basic kind is).
func (t *rtype) hasName() bool {
	return t.flags&tflagNamed != 0 || isBasic(t.Kind())
}

// identicalUnderlying reports whether t and v have identical underlying types.
func identicalUnderlying(t, v *rtype, cmpTags bool) bool {
	if t == v {
		return true
	}
	if t.Kind() != v.Kind() {
		return false
	}
	k := t.Kind()
	if isBasic(k) {
		return true
	}
	switch k {
	case Array:
		return t.len == v.len && t.elem == v.elem
	case Chan:
		return t.ChanDir() == v.ChanDir() && t.elem == v.elem
	case Pointer, Slice:
		return t.elem == v.elem
	case Map:
		return t.key == v.key && t.elem == v.elem
	case Func:
		if t.extra == nil || v.extra == nil {
			return false
		}
		tx, vx := t.extra, v.extra
		if tx.n1 != vx.n1 || tx.n2 != vx.n2 || tx.n3 != vx.n3 {
			return false
		}
		for i := 0; i < int(tx.n1+tx.n2); i++ {
			if t.param(i) != v.param(i) {
				return false
			}
		}
		return true
	case Interface:
		if t.mcount != v.mcount {
			return false
		}
		for i := 0; i < int(t.mcount); i++ {
			if t.method(i).id != v.method(i).id {
				return false
			}
		}
		return true
	case Struct:
		if t.nfields() != v.nfields() {
			return false
		}
		for i := 0; i < t.nfields(); i++ {
			a, b := t.field(i), v.field(i)
			if a.name() != b.name() || a.typ != b.typ || a.offset != b.offset || a.embedded() != b.embedded() ||
				t.fieldPkgPath(a) != v.fieldPkgPath(b) || cmpTags && a.tag() != b.tag() {
				return false
			}
		}
		return true
	}
	return false
}
