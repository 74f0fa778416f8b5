// Channels of structs, strings, interfaces, arrays, big structs, struct{}, pointers and channels.
package main

import "fmt"

type point struct {
	X, Y int
	Name string
}

// wide has 42 int fields plus a [50]int array: far larger than a register.
type wide struct {
	F0, F1, F2, F3, F4, F5, F6        int
	F7, F8, F9, F10, F11, F12, F13    int
	F14, F15, F16, F17, F18, F19, F20 int
	F21, F22, F23, F24, F25, F26, F27 int
	F28, F29, F30, F31, F32, F33, F34 int
	F35, F36, F37, F38, F39, F40, F41 int
	Arr                               [50]int
	Tag                               string
}

type shape interface{ Area() float64 }

type rect struct{ W, H float64 }

func (r rect) Area() float64 { return r.W * r.H }

type circle struct{ R int }

func (c circle) Area() float64 { return float64(3 * c.R * c.R) }

func main() {
	ps := make(chan point, 2)
	ps <- point{1, 2, "a"}
	go func() { ps <- point{3, 4, "b"} }()
	p1 := <-ps
	p2 := <-ps
	fmt.Println(p1, p2)

	ss := make(chan string)
	go func() {
		for _, w := range []string{"hello", "", "wörld"} {
			ss <- w
		}
		close(ss)
	}()
	for w := range ss {
		fmt.Printf("%q len %d\n", w, len(w))
	}

	is := make(chan interface{}, 5)
	is <- 1
	is <- "two"
	is <- 3.5
	is <- nil
	is <- point{5, 6, "c"}
	close(is)
	for v := range is {
		fmt.Printf("%T %v\n", v, v)
	}

	sh := make(chan shape)
	go func() {
		sh <- rect{2, 3}
		sh <- circle{2}
		sh <- nil
	}()
	for i := 0; i < 3; i++ {
		s := <-sh
		if s == nil {
			fmt.Println("nil shape")
			continue
		}
		fmt.Printf("%T %.1f\n", s, s.Area())
	}

	as := make(chan [4]int, 1)
	arr := [4]int{1, 2, 3, 4}
	as <- arr
	arr[0] = 100 // the channel holds a copy
	got := <-as
	fmt.Println(got, arr)

	ws := make(chan wide, 2)
	done := make(chan bool)
	go func() {
		for w := range ws {
			sum := w.F0 + w.F20 + w.F41
			for _, v := range w.Arr {
				sum += v
			}
			fmt.Println("wide", w.Tag, w.F0, w.F41, w.Arr[0], w.Arr[49], sum)
		}
		done <- true
	}()
	var w wide
	w.F0, w.F20, w.F41, w.Tag = 1, 20, 41, "first"
	for i := range w.Arr {
		w.Arr[i] = i
	}
	ws <- w
	w.F41, w.Arr[49], w.Tag = -1, 0, "second"
	ws <- w
	close(ws)
	<-done
	uw := make(chan wide)
	go func() { uw <- wide{F7: 7, Arr: [50]int{49: 5}, Tag: "unbuffered"} }()
	w2 := <-uw
	fmt.Println(w2.Tag, w2.F7, w2.Arr[49])

	es := make(chan struct{}, 3)
	es <- struct{}{}
	es <- struct{}{}
	fmt.Println("struct{} len", len(es), "cap", cap(es))
	e, ok := <-es
	fmt.Println(e, ok, len(es))

	ptrs := make(chan *point, 1)
	pt := &point{7, 8, "p"}
	ptrs <- pt
	q := <-ptrs
	q.X = 70
	fmt.Println(pt.X, q == pt)
	var np *point
	ptrs <- np
	fmt.Println(<-ptrs == nil)

	cc := make(chan chan int)
	go func() {
		reply := <-cc
		reply <- 99
	}()
	reply := make(chan int)
	cc <- reply
	fmt.Println("reply", <-reply)

	fs := make(chan func(int) int, 1)
	fs <- func(x int) int { return x * x }
	fmt.Println("func", (<-fs)(9))
}
