// This file declares the WASI preview 1 imports the runtime uses and wraps
// them: write(fd, p, n) writes all n bytes (looping over short writes), exit
// ends the process. The iovec and the result word live in package variables
// so that writing never allocates.

package runtime

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 fd_write
func fd_write(fd int32, iovs unsafe.Pointer, iovsLen int32, nwritten unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 proc_exit
func proc_exit(code int32)

// wasiIovec is {buf uint32, len uint32}; wasiWritten receives the count.
var wasiIovec [2]uint32
var wasiWritten [1]uint32

// write writes p[0:n] to fd and returns the number of bytes written (less
// than n after an error). internal/godebug links to it as runtime.write.
func write(fd uintptr, p unsafe.Pointer, n int32) int32 {
	done := int32(0)
	for done < n {
		wasiIovec[0] = uint32(uintptr(p))
		wasiIovec[1] = uint32(n - done)
		errno := fd_write(int32(fd), unsafe.Pointer(&wasiIovec[0]), 1, unsafe.Pointer(&wasiWritten[0]))
		if errno != 0 {
			break
		}
		w := wasiWritten[0]
		if w == 0 {
			break
		}
		p = unsafe.Add(p, w)
		done += int32(w)
	}
	return done
}

func exit(code int32) {
	proc_exit(code)
	trap()
}
