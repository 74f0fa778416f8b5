package main

func main() {
	s := "Go ♥ wasm"
	b := []byte(s)
	println(len(b), b[0], b[3], b[4], b[5])
	b[0] = 'g'
	println(string(b), s)
	r := []rune(s)
	println(len(r), r[3], string(r[3]))
	r[3] = '♠'
	println(string(r))
	// reverse by runes
	rs := []rune("héllo wörld")
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	println(string(rs))
	// build from bytes
	var buf []byte
	for i := 0; i < 26; i++ {
		buf = append(buf, byte('a'+i))
	}
	println(string(buf))
	buf = append(buf, "-suffix"...)
	println(string(buf[20:]))
	empty := []byte("")
	println(len(empty), string(empty) == "")
	var nilb []byte
	println(string(nilb) == "", len(string(nilb)))
	println(string([]rune{72, 105, 0x263A}))
	invalid := string([]byte{0xff, 'a', 0xc3})
	for i, c := range invalid {
		println(i, c)
	}
	println(len([]rune(invalid)))
	println(string(rune(-1)), string(rune(0x110000)) == "\uFFFD")
}
