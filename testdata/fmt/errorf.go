// fmt.Errorf: %w wrapping (one and several), errors.Is/As/Unwrap through the
// wrappers, %v/%s/%q/%+v/%#v of errors, and %w misuses.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type CodeError struct{ Code int }

func (e CodeError) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(key string) error {
	if key == "" {
		return fmt.Errorf("find: empty key: %w", ErrNotFound)
	}
	return nil
}

func main() {
	e1 := find("")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	fmt.Println(find("k") == nil)

	e2 := fmt.Errorf("layer 2: %w", e1)
	e3 := fmt.Errorf("layer 3 (%v): %w", 3, e2)
	fmt.Println(e3)
	fmt.Println(errors.Is(e3, ErrNotFound), errors.Unwrap(errors.Unwrap(e3)) == e1)
	for e := error(e3); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  chain: %v\n", e)
	}

	// errors.As through wrappers, pointer and value error types.
	pe := &PathError{"open", "/x"}
	w := fmt.Errorf("wrapped: %w", pe)
	var target *PathError
	fmt.Println(errors.As(w, &target), target.Path, target == pe)
	var ce CodeError
	w2 := fmt.Errorf("ctx: %w", CodeError{404})
	fmt.Println(errors.As(w2, &ce), ce.Code, errors.As(w, &ce))

	// Several %w: Unwrap() []error, Is and As look at every branch.
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, CodeError{500})
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, ErrNotFound), errors.As(multi, &ce), ce.Code, errors.Unwrap(multi) == nil)
	if u, ok := multi.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}

	// errors.Join and its formatting.
	j := errors.Join(ErrNotFound, nil, CodeError{1})
	fmt.Printf("%v|%q\n", j, j.Error())
	fmt.Println(errors.Join(nil, nil) == nil, errors.Is(j, ErrNotFound))

	// Verbs on errors.
	fmt.Printf("%v|%s|%q|%+v|%x|%10v|%-12s|\n", ErrNotFound, ErrNotFound, ErrNotFound, ErrNotFound, ErrNotFound, CodeError{7}, CodeError{8})
	fmt.Printf("%v|%+v|%#v\n", CodeError{9}, CodeError{9}, CodeError{9})
	fmt.Printf("%T %T %T %T\n", ErrNotFound, e1, multi, CodeError{})

	// %w misuses: a non-error operand, %w in Sprintf, a nil error.
	fmt.Println(fmt.Errorf("bad: %w", "string"))
	fmt.Println(fmt.Sprintf("sprintf: %w", ErrNotFound))
	en := fmt.Errorf("nil: %w", nil)
	fmt.Println(en, errors.Unwrap(en) == nil)
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Unwrap(fmt.Errorf("no wrap: %v", ErrNotFound)) == nil)
	fmt.Println(fmt.Errorf("%w", ErrNotFound) != ErrNotFound, errors.Is(fmt.Errorf("%[1]w %[1]v", ErrNotFound), ErrNotFound))

	// Errors in composites and as map values.
	fmt.Println([]error{ErrNotFound, nil, CodeError{2}}, map[string]error{"b": CodeError{3}, "a": nil})
	fmt.Printf("%+v\n", struct {
		Err  error
		Code CodeError
	}{ErrNotFound, CodeError{4}})
}
