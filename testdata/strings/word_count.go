package main

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t'
}

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

type entry struct {
	word  string
	count int
}

func main() {
	text := `The quick brown fox jumps over the lazy dog
the dog barks   and the Fox runs
	quick quick`
	ws := words(text)
	println("words:", len(ws))
	var counts []entry
	for _, w := range ws {
		w = lower(w)
		found := false
		for i := range counts {
			if counts[i].word == w {
				counts[i].count++
				found = true
				break
			}
		}
		if !found {
			counts = append(counts, entry{w, 1})
		}
	}
	// sort by count desc, then word asc
	for i := 1; i < len(counts); i++ {
		for j := i; j > 0; j-- {
			a, b := counts[j-1], counts[j]
			if a.count < b.count || (a.count == b.count && a.word > b.word) {
				counts[j-1], counts[j] = b, a
			}
		}
	}
	for _, e := range counts {
		println(e.word, e.count)
	}
	lines := 1
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines++
		}
	}
	println("lines:", lines, "bytes:", len(text))
}
