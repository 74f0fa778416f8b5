package main

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func counter(n int) (count int, total int) {
	for i := 1; i <= n; i++ {
		count++
		total += i
	}
	return count, total * 2
}

func zero() (a int, b string, c bool, d float64) {
	return
}

func shadow(v int) (res int) {
	res = v
	if v > 10 {
		res := v * 100
		_ = res
		return 5
	}
	return
}

func early(xs []int) (idx int, found bool) {
	idx = -1
	for i, x := range xs {
		if x < 0 {
			idx, found = i, true
			return
		}
	}
	return
}

func main() {
	println(split(17))
	println(counter(10))
	a, b, c, d := zero()
	println(a, b, c, d)
	println(shadow(3), shadow(30))
	println(early([]int{3, 4, -1, 6}))
	println(early([]int{1, 2}))
}
