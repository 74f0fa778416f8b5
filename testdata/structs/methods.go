package main

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int {
	return c.n
}

func (c *Counter) Inc() {
	c.n++
}

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func (c Counter) WithName(s string) Counter {
	c.name = s
	return c
}

type Celsius float64

func (c Celsius) F() float64 {
	return float64(c)*9/5 + 32
}

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) {
	*l = append(*l, v)
}

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack) Len() int { return len(s.items) }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	println(c.Value())
	c.Add(5).Add(10).Inc()
	println(c.Value())
	d := c.WithName("d")
	println(c.name, d.name, d.n)
	pc := &c
	pc.Inc()
	println(pc.Value(), c.n)
	var t Celsius = 100
	println(t.F(), Celsius(-40).F())
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(39)
	println(l.Sum(), len(l))
	var s Stack
	for i := 0; i < 4; i++ {
		s.Push(i * 11)
	}
	println("len", s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		print(v, " ")
	}
	println()
	counters := []Counter{{"a", 1}, {"b", 2}}
	for i := range counters {
		counters[i].Inc()
	}
	println(counters[0].n, counters[1].n)
	f := c.Value
	c.Inc()
	println(f(), c.Value())
	g := pc.Inc
	g()
	g()
	println(c.n)
}
