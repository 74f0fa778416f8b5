// The line a call is reported on (runtime.Caller in the callee) when the call is
// written over several lines: the line of its "(", for static, method,
// interface and func-value calls.

package main

import "runtime"

type T struct{}

func (T) M(a int) { _, _, l, _ := runtime.Caller(1); println("M called from line", l) }

func g(a int) { _, _, l, _ := runtime.Caller(1); println("g called from line", l) }

type I interface{ M(int) }

func main() {
	var t T
	t.
		M(
			1)
	g(
		2)
	var i I = t
	i.
		M(3)
	f := g
	f(
		4)
	(g)(
		5)
}
