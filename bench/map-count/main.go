// map-count: count occurrences with maps: integer keys drawn from a skewed
// pseudo-random distribution, and short string keys (k-mers of a generated
// DNA-like text); then delete and re-count. The checksum does not depend on
// map iteration order.
// Written for gowasm's bench.
package main

const (
	intOps  = 6000000 // bench:size quick=20000
	textLen = 2000000 // bench:size quick=10000
	kmer    = 6
)

var state uint64 = 88172645463325252

// xorshift64
func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	counts := make(map[int]int)
	for i := 0; i < intOps; i++ {
		r := next()
		// skewed: small keys are much more frequent
		k := int(r % 1024)
		if r&(1<<40) != 0 {
			k = int(r>>20) % 200000
		}
		counts[k]++
	}
	sumKV := 0
	for k, v := range counts {
		sumKV += k * v
	}
	println("int keys:", len(counts), "sum k*v:", sumKV)

	// delete odd keys, then count again over the survivors
	for k := range counts {
		if k%2 == 1 {
			delete(counts, k)
		}
	}
	total := 0
	for _, v := range counts {
		total += v
	}
	println("after delete:", len(counts), "total:", total)

	text := make([]byte, textLen)
	for i := range text {
		text[i] = "ACGT"[next()%4]
	}
	words := make(map[string]int)
	for i := 0; i+kmer <= len(text); i++ {
		words[string(text[i:i+kmer])]++
	}
	best, bestN := "", 0
	h := 0
	for w, c := range words {
		if c > bestN || (c == bestN && w < best) {
			best, bestN = w, c
		}
		x := 0
		for j := 0; j < len(w); j++ {
			x = x*31 + int(w[j])
		}
		h += x * c
	}
	println("kmers:", len(words), "most common:", best, bestN, "hash:", h)
}
