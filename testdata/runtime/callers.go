// runtime.Caller, Callers, CallersFrames, FuncForPC and debug.Stack: the
// frames of the program's own functions (methods, closures, goroutines,
// deferred calls during a panic, log's file:line).
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

type T struct{}

func (T) M(n int) string {
	pc, file, line, ok := runtime.Caller(1)
	short := file[strings.LastIndex(file, "/")+1:]
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), " ", short, ":", line, " ", ok, " ", n)
}

func viaClosure() string {
	f := func() string { return T{}.M(1) }
	return f()
}

// frames prints the program's frames of the calling stack.
func frames(skip int) {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(skip, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	for {
		f, more := fr.Next()
		if strings.HasPrefix(f.Function, "main.") {
			fmt.Println(" ", f.Function, f.Line)
		}
		if !more {
			break
		}
	}
}

func recursive(n int) {
	if n == 0 {
		frames(1)
		return
	}
	recursive(n - 1)
}

func panicky(m map[string]int) {
	m["x"] = 1 // panics: nil map
}

func main() {
	fmt.Println(T{}.M(0))
	fmt.Println(viaClosure())
	fmt.Println("recursive:")
	recursive(3)
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine:")
		frames(0)
		done <- true
	}()
	<-done
	s := string(debug.Stack())
	fmt.Println(strings.Contains(s, "main.main()"), strings.HasPrefix(s, "goroutine 1 [running]:"))
	_, _, _, ok := runtime.Caller(100)
	fmt.Println("too deep:", ok)
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	log.Println("logged")
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("deferred during the panic:")
		frames(1)
	}()
	panicky(nil)
}
