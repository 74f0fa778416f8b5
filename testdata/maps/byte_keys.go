package main

// Keys converted from byte slices (m[string(b)]): lookups and insertions
// must see the bytes at the time of the map operation, and inserted keys
// must not change when the slice is modified later.

func main() {
	b := []byte("hello world hello")
	m := map[string]int{}
	for i := 0; i+5 <= len(b); i++ {
		m[string(b[i:i+5])]++
	}
	b[0] = 'X'
	println(len(m), m["hello"], m[string(b[0:5])], m["Xello"])
	k := string(b[12:17])
	b[12] = 'Y'
	println(k, m[k])
	v, ok := m[string(b[6:11])]
	println(v, ok)
	delete(m, string(b[6:11]))
	m[string(b[1:3])] = 7
	b[1] = 'Z'
	println(m["el"], len(m))
	for k := range m {
		if k == "el" {
			println("found el")
		}
	}
}
