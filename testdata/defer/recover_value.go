package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr " + string(rune('0'+e.code)) }

func catchString() (s string) {
	defer func() {
		s = recover().(string)
	}()
	panic("boom")
}

func catchInt() (n int) {
	defer func() {
		n = recover().(int) + 1
	}()
	panic(41)
}

func catchError() (msg string) {
	defer func() {
		if err, ok := recover().(error); ok {
			msg = err.Error()
		}
	}()
	var e error = &MyErr{7}
	panic(e)
}

func nothing() (got bool) {
	defer func() {
		got = recover() != nil
	}()
	return false
}

func main() {
	println(catchString())
	println(catchInt())
	println(catchError())
	println(nothing())
	println("done")
}
