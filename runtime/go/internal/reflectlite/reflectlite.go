// Package reflectlite is gowasm's replacement of Go's internal/reflectlite
// (used by errors, sort and context): the same names as aliases of package
// reflect, which is gowasm's own implementation over its type descriptors and
// imports nothing that imports this package (see runtime/go/reflect/README.md).
package reflectlite

import "reflect"

type (
	Type       = reflect.Type
	Kind       = reflect.Kind
	Value      = reflect.Value
	ValueError = reflect.ValueError
)

const (
	Interface = reflect.Interface
	Slice     = reflect.Slice
	String    = reflect.String
	Struct    = reflect.Struct
	Ptr       = reflect.Pointer
	Pointer   = reflect.Pointer
	Func      = reflect.Func
)

// TypeOf returns the dynamic type of i (nil for a nil interface).
func TypeOf(i any) Type { return reflect.TypeOf(i) }

// ValueOf returns a Value holding the concrete value of i.
func ValueOf(i any) Value { return reflect.ValueOf(i) }

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) { return reflect.Swapper(slice) }
