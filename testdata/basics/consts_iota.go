package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	FlagRead = 1 << iota
	FlagWrite
	FlagExec
)

const (
	x0 = iota * iota
	x1
	_
	x3
	x4 = "str"
	x5
	x6 = iota + 100
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Big = 1 << 100
const Small = Big >> 98
const greeting = "hello" + ", " + "world"
const typed int32 = 1 << 30

func (d Weekday) weekend() bool {
	return d == Saturday || d == Sunday
}

func main() {
	println(Sunday, Monday, Saturday, Saturday.weekend(), Wednesday.weekend())
	println(KB, MB, GB, TB)
	println(A, B, C, D, E, F)
	println(FlagRead, FlagWrite, FlagExec, FlagRead|FlagExec)
	println(x0, x1, x3, x4, x5, x6)
	println(Pi, float32(Pi), Small, Big/(1<<90))
	println(greeting, len(greeting))
	println(typed, typed/4*2)
	const local = 'x' + 1
	println(local, string(rune(local)))
	const f = 1.0 / 3
	println(f, f*3 == 1)
	const h = 'a'
	var r = h
	var by byte = h
	println(r, by)
}
