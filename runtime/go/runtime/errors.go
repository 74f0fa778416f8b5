// This file implements the run-time error values: what recover() returns for
// a panic the runtime raised (index out of range, nil dereference, ...). Go's
// runtime uses several types (boundsError, errorString, ...); here one type
// carries the message, whose Error() is Go's exact text.

package runtime

// Error is runtime.Error.
type Error interface {
	error
	RuntimeError()
}

// errorString is a run-time error; the value is the whole message.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return string(e)
}

// runtimeErrorValue boxes a run-time error message as the value recover() returns.
func runtimeErrorValue(msg string) any {
	return errorString(msg)
}

// utoa formats v in decimal.
func utoa(v uint64) string {
	var buf [24]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte(v%10 + '0')
		v /= 10
	}
	i--
	buf[i] = byte(v + '0')
	return string(buf[i:])
}

// utox formats v in hexadecimal (lower case, no prefix).
func utox(v uint64) string {
	var buf [16]byte
	i := len(buf)
	for {
		i--
		buf[i] = "0123456789abcdef"[v&15]
		v >>= 4
		if v == 0 {
			return string(buf[i:])
		}
	}
}

// itoa formats v in decimal.
func itoa(v int64) string {
	if v < 0 {
		return "-" + utoa(uint64(-v))
	}
	return utoa(uint64(v))
}

// The run-time errors package math/bits panics with (its overflowError and
// divideError variables are these, through //go:linkname pulls).
var (
	overflowError = error(errorString("runtime error: integer overflow"))
	divideError   = error(errorString("runtime error: integer divide by zero"))
)
