// This file implements the coroutines behind iter.Pull (runtime.newcoro and
// coroswitch, reached by iter through //go:linkname): a coroutine is a
// goroutine that runs only when another hands control to it. newcoro makes
// a goroutine blocked on the coro; coroswitch(c) readies the goroutine
// blocked on c, at the front of the run queue, and blocks the caller on c in
// its place; when the coroutine's function returns, control goes back to the
// goroutine blocked on c and the coroutine's goroutine ends. Programs that
// call iter.Pull are built with stack switching (compiler/wasm/goroutines.ts).

package runtime

type coro struct {
	gp *g // the goroutine blocked on c
	f  func(*coro)
}

func newcoro(f func(*coro)) *coro {
	c := &coro{f: f}
	gp := newg(corostart)
	gp.coro = c
	gp.status = gWaiting
	gp.waitreason = "coroutine"
	c.gp = gp
	return c
}

// corostart is the function of a coroutine's goroutine.
func corostart() {
	c := curg.coro
	c.f(c)
	next := c.gp
	c.gp = nil
	if next != nil {
		goreadyFirst(next)
	}
}

func coroswitch(c *coro) {
	next := c.gp
	if next == nil {
		throw("coroswitch on an exited coro")
		return
	}
	c.gp = curg
	goreadyFirst(next)
	gopark("coroutine")
}
