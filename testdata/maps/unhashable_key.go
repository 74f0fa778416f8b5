package main

// A map with interface keys panics when a key's dynamic type is not comparable.

func main() {
	m := map[any]int{}
	m["ok"] = 1
	println(len(m))
	var k any = []int{1, 2}
	m[k] = 2
	println("unreachable")
}
