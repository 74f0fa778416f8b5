// Line directives (//line and /*line*/) set the file and line that
// runtime.Caller, Callers/CallersFrames and Func.FileLine report; a bounds
// check is reported at its '['; runtime.FuncForPC of a func value's code
// pointer (reflect's Value.Pointer) names the function.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

// at is the file:line of its caller's call, the program's own file shortened.
func at() string {
	_, file, line, ok := runtime.Caller(1)
	if strings.HasSuffix(file, "linedirective.go") {
		file = "linedirective.go"
	}
	return fmt.Sprint(file, ":", line, " ", ok)
}

var i = 7

// panicLine returns the line of the frame where f panicked, seen by a deferred call.
func panicLine(f func()) (where string) {
	defer func() {
		recover()
		pcs := make([]uintptr, 10)
		n := runtime.Callers(1, pcs)
		frames := runtime.CallersFrames(pcs[:n])
		for {
			fr, more := frames.Next()
			if strings.HasPrefix(fr.Function, "main.main.") {
				where = fmt.Sprint(fr.Function, " ", fr.File, ":", fr.Line)
			}
			if !more {
				break
			}
		}
	}()
	f()
	return ""
}

type T struct{}

func (T) M() {}

func g(n int) int { return n }

func name(f any) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func main() {
	fmt.Println(at())
//line gen.go:100
	fmt.Println(at())
	fmt.Println(at())
//line :7
	fmt.Println(at()) // no file name
//line c:/dir/x.go:20:5
	fmt.Println(at())
//line :30:1
	fmt.Println(at()) // a column keeps the file name
	fmt.Println(at()); /*line y.go:40*/ fmt.Println(at()); /*line :50:2*/ fmt.Println(at())
	fmt.Println(at())
	//line indented.go:1
	fmt.Println(at()) // not in column 1: an ordinary comment
	fmt.Println(func() string {
		return at()
	}())

	fmt.Println(panicLine(func() {
		var a [3]int
		a /*line z.go:999:1*/ [ /*line z.go:1:1*/ i] = 1
	}))
	fmt.Println(panicLine(func() {
		s := "abc"
		_ = s /*line z.go:555:1*/ [ /*line z.go:2:1*/ i:]
	}))

	var t T
	c := func() int { return i }
	fmt.Println(name(g), name(main), name(c), name(T.M), name(t.M), name(strings.ToUpper))
	fmt.Println(reflect.ValueOf(g).Pointer() == reflect.ValueOf(g).Pointer(), reflect.ValueOf(g).Pointer() == reflect.ValueOf(c).Pointer())
	var nilf func()
	fmt.Println(reflect.ValueOf(nilf).Pointer(), runtime.FuncForPC(0) == nil)
	pc := reflect.ValueOf(g).Pointer()
	fn := runtime.FuncForPC(pc)
	file, line := fn.FileLine(pc)
	fmt.Println(fn.Entry() == pc, strings.HasSuffix(file, ".go"), line)
}
