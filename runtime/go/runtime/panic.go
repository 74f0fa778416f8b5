// This file implements the run-time error panics the compiler's implicit
// checks call (compiler/wasm/checks.ts), with Go's exact messages. Each
// starts a recoverable panic (defer.go) and returns; the compiled caller
// sees the unwinding flag. panic(v) itself is gopanic (defer.go).

package runtime

import "unsafe"

func panicHeader() {
	printstring("panic: ")
}

func panicEnd() {
	printstring("\n\ngoroutine 1 [running]:\n")
	exit(2)
}

// runtimeError starts a run-time error panic (recoverable; see defer.go).
func runtimeError(msg string) {
	gopanicrt("runtime error: "+msg, false)
}

// panicplain starts a panic with a run-time error whose message has no
// "runtime error: " prefix (Go's plainError: "assignment to entry in nil map", ...).
func panicplain(msg string) {
	gopanicrt(msg, false)
}

func panicIndex(x int, y int) {
	if x < 0 {
		runtimeError("index out of range [" + itoa(int64(x)) + "]")
		return
	}
	runtimeError("index out of range [" + itoa(int64(x)) + "] with length " + itoa(int64(y)))
}

func panicIndexU(x uint, y int) {
	runtimeError("index out of range [" + utoa(uint64(x)) + "] with length " + itoa(int64(y)))
}

// sliceError starts "slice bounds out of range [" pre x mid y post "]".
func sliceError(pre string, x int, mid string, y int, post string, withY bool) {
	s := "slice bounds out of range [" + pre + itoa(int64(x)) + mid
	if withY {
		s = s + itoa(int64(y))
	}
	runtimeError(s + post)
}

// s[:x] with x > len(s) (strings, arrays)
func panicSliceAlen(x int, y int) {
	if x < 0 {
		sliceError(":", x, "]", 0, "", false)
		return
	}
	sliceError(":", x, "] with length ", y, "", true)
}

// s[:x] with x > cap(s)
func panicSliceAcap(x int, y int) {
	if x < 0 {
		sliceError(":", x, "]", 0, "", false)
		return
	}
	sliceError(":", x, "] with capacity ", y, "", true)
}

// s[x:y] with x > y (a negative x is shown alone, as Go does)
func panicSliceB(x int, y int) {
	if x < 0 {
		sliceError("", x, ":]", 0, "", false)
		return
	}
	sliceError("", x, ":", y, "]", true)
}

// s[::x] with x > len(s)
func panicSlice3Alen(x int, y int) {
	if x < 0 {
		sliceError("::", x, "]", 0, "", false)
		return
	}
	sliceError("::", x, "] with length ", y, "", true)
}

// s[::x] with x > cap(s)
func panicSlice3Acap(x int, y int) {
	if x < 0 {
		sliceError("::", x, "]", 0, "", false)
		return
	}
	sliceError("::", x, "] with capacity ", y, "", true)
}

// s[:x:y] with x > y
func panicSlice3B(x int, y int) {
	if x < 0 {
		sliceError(":", x, ":]", 0, "", false)
		return
	}
	sliceError(":", x, ":", y, "]", true)
}

// s[x:y:] with x > y
func panicSlice3C(x int, y int) {
	if x < 0 {
		sliceError("", x, "::]", 0, "", false)
		return
	}
	sliceError("", x, ":", y, ":]", true)
}

func panicSliceConvert(x int, y int) {
	runtimeError("cannot convert slice with length " + itoa(int64(x)) + " to array or pointer to array with length " + itoa(int64(y)))
}

func panicDivide() {
	runtimeError("integer divide by zero")
}

func panicShift() {
	runtimeError("negative shift amount")
}

func panicNil() {
	gopanicrt("runtime error: invalid memory address or nil pointer dereference", true)
}

// panicunsafeslice is the failure of unsafe.Slice(ptr, n) (unsafe.String when str), with gc's
// messages (compiler/wasm/builtins.ts makes the checks).
func panicunsafeslice(ptr unsafe.Pointer, n int, str bool) {
	name := "unsafe.Slice"
	if str {
		name = "unsafe.String"
	}
	if ptr == nil && n > 0 {
		runtimeError(name + ": ptr is nil and len is not zero")
		return
	}
	runtimeError(name + ": len out of range")
}

func panicmakeslicelen() {
	runtimeError("makeslice: len out of range")
}

func panicmakeslicecap() {
	runtimeError("makeslice: cap out of range")
}

func stackOverflow() {
	printstring("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n")
	exit(2)
}

// printpanicstr prints a panic string, indenting its continuation lines with a tab as Go does.
func printpanicstr(s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			printstring(s[start : i+1])
			printstring("\t")
			start = i + 1
		}
	}
	printstring(s[start:])
}
