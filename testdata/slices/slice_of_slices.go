package main

func pascal(n int) [][]int {
	rows := [][]int{}
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	for _, row := range pascal(10) {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	s = insert(s, 0, -1)
	reverse(s)
	for _, v := range s {
		print(v, " ")
	}
	println(len(s))
	evens := filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(x int) bool { return x%2 == 0 })
	println(len(evens), evens[0], evens[3])
	stack := []string{}
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		print(top)
	}
	println()
	queue := []int{1}
	for steps := 0; steps < 6; steps++ {
		x := queue[0]
		queue = queue[1:]
		queue = append(queue, x*2, x*2+1)
	}
	println(len(queue), queue[0], queue[len(queue)-1])
}
