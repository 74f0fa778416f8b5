// Nil checks: a pointer dereferenced on one branch only must still be checked
// on the other; one checked in a dominating block needs no second check, and a
// recovered panic resumes without assuming checks made after the panic; &*p
// of a nil p panics (evaluating *p would).
package main

import "fmt"

type T struct {
	a, b int
	next *T
}

func branchy(p *T, left bool) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	if left {
		r = p.a // checked only on this branch
	}
	r += p.b // must be checked again when !left
	return r
}

func dominated(p *T, n int) int {
	s := p.a // checks p
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			s += p.b // dominated by the check above
		} else {
			s += p.next.a // p.next is another pointer: checked
		}
	}
	return s
}

func afterCall(p *T, q *T) (r int) {
	defer func() {
		if recover() != nil {
			r = q.a + 100 // q was never dereferenced before the panic
		}
	}()
	_ = p.a // panics when p is nil
	return q.a
}

func main() {
	t := &T{a: 1, b: 2, next: &T{a: 10}}
	fmt.Println(branchy(t, true), branchy(t, false))
	fmt.Println(branchy(nil, true), branchy(nil, false))
	fmt.Println(dominated(t, 5))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(dominated(&T{a: 1}, 3))
	}()
	fmt.Println(afterCall(t, t))
	fmt.Println(afterCall(nil, t))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(afterCall(nil, nil))
	}()
	var np *T
	var zp *struct{}
	for _, f := range []func() any{func() any { return &*t }, func() any { return &*np }, func() any { return &*zp }} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println("&*: recovered:", e)
				}
			}()
			fmt.Println("&*: nil:", f() == nil)
		}()
	}
}
