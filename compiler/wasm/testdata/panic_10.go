// Generated: a one-line program whose runtime panic message is checked against go1.26.8.
package main

func main() {
	var a [3]int; i := 5; _ = a[:i]
}
