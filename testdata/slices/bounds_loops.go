// Index checks in loops: the compiler omits the checks it can prove never
// fail (a counting loop bounded by the length of the slice it indexes), so
// the loops that look alike but can go out of range must still panic with
// Go's messages.
package main

import "fmt"

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, "=", f())
}

func sumRange(s []int) int {
	t := 0
	for i := range s {
		t += s[i]
	}
	return t
}

func sumLen(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func sumStep(s []int) int {
	t := 0
	for i := 0; i < len(s); i += 3 {
		t += s[i]
	}
	return t
}

func sumArray(a *[5]int) int {
	t := 0
	for i := 0; i < 5; i++ {
		t += a[i]
	}
	for i := 0; 4 > i; i++ {
		t += a[i]
	}
	return t
}

func bytesOf(s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += int(s[i])
	}
	return t
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7}
	short := []int{1, 2}
	arr := [5]int{10, 20, 30, 40, 50}
	try("range", func() int { return sumRange(s) })
	try("len", func() int { return sumLen(s) })
	try("step", func() int { return sumStep(s) })
	try("array", func() int { return sumArray(&arr) })
	try("string", func() int { return bytesOf("héllo") })

	// Loops that can go out of range.
	try("<= len", func() int {
		t := 0
		for i := 0; i <= len(s); i++ {
			t += s[i]
		}
		return t
	})
	try("other slice", func() int {
		t := 0
		for i := range s {
			t += short[i]
		}
		return t
	})
	try("from -1", func() int {
		t := 0
		for i := -1; i < len(s); i++ {
			t += s[i]
		}
		return t
	})
	try("down", func() int {
		t := 0
		for i := len(s); i >= 0; i-- {
			t += s[i]
		}
		return t
	})
	try("shrinking", func() int {
		t := 0
		x := s
		for i := 0; i < len(x); i++ {
			y := x
			x = x[:len(x)/2]
			t += y[i] + x[i]
		}
		return t
	})
	try("int32 index", func() int {
		t := 0
		for i := int32(0); int(i) < len(s); i++ {
			t += s[i]
		}
		return t
	})
	try("step down", func() int {
		t := 0
		for i := 3; i < len(s); i += -2 {
			t += s[i]
		}
		return t
	})
	try("array var", func() int {
		t := 0
		for i := 0; i < 6; i++ {
			t += arr[i]
		}
		return t
	})
	try("nil array", func() int {
		var p *[5]int
		t := 0
		for i := 0; i < 5; i++ {
			t += p[i]
		}
		return t
	})
}
