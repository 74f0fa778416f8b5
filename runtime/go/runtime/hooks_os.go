// This file implements the process environment: the program's arguments and
// environment variables (read once from WASI args_get / environ_get), and
// the hooks of packages os and syscall that Go's runtime serves: os.Args,
// syscall's copy of the environment, Setenv/Unsetenv/Clearenv notifications
// (only GODEBUG matters to the runtime, see hooks_godebug.go), Exit, the page
// size and os's hooks before exit and on a write to a closed pipe.

package runtime

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 args_sizes_get
func args_sizes_get(argc unsafe.Pointer, argvBufSize unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 args_get
func args_get(argv unsafe.Pointer, argvBuf unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 environ_sizes_get
func environ_sizes_get(count unsafe.Pointer, bufSize unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 environ_get
func environ_get(env unsafe.Pointer, envBuf unsafe.Pointer) int32

var argslice []string
var envs []string
var argsRead bool

var sizesBuf [2]uint32

// wasiStrings reads a WASI string list (arguments or environment) with the
// given sizes and get functions' results: NUL-terminated strings whose
// addresses fill an array of count pointers.
func wasiStrings(env bool) []string {
	var errno int32
	if env {
		errno = environ_sizes_get(unsafe.Pointer(&sizesBuf[0]), unsafe.Pointer(&sizesBuf[1]))
	} else {
		errno = args_sizes_get(unsafe.Pointer(&sizesBuf[0]), unsafe.Pointer(&sizesBuf[1]))
	}
	if errno != 0 || sizesBuf[0] == 0 {
		return nil
	}
	n := uintptr(sizesBuf[0])
	ptrs := alloc(n * 4)
	buf := alloc(uintptr(sizesBuf[1]) + 1)
	if env {
		errno = environ_get(ptrs, buf)
	} else {
		errno = args_get(ptrs, buf)
	}
	if errno != 0 {
		return nil
	}
	out := make([]string, n)
	for i := uintptr(0); i < n; i++ {
		p := unsafe.Pointer(uintptr(*(*uint32)(unsafe.Add(ptrs, i*4))))
		l := 0
		for *(*byte)(unsafe.Add(p, l)) != 0 {
			l++
		}
		out[i] = unsafe.String((*byte)(p), l)
	}
	return out
}

func readArgs() {
	if argsRead {
		return
	}
	argsRead = true
	argslice = wasiStrings(false)
	envs = wasiStrings(true)
}

// gogetenv returns the value of environment variable key as the program
// started with it ("" if unset).
func gogetenv(key string) string {
	readArgs()
	for _, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:]
		}
	}
	return ""
}

//go:linkname os_runtime_args os.runtime_args
func os_runtime_args() []string {
	readArgs()
	return append([]string{}, argslice...)
}

//go:linkname syscall_runtime_envs syscall.runtime_envs
func syscall_runtime_envs() []string {
	readArgs()
	return append([]string{}, envs...)
}

//go:linkname syscall_runtimeSetenv syscall.runtimeSetenv
func syscall_runtimeSetenv(key string, value string) {
	if key == "GODEBUG" {
		godebugEnv = value
		godebugNotify(true)
	}
}

//go:linkname syscall_runtimeUnsetenv syscall.runtimeUnsetenv
func syscall_runtimeUnsetenv(key string) {
	if key == "GODEBUG" {
		godebugEnv = ""
		godebugNotify(true)
	}
}

// syscall_runtimeClearenv is told the environment before it is cleared (a
// map[string]int, our *hmap).
//
//go:linkname syscall_runtimeClearenv syscall.runtimeClearenv
func syscall_runtimeClearenv(env *hmap) {
	if env != nil && mapaccess_faststr(env, "GODEBUG") != nil {
		godebugEnv = ""
		godebugNotify(true)
	}
}

//go:linkname syscall_Exit syscall.Exit
func syscall_Exit(code int) {
	exit(int32(code))
}

//go:linkname syscall_Getpagesize syscall.Getpagesize
func syscall_Getpagesize() int {
	return 65536 // the wasm page
}

//go:linkname os_runtime_beforeExit os.runtime_beforeExit
func os_runtime_beforeExit(exitCode int) {
	// Go runs its exit hooks (coverage, race detector) here: gowasm has none.
}

//go:linkname os_sigpipe os.sigpipe
func os_sigpipe() {
	throw("too many writes on closed pipe")
}
