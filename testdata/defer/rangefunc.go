package main

// Defers in the body of a range-over-func loop run when the enclosing
// function returns, in order with its other defers, also when the body or
// the iterator panics.

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("iterator done", n)
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(int, string) bool) {
	_ = yield(1, "a") && yield(2, "b")
}

func order() {
	defer println("order first")
	for i := range seq(2) {
		defer println("order body", i)
		for k, v := range pairs {
			defer println("order inner", i, k, v)
		}
		defer println("order body end", i)
	}
	defer println("order between")
	for i := range seq(3) {
		if i == 2 {
			break
		}
		defer println("order second loop", i)
	}
	println("order returns")
}

func early() (r int) {
	defer func() { println("early sees", r); r *= 10 }()
	for i := range seq(5) {
		defer func() { println("early body defer", i); r++ }()
		if i == 3 {
			return i
		}
	}
	return -1
}

func pair(x int) (int, string) { return x * 10, "pair" }

func multiReturn() (int, string) {
	defer println("multiReturn defer")
	for x := range seq(3) {
		defer println("multiReturn body defer", x)
		if x == 2 {
			return pair(x)
		}
	}
	return 0, "none"
}

func bodyPanics() (r string) {
	defer func() {
		if x := recover(); x != nil {
			r = "recovered " + x.(string)
		}
	}()
	for i := range seq(3) {
		defer println("bodyPanics defer", i)
		if i == 2 {
			panic("in body")
		}
	}
	return "not reached"
}

func recoverInBody() int {
	for i := range seq(2) {
		defer func() {
			if x := recover(); x != nil {
				println("recovered in body defer:", x.(string), i)
			}
		}()
	}
	panic("after loop")
}

func iterPanics(yield func(int) bool) {
	yield(7)
	panic("iterator")
}

func iteratorPanics() {
	defer println("iteratorPanics first")
	for i := range iterPanics {
		defer func() {
			x := recover()
			println("iteratorPanics recovered:", x.(string), i)
		}()
	}
	println("not reached")
}

func recoveringIter(yield func(int) bool) {
	defer func() {
		println("iterator recovered:", recover().(string))
	}()
	yield(1)
}

func swallowed() {
	defer func() { report("swallowed", recover()) }()
	for i := range recoveringIter {
		defer println("swallowed body defer", i)
		panic("body")
	}
	println("not reached")
}

// report prints a recovered range function state error (a runtime.Error, as Go's).
func report(what string, r any) {
	if e, ok := r.(interface {
		error
		RuntimeError()
	}); ok {
		println(what+":", e.Error())
		return
	}
	println(what, "recovered a non-runtime.Error", r != nil)
}

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	_ = yield(1) && yield(2)
}

func afterExit() {
	defer func() { report("afterExit", recover()) }()
	for x := range keep {
		defer println("afterExit body defer", x)
	}
	saved(3)
}

func afterBreak(yield func(int) bool) {
	defer func() { report("afterBreak", recover()) }()
	if !yield(1) {
		yield(2)
	}
}

func breakThenCall() {
	for x := range afterBreak {
		println("breakThenCall body", x)
		break
	}
	println("breakThenCall after loop")
}

// `defer recover()` in a loop body is the enclosing function's: it recovers at that function's
// return when the function was called directly by a deferred call of a panic.
func deferRecoverInBody() {
	for x := range seq(2) {
		defer recover()
		println("deferRecoverInBody body", x)
	}
	panic("not recovered by defer recover()")
}

func calledByDefer() {
	for range seq(1) {
		defer recover()
	}
}

func viaDeferred() {
	defer calledByDefer()
	panic("recovered by calledByDefer's defer recover()")
}

type stack []int

func (s stack) all(yield func(int) bool) {
	for i := len(s) - 1; i >= 0; i-- {
		if !yield(s[i]) {
			return
		}
	}
}

func generic[T any](xs []T) {
	defer println("generic done")
	for _, x := range func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	} {
		defer func() { println("generic body", any(x) != nil) }()
	}
}

func closureInBody() {
	for i := range (stack{1, 2}).all {
		func() {
			defer println("closure's own defer", i)
		}()
		defer println("closureInBody defer", i)
	}
	println("closureInBody returns")
}

func main() {
	order()
	println("early:", early())
	println(multiReturn())
	println("bodyPanics:", bodyPanics())
	recoverInBody()
	iteratorPanics()
	swallowed()
	generic([]string{"x", "y"})
	closureInBody()
	afterExit()
	func() {
		defer func() { println("deferRecoverInBody still panicking:", recover() != nil) }()
		deferRecoverInBody()
	}()
	func() {
		defer func() { println("viaDeferred still panicking:", recover() != nil) }()
		viaDeferred()
	}()
	breakThenCall()
}
