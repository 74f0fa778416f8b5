package main

func main() {
	for i := range 5 {
		print(i, " ")
	}
	println()
	var n8 int8 = 3
	for i := range n8 {
		print(i, " ")
	}
	println()
	for range 3 {
		print("x")
	}
	println()
	s := []string{"a", "b", "c"}
	for i, v := range s {
		println(i, v)
	}
	for i := range s {
		print(i)
	}
	println()
	arr := [4]int{10, 20, 30, 40}
	total := 0
	for _, v := range arr {
		total += v
	}
	println("total", total)
	for i, v := range arr {
		arr[i] = v * 2
	}
	println(arr[0], arr[3])
	// ranging over an array copy: modifications during the loop are not seen
	a2 := [3]int{1, 2, 3}
	for i, v := range a2 {
		a2[2] = 100
		println(i, v)
	}
	pa := &arr
	for i := range pa {
		pa[i]++
	}
	println(arr[0], arr[1])
	for i, c := range "aé中!" {
		println(i, c, string(c))
	}
	for i := range "héllo" {
		print(i, " ")
	}
	println()
	var empty []int
	for range empty {
		println("never")
	}
	// slice grows during range: the length is evaluated once
	grow := []int{1, 2}
	for _, v := range grow {
		grow = append(grow, v*10)
	}
	println(len(grow), grow[2], grow[3])
	for i := range 0 {
		println("never", i)
	}
}
