// The exported runtime API that behaves the same natively and under gowasm.
package main

import "runtime"

type node struct {
	next *node
	val  int
}

func indexPanic(s []int, i int) (err runtime.Error) {
	defer func() {
		err = recover().(runtime.Error)
	}()
	_ = s[i]
	return nil
}

func main() {
	println(runtime.Version(), runtime.Compiler)
	println(len(runtime.GOOS) > 0, len(runtime.GOARCH) > 0)
	println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() >= 1)
	println(runtime.NumCgoCall() >= 0, runtime.MemProfileRate)

	n := &node{val: 1}
	runtime.SetFinalizer(n, func(n *node) { println("finalized", n.val) })
	runtime.SetFinalizer(n, nil)
	c := runtime.AddCleanup(n, func(v int) { println("cleanup", v) }, 7)
	c.Stop()
	runtime.GC()
	runtime.KeepAlive(n)
	runtime.Gosched()
	runtime.LockOSThread()
	runtime.UnlockOSThread()

	var p runtime.Pinner
	p.Pin(n)
	p.Unpin()

	f := runtime.FuncForPC(0)
	println(f == nil, f.Name() == "")
	frame, more := runtime.CallersFrames(nil).Next()
	println(frame.Function == "", frame.Line, more)

	buf := make([]byte, 1024)
	k := runtime.Stack(buf, false)
	line := buf[:k]
	for i, b := range line {
		if b == '\n' {
			line = line[:i]
			break
		}
	}
	println(string(line))

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println(ms.Sys > 0, ms.HeapAlloc > 0, ms.TotalAlloc >= ms.HeapAlloc)

	err := indexPanic([]int{1, 2}, 5)
	println(err.Error())
	var e error = err
	_, ok := e.(runtime.Error)
	println(ok)
}
