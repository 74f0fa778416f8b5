package main

// recover() in a method reached by a deferred interface method call stops
// the panic: pointer and value receivers, promoted methods (through the
// method-set wrappers), and big value receivers; a recover one call further
// down does not.

type I interface{ M() }

type P struct{ n int }

func (p *P) M() { report("pointer", recover()) }

type V int

func (V) M() { report("value", recover()) }

type Big struct{ a, b, c, d, e int }

func (Big) M() { report("big", recover()) }

type Outer struct{ V }

type OuterPtr struct{ *P }

type Deep struct{}

func (Deep) M() { helper() }

func helper() { report("deep (must be nil)", recover()) }

func report(what string, r any) {
	if r == nil {
		println(what, "recovered nothing")
		return
	}
	println(what, "recovered", r.(string))
}

func run(name string, i I) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "still panicking:", r.(string))
		}
	}()
	func() {
		defer i.M()
		panic(name)
	}()
	println(name, "returned normally")
}

func main() {
	run("pointer", &P{})
	run("value", V(1))
	run("big", Big{})
	run("promoted", Outer{})
	run("promoted-ptr", OuterPtr{&P{}})
	run("promoted-via-ptr", &Outer{})
	run("deep", Deep{})
	var nilI I
	func() {
		defer func() { println("nil interface:", recover() != nil) }()
		defer nilI.M() // panics here, at the defer statement
		println("not reached")
	}()

}
