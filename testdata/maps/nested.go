package main

// Maps of maps, of slices and of structs; updates through m[k][j], m[k] op= v
// and appends to m[k].

type Stats struct {
	Count int
	Sum   float64
	Names []string
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	graph := map[string]map[string]int{}
	edges := []string{"a-b", "a-c", "b-c", "c-a", "d-a", "a-b"}
	for _, e := range edges {
		from, to := e[:1], e[2:]
		if graph[from] == nil {
			graph[from] = map[string]int{}
		}
		graph[from][to]++
	}
	var froms []string
	for f := range graph {
		froms = append(froms, f)
	}
	sortStrings(froms)
	for _, f := range froms {
		var tos []string
		for t := range graph[f] {
			tos = append(tos, t)
		}
		sortStrings(tos)
		line := f + ":"
		for _, t := range tos {
			line += " " + t
			for i := 0; i < graph[f][t]; i++ {
				line += "*"
			}
		}
		println(line, len(graph[f]))
	}
	println(graph["zz"]["a"], len(graph["zz"]))

	buckets := map[int][]int{}
	for i := 0; i < 30; i++ {
		buckets[i%4] = append(buckets[i%4], i*i)
	}
	for k := 0; k < 5; k++ {
		b := buckets[k]
		s := 0
		for _, v := range b {
			s += v
		}
		println(k, len(b), s, b == nil)
	}
	var ks []int
	for k := range buckets {
		ks = append(ks, k)
	}
	sortInts(ks)
	println(len(ks), ks[0], ks[len(ks)-1])

	stats := map[string]Stats{}
	data := []struct {
		g string
		v float64
		n string
	}{{"x", 1.5, "p"}, {"y", 2, "q"}, {"x", 3, "r"}, {"x", 0.5, "s"}}
	for _, d := range data {
		st := stats[d.g]
		st.Count++
		st.Sum += d.v
		st.Names = append(st.Names, d.n)
		stats[d.g] = st
	}
	println(stats["x"].Count, stats["x"].Sum == 5, len(stats["x"].Names), stats["x"].Names[2], stats["y"].Count, stats["w"].Count)

	ptrs := map[string]*Stats{"a": {Count: 1}}
	ptrs["a"].Count += 41
	println(ptrs["a"].Count, ptrs["b"] == nil)

	deep := map[int]map[int]map[int]bool{}
	for i := 0; i < 3; i++ {
		deep[i] = map[int]map[int]bool{}
		for j := 0; j < 3; j++ {
			deep[i][j] = map[int]bool{i * j: true}
		}
	}
	cnt := 0
	for _, a := range deep {
		for _, b := range a {
			for k, v := range b {
				if v {
					cnt += k
				}
			}
		}
	}
	println("deep", cnt, deep[2][2][4], deep[2][2][5])

	sets := map[bool]map[rune]struct{}{}
	for _, r := range "hello, world" {
		lower := r >= 'a' && r <= 'z'
		if sets[lower] == nil {
			sets[lower] = make(map[rune]struct{})
		}
		sets[lower][r] = struct{}{}
	}
	_, hasL := sets[true]['l']
	_, hasX := sets[true]['x']
	println(len(sets[true]), len(sets[false]), hasL, hasX)
}
