// Generated: a one-line program whose runtime panic message is checked against go1.26.8.
package main

func main() {
	s := "abc"; i := 5; _ = s[:i]
}
