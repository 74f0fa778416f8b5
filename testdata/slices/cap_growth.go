package main

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	var b []byte
	last = -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			println("bytes len", len(b), "cap", cap(b))
			last = cap(b)
		}
	}
	x := make([]int, 5, 5)
	x = append(x, 1, 2, 3, 4, 5, 6, 7)
	println(len(x), cap(x))
}
