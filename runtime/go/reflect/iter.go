// This file owns Value.Seq and Value.Seq2 (ranging over a Value as a range
// statement would): integers, arrays, pointers to arrays, slices, strings,
// maps and (Seq only, as in Go) channels: received values until the channel
// is closed. Ranging over a func is not supported by gowasm yet.

package reflect

import "iter"

func rangeNum[T int8 | int16 | int32 | int64 | int | uint8 | uint16 | uint32 | uint64 | uint | uintptr, N int64 | uint64](v Value, num N, t *rtype) iter.Seq[Value] {
	return func(yield func(v Value) bool) {
		for i := T(0); N(i) < num; i++ {
			tmp := New(t).Elem()
			*(*T)(tmp.ptr) = i
			if !yield(tmp) {
				return
			}
		}
	}
}

// Seq returns an iter.Seq[Value] that loops over the elements of v.
func (v Value) Seq() iter.Seq[Value] {
	switch v.Kind() {
	case Int:
		return rangeNum[int](v, v.Int(), v.typ_)
	case Int8:
		return rangeNum[int8](v, v.Int(), v.typ_)
	case Int16:
		return rangeNum[int16](v, v.Int(), v.typ_)
	case Int32:
		return rangeNum[int32](v, v.Int(), v.typ_)
	case Int64:
		return rangeNum[int64](v, v.Int(), v.typ_)
	case Uint:
		return rangeNum[uint](v, v.Uint(), v.typ_)
	case Uint8:
		return rangeNum[uint8](v, v.Uint(), v.typ_)
	case Uint16:
		return rangeNum[uint16](v, v.Uint(), v.typ_)
	case Uint32:
		return rangeNum[uint32](v, v.Uint(), v.typ_)
	case Uint64:
		return rangeNum[uint64](v, v.Uint(), v.typ_)
	case Uintptr:
		return rangeNum[uintptr](v, v.Uint(), v.typ_)
	case Pointer:
		if v.typ_.elem.Kind() != Array {
			break
		}
		return func(yield func(Value) bool) {
			v = v.Elem()
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value) bool) {
			for i := range v.String() {
				if !yield(ValueOf(i)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key()) {
					return
				}
			}
		}
	case Chan:
		return func(yield func(Value) bool) {
			for {
				x, ok := v.Recv()
				if !ok || !yield(x) {
					return
				}
			}
		}
	case Func:
		panic("reflect: Value.Seq over a func is not supported by gowasm yet")
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq[Value]")
}

// Seq2 returns an iter.Seq2[Value, Value] that loops over the elements of v.
func (v Value) Seq2() iter.Seq2[Value, Value] {
	switch v.Kind() {
	case Pointer:
		if v.typ_.elem.Kind() != Array {
			break
		}
		return func(yield func(Value, Value) bool) {
			v = v.Elem()
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case Array, Slice:
		return func(yield func(Value, Value) bool) {
			for i := range v.Len() {
				if !yield(ValueOf(i), v.Index(i)) {
					return
				}
			}
		}
	case String:
		return func(yield func(Value, Value) bool) {
			for i, r := range v.String() {
				if !yield(ValueOf(i), ValueOf(r)) {
					return
				}
			}
		}
	case Map:
		return func(yield func(Value, Value) bool) {
			i := v.MapRange()
			for i.Next() {
				if !yield(i.Key(), i.Value()) {
					return
				}
			}
		}
	case Func:
		panic("reflect: Value.Seq2 over a func is not supported by gowasm yet")
	}
	panic("reflect: " + v.Type().String() + " cannot produce iter.Seq2[Value, Value]")
}

// Fields returns an iterator over t's struct fields (t must be a struct type).
func (t *rtype) Fields() iter.Seq[StructField] {
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField) bool) {
		for i := range t.NumField() {
			if !yield(t.Field(i)) {
				return
			}
		}
	}
}

// Methods returns an iterator over t's methods (as Method(i)).
func (t *rtype) Methods() iter.Seq[Method] {
	return func(yield func(Method) bool) {
		for i := range t.NumMethod() {
			if !yield(t.Method(i)) {
				return
			}
		}
	}
}

// Ins returns an iterator over a func type's parameter types.
func (t *rtype) Ins() iter.Seq[Type] {
	n := t.NumIn()
	return func(yield func(Type) bool) {
		for i := range n {
			if !yield(t.In(i)) {
				return
			}
		}
	}
}

// Outs returns an iterator over a func type's result types.
func (t *rtype) Outs() iter.Seq[Type] {
	n := t.NumOut()
	return func(yield func(Type) bool) {
		for i := range n {
			if !yield(t.Out(i)) {
				return
			}
		}
	}
}

// Fields returns an iterator over v's struct fields and their values.
func (v Value) Fields() iter.Seq2[StructField, Value] {
	t := v.Type()
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField, Value) bool) {
		for i := range v.NumField() {
			if !yield(t.Field(i), v.Field(i)) {
				return
			}
		}
	}
}

// Methods returns an iterator over v's methods and their method values.
func (v Value) Methods() iter.Seq2[Method, Value] {
	t := v.Type()
	return func(yield func(Method, Value) bool) {
		for i := range v.NumMethod() {
			if !yield(t.Method(i), v.Method(i)) {
				return
			}
		}
	}
}
