// go statements: per-iteration loop variables in closures, method values, interface methods, evaluated arguments.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type account struct {
	name    string
	balance int
	log     chan string
}

func (a *account) deposit(n int) {
	a.balance += n
	a.log <- fmt.Sprintf("%s +%d = %d", a.name, n, a.balance)
}

func (a account) report(prefix string) {
	a.log <- prefix + a.name
}

type greeter interface {
	greet(to string, out chan<- string)
}

type english struct{ excl int }

func (e english) greet(to string, out chan<- string) {
	out <- "hello, " + to + strings.Repeat("!", e.excl)
}

type french struct{}

func (*french) greet(to string, out chan<- string) { out <- "bonjour, " + to }

type point struct{ X, Y int }

func describe(n int, s string, f float64, p point, b bool, r rune, out chan<- string) {
	out <- fmt.Sprintf("n=%d s=%q f=%.2f p=%+v b=%v r=%c", n, s, f, p, b, r)
}

var calls []string

func arg(name string, v int) int {
	calls = append(calls, name)
	return v
}

func sum3(a, b, c int, out chan<- int) { out <- a + b + c }

func main() {
	// Go 1.22: each iteration has its own i and s.
	var wg sync.WaitGroup
	got := make([]string, 5)
	for i, s := range []string{"a", "b", "c", "d", "e"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = strings.ToUpper(s)
		}()
	}
	wg.Wait()
	fmt.Println("range vars:", got)

	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() { ch <- i * 10 }()
	}
	vals := make([]int, 0, 5)
	for k := 0; k < 5; k++ {
		vals = append(vals, <-ch)
	}
	sort.Ints(vals)
	fmt.Println("3-clause loop vars:", vals)

	// Method values and method expressions as go targets.
	acc := &account{name: "acc", log: make(chan string)}
	go acc.deposit(5)
	fmt.Println(<-acc.log)
	dep := acc.deposit
	go dep(7)
	fmt.Println(<-acc.log)
	go (*account).deposit(acc, 1)
	fmt.Println(<-acc.log)
	// A value receiver is copied at the go statement.
	snap := *acc
	snap.name = "snapshot"
	go snap.report("report: ")
	snap.name = "changed"
	fmt.Println(<-acc.log)

	// Interface method calls.
	out := make(chan string)
	for _, g := range []greeter{english{2}, &french{}, english{0}} {
		go g.greet("gopher", out)
		fmt.Println(<-out)
	}
	var gi greeter = english{1}
	gf := gi.greet
	go gf("method value of interface", out)
	fmt.Println(<-out)

	// Arguments of different types, evaluated at the go statement.
	n, s, f, p := 1, "str", 2.5, point{3, 4}
	res := make(chan string)
	go describe(n, s, f, p, true, 'λ', res)
	n, s, f, p = 100, "changed", 9.75, point{}
	fmt.Println(<-res)
	go describe(n, s, f, p, false, 'x', res)
	fmt.Println(<-res)

	// Arguments are evaluated left to right in the calling goroutine, before it continues.
	si := make(chan int)
	go sum3(arg("first", 1), arg("second", 2), arg("third", 3), si)
	fmt.Println("evaluated:", calls)
	fmt.Println("sum3:", <-si)

	// The function value itself is evaluated at the go statement too.
	fn := func(c chan<- string) { c <- "original fn" }
	go fn(res)
	fn = func(c chan<- string) { c <- "replaced fn" }
	fmt.Println(<-res)

	// A closure with results (discarded) and a variadic function.
	go func() int { res <- "closure with a result"; return 1 }()
	fmt.Println(<-res)
	go func(prefix string, xs ...int) {
		t := 0
		for _, x := range xs {
			t += x
		}
		res <- fmt.Sprint(prefix, t)
	}("variadic: ", 1, 2, 3, 4)
	fmt.Println(<-res)

	// Closures share captured variables (not loop variables) with the goroutine.
	shared := 0
	var mu sync.Mutex
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			shared += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("shared:", shared)
}
