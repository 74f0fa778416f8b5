package main

func normalize(s string) []rune {
	var out []rune
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			out = append(out, r)
		case r >= 'A' && r <= 'Z':
			out = append(out, r+'a'-'A')
		case r > 127:
			out = append(out, r)
		}
	}
	return out
}

func isPalindrome(s string) bool {
	rs := normalize(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func longestPalSub(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, odd := range []int{0, 1} {
			l, r := c, c+odd
			for l >= 0 && r < len(s) && s[l] == s[r] {
				l--
				r++
			}
			if r-l-1 > len(best) {
				best = s[l+1 : r]
			}
		}
	}
	return best
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	tests := []string{
		"racecar", "A man, a plan, a canal: Panama", "hello", "", "x",
		"Was it a car or a cat I saw?", "No lemon, no melon", "été", "日本日", "ab",
	}
	for _, t := range tests {
		println(t, "=>", isPalindrome(t), reverse(t))
	}
	println(longestPalSub("babad"), longestPalSub("forgeeksskeegfor"), longestPalSub("abacdfgdcaba"))
	count := 0
	for n := 0; n < 1000; n++ {
		b := []byte{}
		m := n
		for {
			b = append(b, byte('0'+m%10))
			m /= 10
			if m == 0 {
				break
			}
		}
		if isPalindrome(string(b)) {
			count++
		}
	}
	println("numeric palindromes below 1000:", count)
}
