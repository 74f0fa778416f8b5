package main

// Assigning to an entry of a nil map panics.

type Registry struct {
	byName map[string]int
}

func (r *Registry) Add(name string, id int) {
	r.byName[name] = id
}

func main() {
	r := &Registry{}
	println("lookup:", r.byName["x"])
	r.Add("x", 1)
	println("unreachable")
}
