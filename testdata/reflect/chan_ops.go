// reflect's channel operations: MakeChan (also of a ChanOf type), Send,
// TrySend, Recv, TryRecv, Close, Len/Cap, Seq over a channel, on buffered and
// unbuffered channels of direct and indirect element types, mixed with
// compiled channel operations and goroutines that block in reflect; and the
// panics (directions, closed and nil channels, types, unexported fields).
package main

import (
	"fmt"
	"reflect"
	"runtime"
)

type big struct {
	A, B, C int64
	S       string
}

type holder struct{ c chan int }

// built appears in no channel type of the program: ChanOf makes its channel types.
type built struct {
	X int16
	S string
}

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func show(x reflect.Value, ok bool) string {
	if !x.IsValid() {
		return fmt.Sprintf("<invalid> %v", ok)
	}
	return fmt.Sprintf("%v(%v) %v", x.Type(), x.Interface(), ok)
}

func buffered() {
	v := reflect.MakeChan(reflect.TypeOf(make(chan int)), 3)
	fmt.Println("made:", v.Type(), v.Len(), v.Cap(), v.IsNil())
	v.Send(reflect.ValueOf(1))
	fmt.Println("trysend:", v.TrySend(reflect.ValueOf(2)), v.TrySend(reflect.ValueOf(3)), v.TrySend(reflect.ValueOf(4)))
	fmt.Println("len/cap:", v.Len(), v.Cap())
	c := v.Interface().(chan int)
	fmt.Println("compiled recv:", <-c)
	c <- 5
	fmt.Println("recv:", show(v.Recv()))
	fmt.Println("tryrecv:", show(v.TryRecv()))
	fmt.Println("tryrecv:", show(v.TryRecv()))
	fmt.Println("tryrecv empty:", show(v.TryRecv()))
	v.Send(reflect.ValueOf(6))
	v.Close()
	fmt.Println("after close:", show(v.Recv()))
	fmt.Println("drained:", show(v.Recv()))
	fmt.Println("tryrecv closed:", show(v.TryRecv()))
	_, ok := <-c
	fmt.Println("compiled sees closed:", ok)
}

func elemTypes() {
	// indirect element (a struct of 32 bytes)
	bt := reflect.ChanOf(reflect.BothDir, reflect.TypeOf(big{}))
	bv := reflect.MakeChan(bt, 2)
	bv.Send(reflect.ValueOf(big{1, 2, 3, "x"}))
	b := reflect.New(reflect.TypeOf(big{})).Elem()
	b.Field(3).SetString("addressable")
	bv.Send(b)
	b.Field(3).SetString("changed after send")
	bc := bv.Interface().(chan big)
	fmt.Println("big:", <-bc, show(bv.Recv()))
	// direct elements: pointers and maps
	n := 7
	pv := reflect.MakeChan(reflect.TypeOf(make(chan *int)), 1)
	pv.Send(reflect.ValueOf(&n))
	p, _ := pv.Recv()
	fmt.Println("pointer:", *p.Interface().(*int), p.Interface().(*int) == &n)
	mv := reflect.MakeChan(reflect.TypeOf(make(chan map[string]int)), 1)
	mv.Send(reflect.ValueOf(map[string]int{"k": 1}))
	m, _ := mv.Recv()
	fmt.Println("map:", m.MapIndex(reflect.ValueOf("k")))
	// interface elements: a concrete value is boxed on send
	iv := reflect.MakeChan(reflect.TypeOf(make(chan any)), 2)
	iv.Send(reflect.ValueOf(42))
	iv.Send(reflect.ValueOf("str"))
	x, _ := iv.Recv()
	y, _ := iv.Recv()
	fmt.Println("any:", x.Kind(), x.Elem().Kind(), x.Elem(), y.Elem())
	ev := reflect.MakeChan(reflect.TypeOf(make(chan error)), 1)
	ev.Send(reflect.ValueOf(fmt.Errorf("boom")))
	e, _ := ev.Recv()
	fmt.Println("error:", e.Interface())
	// zero-size and array elements, small integers
	zv := reflect.MakeChan(reflect.TypeOf(make(chan struct{})), 2)
	zv.Send(reflect.ValueOf(struct{}{}))
	fmt.Println("struct{}:", zv.Len(), show(zv.Recv()))
	av := reflect.MakeChan(reflect.TypeOf(make(chan [3]int16)), 1)
	av.Send(reflect.ValueOf([3]int16{-1, 2, -3}))
	fmt.Println("array:", show(av.Recv()))
	u8 := reflect.MakeChan(reflect.TypeOf(make(chan uint8)), 1)
	u8.Send(reflect.ValueOf(uint8(200)))
	fmt.Println("uint8:", show(u8.Recv()))
	// a value of a named type assignable to the element type
	type ints []int
	sv := reflect.MakeChan(reflect.TypeOf(make(chan []int)), 1)
	sv.Send(reflect.ValueOf(ints{1, 2}))
	fmt.Println("slice:", show(sv.Recv()))
}

func builtTypes() {
	t := reflect.ChanOf(reflect.BothDir, reflect.TypeOf(built{}))
	v := reflect.MakeChan(t, 2)
	v.Send(reflect.ValueOf(built{3, "a"}))
	fmt.Println("built:", v.Type(), v.Len(), v.Cap(), show(v.Recv()))
	tt := reflect.ChanOf(reflect.BothDir, t)
	w := reflect.MakeChan(tt, 1)
	w.Send(v)
	inner, _ := w.Recv()
	inner.Send(reflect.ValueOf(built{5, "through the inner channel"}))
	fmt.Println("chan of chan:", tt, v.Len(), show(v.TryRecv()))
}

func goroutines() {
	// unbuffered: a goroutine sends through reflect, main receives through reflect
	v := reflect.MakeChan(reflect.TypeOf(make(chan string)), 0)
	done := make(chan bool)
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			v.Send(reflect.ValueOf(s))
		}
		v.Close()
		done <- true
	}()
	for {
		x, ok := v.Recv()
		if !ok {
			break
		}
		fmt.Println("got", x)
	}
	<-done
	// the receiver blocks in reflect, the sender is compiled code
	c := make(chan big)
	got := make(chan string)
	go func() {
		x, ok := reflect.ValueOf(c).Recv()
		got <- fmt.Sprint(x.Interface(), ok)
	}()
	runtime.Gosched()
	c <- big{4, 5, 6, "compiled"}
	fmt.Println("reflect recv of compiled send:", <-got)
	// the sender blocks in reflect until a compiled receive
	u := make(chan big)
	go func() {
		reflect.ValueOf(u).Send(reflect.ValueOf(big{7, 8, 9, "reflect"}))
		got <- "sent"
	}()
	runtime.Gosched()
	fmt.Println("compiled recv of reflect send:", <-u, <-got)
	// close wakes a receiver blocked in reflect and a sender blocked in reflect
	w := make(chan int)
	go func() {
		x, ok := reflect.ValueOf(w).Recv()
		got <- fmt.Sprint("woken receiver: ", x, " ", ok)
	}()
	runtime.Gosched()
	close(w)
	fmt.Println(<-got)
	w2 := make(chan int)
	go func() {
		defer func() { got <- fmt.Sprint("woken sender: ", recover()) }()
		reflect.ValueOf(w2).Send(reflect.ValueOf(1))
	}()
	runtime.Gosched()
	reflect.ValueOf(w2).Close()
	fmt.Println(<-got)
	// a full buffer: the blocked reflect sender's value rotates in
	f := make(chan int, 1)
	f <- 1
	go func() {
		reflect.ValueOf(f).Send(reflect.ValueOf(2))
		got <- "second sent"
	}()
	runtime.Gosched()
	fmt.Println("full:", <-f, <-got, <-f)
}

func seq() {
	c := make(chan int)
	go func() {
		for i := range 5 {
			c <- i * i
		}
		close(c)
	}()
	for x := range reflect.ValueOf(c).Seq() {
		fmt.Print(x.Int(), " ")
	}
	fmt.Println()
	d := make(chan string, 3)
	d <- "x"
	d <- "y"
	d <- "z"
	for x := range reflect.ValueOf((<-chan string)(d)).Seq() {
		fmt.Println("seq first:", x)
		break
	}
	fmt.Println("left:", len(d), reflect.TypeOf(d).CanSeq(), reflect.TypeOf(d).CanSeq2())
}

func panics() {
	var ro <-chan int = make(chan int, 1)
	var so chan<- int = make(chan int, 1)
	try("send ro", func() { reflect.ValueOf(ro).Send(reflect.ValueOf(1)) })
	try("trysend ro", func() { reflect.ValueOf(ro).TrySend(reflect.ValueOf(1)) })
	try("recv so", func() { reflect.ValueOf(so).Recv() })
	try("tryrecv so", func() { reflect.ValueOf(so).TryRecv() })
	try("close ro", func() { reflect.ValueOf(ro).Close() })
	try("close so", func() { reflect.ValueOf(so).Close() })
	try("send wrong type", func() { reflect.ValueOf(make(chan int, 1)).Send(reflect.ValueOf("x")) })
	try("trysend wrong type", func() { reflect.ValueOf(make(chan int, 1)).TrySend(reflect.ValueOf(1.5)) })
	try("send zero Value", func() { reflect.ValueOf(make(chan int, 1)).Send(reflect.Value{}) })
	try("send on int", func() { reflect.ValueOf(1).Send(reflect.ValueOf(1)) })
	try("recv on zero Value", func() { reflect.Value{}.Recv() })
	try("close on slice", func() { reflect.ValueOf([]int{}).Close() })
	try("makechan non-chan", func() { reflect.MakeChan(reflect.TypeOf(1), 0) })
	try("makechan negative", func() { reflect.MakeChan(reflect.TypeOf(make(chan int)), -1) })
	try("makechan recv-only", func() { reflect.MakeChan(reflect.TypeOf(ro), 0) })
	try("makechan send-only", func() { reflect.MakeChan(reflect.ChanOf(reflect.SendDir, reflect.TypeOf("")), 0) })
	try("makechan huge", func() { reflect.MakeChan(reflect.TypeOf(make(chan int)), 1<<62) })
	c := make(chan int)
	close(c)
	try("send closed", func() { reflect.ValueOf(c).Send(reflect.ValueOf(1)) })
	try("trysend closed", func() { reflect.ValueOf(c).TrySend(reflect.ValueOf(1)) })
	try("close closed", func() { reflect.ValueOf(c).Close() })
	var nc chan int
	try("close nil", func() { reflect.ValueOf(nc).Close() })
	try("trysend nil", func() { fmt.Println(reflect.ValueOf(nc).TrySend(reflect.ValueOf(1))) })
	try("tryrecv nil", func() { fmt.Println(show(reflect.ValueOf(nc).TryRecv())) })
	try("len/cap nil", func() { fmt.Println(reflect.ValueOf(nc).Len(), reflect.ValueOf(nc).Cap()) })
	h := holder{make(chan int, 1)}
	try("send unexported", func() { reflect.ValueOf(h).Field(0).Send(reflect.ValueOf(1)) })
	try("tryrecv unexported", func() { reflect.ValueOf(h).Field(0).TryRecv() })
	try("close unexported", func() { reflect.ValueOf(h).Field(0).Close() })
	try("len unexported", func() { fmt.Println(reflect.ValueOf(h).Field(0).Cap()) })
	try("send unexported value", func() {
		reflect.ValueOf(make(chan int, 1)).Send(reflect.ValueOf(struct{ x int }{3}).Field(0))
	})
	try("trysend unexported value", func() {
		reflect.ValueOf(make(chan int, 1)).TrySend(reflect.ValueOf(struct{ x int }{3}).Field(0))
	})
	try("trysend zero Value", func() { reflect.ValueOf(make(chan int, 1)).TrySend(reflect.Value{}) })
	try("seq2 chan", func() { reflect.ValueOf(c).Seq2() })
	try("seq send-only", func() {
		for range reflect.ValueOf(so).Seq() {
		}
	})
}

func main() {
	buffered()
	elemTypes()
	builtTypes()
	goroutines()
	seq()
	panics()
}
