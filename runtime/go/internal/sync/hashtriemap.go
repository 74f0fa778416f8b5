// This file implements HashTrieMap, the concurrent map behind sync.Map and
// package unique. Go's version is a lock-free hash trie that hashes keys with
// the runtime's map hasher found through internal/abi's type layout; ours has
// its own type descriptors (runtime/go/runtime/README.md), so the map is a
// plain Go map guarded by the cooperative Mutex. Its operations never yield,
// so each one is atomic with respect to other goroutines, and ranging while
// storing or deleting follows the map's rules, which sync.Map's Range allows.

package sync

// HashTrieMap is a map safe for use by several goroutines; the zero value is empty.
type HashTrieMap[K comparable, V any] struct {
	mu Mutex
	m  map[K]V
}

// Load returns the value stored for key, if any.
func (ht *HashTrieMap[K, V]) Load(key K) (value V, ok bool) {
	value, ok = ht.m[key]
	return
}

// LoadOrStore returns the existing value for key if present; otherwise it stores value.
func (ht *HashTrieMap[K, V]) LoadOrStore(key K, value V) (result V, loaded bool) {
	if old, ok := ht.m[key]; ok {
		return old, true
	}
	ht.store(key, value)
	return value, false
}

func (ht *HashTrieMap[K, V]) store(key K, value V) {
	if ht.m == nil {
		ht.m = make(map[K]V)
	}
	ht.m[key] = value
}

// Store sets the value for key.
func (ht *HashTrieMap[K, V]) Store(key K, new V) {
	ht.store(key, new)
}

// Swap stores new for key and returns the previous value, if any.
func (ht *HashTrieMap[K, V]) Swap(key K, new V) (previous V, loaded bool) {
	previous, loaded = ht.m[key]
	ht.store(key, new)
	return
}

// valuesEqual compares two values with ==; like Go's, it panics when V's
// dynamic type is not comparable.
func valuesEqual[V any](a, b V) bool {
	return any(a) == any(b)
}

// CompareAndSwap stores new for key if the stored value equals old.
func (ht *HashTrieMap[K, V]) CompareAndSwap(key K, old, new V) (swapped bool) {
	cur, ok := ht.m[key]
	if !ok || !valuesEqual(cur, old) {
		return false
	}
	ht.m[key] = new
	return true
}

// LoadAndDelete deletes key and returns its value, if any.
func (ht *HashTrieMap[K, V]) LoadAndDelete(key K) (value V, loaded bool) {
	value, loaded = ht.m[key]
	if loaded {
		delete(ht.m, key)
	}
	return
}

// Delete deletes key.
func (ht *HashTrieMap[K, V]) Delete(key K) {
	delete(ht.m, key)
}

// CompareAndDelete deletes key if its value equals old.
func (ht *HashTrieMap[K, V]) CompareAndDelete(key K, old V) (deleted bool) {
	cur, ok := ht.m[key]
	if !ok || !valuesEqual(cur, old) {
		return false
	}
	delete(ht.m, key)
	return true
}

// All returns an iterator over the map's entries.
func (ht *HashTrieMap[K, V]) All() func(yield func(K, V) bool) {
	return func(yield func(key K, value V) bool) {
		ht.Range(yield)
	}
}

// Range calls yield for each entry until it returns false.
func (ht *HashTrieMap[K, V]) Range(yield func(K, V) bool) {
	for k, v := range ht.m {
		if !yield(k, v) {
			return
		}
	}
}

// Clear deletes every entry.
func (ht *HashTrieMap[K, V]) Clear() {
	clear(ht.m)
}
