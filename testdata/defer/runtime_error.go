package main

func index(s []int, i int) (v int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(error).Error()
			v = -1
		}
	}()
	return s[i], ""
}

type node struct{ next *node }

func deref(n *node) (msg string) {
	defer func() {
		if err, ok := recover().(error); ok {
			msg = err.Error()
		}
	}()
	_ = n.next
	return "no panic"
}

func slice(s string, i int) (msg string) {
	defer func() {
		if err, ok := recover().(error); ok {
			msg = err.Error()
		}
	}()
	_ = s[i:]
	return "no panic"
}

func isRuntimeError() (ok bool) {
	defer func() {
		type runtimeError interface {
			error
			RuntimeError()
		}
		_, ok = recover().(runtimeError)
	}()
	a := []int{1}
	i := 3
	a[i] = 2
	return false
}

func main() {
	s := []int{1, 2, 3}
	for i := 1; i < 5; i++ {
		v, msg := index(s, i)
		println(v, msg)
	}
	println(deref(nil))
	println(deref(&node{}))
	println(slice("abc", 5))
	println(isRuntimeError())
	println("continuing after recover")
}
