package main

func shift(c byte, k int) byte {
	switch {
	case c >= 'a' && c <= 'z':
		return byte('a' + (int(c-'a')+k+26)%26)
	case c >= 'A' && c <= 'Z':
		return byte('A' + (int(c-'A')+k+26)%26)
	}
	return c
}

func caesar(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		out[i] = shift(s[i], k)
	}
	return string(out)
}

func rot13(s string) string {
	return caesar(s, 13)
}

func main() {
	msg := "Hello, World! The Quick Brown Fox."
	for k := 0; k < 26; k += 5 {
		enc := caesar(msg, k)
		dec := caesar(enc, -k)
		println(k, enc, dec == msg)
	}
	println(rot13(msg))
	println(rot13(rot13(msg)))
	// frequency analysis to find the key
	secret := caesar("attack at dawn every evening and retreat at eleven", 7)
	var freq [26]int
	for i := 0; i < len(secret); i++ {
		c := secret[i]
		if c >= 'a' && c <= 'z' {
			freq[c-'a']++
		}
	}
	best := 0
	for i := range freq {
		if freq[i] > freq[best] {
			best = i
		}
	}
	key := (best - ('e' - 'a') + 26) % 26
	println("guessed key", key, caesar(secret, -key))
}
