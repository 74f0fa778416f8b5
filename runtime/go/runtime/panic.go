// This file implements the run-time panics the compiler's implicit checks
// call (compiler/wasm/checks.ts), with Go's exact messages, and panic() of
// basic values. Each prints "panic: <msg>" (plus the SIGSEGV line for nil
// dereferences, as Go on linux/amd64 does), then "\n\ngoroutine 1
// [running]:\n", and exits with status 2. defer/recover will hook in here.

package runtime

func panicHeader() {
	printstring("panic: ")
}

func panicEnd() {
	printstring("\n\ngoroutine 1 [running]:\n")
	exit(2)
}

func runtimeError(msg string) {
	panicHeader()
	printstring("runtime error: ")
	printstring(msg)
	panicEnd()
}

func panicIndex(x int, y int) {
	panicHeader()
	printstring("runtime error: index out of range [")
	printint(int64(x))
	if x < 0 {
		printstring("]")
	} else {
		printstring("] with length ")
		printint(int64(y))
	}
	panicEnd()
}

func panicIndexU(x uint, y int) {
	panicHeader()
	printstring("runtime error: index out of range [")
	printuint(uint64(x))
	printstring("] with length ")
	printint(int64(y))
	panicEnd()
}

// sliceError prints "slice bounds out of range [" pre x mid y post "]" suffix.
func sliceError(pre string, x int, mid string, y int, post string, withY bool) {
	panicHeader()
	printstring("runtime error: slice bounds out of range [")
	printstring(pre)
	printint(int64(x))
	printstring(mid)
	if withY {
		printint(int64(y))
	}
	printstring(post)
	panicEnd()
}

// s[:x] with x > len(s) (strings, arrays)
func panicSliceAlen(x int, y int) {
	if x < 0 {
		sliceError(":", x, "]", 0, "", false)
	}
	sliceError(":", x, "] with length ", y, "", true)
}

// s[:x] with x > cap(s)
func panicSliceAcap(x int, y int) {
	if x < 0 {
		sliceError(":", x, "]", 0, "", false)
	}
	sliceError(":", x, "] with capacity ", y, "", true)
}

// s[x:y] with x > y (a negative x is shown alone, as Go does)
func panicSliceB(x int, y int) {
	if x < 0 {
		sliceError("", x, ":]", 0, "", false)
	}
	sliceError("", x, ":", y, "]", true)
}

// s[::x] with x > len(s)
func panicSlice3Alen(x int, y int) {
	if x < 0 {
		sliceError("::", x, "]", 0, "", false)
	}
	sliceError("::", x, "] with length ", y, "", true)
}

// s[::x] with x > cap(s)
func panicSlice3Acap(x int, y int) {
	if x < 0 {
		sliceError("::", x, "]", 0, "", false)
	}
	sliceError("::", x, "] with capacity ", y, "", true)
}

// s[:x:y] with x > y
func panicSlice3B(x int, y int) {
	if x < 0 {
		sliceError(":", x, ":]", 0, "", false)
	}
	sliceError(":", x, ":", y, "]", true)
}

// s[x:y:] with x > y
func panicSlice3C(x int, y int) {
	if x < 0 {
		sliceError("", x, "::]", 0, "", false)
	}
	sliceError("", x, ":", y, ":]", true)
}

func panicSliceConvert(x int, y int) {
	panicHeader()
	printstring("runtime error: cannot convert slice with length ")
	printint(int64(x))
	printstring(" to array or pointer to array with length ")
	printint(int64(y))
	panicEnd()
}

func panicDivide() {
	runtimeError("integer divide by zero")
}

func panicShift() {
	runtimeError("negative shift amount")
}

func panicNil() {
	panicHeader()
	printstring("runtime error: invalid memory address or nil pointer dereference\n")
	printstring("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
	panicEnd()
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

// panic(v) for values of basic types.

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

func panicstring(s string) {
	panicHeader()
	printpanicstr(s)
	panicEnd()
}

// panicCustomOpen and panicCustomClose frame panic(v) for v of a named basic
// type: "panic: main.T(5)", or main.T("text") for string kinds; the compiler
// prints the value in between with the print helpers (printpanicstr for strings).
func panicCustomOpen(typeName string, quote bool) {
	panicHeader()
	printstring(typeName)
	if quote {
		printstring("(\"")
	} else {
		printstring("(")
	}
}

func panicCustomClose(quote bool) {
	if quote {
		printstring("\")")
	} else {
		printstring(")")
	}
	panicEnd()
}

func panicint(v int64) {
	panicHeader()
	printint(v)
	panicEnd()
}

func panicuint(v uint64) {
	panicHeader()
	printuint(v)
	panicEnd()
}

func panicfloat(v float64) {
	panicHeader()
	printfloat(v)
	panicEnd()
}

func panicbool(v bool) {
	panicHeader()
	printbool(v)
	panicEnd()
}

func paniccomplex(re float64, im float64) {
	panicHeader()
	printcomplex(re, im)
	panicEnd()
}
