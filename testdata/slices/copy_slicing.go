package main

func printAll(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println("| len", len(s), "cap", cap(s))
}

func main() {
	src := []int{1, 2, 3, 4, 5, 6, 7, 8}
	dst := make([]int, 3)
	n := copy(dst, src)
	println("copied", n)
	printAll(dst)
	n = copy(dst, src[6:])
	println("copied", n)
	printAll(dst)
	// overlapping copy
	copy(src[2:], src)
	printAll(src)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	printAll(s[2:5])
	printAll(s[:3])
	printAll(s[7:])
	printAll(s[2:5:6])
	t := s[2:5]
	t = t[:cap(t)]
	printAll(t)
	u := s[3:4]
	u[0] = 333
	println(s[3])
	// reslice beyond len within cap
	v := s[:2]
	v = v[0:5]
	printAll(v)
	b := make([]byte, 5)
	m := copy(b, "hello world")
	println(m, string(b))
	arr := [6]int{1, 2, 3, 4, 5, 6}
	as := arr[1:4]
	as[0] = 20
	println(arr[1], len(as), cap(as))
	full := arr[:]
	printAll(full)
	three := s[1:3:3]
	three = append(three, 42)
	println(s[3], three[2])
	var empty []int
	println(copy(empty, s), len(s[10:]))
}
