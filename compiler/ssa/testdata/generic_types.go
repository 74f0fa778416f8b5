package main

// Generic types by instantiation: a Stack and a linked List with value and
// pointer methods, methods calling each other and generic functions, a
// generic map-backed Set with comparable keys, a Pair of two type
// parameters, instances boxed in interfaces, method values and method
// expressions of instances, embedding an instance, and a method called on a
// type-parameter value through its constraint.

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Reverse() *List[T] {
	r := &List[T]{}
	l.Each(r.Push)
	return r
}

func (l List[T]) Len() int { return l.size }

type Set[K comparable] struct {
	m map[K]struct{}
}

func NewSet[K comparable](keys ...K) *Set[K] {
	s := &Set[K]{m: make(map[K]struct{})}
	for _, k := range keys {
		s.Add(k)
	}
	return s
}

func (s *Set[K]) Add(k K) { s.m[k] = struct{}{} }

func (s *Set[K]) Has(k K) bool {
	_, ok := s.m[k]
	return ok
}

func (s *Set[K]) Len() int { return len(s.m) }

type Point struct{ X, Y int }

type Pair[A any, B comparable] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, int] { return Pair[B, int]{p.Second, 7} }

func MakePair[A any, B comparable](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

type Lener interface{ Len() int }

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return "name:" + string(n) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

type Named struct {
	Stack[string]
	label string
}

type Tree[T interface{ ~int | ~string }] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if v < t.val {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.val)
	t.right.Walk(f)
}

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	println(s.Len())
	for {
		x, ok := s.Pop()
		if !ok {
			break
		}
		print(x, " ")
	}
	println()
	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	top, _ := ss.Pop()
	println(top, ss.Len())

	l := &List[string]{}
	for _, w := range []string{"x", "y", "z"} {
		l.Push(w)
	}
	l.Each(func(v string) { print(v) })
	println()
	l.Reverse().Each(func(v string) { print(v) })
	println(" len", l.Len())
	lp := &List[Point]{}
	lp.Push(Point{1, 2})
	lp.Push(Point{3, 4})
	sum := 0
	lp.Each(func(p Point) { sum += p.X * p.Y })
	println(sum)

	set := NewSet("a", "b", "a")
	println(set.Len(), set.Has("a"), set.Has("c"))
	ps := NewSet(Point{1, 1}, Point{1, 1}, Point{2, 1})
	println(ps.Len(), ps.Has(Point{2, 1}), ps.Has(Point{1, 2}))
	ks := NewSet[any](1, "1", 1, Point{})
	println(ks.Len(), ks.Has(1), ks.Has(int64(1)))

	p := MakePair(1.5, "one")
	q := p.Swap()
	println(p.First, p.Second, q.First, q.Second)
	pp := Pair[Pair[int, string], bool]{Pair[int, string]{1, "x"}, true}
	println(pp.First.Second, pp.Second, pp == Pair[Pair[int, string], bool]{Pair[int, string]{1, "x"}, true})

	var ls []Lener = []Lener{s, l, Stack[bool]{items: []bool{true}}, &List[int]{size: 5}, set}
	for _, x := range ls {
		print(x.Len(), " ")
	}
	println()

	push := ss.Push
	push("c")
	push("d")
	pop := (*Stack[string]).Pop
	v, ok := pop(ss)
	println(v, ok, ss.Len(), Stack[string].Len(*ss))

	println(JoinAll([]Name{"a", "b"}))

	n := Named{label: "n"}
	n.Push("first")
	n.Push("second")
	var ln Lener = n
	var lnp Lener = &n
	println(n.Len(), ln.Len(), lnp.Len(), n.label)

	var t *Tree[int]
	for _, v := range []int{5, 2, 8, 1, 9, 3} {
		t = t.Insert(v)
	}
	t.Walk(func(v int) { print(v, " ") })
	println()
	var ts *Tree[Name]
	for _, v := range []Name{"m", "c", "x"} {
		ts = ts.Insert(v)
	}
	ts.Walk(func(v Name) { print(v.String(), " ") })
	println()
}
