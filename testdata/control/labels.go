package main

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	// labelled break out of a switch inside a loop
	n := 0
loop:
	for {
		switch {
		case n > 4:
			break loop
		default:
			n++
		}
	}
	println("n", n)
	// find the first pair summing to a target
	xs := []int{3, 8, 1, 9, 4, 6}
	target := 10
	fi, fj := -1, -1
search:
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				fi, fj = i, j
				break search
			}
		}
	}
	println(fi, fj)
	// continue in a range loop with a label
	count := 0
rows:
	for _, row := range [][]int{{1, 2}, {-1, 5}, {3, 4}} {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
		}
		count++
	}
	println("good rows", count)
	// goto
	i := 0
again:
	if i < 3 {
		print("g", i, " ")
		i++
		goto again
	}
	println()
}
