// The std packages built on internal/reflectlite (gowasm: aliases of our
// reflect): errors.Is / errors.As through wrapped errors, and sort.Slice /
// sort.SliceStable (reflectlite.Swapper) on slices of several element sizes.
package main

import (
	"errors"
	"sort"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return "code " + string(rune('0'+e.code)) }

type valErr struct{ s string }

func (e valErr) Error() string { return e.s }

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

type timeout interface{ Timeout() bool }

type tErr struct{}

func (tErr) Error() string { return "t" }
func (tErr) Timeout() bool { return true }

func main() {
	base := &codeErr{7}
	err := error(&wrapped{"outer", &wrapped{"inner", base}})
	println(err.Error())
	println(errors.Is(err, base), errors.Is(err, &codeErr{7}), errors.Unwrap(err) != nil)
	var ce *codeErr
	println(errors.As(err, &ce), ce == base, ce.code)
	var ve valErr
	println(errors.As(err, &ve))
	println(errors.As(&wrapped{"w", valErr{"v"}}, &ve), ve.s)
	println(errors.Is(valErr{"a"}, valErr{"a"}), errors.Is(valErr{"a"}, valErr{"b"}))
	var to timeout
	println(errors.As(&wrapped{"w", tErr{}}, &to), to != nil && to.Timeout())
	sentinel := errors.New("sentinel")
	j := errors.Join(errors.New("a"), &wrapped{"b", sentinel})
	println(errors.Is(j, sentinel), j.Error())
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		errors.As(err, nil)
	}()
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		var notPtr codeErr
		errors.As(err, notPtr)
	}()

	type person struct {
		name string
		age  int
	}
	people := []person{{"c", 30}, {"a", 10}, {"d", 30}, {"b", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	for _, p := range people {
		print(p.name, " ")
	}
	println()
	ints := []int32{5, 2, 8, 1}
	sort.Slice(ints, func(i, j int) bool { return ints[i] < ints[j] })
	println(ints[0], ints[1], ints[2], ints[3])
	strs := []string{"pear", "apple", "fig"}
	sort.Slice(strs, func(i, j int) bool { return strs[i] < strs[j] })
	println(strs[0], strs[1], strs[2])
	bs := []byte("dcba")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	println(string(bs), sort.SliceIsSorted(bs, func(i, j int) bool { return bs[i] < bs[j] }))
	arr := [][3]int{{3, 0, 0}, {1, 0, 0}, {2, 0, 0}}
	sort.Slice(arr, func(i, j int) bool { return arr[i][0] < arr[j][0] })
	println(arr[0][0], arr[1][0], arr[2][0])
}
