package main

type ParseError struct {
	line int
	msg  string
}

func (e *ParseError) Error() string {
	return "line " + string(rune('0'+e.line)) + ": " + e.msg
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func parse(line int) {
	defer println("parse cleanup", line)
	if line == 3 {
		panic(&ParseError{line, "unexpected token"})
	}
}

func stringer() (s string) {
	defer func() {
		if c, ok := recover().(Color); ok {
			s = "recovered color " + c.String()
		}
	}()
	panic(Color(2))
}

func main() {
	println(stringer())
	defer println("main cleanup")
	for i := 1; i <= 4; i++ {
		parse(i)
	}
}
