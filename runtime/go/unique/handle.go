// Package unique canonicalizes comparable values: Make returns a Handle, and
// two Handles of the same type are equal exactly when the values they were
// made from are equal (==). This is gowasm's override of the std package:
// Go's version finds a per-type hash trie through internal/abi's type layout
// (abi.TypeFor[T]().Size(), the map type's Hasher), which gowasm's type
// descriptors do not have (runtime/go/runtime/README.md, "Type descriptors");
// read through our descriptors every type looked zero-sized, so every Handle
// of a type was the same pointer (net/netip's z4 == z6noz: every address Is4).
//
// Ours keeps one Go map per type T, from the value to its canonical *T,
// found in a registry keyed by the interface value (*T)(nil), which is
// distinct for every T (even when T is an interface type). Map operations
// never yield, so Make is atomic with respect to other goroutines. Entries are
// never dropped (Go drops the entries of unreachable handles; here the map
// keeps every canonical value alive, as gowasm's weak pointers are strong).

package unique

// Handle is a globally unique identity for a value of type T: two Handles
// compare equal exactly when the values used to make them compare equal.
type Handle[T comparable] struct {
	value *T
}

// Value returns a shallow copy of the value that produced the Handle.
func (h Handle[T]) Value() T {
	return *h.value
}

// registry maps (*T)(nil), as an interface value, to that type's map[T]*T.
var registry map[any]any

// Make returns a globally unique handle for value. Like Go's, it panics when
// T is an interface type and value's dynamic type is not comparable (a map
// key's hash panics the same way).
func Make[T comparable](value T) Handle[T] {
	var m map[T]*T
	if registry == nil {
		registry = make(map[any]any)
	}
	if found, ok := registry[(*T)(nil)]; ok {
		m = found.(map[T]*T)
	} else {
		m = make(map[T]*T)
		registry[(*T)(nil)] = m
	}
	if p, ok := m[value]; ok {
		return Handle[T]{p}
	}
	p := new(T)
	*p = value
	m[value] = p
	return Handle[T]{p}
}
