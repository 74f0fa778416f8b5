// This file implements channels: make, send, receive, close, len and cap
// (the compiler's entry points makechan, chansend, chanrecv, closechan,
// chanlen, chancap), and the wait queues that select (select.go),
// semaphores and sync.Cond (hooks_sync.go) share.
//
// A channel is a pointer to an hchan (nil channel = 0): a ring buffer of
// dataqsiz elements plus the goroutines waiting to send and to receive,
// each represented by a sudog that points at the element to send or the
// slot to receive into. Goroutines run one at a time and switch only in
// gopark, so no operation needs a lock. An element moves directly from a
// waiting sender to a receiver (unbuffered channels; a full buffer rotates
// the sender's element in). A waiter's element pointer may be in its
// switched-out shadow stack frames: stackPtr finds the saved copy.
//
// Messages and panics are Go's: "send on closed channel", "close of nil
// channel", "close of closed channel", "makechan: size out of range";
// blocking forever on a nil channel parks with Go's wait reasons.

package runtime

import "unsafe"

type hchan struct {
	qcount   int
	dataqsiz int
	buf      unsafe.Pointer
	elemsize uintptr
	closed   bool
	sendx    int
	recvx    int
	recvq    waitq
	sendq    waitq
}

type waitq struct {
	first *sudog
	last  *sudog
}

// sudog is a goroutine waiting on a channel (or a semaphore, a sync.Cond).
type sudog struct {
	g        *g
	next     *sudog
	prev     *sudog
	elem     unsafe.Pointer // channels: the element slot; semaphores: the address
	c        *hchan
	isSelect bool
	isSend   bool
	success  bool // the operation completed (false: woken by close)
	caseIdx  int
	waitlink *sudog // a select's sudogs, one per case
	ticket   uint32 // sync.Cond
}

var sudogFree *sudog

func acquireSudog() *sudog {
	sg := sudogFree
	if sg == nil {
		return (*sudog)(alloc(unsafe.Sizeof(sudog{})))
	}
	sudogFree = sg.next
	sg.next = nil
	return sg
}

func releaseSudog(sg *sudog) {
	*sg = sudog{}
	sg.next = sudogFree
	sudogFree = sg
}

func enqueue(q *waitq, sg *sudog) {
	sg.next = nil
	sg.prev = q.last
	if q.last == nil {
		q.first = sg
	} else {
		q.last.next = sg
	}
	q.last = sg
}

// unlink removes sg from q.
func unlink(q *waitq, sg *sudog) {
	if sg.prev == nil {
		if q.first != sg {
			return // not in q
		}
		q.first = sg.next
	} else {
		sg.prev.next = sg.next
	}
	if sg.next == nil {
		q.last = sg.prev
	} else {
		sg.next.prev = sg.prev
	}
	sg.next = nil
	sg.prev = nil
}

// dequeue removes the first waiter that can still be woken: a select's
// other cases are skipped once one of its cases was chosen.
func dequeue(q *waitq) *sudog {
	for {
		sg := q.first
		if sg == nil {
			return nil
		}
		unlink(q, sg)
		if sg.isSelect {
			if sg.g.selectDone {
				continue
			}
			sg.g.selectDone = true
		}
		return sg
	}
}

// wake readies the goroutine of a completed (or closed) wait.
func wake(sg *sudog, success bool) {
	sg.success = success
	sg.g.param = sg
	goready(sg.g)
}

func makechan(elemsize uintptr, size int) *hchan {
	// compare as int: uintptr is 32 bits, a size of 1<<46|10 must not wrap to 10
	if size < 0 || (elemsize > 0 && size > int((1<<31)/elemsize)) {
		panicplain("makechan: size out of range")
		return nil
	}
	c := (*hchan)(alloc(unsafe.Sizeof(hchan{})))
	c.elemsize = elemsize
	c.dataqsiz = size
	if size > 0 && elemsize > 0 {
		c.buf = alloc(uintptr(size) * elemsize)
	}
	return c
}

func chanbuf(c *hchan, i int) unsafe.Pointer {
	return unsafe.Add(c.buf, uintptr(i)*c.elemsize)
}

func elemcopy(c *hchan, dst unsafe.Pointer, src unsafe.Pointer) {
	if c.elemsize > 0 {
		memmove(dst, src, c.elemsize)
	}
}

// trysend sends the element at ep if it can be done without waiting.
func trysend(c *hchan, ep unsafe.Pointer) bool {
	if sg := dequeue(&c.recvq); sg != nil {
		if sg.elem != nil {
			elemcopy(c, stackPtr(sg.g, sg.elem), ep)
		}
		wake(sg, true)
		return true
	}
	if c.qcount < c.dataqsiz {
		elemcopy(c, chanbuf(c, c.sendx), ep)
		c.sendx++
		if c.sendx == c.dataqsiz {
			c.sendx = 0
		}
		c.qcount++
		return true
	}
	return false
}

// tryrecv receives into ep (nil: discard) if it can be done without
// waiting; received is false for a closed, drained channel.
func tryrecv(c *hchan, ep unsafe.Pointer) (done bool, received bool) {
	if sg := dequeue(&c.sendq); sg != nil {
		src := stackPtr(sg.g, sg.elem)
		if c.dataqsiz == 0 {
			if ep != nil {
				elemcopy(c, ep, src)
			}
		} else {
			// a full buffer: take its head, the sender's element goes to its tail
			if ep != nil {
				elemcopy(c, ep, chanbuf(c, c.recvx))
			}
			elemcopy(c, chanbuf(c, c.recvx), src)
			c.recvx++
			if c.recvx == c.dataqsiz {
				c.recvx = 0
			}
			c.sendx = c.recvx
		}
		wake(sg, true)
		return true, true
	}
	if c.qcount > 0 {
		p := chanbuf(c, c.recvx)
		if ep != nil {
			elemcopy(c, ep, p)
		}
		memclr(p, c.elemsize)
		c.recvx++
		if c.recvx == c.dataqsiz {
			c.recvx = 0
		}
		c.qcount--
		return true, true
	}
	if c.closed {
		if ep != nil {
			memclr(ep, c.elemsize)
		}
		return true, false
	}
	return false, false
}

// chansend is `c <- *ep`.
func chansend(c *hchan, ep unsafe.Pointer) {
	if c == nil {
		gopark("chan send (nil chan)")
		return
	}
	if c.closed {
		panicplain("send on closed channel")
		return
	}
	if trysend(c, ep) {
		return
	}
	if !chanwait(c, ep, true) {
		panicplain("send on closed channel")
	}
}

// chanwait queues the running goroutine on c to send *ep or receive into ep
// and parks it; it reports whether the operation completed (false: c was
// closed meanwhile).
func chanwait(c *hchan, ep unsafe.Pointer, isSend bool) bool {
	sg := acquireSudog()
	sg.g = curg
	sg.elem = ep
	sg.c = c
	sg.isSend = isSend
	if isSend {
		enqueue(&c.sendq, sg)
		gopark("chan send")
	} else {
		enqueue(&c.recvq, sg)
		gopark("chan receive")
	}
	ok := sg.success
	releaseSudog(sg)
	return ok
}

// chanrecv is `*ep = <-c` (ep nil: the value is discarded); it reports
// whether a value was received (false: c is closed and drained).
func chanrecv(c *hchan, ep unsafe.Pointer) bool {
	if c == nil {
		gopark("chan receive (nil chan)")
		return false
	}
	if done, received := tryrecv(c, ep); done {
		return received
	}
	return chanwait(c, ep, false)
}

// closechan is close(c): waiting receivers get zero values, waiting senders panic.
func closechan(c *hchan) {
	if c == nil {
		panicplain("close of nil channel")
		return
	}
	if c.closed {
		panicplain("close of closed channel")
		return
	}
	c.closed = true
	for {
		sg := dequeue(&c.recvq)
		if sg == nil {
			break
		}
		if sg.elem != nil {
			memclr(stackPtr(sg.g, sg.elem), c.elemsize)
		}
		wake(sg, false)
	}
	for {
		sg := dequeue(&c.sendq)
		if sg == nil {
			break
		}
		wake(sg, false)
	}
}

func chanlen(c *hchan) int {
	if c == nil {
		return 0
	}
	return c.qcount
}

func chancap(c *hchan) int {
	if c == nil {
		return 0
	}
	return c.dataqsiz
}

// chandrain empties a timer channel's buffer (Stop and Reset of a time.Timer
// leave no stale value behind, as Go 1.23's synchronous timer channels).
func chandrain(c *hchan) {
	for c.qcount > 0 {
		tryrecv(c, nil)
	}
}
