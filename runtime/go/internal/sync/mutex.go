// This file implements Mutex, the lock behind sync.Mutex. Goroutines are
// scheduled cooperatively on one thread (docs/architecture.md), so the state
// needs no atomic instructions: nothing runs between a test and the update
// that follows it. A Lock that finds the mutex held waits on a runtime
// semaphore; with a single goroutine that wait is reported by the runtime as
// Go's deadlock.

package sync

// Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	locked  bool
	waiters int32
	sema    uint32
}

// Lock locks m, waiting while another goroutine holds it.
func (m *Mutex) Lock() {
	for m.locked {
		m.waiters++
		runtime_SemacquireMutex(&m.sema, false, 1)
		m.waiters--
	}
	m.locked = true
}

// TryLock locks m if it is free and reports whether it did.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error, as in Go.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
		return
	}
	m.locked = false
	if m.waiters > 0 {
		runtime_Semrelease(&m.sema, false, 1)
	}
}
