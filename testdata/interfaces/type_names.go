package main

type T struct{ A int }
type E string
type G interface{ M() }
type Fn func(int, ...string) (bool, error)

func (T) M() {}

func (e E) Error() string { return string(e) }

type E2 struct{}

func (*E2) Error() string { return "e2" }

func check(v any) {
	defer func() {
		r := recover()
		println(r.(error).Error())
	}()
	_ = v.(int8)
}

func checkG(v any) {
	defer func() {
		if r := recover(); r != nil {
			println(r.(error).Error())
		} else {
			println("ok")
		}
	}()
	_ = v.(G)
}

func checkErr(e error) {
	defer func() {
		if r := recover(); r != nil {
			println(r.(error).Error())
		}
	}()
	_ = e.(E)
}

func main() {
	var ch chan int
	var rch <-chan string
	var sch chan<- []byte
	values := []any{
		nil, 1, uint8(2), 'r', "s", 1.5, float32(1), complex(1, 2), true, uintptr(1),
		T{}, &T{}, []T{}, [3]*T{}, E("e"), []byte("x"), map[string][]int{}, map[T]bool{},
		ch, rch, sch, func() {}, func(int) string { return "" }, Fn(nil),
		func(a, b int, c ...any) (int, error) { return 0, nil },
		struct{}{}, struct {
			X int
			Y string `json:"y"`
		}{}, struct{ T }{}, []any{}, []error{}, []G{}, [2]interface{ M() }{}, new(any),
		struct{ f func() }{},
	}
	for _, v := range values {
		check(v)
	}
	checkG(1)
	checkG("x")
	checkG(nil)
	checkG(T{})
	checkErr(nil)
	checkErr(&E2{})
	checkErr(E("fine"))
	var g G
	checkG(g)
}
