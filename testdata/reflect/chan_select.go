// reflect.Select: default, send and receive cases (ready, blocked, closed
// and nil channels, zero-Value channels), blocking until a goroutine or a
// timer makes a case ready, the uniform choice among ready cases (only
// "each was chosen" is printed), and Go's panics for malformed cases.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"time"
)

type pair struct {
	K string
	V [4]int64
}

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func sel(cases ...reflect.SelectCase) string {
	i, x, ok := reflect.Select(cases)
	if !x.IsValid() {
		return fmt.Sprintf("chosen %d, <invalid>, %v", i, ok)
	}
	return fmt.Sprintf("chosen %d, %v(%v), %v", i, x.Type(), x.Interface(), ok)
}

func recv(c any) reflect.SelectCase {
	return reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}
}

func send(c, x any) reflect.SelectCase {
	return reflect.SelectCase{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(x)}
}

var dflt = reflect.SelectCase{Dir: reflect.SelectDefault}

func ready() {
	fmt.Println("only default:", sel(dflt))
	empty := make(chan int)
	fmt.Println("nothing ready:", sel(recv(empty), dflt))
	fmt.Println("default first:", sel(dflt, recv(empty), send(empty, 1)))
	b := make(chan int, 1)
	fmt.Println("send ready:", sel(recv(empty), send(b, 10), dflt), len(b))
	fmt.Println("recv ready:", sel(send(b, 11), recv(b), dflt), len(b))
	p := make(chan pair, 1)
	p <- pair{"k", [4]int64{1, 2, 3, 4}}
	fmt.Println("recv struct:", sel(recv(p)))
	closed := make(chan string)
	close(closed)
	fmt.Println("recv closed:", sel(recv(empty), recv(closed)))
	var nilc chan int
	fmt.Println("nil chan:", sel(recv(nilc), send(nilc, 1), dflt))
	zero := reflect.SelectCase{Dir: reflect.SelectRecv}
	zeroSend := reflect.SelectCase{Dir: reflect.SelectSend, Send: reflect.ValueOf(1)}
	fmt.Println("zero Chan:", sel(zero, zeroSend, dflt))
	fmt.Println("zero Chan and ready:", sel(zero, zeroSend, recv(closed), dflt))
	iface := make(chan any, 1)
	fmt.Println("send to chan any:", sel(send(iface, 3.5)), <-iface)
	ro := (<-chan int)(b)
	b <- 12
	fmt.Println("recv-only chan:", sel(recv(ro)))
	so := (chan<- int)(b)
	fmt.Println("send-only chan:", sel(send(so, 13)), <-b)
	fmt.Println("nil cases slice with default:", sel(append([]reflect.SelectCase(nil), dflt)...))
}

func blocking() {
	c := make(chan string)
	d := make(chan int)
	go func() {
		runtime.Gosched()
		d <- 99
	}()
	fmt.Println("blocks for a sender:", sel(recv(c), recv(d)))
	out := make(chan pair)
	result := make(chan pair)
	go func() { result <- <-out }()
	fmt.Println("blocks for a receiver:", sel(recv(c), send(out, pair{"sent", [4]int64{5}})))
	fmt.Println("goroutine received:", <-result)
	cl := make(chan int)
	go func() { close(cl) }()
	fmt.Println("woken by close:", sel(recv(c), recv(cl)))
	sc := make(chan int)
	go func() { close(sc) }()
	try("blocked send then closed", func() { sel(recv(c), send(sc, 1)) })
	// a reflect Select and a compiled select waiting on each other's channels
	a := make(chan int)
	z := make(chan int)
	go func() {
		select {
		case x := <-a:
			z <- x + 1
		}
	}()
	fmt.Println("to compiled select:", sel(send(a, 41)))
	fmt.Println("from compiled select:", sel(recv(z)))
	// a timer's channel
	t := time.After(5 * time.Millisecond)
	i, x, ok := reflect.Select([]reflect.SelectCase{recv(c), recv(t)})
	fmt.Println("timer:", i, x.Type(), ok)
}

func fairness() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [3]int{}
	for range 300 {
		a <- 1
		b <- 2
		i, _, _ := reflect.Select([]reflect.SelectCase{recv(a), recv(b), dflt})
		counts[i]++
		// drain the other one
		select {
		case <-a:
		default:
		}
		select {
		case <-b:
		default:
		}
	}
	fmt.Println("both ready cases chosen:", counts[0] > 30 && counts[1] > 30, "default never:", counts[2] == 0)
}

func panics() {
	ch := make(chan int, 2)
	var ro <-chan int = ch
	var so chan<- int = ch
	closed := make(chan int)
	close(closed)
	type S struct{ c chan int }
	s := S{ch}
	try("multiple default", func() { sel(dflt, dflt) })
	try("default with Chan", func() { sel(reflect.SelectCase{Dir: reflect.SelectDefault, Chan: reflect.ValueOf(ch)}) })
	try("default with Send", func() { sel(reflect.SelectCase{Dir: reflect.SelectDefault, Send: reflect.ValueOf(1)}) })
	try("send on recv-only", func() { sel(send(ro, 1)) })
	try("send without value", func() { sel(reflect.SelectCase{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ch)}) })
	try("send wrong type", func() { sel(send(ch, "s")) })
	try("recv on send-only", func() { sel(recv(so)) })
	try("recv with Send", func() {
		sel(reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch), Send: reflect.ValueOf(1)})
	})
	try("invalid Dir", func() { sel(reflect.SelectCase{Dir: 7}) })
	try("zero Dir", func() { sel(reflect.SelectCase{}) })
	try("recv on non-chan", func() { sel(recv(1)) })
	try("send on non-chan", func() { sel(send(1, 1)) })
	try("send on closed", func() { sel(send(closed, 1), dflt) })
	try("unexported chan", func() { sel(reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(s).Field(0)}) })
	try("unexported value", func() {
		sel(reflect.SelectCase{Dir: reflect.SelectSend, Chan: reflect.ValueOf(ch), Send: reflect.ValueOf(s).Field(0)})
	})
	try("too many cases", func() { sel(make([]reflect.SelectCase, 65537)...) })
	fmt.Println(reflect.SelectSend, reflect.SelectRecv, reflect.SelectDefault, reflect.SelectDir(9))
	fmt.Printf("%v %+v\n", reflect.SelectCase{}, reflect.SelectCase{Dir: reflect.SelectRecv})
}

func main() {
	ready()
	blocking()
	fairness()
	panics()
}
