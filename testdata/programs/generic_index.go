// Indexing a value whose type parameter's type set mixes slices and arrays:
// the element is addressable (assignable, &x[i]) when the variable is.
package main

func set[T interface{ []int64 | [5]int64 }](x T) T {
	x[2] = 5
	p := &x[3]
	*p = 7
	return x
}

type box[T interface{ [4]int | []int }] struct{ val T }

func (b *box[T]) bump() { b.val[1]++ }

func main() {
	s := set(make([]int64, 4))
	a := set([5]int64{})
	println(s[2], s[3], a[2], a[3], a[4])
	b := box[[4]int]{}
	b.bump()
	c := box[[]int]{val: []int{1, 2}}
	c.bump()
	println(b.val[1], c.val[1])
}
