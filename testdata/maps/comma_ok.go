package main

// Comma-ok lookups, zero values of missing entries, op= and ++ on entries,
// and keys and values of many types.

type Color int8

const (
	Red Color = iota - 1
	Green
	Blue
)

type Big struct {
	A [300]int
	S string
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "zero": 0}
	for _, k := range []string{"one", "zero", "three", ""} {
		v, ok := m[k]
		println(k, v, ok)
	}
	if v, ok := m["two"]; ok && v == 2 {
		println("two ok")
	}
	m["one"] += 10
	m["one"] *= 3
	m["new"]--
	m["two"] <<= 4
	println(m["one"], m["new"], m["two"], len(m))

	colors := map[Color]string{Red: "red", Green: "green", Blue: "blue"}
	println(colors[Red], colors[-1], colors[Color(1)], len(colors))
	_, ok := colors[5]
	println(ok)

	flags := map[bool]int{}
	flags[true]++
	flags[false] += 2
	flags[1 > 0]++
	println(flags[true], flags[false], len(flags))

	small := map[int8]uint16{-128: 1, 127: 2, 0: 3}
	small[-128] += 65535
	println(small[-128], small[127], small[0], small[1], len(small))

	u16 := map[uint16]int64{}
	u16[65535] = -1
	u16[0] = 1
	println(u16[65535], u16[0], u16[1])

	bigs := map[int]Big{}
	b := Big{S: "big"}
	b.A[299] = 42
	bigs[1] = b
	got, ok := bigs[1]
	miss, ok2 := bigs[2]
	println(got.A[299], got.S, ok, miss.A[299], miss.S == "", ok2)

	huge := map[string][200]int{}
	var arr [200]int
	arr[199] = 7
	huge["x"] = arr
	h, hok := huge["y"]
	println(huge["x"][199], h[199], h[0], hok)

	iface := map[string]interface{}(nil)
	println(len(iface))

	type pt struct{ x, y int }
	pm := map[pt]pt{{1, 2}: {3, 4}}
	pm[pt{1, 2}] = pt{pm[pt{1, 2}].y, pm[pt{1, 2}].x}
	println(pm[pt{1, 2}].x, pm[pt{1, 2}].y, pm[pt{0, 0}].x)

	runes := map[rune]int{}
	for i, r := range "héllo wörld" {
		runes[r] += i
	}
	println(runes['l'], runes['ö'], runes['z'], len(runes))

	empty := map[struct{}]int{}
	empty[struct{}{}] = 5
	empty[struct{}{}]++
	println(empty[struct{}{}], len(empty))
}
