// Generated: a one-line program whose runtime panic message is checked against go1.26.8.
package main

func main() {
	s := make([]int, 3); i := 5; _ = s[i:]
}
