// This file declares the intrinsics: runtime functions without a body that
// the wasm backend expands inline (compiler/wasm/intrinsics.ts). See
// README.md for the full compiler<->runtime ABI.

package runtime

import "unsafe"

// memoryGrow grows linear memory by pages (64 KiB each); returns the old size in pages, or -1.
func memoryGrow(pages int32) int32

// memorySize returns the size of linear memory in pages.
func memorySize() int32

// heapStart returns the first address after the static data (16-aligned).
func heapStart() uintptr

// memmove copies n bytes from src to dst; the areas may overlap.
func memmove(dst unsafe.Pointer, src unsafe.Pointer, n uintptr)

// memclr zeroes n bytes at p.
func memclr(p unsafe.Pointer, n uintptr)

// trap aborts execution (wasm unreachable).
func trap()

func float64bits(f float64) uint64
func float64frombits(b uint64) float64
func float32bits(f float32) uint32
func float32frombits(b uint32) float32

// unwinding and setUnwinding read and write the panic unwinding flag (global __unwinding), which
// compiled code tests after every call that may panic (compiler/wasm/panics.ts).
func unwinding() bool
func setUnwinding(b bool)

// traceTop and setTraceTop read and write the innermost trace record of the calling goroutine's
// stack, pcTable returns the call-site table (compiler/wasm/traceback.ts; 0 and no records when
// the program does not reach Callers).
func traceTop() uintptr
func setTraceTop(p uintptr)
func pcTable() uintptr

// funcTable returns the table naming func values' code (compiler/wasm/funcnames.ts; 0 when the
// program does not reach FuncForPC).
func funcTable() uintptr

// memProfileOn reports whether the program can read memory profiles: code outside package runtime
// refers to MemProfile (a constant; memprof.go samples allocations only then).
func memProfileOn() bool

// getsp and setsp read and write the shadow stack pointer (global __sp).
func getsp() uintptr
func setsp(sp uintptr)

// asyncifyOn reports whether the program has goroutines to switch between
// (it reaches a `go` statement): then the module is built with Asyncify and
// the functions below are Asyncify's (imports of module "asyncify" that the
// pass turns into its own functions); otherwise they trap.
func asyncifyOn() bool

func asyncStartUnwind(data unsafe.Pointer)
func asyncStopUnwind()
func asyncStartRewind(data unsafe.Pointer)
func asyncStopRewind()
