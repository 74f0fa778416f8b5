package main

type Celsius float64
type Point struct{ X, Y int }
type Named interface{ Name() string }
type Dog struct{ name string }

func (d Dog) Name() string { return "dog " + d.name }

type Op func(int, int) int

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		if x < 0 {
			return "negative int"
		}
		return "int"
	case int8, int16, int32, int64:
		return "sized int"
	case uint, uint8, uint16, uint32, uint64, uintptr:
		return "unsigned"
	case float32, float64:
		return "float"
	case Celsius:
		if x > 30 {
			return "hot celsius"
		}
		return "celsius"
	case string:
		return "string of " + itoa(len(x))
	case bool:
		if x {
			return "true"
		}
		return "false"
	case []int:
		return "slice of " + itoa(len(x))
	case [3]int:
		return "array " + itoa(x[0]+x[1]+x[2])
	case map[string]int:
		return "map of " + itoa(len(x))
	case Point:
		return "point " + itoa(x.X) + "," + itoa(x.Y)
	case *Point:
		if x == nil {
			return "nil *Point"
		}
		return "*point " + itoa(x.X)
	case Named:
		return "named " + x.Name()
	case func() int:
		return "func returning " + itoa(x())
	case Op:
		return "op " + itoa(x(6, 7))
	case error:
		return "error " + x.Error()
	case struct{ A, B int }:
		return "anon struct " + itoa(x.A*x.B)
	default:
		return "other"
	}
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

type myErr struct{}

func (myErr) Error() string { return "mine" }

func kind(vs ...any) int {
	n := 0
	for _, v := range vs {
		switch v.(type) {
		case int, string:
			n++
		case nil:
			n += 100
		}
	}
	return n
}

func main() {
	var np *Point
	values := []any{
		nil, 42, -1, int8(1), int64(2), uint(3), byte(4), uintptr(5),
		1.5, float32(2.5), Celsius(20), Celsius(35), "hello", true, false,
		[]int{1, 2}, [3]int{1, 2, 3}, map[string]int{"a": 1}, Point{1, 2}, &Point{3, 4}, np,
		Dog{"rex"}, func() int { return 9 }, Op(func(a, b int) int { return a * b }),
		myErr{}, struct{ A, B int }{3, 4}, struct{ C int }{1}, complex(1, 2), 'x',
	}
	for i, v := range values {
		println(i, classify(v))
	}
	println(kind(1, "a", nil, 2.0, 3))
	var n Named = Dog{"fido"}
	switch n.(type) {
	case Dog:
		println("a dog")
	}
	var e any = n
	switch v := e.(type) {
	case interface{ Name() string }:
		println("has Name:", v.Name())
	}
}
