package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Stringer interface {
	String() string
}

type NamedShape interface {
	Shape
	Stringer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square int
type Triangle struct {
	A, B, C float64
	label   string
}

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r Rect) String() string      { return "Rect(" + ftoa(r.W) + "x" + ftoa(r.H) + ")" }
func (c *Circle) Area() float64    { return 3.14159 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (c *Circle) String() string   { return "Circle(" + ftoa(c.R) + ")" }
func (s Square) Area() float64     { return float64(s) * float64(s) }
func (s Square) Perimeter() float64 { return 4 * float64(s) }
func (s Square) String() string    { return "Square(" + itoa(int(s)) + ")" }
func (t *Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) String() string     { return "Triangle " + t.label }

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z = z - (z*z-x)/(2*z)
	}
	return z
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func ftoa(f float64) string {
	whole := int(f)
	frac := int((f - float64(whole)) * 100)
	if frac < 0 {
		frac = -frac
	}
	s := itoa(whole) + "."
	if frac < 10 {
		s += "0"
	}
	return s + itoa(frac)
}

func largest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func sortByArea(shapes []NamedShape) {
	for i := 1; i < len(shapes); i++ {
		for j := i; j > 0 && shapes[j].Area() < shapes[j-1].Area(); j-- {
			shapes[j], shapes[j-1] = shapes[j-1], shapes[j]
		}
	}
}

func describe(s Stringer) string { return "<" + s.String() + ">" }

func main() {
	shapes := []NamedShape{
		Rect{3, 4},
		&Circle{2},
		Square(5),
		&Triangle{3, 4, 5, "right"},
		Rect{1, 10},
	}
	total := 0.0
	for i, s := range shapes {
		println(i, s.String(), ftoa(s.Area()), ftoa(s.Perimeter()))
		total += s.Area()
	}
	println("total area", ftoa(total))
	sortByArea(shapes)
	for _, s := range shapes {
		println(describe(s))
	}
	plain := make([]Shape, 0, len(shapes))
	for _, s := range shapes {
		plain = append(plain, s)
	}
	big := largest(plain)
	if st, ok := big.(Stringer); ok {
		println("largest:", st.String())
	}
	println(largest(nil) == nil)
	var sh Shape = Square(2)
	area := sh.Area
	sh = Square(3)
	println(ftoa(area()), ftoa(sh.Area()))
	str := Stringer.String
	println(str(Rect{2, 2}))
	perim := (*Circle).Perimeter
	println(ftoa(perim(&Circle{1})))
}
