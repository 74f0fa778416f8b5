package main

type Counter interface {
	Inc() int
	Get() int
}

type Val struct{ n int }

func (v Val) Inc() int  { v.n++; return v.n }
func (v Val) Get() int  { return v.n }

type Ptr struct{ n int }

func (p *Ptr) Inc() int { p.n++; return p.n }
func (p *Ptr) Get() int { return p.n }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panicked:", r.(error).Error())
		}
	}()
	f()
}

func apply(fs []func() int) (sum int) {
	for _, f := range fs {
		sum += f()
	}
	return
}

func main() {
	v := Val{10}
	var c Counter = v
	inc := c.Inc
	v.n = 100
	println(inc(), inc(), c.Get(), v.n)

	p := &Ptr{10}
	c = p
	pinc := c.Inc
	println(pinc(), pinc(), p.n)
	p.n = 50
	println(pinc(), c.Get())

	get := Counter.Get
	println(get(Val{7}), get(&Ptr{8}))
	incE := Counter.Inc
	pp := &Ptr{1}
	incE(pp)
	incE(pp)
	println(pp.n)

	fs := []func() int{}
	for i := 0; i < 4; i++ {
		var cc Counter
		if i%2 == 0 {
			cc = Val{i}
		} else {
			cc = &Ptr{i * 10}
		}
		fs = append(fs, cc.Inc, cc.Get)
	}
	println("apply", apply(fs))

	try("method value of nil interface", func() {
		var nc Counter
		f := nc.Get
		println("not reached", f())
	})
	try("call on nil interface", func() {
		var nc Counter
		println("not reached", nc.Get())
	})
	try("assert nil to its own type", func() {
		var nc Counter
		_ = nc.(Counter)
	})
	try("method expression on nil", func() {
		var nc Counter
		println(Counter.Get(nc))
	})
	var np *Ptr
	c = np
	try("nil pointer inside interface", func() {
		println(c != nil)
		println(c.Get())
	})
}
