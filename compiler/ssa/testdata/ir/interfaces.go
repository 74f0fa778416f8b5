// Interfaces: construction, dynamic calls, comma-ok and panicking assertions,
// a type switch, and a promoted method through embedding (a wrapper).
package main

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Square struct{ Rect }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 0 {
			return "positive"
		}
		return "int"
	case Shape:
		return "shape"
	default:
		return "other"
	}
}

func main() {
	var s Shape = Square{Rect{2, 2}}
	total := s.Area()
	if r, ok := s.(Rect); ok {
		total += r.W
	}
	sq := s.(Square)
	println(total, sq.W, describe(3), describe(s), describe(nil), describe("x"))
}
