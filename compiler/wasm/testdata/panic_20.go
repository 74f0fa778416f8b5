// Generated: a one-line program whose runtime panic message is checked against go1.26.8.
package main

func main() {
	s := []int{1}; i := -2; _ = s[i:]
}
