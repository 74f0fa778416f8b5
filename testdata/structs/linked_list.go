package main

type List struct {
	head *node
	size int
}

type node struct {
	v    int
	next *node
}

func (l *List) PushFront(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &node{v: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.next != nil {
		cur = cur.next
	}
	cur.next = n
}

func (l *List) Reverse() {
	var prev *node
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			s += " "
		}
		s += itoa(n.v)
	}
	return s + "]"
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b []byte
	for v > 0 {
		b = append([]byte{byte('0' + v%10)}, b...)
		v /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func main() {
	var l List
	for i := 0; i < 5; i++ {
		l.PushFront(i)
		l.PushBack(-i * 10)
	}
	println(l.String(), l.size)
	l.Reverse()
	println(l.String())
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(v)
	}
	root.Walk(func(v int) { print(v, " ") })
	println()
	println("height", root.Height())
}
