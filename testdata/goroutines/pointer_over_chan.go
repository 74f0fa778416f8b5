// A goroutine modifies a struct it receives by pointer; values ping-pong into receiver-local variables.
package main

import "fmt"

type record struct {
	ID    int
	Name  string
	Tags  []string
	Score float64
}

type big struct {
	A   [20]int
	Msg string
}

func editor(in <-chan *record, done chan<- bool) {
	for r := range in {
		r.Name = "edited-" + r.Name
		r.Tags = append(r.Tags, "seen")
		r.Score *= 2
		done <- true
	}
	close(done)
}

func echo(in <-chan big, out chan<- big) {
	var x big
	for i := 0; i < 3; i++ {
		x = <-in
		x.A[i] += 100
		x.Msg += "+"
		out <- x
	}
}

func main() {
	in := make(chan *record)
	done := make(chan bool)
	go editor(in, done)
	r := &record{ID: 1, Name: "first", Score: 1.5}
	in <- r
	<-done
	fmt.Printf("%+v\n", *r)
	recs := []*record{{ID: 2, Name: "b"}, {ID: 3, Name: "c", Tags: []string{"x"}, Score: 4}}
	for _, p := range recs {
		in <- p
		<-done
	}
	close(in)
	_, ok := <-done
	fmt.Println("editor finished:", !ok)
	for _, p := range recs {
		fmt.Printf("%+v\n", *p)
	}

	// Ping-pong of a value; each side keeps its own copy.
	toEcho := make(chan big)
	fromEcho := make(chan big)
	go echo(toEcho, fromEcho)
	var mine big
	mine.Msg = "v"
	for i := 0; i < 3; i++ {
		toEcho <- mine
		var back big
		back = <-fromEcho
		fmt.Println(i, back.A[:4], back.Msg, "mine:", mine.A[:4], mine.Msg)
		mine = back
	}

	// A pointer into a slice element sent to a goroutine.
	arr := []int{1, 2, 3}
	pc := make(chan *int)
	ack := make(chan struct{})
	go func() {
		p := <-pc
		*p = 42
		ack <- struct{}{}
	}()
	pc <- &arr[1]
	<-ack
	fmt.Println(arr)

	// A local variable captured by the goroutine and read after synchronisation.
	var local struct {
		n int
		s string
	}
	go func() {
		local.n, local.s = 7, "set by goroutine"
		ack <- struct{}{}
	}()
	<-ack
	fmt.Println(local.n, local.s)
}
