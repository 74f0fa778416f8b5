package main

func main() {
	texts := []string{"hello", "héllo", "日本語テキスト", "emoji 😀🎉!", "mixed: aé中😀"}
	for _, t := range texts {
		runes := 0
		multi := 0
		for _, r := range t {
			runes++
			if r >= 0x80 {
				multi++
			}
		}
		println(t, len(t), runes, multi)
	}
	for i, r := range "Ünïcödé" {
		println(i, r, string(r))
	}
	// manual UTF-8 decode of a 4-byte sequence
	s := "😀"
	println(s[0], s[1], s[2], s[3])
	cp := rune(s[0]&0x07)<<18 | rune(s[1]&0x3f)<<12 | rune(s[2]&0x3f)<<6 | rune(s[3]&0x3f)
	println(cp, cp == '😀')
	// count bytes per rune width
	widths := [5]int{}
	for _, r := range "aé中😀b" {
		w := len(string(r))
		widths[w]++
	}
	println(widths[1], widths[2], widths[3], widths[4])
	// invalid sequences yield U+FFFD with width 1
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		println(i, r)
	}
}
