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
	printstring("\n\ngoroutine 1 [running]:\n")
	exit(2)
}

// fatal reports a fatal error caused by the program.
func fatal(s string) {
	printstring("fatal error: ")
	printstring(s)
	printstring("\n\ngoroutine 1 [running]:\n")
	exit(2)
}

// deadlock ends the program because the only goroutine blocks forever;
// reason is its state as Go shows it ("sync.Mutex.Lock", "semacquire", ...).
func deadlock(reason string) {
	printstring("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [")
	printstring(reason)
	printstring("]:\n")
	exit(2)
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
