package main

func main() {
	s := "Hello, World"
	println(s[0:5], s[7:], s[:5], s[:], s[3:3] == "")
	for i := 0; i <= len(s); i += 3 {
		println(i, s[i:], s[:i])
	}
	sub := s[7:12]
	println(sub, len(sub), sub[0])
	name := "gopher.go"
	dot := -1
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			dot = i
			break
		}
	}
	println(name[:dot], name[dot+1:])
	// substring search
	hay, needle := "the quick brown fox jumps", "fox"
	for i := 0; i+len(needle) <= len(hay); i++ {
		if hay[i:i+len(needle)] == needle {
			println("found at", i)
		}
	}
}
