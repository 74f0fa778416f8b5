package main

// Word frequency count over a text, printed in sorted order.

const text = `the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick brown dog sleeps under the old tree
a tree is a tree and a dog is a dog`

func split(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' {
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

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	counts := make(map[string]int)
	words := split(text)
	for _, w := range words {
		counts[w]++
	}
	println("words:", len(words), "distinct:", len(counts))
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println(k, counts[k])
	}
	// the most frequent word, ties broken by the smaller word
	best, bestN := "", 0
	for k, n := range counts {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	println("most frequent:", best, bestN)
	// lengths histogram
	byLen := map[int]int{}
	for _, w := range words {
		byLen[len(w)] += 1
	}
	for l := 1; l <= 6; l++ {
		println("len", l, byLen[l])
	}
}
