package main

var seed uint32 = 12345

func rand() int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % 1000
}

func quicksort(a []int) {
	if len(a) <= 12 {
		insertionSort(a)
		return
	}
	p := partition(a)
	quicksort(a[:p])
	quicksort(a[p+1:])
}

func partition(a []int) int {
	mid := len(a) / 2
	a[mid], a[len(a)-1] = a[len(a)-1], a[mid]
	pivot := a[len(a)-1]
	i := 0
	for j := 0; j < len(a)-1; j++ {
		if a[j] < pivot {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[len(a)-1] = a[len(a)-1], a[i]
	return i
}

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	l := mergeSort(a[:len(a)/2])
	r := mergeSort(a[len(a)/2:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func sorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func checksum(a []int) int {
	h := 0
	for i, v := range a {
		h = (h*31 + v*(i+1)) % 1000000007
	}
	return h
}

func main() {
	a := make([]int, 500)
	for i := range a {
		a[i] = rand()
	}
	b := make([]int, len(a))
	copy(b, a)
	c := mergeSort(append([]int(nil), a...))
	println("before", sorted(a), a[0], a[1], a[2])
	quicksort(a)
	insertionSort(b)
	println("after", sorted(a), sorted(b), sorted(c))
	println("min", a[0], "max", a[len(a)-1], "median", a[len(a)/2])
	println("checksums", checksum(a), checksum(b), checksum(c))
	for i := 0; i < 20; i++ {
		print(a[i*25], " ")
	}
	println()
	words := []string{"pear", "apple", "fig", "banana", "cherry", "date", "apple"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	for _, w := range words {
		print(w, " ")
	}
	println()
}
