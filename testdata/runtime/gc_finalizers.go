// Finalizers and cleanups run once their object is unreachable and a
// collection found it, on a finalizer goroutine; a finalizer can take the
// object's pointer or an interface, return results, be removed, and keep the
// objects it points to alive until it has run.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

type res struct {
	id   int
	data [8]int64
	dep  *res
}

var done = make(chan string, 100)

func makeGarbage() {
	for i := 0; i < 5; i++ {
		r := &res{id: i}
		runtime.SetFinalizer(r, func(r *res) { done <- fmt.Sprint("finalized ", r.id) })
	}
	a := &res{id: 100}
	runtime.SetFinalizer(a, func(x any) { done <- fmt.Sprint("finalized via interface ", x.(*res).id) })
	b := &res{id: 200}
	runtime.SetFinalizer(b, func(r *res) int { done <- fmt.Sprint("finalized with a result ", r.id); return r.id })
	c := &res{id: 300}
	runtime.SetFinalizer(c, func(r *res) { done <- "removed finalizer ran" })
	runtime.SetFinalizer(c, nil)
	d := &res{id: 400}
	runtime.AddCleanup(d, func(id int) { done <- fmt.Sprint("cleanup ", id) }, d.id)
	e := &res{id: 500}
	cl := runtime.AddCleanup(e, func(id int) { done <- "stopped cleanup ran" }, e.id)
	cl.Stop()
	// a chain: the dependent object must still be intact when the first's finalizer runs
	head := &res{id: 600, dep: &res{id: 601}}
	head.dep.data[7] = 42
	runtime.SetFinalizer(head, func(r *res) { done <- fmt.Sprint("finalized ", r.id, ", dep intact: ", r.dep.data[7] == 42) })
}

func main() {
	makeGarbage()
	var got []string
	deadline := time.Now().Add(5 * time.Second)
	for len(got) < 9 && time.Now().Before(deadline) {
		runtime.GC()
		select {
		case s := <-done:
			got = append(got, s)
		case <-time.After(10 * time.Millisecond):
		}
	}
	counts := map[string]int{}
	for _, s := range got {
		counts[s]++
	}
	for _, k := range []string{"finalized 0", "finalized 1", "finalized 2", "finalized 3", "finalized 4",
		"finalized via interface 100", "finalized with a result 200", "cleanup 400", "finalized 600, dep intact: true"} {
		fmt.Println(k, counts[k])
	}
	fmt.Println("events", len(got))
	select {
	case s := <-done:
		fmt.Println("unexpected:", s)
	case <-time.After(50 * time.Millisecond):
	}
	fmt.Fprintln(os.Stderr, "finalizers done")
}
