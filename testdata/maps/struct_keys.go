package main

// Maps keyed by structs and arrays, including strings, floats and small
// integers inside the key; padding never matters.

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	Tag  int8
	W    float64
	Ok   bool
}

type Pair [2]string

func main() {
	grid := map[Point]string{}
	for x := 0; x < 4; x++ {
		for y := 0; y < 4; y++ {
			if (x+y)%3 == 0 {
				grid[Point{x, y}] = "#"
			}
		}
	}
	println(len(grid))
	for y := 0; y < 4; y++ {
		line := ""
		for x := 0; x < 4; x++ {
			if s, ok := grid[Point{x, y}]; ok {
				line += s
			} else {
				line += "."
			}
		}
		println(line)
	}

	m := make(map[Key]int)
	m[Key{"a", 1, 0.5, true}] = 1
	m[Key{"a", 1, 0.5, false}] = 2
	m[Key{"a", 2, 0.5, true}] = 3
	m[Key{"b", 1, 0.5, true}] = 4
	m[Key{"a", 1, 0.5, true}] += 10
	k := Key{Name: "a" + "", Tag: 1, W: 1.0 / 2, Ok: true}
	println(len(m), m[k], m[Key{"b", 1, 0.5, true}], m[Key{"c", 1, 0.5, true}])
	// -0 and +0 fields make the same key
	neg := 0.0
	neg = -neg
	m[Key{"z", 0, neg, false}] = 5
	m[Key{"z", 0, 0, false}]++
	println(len(m), m[Key{"z", 0, 0, false}])
	delete(m, Key{"a", 2, 0.5, true})
	println(len(m))

	pairs := map[Pair]int{}
	words := []string{"x", "y", "x", "z", "y", "x"}
	for i := 0; i+1 < len(words); i++ {
		pairs[Pair{words[i], words[i+1]}]++
	}
	println(len(pairs), pairs[Pair{"x", "y"}], pairs[Pair{"y", "x"}], pairs[Pair{"z", "y"}], pairs[Pair{"q", "q"}])

	arr := map[[3]int]bool{}
	for i := 0; i < 100; i++ {
		arr[[3]int{i % 5, i % 7, i % 3}] = true
	}
	println(len(arr))

	type nested struct {
		P Point
		S string
	}
	nm := map[nested][]int{}
	for i := 0; i < 20; i++ {
		k := nested{Point{i % 2, i % 3}, "k"}
		nm[k] = append(nm[k], i)
	}
	total := 0
	for k, v := range nm {
		total += len(v) * (k.P.X + 1)
	}
	println(len(nm), total, len(nm[nested{Point{1, 2}, "k"}]))
}
