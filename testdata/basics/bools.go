package main

func t(name string, v bool) bool {
	println("eval", name)
	return v
}

func main() {
	a, b := true, false
	println(a && b, a || b, !a, !b, a == b, a != b)
	println(t("x", false) && t("y", true))
	println(t("x", true) || t("y", true))
	println(t("x", true) && t("y", false) || t("z", true))
	n := 5
	inRange := n > 0 && n < 10
	println(inRange, n >= 5, n <= 4)
	var flags [4]bool
	flags[2] = true
	for i, f := range flags {
		println(i, f)
	}
	type B bool
	var mb B = 3 > 2
	println(mb, !mb)
}
