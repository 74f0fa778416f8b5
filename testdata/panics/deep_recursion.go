package main

// sum recurses n frames deep: Go's stacks grow (up to 1 GB), so a million
// frames of a small function complete.
func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func depth(n int, acc uint32) uint32 {
	if n == 0 {
		return acc
	}
	return depth(n-1, acc*31+uint32(n)) + 1
}

func main() {
	println("start")
	println(sum(1000000))
	println(depth(1000000, 7))
	println("done")
}
