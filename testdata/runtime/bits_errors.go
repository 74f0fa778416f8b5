// math/bits panics with runtime.overflowError and divideError, variables it
// declares with //go:linkname pulls: recover sees run-time errors.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		_, isErr := r.(error)
		fmt.Println(isErr)
		q, rem := bits.Div64(0, 7, 0)
		fmt.Println(q, rem)
	}()
	q, rem := bits.Div64(1, 0, 3)
	fmt.Println(q, rem)
	q, rem = bits.Div64(5, 0, 3)
	fmt.Println(q, rem)
}
