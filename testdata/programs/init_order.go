package main

// Package variables are initialized in gc's order: constants count as
// initialized first (go.dev/issue/66575), then fewest dependencies, then
// declaration order.

var (
	v0 = initv0()
	v1 = initv1()
	v2 = v3 + "2"
	v3 = initv3()
	v4 = initv4()
)

const c = "c"
const d = c + "d"

func initv0() string {
	println("initv0")
	if c != "" {
		return "0"
	}
	return ""
}

func initv1() string {
	println("initv1")
	return "1"
}

func initv3() string {
	println("initv3")
	return "3"
}

func initv4() string {
	println("initv4", d, v1)
	return "4"
}

func main() {
	println(v0, v1, v2, v3, v4)
}
