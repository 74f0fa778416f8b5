// This file implements code pointers of func values: what reflect's
// Value.Pointer returns for a func (as gc's, the code's address, the same for
// every func value of one function), and FuncForPC of one. A func value is a
// closure object whose first word is its code's table index; its code pointer
// is codeBase + that index. The compiler names them only when the program
// reaches FuncForPC (compiler/wasm/funcnames.ts: funcTable(), a count then
// pcFunc records sorted by entry); otherwise FuncForPC of one is nil.

package runtime

import "unsafe"

// codeBase is where code pointers start (compiler/wasm/funcnames.ts CodeBase): above every pc
// of the call-site table.
const codeBase = 0xc000_0000

// reflectFuncCode returns the code pointer of the func value fv (a closure object), 0 for nil.
// Package reflect links to it (Value.Pointer).
func reflectFuncCode(fv unsafe.Pointer) uintptr {
	if fv == nil {
		return 0
	}
	return codeBase + uintptr(*(*uint32)(fv))
}

// funcByCode returns the record of the function whose code pointer is pc, or nil.
func funcByCode(pc uintptr) *pcFunc {
	t := funcTable()
	if t == 0 || pc < codeBase {
		return nil
	}
	n := int(*(*uint32)(unsafe.Pointer(t)))
	at := func(i int) *pcFunc { return (*pcFunc)(unsafe.Pointer(t + 4 + uintptr(i)*unsafe.Sizeof(pcFunc{}))) }
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if uintptr(at(m).entry) < pc {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < n && uintptr(at(lo).entry) == pc {
		return at(lo)
	}
	return nil
}
