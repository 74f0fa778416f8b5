// This file declares what package internal/sync needs from the runtime; the
// functions are served by runtime/go/runtime (hooks_sync.go, fatal.go) through
// //go:linkname pushes to these names.

package sync

import _ "unsafe" // for the linknamed declarations

// runtime_SemacquireMutex waits until *s > 0 and decrements it.
//go:linkname runtime_SemacquireMutex
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes a waiter, if any.
//go:linkname runtime_Semrelease
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// throw reports a fatal runtime error (`fatal error: msg`).
//go:linkname throw
func throw(string)

// fatal reports a fatal user error (`fatal error: msg`, no runtime frames).
//go:linkname fatal
func fatal(string)
