package main

type Node struct {
	val  int
	next *Node
}

func inc(p *int) {
	*p++
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func newInt(v int) *int {
	x := v
	return &x
}

func push(head *Node, v int) *Node {
	return &Node{val: v, next: head}
}

func main() {
	x := 10
	p := &x
	*p = 20
	inc(p)
	inc(&x)
	println(x, *p, p == &x)
	a, b := 1, 2
	swap(&a, &b)
	println(a, b)
	n1 := newInt(5)
	n2 := newInt(5)
	println(*n1, *n2, n1 == n2, *n1 == *n2)
	var np *int
	println(np == nil)
	np = new(int)
	println(*np, np != nil)
	*np = 77
	println(*np)
	var head *Node
	for i := 1; i <= 5; i++ {
		head = push(head, i*i)
	}
	for n := head; n != nil; n = n.next {
		print(n.val, " ")
	}
	println()
	pp := &p
	**pp = 99
	println(x)
	arr := [3]int{1, 2, 3}
	ap := &arr[1]
	*ap = 200
	println(arr[1])
	s := []int{1, 2, 3}
	sp := &s[2]
	*sp = 300
	println(s[2])
	type T struct{ a, b int }
	t := &T{1, 2}
	t.b = 5
	fp := &t.a
	*fp = 4
	println(t.a, t.b, (*t).b)
	ps := new(T)
	ps.a = 8
	println(ps.a, ps.b)
	parr := new([4]int)
	parr[2] = 3
	println(len(parr), parr[2])
	ns := new(string)
	*ns = "heap string"
	println(*ns)
}
