// This file owns reflect.Select: SelectDir, SelectCase and Select, a select
// statement whose cases are known only at run time. The cases are checked
// as Go checks them (same panics), then handed to the runtime's selectgo
// (runtime/go/runtime/select.go, via //go:linkname) as an array of scase
// records without the default case: selectgo picks uniformly at random among
// the ready cases, blocks when none is ready and there is no default, and
// returns -1 when there is a default and none is ready. A case whose Chan is
// the zero Value is kept as a nil channel (never ready), as in Go.

package reflect

import "unsafe"

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir // direction of case
	Chan Value     // channel to use (for send or receive)
	Send Value     // value to send (for send)
}

// scase is the runtime's select case record (runtime/go/runtime/select.go).
type scase struct {
	c    unsafe.Pointer
	elem unsafe.Pointer
	dir  uint32
}

const (
	caseSend = 1
	caseRecv = 2
)

//go:linkname selectgo runtime.selectgo
func selectgo(cases unsafe.Pointer, n int, block bool) (int, bool)

// selectMethod is the method name Go's checks report for Select's Values
// (Go derives it from its caller, which is not a Value method here).
const selectMethod = "unknown method"

// Select executes a select operation described by the list of cases. It
// returns the index of the chosen case and, for a receive case, the value
// received and whether it was sent on the channel (false: the channel is
// closed and the value is the element type's zero value).
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	run := make([]scase, 0, len(cases))
	orig := make([]int, 0, len(cases)) // run[k] is cases[orig[k]]
	dflt := -1
	for i, c := range cases {
		var sc scase
		switch c.Dir {
		default:
			panic("reflect.Select: invalid Dir")
		case SelectDefault:
			if dflt >= 0 {
				panic("reflect.Select: multiple default cases")
			}
			dflt = i
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
			continue
		case SelectSend:
			sc.dir = caseSend
			ch := c.Chan
			if !ch.IsValid() {
				break
			}
			checkCaseChan(ch, SendDir, "reflect.Select: SendDir case using recv-only channel")
			x := c.Send
			if !x.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			x.mustBeExported(selectMethod)
			x = x.assignTo("reflect.Select", ch.typ_.elem)
			sc.c = ch.pointer()
			sc.elem = x.addr()
		case SelectRecv:
			sc.dir = caseRecv
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			ch := c.Chan
			if !ch.IsValid() {
				break
			}
			checkCaseChan(ch, RecvDir, "reflect.Select: RecvDir case using send-only channel")
			sc.c = ch.pointer()
			sc.elem = unsafe_New(ch.typ_.elem)
		}
		run = append(run, sc)
		orig = append(orig, i)
	}
	if len(run) == 0 && dflt >= 0 {
		return dflt, Value{}, false
	}
	var p unsafe.Pointer
	if len(run) > 0 {
		p = unsafe.Pointer(&run[0])
	}
	k, ok := selectgo(p, len(run), dflt < 0)
	if k < 0 {
		return dflt, Value{}, false
	}
	chosen = orig[k]
	if run[k].dir == caseRecv {
		recv = freshVal(cases[chosen].Chan.typ_.elem, run[k].elem)
		recvOK = ok
	}
	return chosen, recv, recvOK
}

// checkCaseChan checks a send or receive case's channel as Go does: an
// exported chan Value whose direction allows dir (else it panics with wrongDir).
func checkCaseChan(ch Value, dir ChanDir, wrongDir string) {
	ch.mustBe(Chan, selectMethod)
	ch.mustBeExported(selectMethod)
	if ch.typ_.ChanDir()&dir == 0 {
		panic(wrongDir)
	}
}
