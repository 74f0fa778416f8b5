// This file implements the runtime's unrecoverable errors: throw (an internal
// inconsistency or a misuse of a runtime API, such as SetFinalizer on a
// non-pointer), fatal (a user error the runtime cannot recover from, such as
// unlocking an unlocked sync.Mutex; Go leaves the runtime's frames out of its
// trace, which we do not print anyway), and the deadlock report of the only goroutine
// blocking forever. Each prints Go's text to stderr and exits with status 2;
// none returns. There is no traceback: the report ends with the goroutine
// header, as native Go's does before its frames.

package runtime

import _ "unsafe" // for go:linkname

// throw reports a fatal runtime error.
func throw(s string) {
	printstring("fatal error: ")
	printstring(s)
	printstring("\n")
	printgoroutine(curg.id, "running")
	exit(2)
}

// fatal reports a fatal error caused by the program.
func fatal(s string) {
	printstring("fatal error: ")
	printstring(s)
	printstring("\n")
	printgoroutine(curg.id, "running")
	exit(2)
}

// deadlock ends the program because no goroutine can ever run again;
// reason is goroutine 1's state as Go shows it ("chan receive",
// "sync.Mutex.Lock", ...).
func deadlock(reason string) {
	printstring("fatal error: all goroutines are asleep - deadlock!\n")
	printgoroutine(1, reason)
	exit(2)
}

// printgoroutine prints a traceback's goroutine header (there are no frames after it).
func printgoroutine(id int64, state string) {
	printstring("\ngoroutine ")
	printint(id)
	printstring(" [")
	printstring(state)
	printstring("]:\n")
}

// notSupported ends the program at a feature gowasm does not implement yet.
func notSupported(what string) {
	printstring("fatal error: ")
	printstring(what)
	printstring(" is not yet supported by gowasm\n")
	exit(2)
}

//go:linkname sync_throw sync.throw
func sync_throw(s string) {
	throw(s)
}

//go:linkname sync_fatal sync.fatal
func sync_fatal(s string) {
	fatal(s)
}

//go:linkname internal_sync_throw internal/sync.throw
func internal_sync_throw(s string) {
	throw(s)
}

//go:linkname internal_sync_fatal internal/sync.fatal
func internal_sync_fatal(s string) {
	fatal(s)
}
