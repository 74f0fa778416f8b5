package main

func main() {
	var b byte = 'A'
	var r rune = 'λ'
	println(b, r, b+1, r+1)
	println(string(rune(b)), string(r))
	s := "héllo, 世界"
	println(len(s), s[1], s[2], s[0])
	bs := []byte(s)
	rs := []rune(s)
	println(len(bs), len(rs), rs[1], rs[7])
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	var sum rune
	for _, c := range s {
		sum += c
	}
	println(sum)
	upper := make([]byte, 0, 8)
	for _, c := range []byte("golang") {
		upper = append(upper, c-'a'+'A')
	}
	println(string(upper))
	println('\n', '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F600')
	digits := "0123456789"
	val := 0
	for _, d := range "4096" {
		val = val*10 + int(d-'0')
	}
	println(val, digits[val%10])
}
