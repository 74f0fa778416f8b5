// This file implements the exported stack and symbol API: Caller, Callers,
// CallersFrames/Frames/Frame, FuncForPC/Func and Stack. gowasm programs keep
// no program counters or symbol tables at run time (wasm has no accessible
// return addresses), so these report honestly that nothing is known: Caller
// returns ok=false, Callers records no PCs, FuncForPC returns nil (whose
// methods return zero values, as Go's do for nil), and Stack prints only the
// goroutine header.

package runtime

// Caller would report the file and line of a call on the stack: unknown.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	return 0, "", 0, false
}

// Callers fills pc with return program counters: none are known.
func Callers(skip int, pc []uintptr) int {
	return 0
}

// Frame is the information Frames returns for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr

	startLine int
}

// Frames turns PCs from Callers into frames.
type Frames struct {
	callers []uintptr
}

// CallersFrames returns the frames of the PCs callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame: with no symbol information, a frame with
// only its PC for each PC given, then more=false.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	frame.PC = ci.callers[0]
	ci.callers = ci.callers[1:]
	return frame, len(ci.callers) > 0
}

// Func is a function in the running program.
type Func struct {
	opaque struct{}
}

// FuncForPC returns the function containing pc: unknown, nil.
func FuncForPC(pc uintptr) *Func {
	return nil
}

// Name returns the name of the function ("" for nil).
func (f *Func) Name() string {
	return ""
}

// Entry returns the entry address of the function (0 for nil).
func (f *Func) Entry() uintptr {
	return 0
}

// FileLine returns the file and line of pc in f (unknown).
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return "", 0
}

// Stack formats a stack trace of the calling goroutine into buf: the
// goroutine header only (no frames are known). all adds nothing: there is
// one goroutine.
func Stack(buf []byte, all bool) int {
	return copy(buf, "goroutine 1 [running]:\n")
}

// StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr
}

// Stack returns the stack trace of the record (up to the first 0 entry).
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}
