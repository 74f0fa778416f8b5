// This file implements the exported stack and symbol API: Caller, Callers,
// CallersFrames/Frames/Frame, FuncForPC/Func and Stack. Wasm code has no
// readable return addresses: when a program reaches Callers, the compiler
// makes every non-runtime function keep a trace record {prev, pc} in its
// shadow-stack frame, linked from traceTop, and lays out a table of the pcs'
// functions, files and lines (compiler/wasm/traceback.ts; the lines and files
// line directives give). FuncForPC also knows func values' code pointers
// (api_funcpc.go). A pc is pcBase+4*site; Callers returns pc+1 (a return
// address, as Go does). The runtime's own functions keep no records: a stack shows the user's frames,
// runtime.gopanic where a panic runs deferred calls, and runtime.main and
// runtime.goexit at the bottom, as Go's tracebacks do. Without the table
// (pcTable() == 0) nothing is known: Caller returns ok=false.

package runtime

import "unsafe"

const pcBase = 0x1000

// pcHeader is the start of the call-site table (traceback.ts).
type pcHeader struct {
	nsites, nfuncs uint32
	sites, funcs   uint32 // addresses of the site and function records
	mainPC         uint32
	goexitPC       uint32
	panicPC        uint32
	callersPC      uint32
}

// pcSite is a call site: its function's record (one per file its sites are in) and its line.
type pcSite struct {
	fn, line uint32
}

// pcFunc is a function in a file: its name, the file, its entry pc, and its declaration's line
// and whether it has parameters (argsLine: line<<1 | has params).
type pcFunc struct {
	name, nameLen uint32
	file, fileLen uint32
	entry         uint32
	argsLine      uint32
}

// traceRecord is a function's record in its frame.
type traceRecord struct {
	prev uintptr
	pc   uintptr
}

func pcTab() *pcHeader {
	return (*pcHeader)(unsafe.Pointer(pcTable()))
}

// siteOf returns the site record of pc (a pc or a return address), or nil.
func siteOf(pc uintptr) *pcSite {
	h := pcTab()
	if h == nil || pc < pcBase {
		return nil
	}
	k := (pc - pcBase) / 4 // a site's pc, or its return address pc+1
	if k >= uintptr(h.nsites) {
		return nil
	}
	return (*pcSite)(unsafe.Pointer(uintptr(h.sites) + k*8))
}

func funcOf(s *pcSite) *pcFunc {
	return (*pcFunc)(unsafe.Pointer(uintptr(pcTab().funcs) + uintptr(s.fn)*24))
}

func tabString(p, n uint32) string {
	if n == 0 {
		return ""
	}
	return unsafe.String((*byte)(unsafe.Pointer(uintptr(p))), int(n))
}

// tracePCs stores the pcs of the stack, innermost first, from frame skip (0: the runtime
// function asking, Callers or Caller) into pc; returns how many.
func tracePCs(skip int, pc []uintptr) int {
	h := pcTab()
	if h == nil {
		return 0
	}
	var w pcWriter
	w.skip, w.pc = skip, pc
	w.put(uintptr(h.callersPC))
	for r := traceTop(); r != 0 && w.n < len(pc); r = (*traceRecord)(unsafe.Pointer(r)).prev {
		w.put((*traceRecord)(unsafe.Pointer(r)).pc)
	}
	if curg == &g1 {
		w.put(uintptr(h.mainPC))
	}
	w.put(uintptr(h.goexitPC))
	return w.n
}

// pcWriter stores pcs after skipping some.
type pcWriter struct {
	skip int
	pc   []uintptr
	n    int
}

func (w *pcWriter) put(p uintptr) {
	if w.skip > 0 {
		w.skip--
	} else if w.n < len(w.pc) {
		w.pc[w.n] = p
		w.n++
	}
}

// snapshotTrace copies the calling goroutine's trace records (a panic keeps the stack where it
// started: its deferred calls show it below runtime.gopanic); nil without the call-site table.
func snapshotTrace() []traceRecord {
	if pcTable() == 0 {
		return nil
	}
	n := 0
	for r := traceTop(); r != 0; r = (*traceRecord)(unsafe.Pointer(r)).prev {
		n++
	}
	if n == 0 {
		return nil
	}
	recs := make([]traceRecord, n)
	r := traceTop()
	for i := range recs {
		recs[i].pc = (*traceRecord)(unsafe.Pointer(r)).pc
		if i+1 < n {
			recs[i].prev = uintptr(unsafe.Pointer(&recs[i+1]))
		}
		r = (*traceRecord)(unsafe.Pointer(r)).prev
	}
	return recs
}

// Caller reports the function, file and line of a call on the calling goroutine's stack: skip 0
// is the caller of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var buf [1]uintptr
	if skip < 0 || tracePCs(skip+1, buf[:]) == 0 {
		return 0, "", 0, false
	}
	s := siteOf(buf[0])
	if s == nil {
		return 0, "", 0, false
	}
	f := funcOf(s)
	return buf[0] + 1, tabString(f.file, f.fileLen), int(s.line), true
}

// Callers fills pc with the return program counters of the calling goroutine's stack: skip 0 is
// Callers itself, 1 its caller.
func Callers(skip int, pc []uintptr) int {
	if skip < 0 {
		skip = 0
	}
	n := tracePCs(skip, pc)
	for i := 0; i < n; i++ {
		pc[i]++
	}
	return n
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

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		s := siteOf(pc - 1)
		if s == nil {
			continue
		}
		f := funcOf(s)
		frame = Frame{
			PC:       pc - 1,
			Func:     (*Func)(unsafe.Pointer(f)),
			Function: tabString(f.name, f.nameLen),
			File:     tabString(f.file, f.fileLen),
			Line:     int(s.line),
			Entry:    uintptr(f.entry),
		}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// Func is a function in the running program (a record of the call-site table).
type Func struct {
	opaque struct{}
}

// FuncForPC returns the function containing pc (a pc from Callers, or a func value's code pointer
// from reflect: api_funcpc.go), or nil.
func FuncForPC(pc uintptr) *Func {
	s := siteOf(pc)
	if s == nil {
		return (*Func)(unsafe.Pointer(funcByCode(pc)))
	}
	return (*Func)(unsafe.Pointer(funcOf(s)))
}

func (f *Func) raw() *pcFunc {
	return (*pcFunc)(unsafe.Pointer(f))
}

// Name returns the name of the function ("" for nil).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return tabString(f.raw().name, f.raw().nameLen)
}

// Entry returns the entry address of the function (0 for nil).
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return uintptr(f.raw().entry)
}

// FileLine returns the file and line of pc in f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	if f == nil {
		return "", 0
	}
	if s := siteOf(pc); s != nil {
		g := funcOf(s)
		return tabString(g.file, g.fileLen), int(s.line)
	}
	return tabString(f.raw().file, f.raw().fileLen), int(f.raw().argsLine >> 1)
}

// Stack formats a stack trace of the calling goroutine into buf, as Go's tracebacks look (without
// argument values; the `+0x` offsets are those of gowasm's pcs: a call site's pc minus its
// function's entry); all adds nothing.
func Stack(buf []byte, all bool) int {
	id := int64(1)
	if curg != nil {
		id = curg.id
	}
	out := "goroutine " + itoa(id) + " [running]:\n"
	var pcs [64]uintptr
	n := Callers(1, pcs[:])
	frames := CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		if fr.Function != "" {
			args := "()"
			if (*pcFunc)(unsafe.Pointer(fr.Func)).argsLine&1 != 0 {
				args = "(...)" // (the values are not known)
			}
			out += fr.Function + args + "\n\t" + fr.File + ":" + itoa(int64(fr.Line))
			if fr.PC > fr.Entry {
				out += " +0x" + utox(uint64(fr.PC-fr.Entry))
			}
			out += "\n"
		}
		if !more {
			break
		}
	}
	return copy(buf, out)
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
