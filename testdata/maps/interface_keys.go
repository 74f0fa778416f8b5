package main

// Maps with interface keys: the dynamic type is part of the key, values of
// different dynamic types never collide.

type Name string

type Pt struct{ X, Y int }

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[Name("1")] = "Name 1"
	m[Pt{1, 2}] = "Pt"
	m[1.5] = "float"
	m[true] = "bool"
	m[nil] = "nil"
	m[[2]int{1, 2}] = "array"
	println(len(m))
	println(m[1], "|", m[int64(1)], "|", m["1"], "|", m[Name("1")], "|", m[Pt{1, 2}], "|", m[1.5], "|", m[true], "|", m[nil], "|", m[[2]int{1, 2}])
	_, ok := m[int32(1)]
	println(ok, m[Pt{2, 1}] == "")
	m[1] += "!"
	delete(m, "1")
	println(m[1], len(m))

	shapes := map[Shape]int{}
	r := &Rect{2, 3}
	shapes[Sq{2}] = 1
	shapes[Sq{3}] = 2
	shapes[r] = 3
	shapes[&Rect{2, 3}] = 4
	shapes[Sq{2}] += 10
	println(len(shapes), shapes[Sq{2}], shapes[r], shapes[Sq{4}])
	total := 0
	for s, v := range shapes {
		total += s.Area() * v
	}
	println(total)

	type key struct {
		a any
		n int
	}
	km := map[key]int{}
	km[key{"x", 1}]++
	km[key{"x", 1}]++
	km[key{1, 1}]++
	println(len(km), km[key{"x", 1}])

	zero := 0.0
	nm := map[any]int{}
	nm[zero/zero] = 1
	nm[zero/zero] = 2
	nm[-zero] = 3
	nm[zero] = 4
	println(len(nm), nm[0.0])
}
