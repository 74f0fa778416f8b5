package main

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "my error " + string(rune('0'+e.Code)) }

type Color int

func (c Color) String() string { return []string{"red", "green"}[c] }

type Temp float64

func try(i int) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			println("recovered error:", err.Error())
			return
		}
		if s, ok := r.(interface{ String() string }); ok {
			println("recovered stringer:", s.String())
			return
		}
		switch v := r.(type) {
		case string:
			println("recovered string:", v)
		case Temp:
			println("recovered temp:", float64(v))
		}
	}()
	switch i {
	case 0:
		panic(&MyErr{7})
	case 1:
		panic(Color(1))
	case 2:
		panic("plain")
	case 3:
		panic(Temp(36.6))
	}
}

func main() {
	for i := 0; i < 4; i++ {
		try(i)
	}
	panic(&MyErr{3})
}
