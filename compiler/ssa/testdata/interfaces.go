package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }
func (r *Rect) Scale(k int)  { r.w *= k; r.h *= k }

type Square struct{ Rect }

func (s Square) Name() string { return "square" }

type Counter struct{ n int }

func (c *Counter) Area() int    { c.n++; return c.n }
func (c *Counter) Name() string { return "counter" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "code " + string(rune('0'+e.code)) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{7}
}

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + string(rune('0'+v))
	case string, bool:
		return "string or bool"
	case Shape:
		return "shape " + v.Name()
	default:
		return "other"
	}
}

type Celsius float64

func (c Celsius) Double() Celsius { return c * 2 }

func main() {
	shapes := []Shape{Rect{2, 3}, Square{Rect{2, 2}}, &Counter{}, &Rect{1, 1}}
	total := 0
	for _, s := range shapes {
		total += s.Area()
		print(s.Name(), " ")
	}
	println(total)
	c := shapes[2]
	c.Area()
	println(c.Area())
	if r, ok := shapes[0].(Rect); ok {
		println("rect", r.w, r.h)
	}
	_, isSq := shapes[0].(Square)
	println(isSq)
	if err := find(false); err != nil {
		println("error:", err.Error())
	}
	println(find(true) == nil)
	println(describe(nil), describe(3), describe("s"), describe(true), describe(Rect{1, 2}), describe(1.5))

	// method values and expressions
	r := &Rect{3, 4}
	scale := r.Scale
	scale(2)
	area := Rect.Area
	pscale := (*Rect).Scale
	pscale(r, 10)
	println(r.w, r.h, area(*r), Shape.Name(Square{}))
	println(Celsius(1.5).Double())

	// maps
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	v, ok := m["z"]
	println(len(m), m["a"], v, ok)
	delete(m, "b")
	keys := 0
	for k, val := range m {
		keys += len(k) + val
	}
	println(len(m), keys)
	counts := map[rune]int{}
	for _, ch := range "hello" {
		counts[ch]++
	}
	println(counts['l'], counts['h'], counts['z'])
	type point struct{ x, y int }
	seen := map[point]bool{{1, 2}: true}
	println(seen[point{1, 2}], seen[point{2, 1}])
}
