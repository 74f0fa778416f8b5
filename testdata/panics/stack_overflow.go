package main

// f recurses forever: Go stops it at the 1 GB stack limit with a fatal error
// (not a recoverable panic) and exit status 2.
func f(n int) int {
	return f(n+1) + 1
}

func main() {
	println("start")
	println(f(0))
}
