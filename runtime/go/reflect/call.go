// This file owns calling through reflection: Value.Call and CallSlice on func
// values and on method values (Value.Method, MethodByName), and the types of
// method values.
//
// The compiler gives every func type descriptor a call trampoline when the
// program reaches Call (compiler/wasm/reflectcall.ts): a static func value of
// type trampoline, stored in the extra record's n4. It takes the callee's
// table index and first wasm argument (ctx), an array of pointers to the
// arguments' memory and an array of pointers to memory for the results. A
// func value passes (its closure's table index, the closure pointer); a
// method passes (its method table entry — the interface entry —, the
// receiver's data word as in an interface value). A panic in the callee
// unwinds through the trampoline call below like through any call.

package reflect

import "unsafe"

// trampoline is the Go type of a call trampoline.
type trampoline func(fn uint32, ctx, args, results unsafe.Pointer)

// funcTrampoline returns the call trampoline of func type t.
func funcTrampoline(t *rtype) trampoline {
	if t.extra == nil || t.extra.n4 == 0 {
		panic("reflect: Value.Call of " + t.String() + ": no call trampoline (gowasm makes them for the program's func types when it calls Value.Call, not for types built by FuncOf)")
	}
	var f trampoline
	*(*uintptr)(unsafe.Pointer(&f)) = uintptr(t.extra.n4)
	return f
}

// methodValueType returns the func type of method value v (flagMethod set): the extra record's
// mtyps lists the signatures in reflect's method order (a concrete type's exported methods, all
// of an interface's), filled only when the program calls Value.Call.
func methodValueType(v Value) *rtype {
	x := v.typ_.extra
	if x == nil || x.mtyps == nil {
		panic("reflect: Value.Type of a method value needs Value.Call in the program (gowasm records method signatures only then)")
	}
	return *(**rtype)(unsafe.Add(x.mtyps, int(v.flag>>flagMethodShift)*4))
}

// methodTarget returns the func type, table index and receiver data word of method value v.
func methodTarget(op string, v Value) (*rtype, uint32, unsafe.Pointer) {
	t := v.typ_
	i := int(v.flag >> flagMethodShift)
	j := t.methodIndex(i)
	ft := methodValueType(v)
	if t.Kind() == Interface {
		e := (*eface)(v.ptr)
		if e.typ == nil {
			panic("reflect: " + op + " of method on nil interface value")
		}
		id := t.method(j).id
		for k := 0; k < int(e.typ.mcount); k++ {
			if m := e.typ.method(k); m.id == id {
				return ft, m.fn, e.data
			}
		}
		panic("reflect: " + op + ": method " + t.method(j).name + " not found in " + e.typ.String())
	}
	var data unsafe.Pointer
	switch {
	case t.direct():
		data = v.pointer()
	case v.flag&flagAddr != 0:
		data = unsafe_New(t)
		typedmemmove(t, data, v.ptr)
	default:
		data = v.ptr
	}
	return ft, t.method(j).fn, data
}

// Call calls the function v with the input arguments in (Go's rules: a variadic function
// takes its extra arguments one by one) and returns its results as Values.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.callWith("Call", in, false)
}

// CallSlice calls the variadic function v, passing in's last element as the variadic slice.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.callWith("CallSlice", in, false)
}

// callWith calls v; armed (a func value made by reflect was called directly by a deferred call
// during a panic: makefunc.go) hands the recover arm to the callee.
func (v Value) callWith(op string, in []Value, armed bool) []Value {
	var ft *rtype
	var fn uint32
	var ctx unsafe.Pointer
	if v.flag&flagMethod != 0 {
		ft, fn, ctx = methodTarget(op, v)
	} else {
		ft = v.typ_
		ctx = v.pointer()
		if ctx == nil {
			panic("reflect.Value.Call: call of nil function")
		}
		fn = *(*uint32)(ctx)
	}
	in = checkCallArgs(op, ft, in)
	nin, nout := ft.NumIn(), ft.NumOut()
	var args, results unsafe.Pointer
	if nin > 0 {
		ps := make([]unsafe.Pointer, nin)
		for i, x := range in {
			ps[i] = argMemory(x.assignTo("reflect.Value.Call", ft.param(i)))
		}
		args = unsafe.Pointer(&ps[0])
	}
	var rs []unsafe.Pointer
	if nout > 0 {
		rs = make([]unsafe.Pointer, nout)
		for j := range rs {
			rs[j] = unsafe_New(ft.param(nin + j))
		}
		results = unsafe.Pointer(&rs[0])
	}
	tr := funcTrampoline(ft)
	if armed {
		reflectArm(fn)
	}
	tr(fn, ctx, args, results)
	out := make([]Value, nout)
	for j := range out {
		out[j] = freshVal(ft.param(nin+j), rs[j])
	}
	return out
}

// checkCallArgs checks the arguments' count and types as Go's reflect does and returns them with
// a variadic call's extra arguments gathered into a slice.
func checkCallArgs(op string, ft *rtype, in []Value) []Value {
	n := ft.NumIn()
	variadic := ft.IsVariadic()
	if op == "CallSlice" {
		if !variadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), ft.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if op == "CallSlice" || !variadic {
		return in
	}
	st := ft.param(n)
	extra := len(in) - n
	s := MakeSlice(st, extra, extra)
	et := st.elem
	for i := 0; i < extra; i++ {
		x := in[n+i]
		if xt := x.Type(); !xt.AssignableTo(et) {
			panic("reflect: cannot use " + xt.String() + " as type " + et.String() + " in " + op)
		}
		s.Index(i).Set(x)
	}
	all := make([]Value, n+1)
	copy(all, in[:n])
	all[n] = s
	return all
}

// argMemory returns the address of a memory image of x that the callee may keep (a fresh copy
// unless x's memory is an immutable box).
func argMemory(x Value) unsafe.Pointer {
	t := x.typ_
	if x.flag&flagIndir == 0 {
		p := new(unsafe.Pointer)
		*p = x.ptr
		return unsafe.Pointer(p)
	}
	if x.flag&flagAddr == 0 {
		return x.ptr
	}
	c := unsafe_New(t)
	typedmemmove(t, c, x.ptr)
	return c
}
