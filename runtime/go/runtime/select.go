// This file implements select (the compiler's entry point selectgo).
//
// The compiler lays the cases out in the caller's frame as an array of
// scase, in source order, and reads the chosen case's received value from
// its elem slot. selectgo polls the cases in a random order and completes
// the first one that is ready; otherwise (a blocking select) it queues one
// sudog per case on the channels, parks, and the goroutine that completes
// one of them marks the select done (dequeue skips the other sudogs), after
// which selectgo takes the remaining sudogs off their queues.

package runtime

import "unsafe"

// scase is one case: dir 1 sends *elem on c, dir 2 receives into elem.
type scase struct {
	c    *hchan
	elem unsafe.Pointer
	dir  uint32
}

const (
	caseSend = 1
	caseRecv = 2
)

// pollorder is selectgo's scratch permutation (selects do not nest while polling).
var pollorder []uint32

func scaseAt(cases unsafe.Pointer, i int) *scase {
	return (*scase)(unsafe.Add(cases, uintptr(i)*unsafe.Sizeof(scase{})))
}

// selectgo runs a select of n cases; it returns the chosen case's index
// (-1: none was ready and block is false) and, for a receive, whether a
// value was received.
func selectgo(cases unsafe.Pointer, n int, block bool) (int, bool) {
	if cap(pollorder) < n {
		pollorder = make([]uint32, n)
	}
	order := pollorder[:n]
	for i := 0; i < n; i++ {
		j := int(randn(uint32(i + 1)))
		order[i] = order[j]
		order[j] = uint32(i)
	}
	if i, ok, done := selectpoll(cases, order); done {
		return i, ok
	}
	if !block {
		if timers.n > 0 && checkTimers() {
			if i, ok, done := selectpoll(cases, order); done {
				return i, ok
			}
		}
		return -1, false
	}
	gp := curg
	gp.selectDone = false
	gp.param = nil
	var list *sudog
	active := 0
	for i := n - 1; i >= 0; i-- {
		cas := scaseAt(cases, i)
		if cas.c == nil {
			continue
		}
		sg := acquireSudog()
		sg.g = gp
		sg.elem = cas.elem
		sg.c = cas.c
		sg.isSelect = true
		sg.caseIdx = i
		sg.isSend = cas.dir == caseSend
		if sg.isSend {
			enqueue(&cas.c.sendq, sg)
		} else {
			enqueue(&cas.c.recvq, sg)
		}
		sg.waitlink = list
		list = sg
		active++
	}
	if n == 0 {
		gopark("select (no cases)")
		return -1, false
	}
	if active == 0 {
		gopark("select")
		return -1, false
	}
	gopark("select")
	won := gp.param
	gp.param = nil
	idx := -1
	ok := false
	for sg := list; sg != nil; {
		next := sg.waitlink
		if sg == won {
			idx = sg.caseIdx
			ok = sg.success
		} else if sg.isSend {
			unlink(&sg.c.sendq, sg)
		} else {
			unlink(&sg.c.recvq, sg)
		}
		releaseSudog(sg)
		sg = next
	}
	if idx >= 0 && scaseAt(cases, idx).dir == caseSend && !ok {
		panicplain("send on closed channel")
		return idx, false
	}
	return idx, ok
}

// selectpoll completes the first ready case in poll order.
func selectpoll(cases unsafe.Pointer, order []uint32) (int, bool, bool) {
	for _, k := range order {
		i := int(k)
		cas := scaseAt(cases, i)
		c := cas.c
		if c == nil {
			continue
		}
		if cas.dir == caseSend {
			if c.closed {
				panicplain("send on closed channel")
				return i, false, true
			}
			if trysend(c, cas.elem) {
				return i, false, true
			}
		} else if done, received := tryrecv(c, cas.elem); done {
			return i, received, true
		}
	}
	return -1, false, false
}
