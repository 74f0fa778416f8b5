// This file owns the func values reflect makes: MakeFunc, method values
// turned into func values (Value.Interface, Set, Convert of v.Method(i)) and
// Type.Method(i).Func (the method with its receiver as first parameter).
//
// wasm cannot create code at run time, so the compiler emits one MakeFunc
// stub per memory shape of a signature (compiler/wasm/makefunc.ts) when the
// program reaches MakeFunc or can reach methods by index or name; a func type
// descriptor's extra record points (mkfn) to a cell holding its stub's table
// index. A func value made here is the closure object makeFuncImpl: word 0
// is that table index, so calling it enters the stub with the closure as
// context. The stub stores its arguments' memory images in a shadow-stack
// frame (the collector scans it) and calls impl.call(args, results, armed):
// args is an array of pointers to the images, results an array of pointers
// callReflect fills with fresh memory holding each result. armed says that
// a deferred call running during a panic called the func value directly:
// the arm is handed to the function reflect calls last (runtime reflectArm),
// so that recover() there works as in Go. A panic unwinds through the stub
// like through any call.
//
// Method values and Method.Func are MakeFunc closures whose handler calls
// the method through Value.Call's machinery (call.go).

package reflect

import "unsafe"

// makeFuncImpl is the closure object of a func value made by reflect (layout fixed by
// compiler/wasm/makefunc.ts: code at 0, call at 4).
type makeFuncImpl struct {
	code uint32
	call func(args, results unsafe.Pointer, armed bool)
}

//go:linkname reflectArm runtime.reflectArm
func reflectArm(fn uint32)

// MakeFunc returns a new function of the given Type that wraps the function fn. When called,
// that new function converts its arguments to Values, calls fn and converts fn's results back.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	return makeFunc(typ.common(), func(in []Value, armed bool) []Value {
		if armed {
			reflectArm(funcCode(unsafe.Pointer(&fn)))
		}
		return fn(in)
	})
}

// funcCode returns the table index of the func value stored at p (its identity for recover).
func funcCode(p unsafe.Pointer) uint32 {
	c := *(*unsafe.Pointer)(p)
	if c == nil {
		return 0
	}
	return *(*uint32)(c)
}

// makeFunc returns a func value of type t whose calls run handler.
func makeFunc(t *rtype, handler func(in []Value, armed bool) []Value) Value {
	x := t.extra
	if x == nil || x.mkfn == nil {
		panic("reflect: cannot make a func value of type " + t.String() + ": gowasm compiles MakeFunc stubs only when the program calls reflect.MakeFunc or reaches methods by index or name")
	}
	impl := &makeFuncImpl{code: *(*uint32)(x.mkfn)}
	impl.call = func(args, results unsafe.Pointer, armed bool) {
		callReflect(t, handler, args, results, armed)
	}
	return Value{t, unsafe.Pointer(impl), flag(Func)}
}

// callReflect is the Go half of a MakeFunc stub: it makes the argument Values (fresh copies:
// the images are in the stub's frame), runs handler and stores the results for the stub.
func callReflect(t *rtype, handler func(in []Value, armed bool) []Value, args, results unsafe.Pointer, armed bool) {
	nin, nout := int(t.extra.n1), int(t.extra.n2)
	in := make([]Value, nin)
	for i := range in {
		pt := t.param(i)
		p := *(*unsafe.Pointer)(unsafe.Add(args, i*4))
		if pt.direct() {
			in[i] = Value{pt, *(*unsafe.Pointer)(p), flag(pt.kind)}
			continue
		}
		c := unsafe_New(pt)
		typedmemmove(pt, c, p)
		in[i] = Value{pt, c, flag(pt.kind) | flagIndir}
	}
	out := handler(in, armed)
	if len(out) != nout {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	for j, v := range out {
		if v.typ_ == nil {
			panic("reflect: function created by MakeFunc using closure returned zero Value")
		}
		if v.flag&flagRO != 0 {
			panic("reflect: function created by MakeFunc using closure returned value obtained from unexported field")
		}
		rt := t.param(nin + j)
		v = v.assignTo("reflect.MakeFunc", rt)
		mem := unsafe_New(rt)
		if v.flag&flagIndir != 0 {
			typedmemmove(rt, mem, v.ptr)
		} else {
			*(*unsafe.Pointer)(mem) = v.ptr
		}
		*(*unsafe.Pointer)(unsafe.Add(results, j*4)) = mem
	}
}

// callOp is the Call flavour that passes in as it is (a variadic function's slice included).
func callOp(t *rtype) string {
	if t.IsVariadic() {
		return "CallSlice"
	}
	return "Call"
}

// methodValueMaker is makeMethodValue once Value.Method has run (the only maker of method values):
// Interface, Set and Convert call it through this variable so that programs without Value.Method
// (every fmt program reaches Interface) do not carry the machinery, nor the compiler its stubs.
var methodValueMaker func(op string, v Value) Value

// makeMethodValue turns method value v (flagMethod) into a func value of the method's type that
// calls the method on v's receiver.
func makeMethodValue(op string, v Value) Value {
	if v.flag&flagMethod == 0 {
		panic("reflect: internal error: invalid use of makeMethodValue")
	}
	ft := methodValueType(v)
	rcvr := v
	if rcvr.typ_.Kind() == Interface && rcvr.IsNil() {
		panic("reflect: " + op + " of method on nil interface value")
	}
	fv := makeFunc(ft, func(in []Value, armed bool) []Value {
		return rcvr.callWith(callOp(ft), in, armed)
	})
	fv.flag |= v.flag.ro()
	return fv
}

// methodFunc returns Method.Func of t's i'th method (reflect's order): a func value of type ft
// (receiver first) calling the method on its first argument.
func methodFunc(ft *rtype, i int) Value {
	return makeFunc(ft, func(in []Value, armed bool) []Value {
		return in[0].Method(i).callWith(callOp(ft), in[1:], armed)
	})
}
