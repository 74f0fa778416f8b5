package main

// Growth to 100k entries with checksums, then deleting half and re-adding,
// with int, uint32, string and pointer keys.

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func main() {
	const N = 100000
	m := make(map[int]int)
	for i := 0; i < N; i++ {
		m[i*7919] = i
	}
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	println(len(m), sum)
	found := 0
	for i := 0; i < 2*N; i++ {
		if _, ok := m[i*7919]; ok {
			found++
		}
	}
	println("found", found)
	for i := 0; i < N; i += 2 {
		delete(m, i*7919)
	}
	println("after delete", len(m))
	for i := 0; i < N; i += 4 {
		m[i*7919] = -i
	}
	sum = 0
	for _, v := range m {
		sum += v
	}
	println(len(m), sum)

	s := make(map[string]int, 10)
	for i := 0; i < N/4; i++ {
		s["key"+itoa(i)] = i
	}
	total := 0
	for i := 0; i < N/4; i += 3 {
		total += s["key"+itoa(i)]
	}
	println(len(s), total, s["key24999"], s["key25000"])

	u := map[uint32]uint8{}
	for i := uint32(0); i < 70000; i++ {
		u[i*2654435761] = uint8(i)
	}
	var x uint64
	for k, v := range u {
		x += uint64(k) * uint64(v)
	}
	println(len(u), x)

	type node struct{ id int }
	nodes := make([]*node, 1000)
	pm := map[*node]int{}
	for i := range nodes {
		nodes[i] = &node{i}
		pm[nodes[i]] = i * i
	}
	ps := 0
	for p, v := range pm {
		ps += v - p.id*p.id
	}
	println(len(pm), ps, pm[nodes[999]], pm[&node{1}])
}
