// Generated: panic with a value of a named basic type, checked against go1.26.8.
package main

type E string
type N int8

func main() {
	panic(N(-5))
}
