package main

type Board struct {
	n     int
	cols  []int
	count int
	first []int
}

func (b *Board) safe(row, col int) bool {
	for r := 0; r < row; r++ {
		c := b.cols[r]
		if c == col || c-col == r-row || c-col == row-r {
			return false
		}
	}
	return true
}

func (b *Board) solve(row int) {
	if row == b.n {
		b.count++
		if b.first == nil {
			b.first = append([]int(nil), b.cols...)
		}
		return
	}
	for c := 0; c < b.n; c++ {
		if b.safe(row, c) {
			b.cols[row] = c
			b.solve(row + 1)
		}
	}
}

func main() {
	for n := 1; n <= 9; n++ {
		b := &Board{n: n, cols: make([]int, n)}
		b.solve(0)
		println(n, "queens:", b.count, "solutions")
		if n == 8 {
			for _, c := range b.first {
				for i := 0; i < n; i++ {
					if i == c {
						print("Q")
					} else {
						print(".")
					}
				}
				println()
			}
		}
	}
}
