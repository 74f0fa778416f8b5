package main

type Color int

func (c Color) String() string { return []string{"red", "green", "blue"}[c] }

type Celsius float64

func main() {
	var v any = Celsius(21.5)
	if c, ok := v.(Celsius); ok {
		println(float64(c))
	}
	panic(Color(2))
}
