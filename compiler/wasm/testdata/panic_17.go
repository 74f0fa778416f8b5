// Generated: a one-line program whose runtime panic message is checked against go1.26.8.
package main

func main() {
	var a uint = 1 << 63; s := []int{}; _ = s[a]
}
