package main

func main() {
	s := "hello"
	t := "world"
	u := s + ", " + t + "!"
	println(u, len(u))
	println(s[0], s[4], u[5])
	println(s == "hello", s != t, s < t, t < s, s <= "hello", "abc" < "abd", "ab" < "abc", "" < "a")
	println("Z" < "a", "apple" > "Apple", "b" >= "abc")
	var e string
	println(e == "", len(e))
	e += "x"
	e += "yz"
	println(e)
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
	}
	println(acc)
	p := &s
	*p = "changed"
	println(s)
	const c = "const" + "ant"
	println(c, len(c), c[0:5])
	long := ""
	for i := 0; i < 100; i++ {
		long += "ab"
	}
	println(len(long), long[198:])
	println("日本語", len("日本語"), "日本語"[3:6])
}
