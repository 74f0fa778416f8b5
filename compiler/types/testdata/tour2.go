// tour2.go exercises embedding, interfaces, closures, maps, select and labels (checked clean by go build).
package main

type Animal interface{ Sound() string }

type Base struct{ name string }

func (b *Base) Sound() string { return b.name }

type Dog struct {
	*Base
	Animal2 Animal
}

type Logger interface{ Log(string) }

type Service struct {
	Logger
	count int
}

type nopLogger struct{}

func (nopLogger) Log(string) {}

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Celsius float64
type Temp = Celsius

const greeting string = "hi"

type Op func(int, int) int

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func swap(a, b *int) { *a, *b = *b, *a }

func variadicNames(prefix string, names ...string) int { return len(prefix) + len(names) }

func main() {
	var a Animal = Dog{Base: &Base{"rex"}}
	println(a.Sound())
	s := Service{Logger: nopLogger{}}
	s.Log("x")
	s.count++
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(10))
	p := Point{1, 2}.Add(Point{3, 4})
	println(p.X, p == Point{4, 6})
	var t Temp = 3
	var c Celsius = t
	println(float64(c))
	x, y := 1, 2
	swap(&x, &y)
	println(x, y, greeting+"!")
	var ops = map[string]Op{"add": func(a, b int) int { return a + b }}
	if op, ok := ops["add"]; ok {
		println(op(1, 2))
	}
	inc := func(x int) int { return x + 1 }
	println(compose(inc, inc)(1))
	println(variadicNames("a"), variadicNames("a", "b", "c"))
	arr := [2][2]int{{1, 2}, {3, 4}}
	arr2 := arr
	println(arr == arr2)
	str := "héllo"
	for i := range str {
		_ = str[i]
	}
	for i := range len(str) {
		_ = i
	}
	var iface interface{} = p
	switch v := iface.(type) {
	case Point:
		println(v.X)
	case *Point, nil:
		println(v == nil)
	}
	type pair struct {
		k string
		v int
	}
	pairs := []pair{{"a", 1}, {k: "b"}}
	println(len(pairs), pairs[1].v)
	var ln = 3
	println(ln)
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range ch {
			println(v)
		}
	}()
	select {
	case ch <- 1:
	case <-done:
	default:
	}
	close(ch)
	<-done
	var u8 uint8 = 200
	var sh = u8 >> 1 << 1
	println(sh, 1<<u8 == 0)
	m := map[Point][]string{}
	m[Point{}] = append(m[Point{}], "z")
	ptr := &m
	println(len(*ptr))
	bs := []byte{'a', 'b'}
	rs := []rune(string(bs))
	println(string(rs[0]), cap(bs[:1]))
	var e error
	if e != nil {
		println(e.Error())
	}
	const f = 1.0
	var ii int = f
	println(ii, 7.0/2, 7/2)
	lbl := 0
Outer:
	for {
		switch {
		case lbl > 2:
			break Outer
		default:
			lbl++
			continue Outer
		}
	}
}
