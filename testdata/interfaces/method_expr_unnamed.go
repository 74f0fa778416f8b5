package main

// Method expressions on unnamed struct types with promoted methods: each
// type gets its own thunk (struct{ Mer } and struct{ MyMer } differ), also
// through type parameters and for types declared in functions.

type Mer interface{ M() string }

type MyMer int

func (m MyMer) M() string { return "MyMer" }

type Other struct{}

func (Other) M() string { return "Other" }

func call[T Mer](t T) string { return T.M(t) + "/" + t.M() }

func main() {
	mm := MyMer(3)
	a := struct{ Mer }{mm}
	b := struct{ MyMer }{mm}
	c := struct{ *MyMer }{&mm}
	d := struct{ Other }{}
	println(struct{ Mer }.M(a), struct{ MyMer }.M(b), struct{ *MyMer }.M(c), struct{ Other }.M(d))
	println((*struct{ Mer }).M(&a), (*struct{ MyMer }).M(&b), (*struct{ Other }).M(&d))
	println(call(a), call(b), call(c), call(d), call(&a), call(&b), call(&d))
	type Local struct{ Other }
	println(Local.M(Local{}), call(Local{}))
	f := struct{ Other }.M
	g := struct{ MyMer }.M
	println(f(d), g(b))
}
