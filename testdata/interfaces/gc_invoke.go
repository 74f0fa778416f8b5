// Interface method calls and the collector: a pointer held only in a local
// across an interface call must survive a collection that happens inside
// the call, whichever implementation runs: a method of a value type, of a
// pointer type, one promoted through an embedded interface or struct, or a
// generic type's. (A compiler that skipped the roots around interface calls
// whose implementations could never collect would crash here if it missed
// one of these.)
package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

// Busy's Area collects and allocates: calls of Area are not quiet.
type Busy struct{ n int }

func (b Busy) Area() int {
	runtime.GC()
	junk := make([][]int, 0)
	for i := 0; i < 200; i++ {
		junk = append(junk, make([]int, 8))
	}
	return b.n + len(junk) - 200
}

// Wrapped reaches Busy's Area through an embedded interface.
type Wrapped struct{ Shape }

// Deep reaches it through an embedded struct.
type Deep struct{ Busy }

type Gen[T any] struct{ v T }

func (g Gen[T]) Area() int {
	runtime.GC()
	return len(fmt.Sprint(g.v))
}

type node struct {
	val  int
	next *node
}

var sink *node

// heap makes p a heap object held by nothing but its callers' locals.
//
//go:noinline
func heap(p *node) *node {
	sink = p
	sink = nil
	return p
}

func sum(shapes []Shape) int {
	t := 0
	for i, s := range shapes {
		p := heap(&node{val: i + 1, next: heap(&node{val: 1000})})
		t += s.Area()
		t += p.val + p.next.val // zero if p's objects were collected during the call
	}
	return t
}

// Implementations that never collect.
type Sizer interface{ Size() int }
type A struct{ n int }
type B struct{ m []int }

func (a A) Size() int  { return a.n }
func (b *B) Size() int { return len(b.m) }

func sizes(xs []Sizer) int {
	t := 0
	for _, x := range xs {
		p := heap(&node{val: 7})
		t += x.Size() + p.val
	}
	return t
}

func main() {
	shapes := []Shape{Sq{3}, &Rect{2, 5}, Busy{4}, Wrapped{Busy{5}}, Deep{Busy{6}}, Gen[string]{"hello"}, Gen[int]{12345}}
	for round := 0; round < 3; round++ {
		fmt.Println("round", round, "sum", sum(shapes))
	}
	fmt.Println("sizes", sizes([]Sizer{A{1}, &B{make([]int, 5)}, A{3}}))
}
