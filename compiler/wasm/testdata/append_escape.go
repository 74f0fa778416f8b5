package main

var keep []int

func show(s []int) {
	println(len(s), cap(s))
}

func store(n int) {
	var s []int
	s = append(s, n)
	keep = s
}

func local() {
	var s []int
	s = append(s, 1)
	show(s)
	var b []byte
	b = append(b, 'x')
	println(cap(b))
}

func main() {
	local()
	store(5)
	println(cap(keep))
	var t []int
	for i := 0; i < 5; i++ {
		t = append(t, i)
		print(cap(t), " ")
	}
	println()
	u := append([]int(nil), 1, 2)
	show(u)
}
