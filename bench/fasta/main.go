// fasta: generate DNA-like sequences, one by repeating a fixed string and two
// by weighted random choice (a linear congruential generator, cumulative
// probability tables), in 60-column lines; the output is hashed, not printed.
// Written for gowasm's bench from the algorithm's description; the repeat
// string and the weights are our own.
package main

const n = 2500000 // bench:size quick=5000

const lineWidth = 60

// our own repeat unit (not a real genome fragment)
const repeatUnit = "GATTACACCGTAGGCTTAACGGATCCATGCAAGTCTGGACTTCAGCATGACCGTATAGCCTAGGTCAA" +
	"TTGCGCAGTACCAGTTCGATCGGAAGCTTACGATGCCTAAGGTCCGATTACGTAGCATCGGATCCTGACA"

type weighted struct {
	c byte
	p float64
}

var mixed = []weighted{
	{'a', 0.26}, {'c', 0.13}, {'g', 0.13}, {'t', 0.26},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var plain = []weighted{
	{'a', 0.31}, {'c', 0.19}, {'g', 0.19}, {'t', 0.31},
}

type out struct {
	h     uint32
	bytes int
}

func (o *out) write(b []byte) {
	h := o.h
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	o.h = h
	o.bytes += len(b)
}

var seed uint32 = 42

const (
	im = 139968
	ia = 3877
	ic = 29573
)

func random(max float64) float64 {
	seed = (seed*ia + ic) % im
	return max * float64(seed) / im
}

func repeat(o *out, header string, count int) {
	o.write([]byte(header))
	unit := []byte(repeatUnit)
	line := make([]byte, lineWidth+1)
	pos := 0
	for count > 0 {
		w := lineWidth
		if count < w {
			w = count
		}
		for i := 0; i < w; i++ {
			line[i] = unit[pos]
			pos++
			if pos == len(unit) {
				pos = 0
			}
		}
		line[w] = '\n'
		o.write(line[:w+1])
		count -= w
	}
}

func randomSeq(o *out, header string, table []weighted, count int) {
	o.write([]byte(header))
	cum := make([]float64, len(table))
	acc := 0.0
	for i, t := range table {
		acc += t.p
		cum[i] = acc
	}
	cum[len(cum)-1] = 1.0
	line := make([]byte, lineWidth+1)
	for count > 0 {
		w := lineWidth
		if count < w {
			w = count
		}
		for i := 0; i < w; i++ {
			r := random(1.0)
			k := 0
			for cum[k] < r {
				k++
			}
			line[i] = table[k].c
		}
		line[w] = '\n'
		o.write(line[:w+1])
		count -= w
	}
}

func main() {
	o := &out{h: 2166136261}
	repeat(o, ">ONE repeated\n", 2*n)
	randomSeq(o, ">TWO weighted, 15 codes\n", mixed, 3*n)
	randomSeq(o, ">THREE weighted, 4 codes\n", plain, 5*n)
	println("fasta bytes:", o.bytes, "fnv:", o.h)
}
