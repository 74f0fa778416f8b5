// This file implements the runtime side of internal/godebug: it tells the
// package the GODEBUG defaults and environment value (at registration and
// whenever the program changes $GODEBUG through os.Setenv), keeps the
// non-default counter factory, and lets it write to stderr (runtime.write,
// wasi.go). The runtime's own settings are not parsed: none of them changes
// gowasm's runtime. Metrics (runtime/metrics) are not kept.

package runtime

import _ "unsafe" // for go:linkname

// godebugDefault is the GODEBUG default of the main module (Go's linker
// derives it from go.mod's go line; a module at the current Go version has
// none).
const godebugDefault = ""

// godebugEnv is the current value of $GODEBUG; godebugRead tells whether it
// was read from the starting environment.
var godebugEnv string
var godebugRead bool

var godebugUpdate func(string, string)
var godebugNewIncNonDefault func(string) func()

// godebugNotify calls internal/godebug's update function with the defaults
// and the environment value.
func godebugNotify(envChanged bool) {
	if !godebugRead {
		godebugRead = true
		if !envChanged {
			godebugEnv = gogetenv("GODEBUG")
		}
	}
	if godebugUpdate != nil {
		godebugUpdate(godebugDefault, godebugEnv)
	}
}

//go:linkname godebug_setUpdate internal/godebug.setUpdate
func godebug_setUpdate(update func(string, string)) {
	godebugUpdate = update
	godebugNotify(false)
}

//go:linkname godebug_setNewIncNonDefault internal/godebug.setNewIncNonDefault
func godebug_setNewIncNonDefault(f func(string) func()) {
	godebugNewIncNonDefault = f
}

//go:linkname godebug_registerMetric internal/godebug.registerMetric
func godebug_registerMetric(name string, read func() uint64) {}
