package main


func perIteration() {
	for i := 0; i < 3; i++ {
		defer func() { println("closure i", i) }()
	}
	for _, s := range []string{"x", "y"} {
		defer println("arg s", s)
	}
}

func shared() {
	n := 0
	for i := 0; i < 4; i++ {
		defer func() { n++; println("n", n) }()
	}
}

func nested(depth int) {
	if depth == 0 {
		return
	}
	defer println("leave", depth)
	println("enter", depth)
	nested(depth - 1)
}

func main() {
	perIteration()
	shared()
	nested(3)
}
