// This file implements the runtime side of package runtime/trace: the hooks
// it reaches through //go:linkname. gowasm records no execution traces
// (StartTrace returns an error, api_stats.go), so tracing is never enabled:
// the user annotations (tasks, regions, logs) emit nothing, as Go's do when no
// trace is running, and there is never a generation to advance (ReadTrace
// returns nil: tracing is stopped). The trace clock is the monotonic clock in
// nanoseconds.

package runtime

//go:linkname trace_userTaskCreate runtime/trace.userTaskCreate
func trace_userTaskCreate(id, parentID uint64, taskType string) {}

//go:linkname trace_userTaskEnd runtime/trace.userTaskEnd
func trace_userTaskEnd(id uint64) {}

//go:linkname trace_userRegion runtime/trace.userRegion
func trace_userRegion(id, mode uint64, name string) {}

//go:linkname trace_userLog runtime/trace.userLog
func trace_userLog(id uint64, category, message string) {}

// traceAdvance ends the current trace generation (stopTrace: and the trace); without a trace
// there is none.
func traceAdvance(stopTrace bool) {}

// traceClockNow is the trace clock: the monotonic clock, in nanoseconds.
func traceClockNow() uint64 { return uint64(nanotime()) }

// traceClockUnitsPerSecond is the rate of traceClockNow.
//
//go:linkname traceClockUnitsPerSecond runtime/trace.runtime_traceClockUnitsPerSecond
func traceClockUnitsPerSecond() uint64 { return 1e9 }
