// This file implements timers: time.Sleep, and the runtime half of
// time.Timer, time.Ticker, time.After and time.AfterFunc (the hooks
// newTimer, stopTimer, resetTimer).
//
// Pending timers are a binary min-heap on `when` (monotonic nanoseconds).
// Due timers run when the scheduler switches goroutines, when nothing can
// run (the program then sleeps until the earliest one: sleepUntilTimer),
// and when a non-blocking select finds nothing ready. A timer either
// readies a sleeping goroutine or calls time's function (sendTime: a
// non-blocking send of the time on the timer's channel; goFunc: `go f()`).
// Timer channels behave as Go 1.23's synchronous ones where it is
// observable: Stop and Reset discard a value the timer already sent.

package runtime

import "unsafe"

type timer struct {
	when   int64
	period int64
	f      func(any, uintptr, int64)
	arg    any
	seq    uintptr
	idx    int    // position in the heap, -1 when not pending
	gp     *g     // a sleeping goroutine to ready (f is nil)
	c      *hchan // the timer's channel (Stop and Reset drain it)
}

// timeTimer is what time.newTimer returns: its first two fields are time.Timer's.
type timeTimer struct {
	c    unsafe.Pointer
	init bool
	t    timer
}

type timerHeap struct {
	a []*timer
	n int
}

var timers timerHeap

func timerLess(i int, j int) bool {
	return timers.a[i].when < timers.a[j].when
}

func timerSwap(i int, j int) {
	a := timers.a
	a[i], a[j] = a[j], a[i]
	a[i].idx = i
	a[j].idx = j
}

func siftUp(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !timerLess(i, p) {
			return
		}
		timerSwap(i, p)
		i = p
	}
}

func siftDown(i int) {
	for {
		l := 2*i + 1
		if l >= timers.n {
			return
		}
		m := l
		if l+1 < timers.n && timerLess(l+1, l) {
			m = l + 1
		}
		if !timerLess(m, i) {
			return
		}
		timerSwap(i, m)
		i = m
	}
}

func addTimer(t *timer) {
	if timers.n == len(timers.a) {
		timers.a = append(timers.a, t)
	} else {
		timers.a[timers.n] = t
	}
	t.idx = timers.n
	timers.n++
	siftUp(t.idx)
}

func delTimer(t *timer) {
	i := t.idx
	last := timers.n - 1
	if i != last {
		timerSwap(i, last)
	}
	timers.a[last] = nil
	timers.n--
	t.idx = -1
	if i < timers.n {
		siftDown(i)
		siftUp(i)
	}
}

// checkTimers runs the due timers; it reports whether any ran.
func checkTimers() bool {
	if timers.n == 0 {
		return false
	}
	now := nanotime()
	ran := false
	for timers.n > 0 && timers.a[0].when <= now {
		t := timers.a[0]
		delay := now - t.when
		delTimer(t)
		if t.period > 0 {
			t.when += t.period * (1 + delay/t.period)
			if t.when < 0 {
				t.when = 1<<63 - 1
			}
			addTimer(t)
		}
		ran = true
		if t.gp != nil {
			goready(t.gp)
		} else {
			t.seq++
			t.f(t.arg, t.seq, delay)
		}
	}
	return ran
}

// sleepUntilTimer waits for the earliest timer and runs the due ones; it
// reports false when there is no timer (nothing will ever happen).
func sleepUntilTimer() bool {
	if timers.n == 0 {
		return false
	}
	if d := timers.a[0].when - nanotime(); d > 0 {
		sleep(d)
	}
	checkTimers()
	return true
}

// whenAfter is the monotonic time ns from now, saturated.
func whenAfter(ns int64) int64 {
	w := nanotime() + ns
	if w < 0 {
		w = 1<<63 - 1
	}
	return w
}

//go:linkname time_Sleep time.Sleep
func time_Sleep(ns int64) {
	if ns <= 0 {
		return
	}
	if !asyncifyOn() && timers.n == 0 {
		sleep(ns) // nothing else can happen meanwhile
		return
	}
	t := &timer{when: whenAfter(ns), gp: curg, idx: -1}
	addTimer(t)
	gopark("sleep")
}

//go:linkname time_newTimer time.newTimer
func time_newTimer(when int64, period int64, f func(any, uintptr, int64), arg any, cp unsafe.Pointer) *timeTimer {
	tt := &timeTimer{}
	tt.t.idx = -1
	tt.t.f = f
	tt.t.arg = arg
	tt.t.c = (*hchan)(cp)
	tt.t.when = when
	tt.t.period = period
	addTimer(&tt.t)
	tt.init = true
	return tt
}

//go:linkname time_stopTimer time.stopTimer
func time_stopTimer(tt *timeTimer) bool {
	t := &tt.t
	pending := t.idx >= 0
	if pending {
		delTimer(t)
	}
	if t.c != nil {
		chandrain(t.c)
	}
	return pending
}

//go:linkname time_resetTimer time.resetTimer
func time_resetTimer(tt *timeTimer, when int64, period int64) bool {
	pending := time_stopTimer(tt)
	t := &tt.t
	t.when = when
	t.period = period
	addTimer(t)
	return pending
}
