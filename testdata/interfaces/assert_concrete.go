package main

type T struct{ A int }

func get(i int) any {
	if i == 0 {
		return T{1}
	}
	return "str"
}

func main() {
	for i := 0; i < 2; i++ {
		t := get(i).(T)
		println("got", t.A)
	}
}
