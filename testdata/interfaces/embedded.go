package main

type Animal interface {
	Sound() string
	Legs() int
}

type Pet interface {
	Animal
	Owner() string
}

type Base struct {
	legs int
}

func (b Base) Legs() int         { return b.legs }
func (b *Base) SetLegs(n int)    { b.legs = n }

type Dog struct {
	Base
	owner string
}

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Owner() string  { return d.owner }

type Bird struct {
	*Base
	song string
}

func (b Bird) Sound() string { return b.song }

type Logger interface{ Log(string) }
type LoggerFunc func(string)

func (f LoggerFunc) Log(s string) { f(s) }

type Service struct {
	Logger
	name string
}

type Counter struct {
	n int
}

func (c *Counter) Log(s string) { c.n += len(s) }

type Legger interface{ Legs() int }

func describe(a Animal) {
	println(a.Sound(), a.Legs())
	if p, ok := a.(Pet); ok {
		println("  owned by", p.Owner())
	}
}

func main() {
	d := Dog{Base{4}, "ann"}
	describe(d)
	b := Bird{&Base{2}, "tweet"}
	describe(b)
	b.SetLegs(1)
	describe(b)
	var pd *Dog = &d
	pd.SetLegs(3)
	describe(pd)
	var p Pet = pd
	var a Animal = p
	println(a.Legs(), p.Owner())
	var l Legger = a
	println(l.Legs())

	prefix := "log: "
	s := Service{LoggerFunc(func(m string) { println(prefix + m) }), "svc"}
	s.Log("started " + s.name)
	var lg Logger = s
	lg.Log("via interface")
	c := &Counter{}
	s2 := Service{c, "counted"}
	s2.Log("abc")
	s2.Logger.Log("defg")
	var lg2 Logger = &s2
	lg2.Log("hi")
	println(c.n)
	type local struct{ Dog }
	var x Animal = local{Dog{Base{6}, "zed"}}
	describe(x)
}
