// A reflect.Select with no ready case and no default blocks: when nothing
// else can run, the program ends with Go's deadlock report.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		c <- 1
		done <- true
	}()
	i, x, ok := reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}})
	fmt.Println(i, x, ok, <-done)
	var nilc chan int
	reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(nilc), Send: reflect.ValueOf(2)},
	})
	fmt.Println("not reached")
}
