// This file owns channels in reflect: MakeChan, Value.Send, TrySend, Recv,
// TryRecv, Close, and Len/Cap of a channel (valueelem.go calls chanLen and
// chanCap). Everything goes through the runtime's channel functions
// (runtime/go/runtime/chan.go) reached by //go:linkname, so blocking,
// waking, deadlock reports and panics ("send on closed channel", "close of
// nil channel", ...) are exactly those of compiled channel operations. The
// non-blocking forms are a one-case select without block (as the compiler
// compiles `select { case c <- x: default: }`): a nil channel is never
// ready, a send on a closed channel panics, due timers run first.
//
// Elements travel by address: a send passes the address of the value's
// memory (a direct value is spilled to the heap); a receive allocates the
// element and wraps it in the resulting Value. Select is in select.go.

package reflect

import "unsafe"

//go:linkname makechan runtime.makechan
func makechan(elemsize uintptr, size int) unsafe.Pointer

//go:linkname chansend runtime.chansend
func chansend(c unsafe.Pointer, ep unsafe.Pointer)

//go:linkname chanrecv runtime.chanrecv
func chanrecv(c unsafe.Pointer, ep unsafe.Pointer) bool

//go:linkname closechan runtime.closechan
func closechan(c unsafe.Pointer)

//go:linkname chanlen runtime.chanlen
func chanlen(c unsafe.Pointer) int

//go:linkname chancap runtime.chancap
func chancap(c unsafe.Pointer) int

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	return Value{t, makechan(t.elem.size, buffer), flag(Chan)}
}

// chanLen and chanCap are Len and Cap of a channel (nil: 0).
func chanLen(v Value) int { return chanlen(v.pointer()) }
func chanCap(v Value) int { return chancap(v.pointer()) }

// sendElem checks a send of x on the channel v (direction, x's type) and
// returns the address of the element to send. As in Go, an unassignable x is
// reported as "reflect.Value.Send" by TrySend too.
func (v Value) sendElem(x Value, method string) unsafe.Pointer {
	if v.typ_.ChanDir()&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported(method)
	x = x.assignTo("reflect.Value.Send", v.typ_.elem)
	return x.addr()
}

// recvElem checks that v can receive and allocates the slot to receive into.
func (v Value) recvElem() unsafe.Pointer {
	if v.typ_.ChanDir()&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	return unsafe_New(v.typ_.elem)
}

// Send sends x on the channel v (blocks until it can; panics if v is closed).
func (v Value) Send(x Value) {
	v.mustBe(Chan, "reflect.Value.Send")
	v.mustBeExported("reflect.Value.Send")
	p := v.sendElem(x, "reflect.Value.Send")
	chansend(v.pointer(), p)
}

// TrySend attempts to send x on the channel v without blocking and reports
// whether it was sent.
func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "reflect.Value.TrySend")
	v.mustBeExported("reflect.Value.TrySend")
	p := v.sendElem(x, "reflect.Value.TrySend")
	cases := [1]scase{{v.pointer(), p, caseSend}}
	i, _ := selectgo(unsafe.Pointer(&cases[0]), 1, false)
	return i == 0
}

// Recv receives a value from the channel v (blocks until there is one); ok
// is false when v is closed and drained (x is then the zero value).
func (v Value) Recv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.Recv")
	v.mustBeExported("reflect.Value.Recv")
	p := v.recvElem()
	ok = chanrecv(v.pointer(), p)
	return freshVal(v.typ_.elem, p), ok
}

// TryRecv attempts to receive a value from the channel v without blocking:
// nothing ready gives the zero Value; a closed, drained channel the zero
// value of the element type and ok false.
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.TryRecv")
	v.mustBeExported("reflect.Value.TryRecv")
	p := v.recvElem()
	cases := [1]scase{{v.pointer(), p, caseRecv}}
	i, ok := selectgo(unsafe.Pointer(&cases[0]), 1, false)
	if i < 0 {
		return Value{}, false
	}
	return freshVal(v.typ_.elem, p), ok
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported("reflect.Value.Close")
	if v.typ_.ChanDir()&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	closechan(v.pointer())
}
