// reflect.Value.Len and Cap of channels (buffered count and capacity; 0 for a nil channel).
package main

import (
	"fmt"
	"reflect"
)

func main() {
	c := make(chan int, 5)
	c <- 1
	c <- 2
	var n chan string
	v := reflect.ValueOf(c)
	fmt.Println(v.Len(), v.Cap(), reflect.ValueOf(n).Len(), reflect.ValueOf(n).Cap(), v.Kind(), v.Type())
}
