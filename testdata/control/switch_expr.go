package main

func name(d int) string {
	switch d {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "small"
	case 4:
		fallthrough
	case 5:
		return "four-or-five"
	default:
		return "many"
	}
}

func kind(s string) int {
	switch s {
	case "apple", "pear":
		return 1
	case "carrot":
		return 2
	}
	return 0
}

func main() {
	for i := 0; i < 8; i++ {
		println(i, name(i))
	}
	println(kind("pear"), kind("carrot"), kind("stone"))
	switch x := 3 * 4; x {
	case 10:
		println("ten")
	case 12:
		println("twelve")
		if x > 0 {
			break
		}
		println("unreachable")
	default:
		println("other")
	}
	c := 'b'
	switch c {
	case 'a':
		println("a")
	case 'b':
		println("b")
		fallthrough
	case 'c':
		println("c (via fallthrough)")
	case 'd':
		println("d")
	}
	switch {
	}
	var f float64 = 2.5
	switch f {
	case 2.5:
		println("two and a half")
	}
	switch b := true; b {
	case false:
		println("false")
	default:
		println("default", b)
	}
}
