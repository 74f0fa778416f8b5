package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Person struct {
	name string
	age  int
	tags []string
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func moved(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	println(p.X, p.Y, q.X, q.Y)
	r := Rect{Min: Point{0, 0}, Max: Point{4, 3}, Name: "box"}
	println(r.Name, area(r))
	r.Max.X = 10
	println(area(r))
	p2 := moved(p, 5)
	println(p.X, p2.X)
	println(p == Point{1, 2}, p != p2)
	var z Person
	println(z.name == "", z.age, len(z.tags), z.tags == nil)
	alice := Person{name: "Alice", age: 30}
	alice.tags = append(alice.tags, "admin", "dev")
	bob := alice
	bob.name = "Bob"
	bob.age++
	println(alice.name, alice.age, bob.name, bob.age, len(bob.tags))
	anon := struct {
		a int
		b string
	}{7, "seven"}
	println(anon.a, anon.b)
	people := []Person{{"Ann", 20, nil}, {"Ben", 31, nil}}
	people[1].age += 10
	for _, pp := range people {
		println(pp.name, pp.age)
	}
	type Empty struct{}
	var e1, e2 Empty
	println(e1 == e2)
	arr := [2]Point{{1, 1}, {2, 2}}
	arr[0].X = 9
	println(arr[0].X, arr[1].Y)
}
