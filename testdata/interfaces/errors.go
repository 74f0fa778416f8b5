package main

type error2 = error

type NotFound struct {
	Key string
}

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface {
	Temporary() bool
}

type TimeoutErr struct {
	Op   string
	Secs int
}

func (e TimeoutErr) Error() string   { return e.Op + ": timeout after " + itoa(e.Secs) + "s" }
func (e TimeoutErr) Temporary() bool { return true }

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

type strErr string

func (s strErr) Error() string { return string(s) }

var ErrEOF error = strErr("EOF")

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func is(err, target error) bool {
	for err != nil {
		if err == target {
			return true
		}
		err = unwrap(err)
	}
	return false
}

func find(db map[string]int, key string) (int, error) {
	v, ok := db[key]
	if !ok {
		return 0, &NotFound{key}
	}
	return v, nil
}

func read(n int) (int, error) {
	if n > 3 {
		return 0, &wrapped{"read " + itoa(n), ErrEOF}
	}
	if n == 2 {
		return 0, TimeoutErr{"read", 30}
	}
	return n * 10, nil
}

// returnsTypedNil returns a nil *NotFound inside a non-nil error.
func returnsTypedNil() error {
	var p *NotFound
	return p
}

func main() {
	db := map[string]int{"a": 1, "b": 2}
	for _, k := range []string{"a", "z", "b"} {
		v, err := find(db, k)
		if err != nil {
			println("error:", err.Error())
			if nf, ok := err.(*NotFound); ok {
				println("  missing key", nf.Key)
			}
			continue
		}
		println(k, "=", v)
	}
	for i := 0; i < 6; i++ {
		n, err := read(i)
		switch e := err.(type) {
		case nil:
			println("ok", n)
		case Temporary:
			println("temporary:", e.Temporary(), err.Error())
		default:
			println("failed:", e.Error(), is(err, ErrEOF))
		}
	}
	err := returnsTypedNil()
	println("typed nil is nil:", err == nil)
	var e2 error2 = strErr("x")
	println(e2 == strErr("x"), e2 == ErrEOF, ErrEOF == strErr("EOF"))
	var te error = TimeoutErr{"dial", 5}
	println(te == TimeoutErr{"dial", 5}, te == TimeoutErr{"dial", 6})
	if t, ok := te.(Temporary); ok && t.Temporary() {
		println("retry", te.Error())
	}
	println(is(&wrapped{"outer", &wrapped{"inner", ErrEOF}}, ErrEOF))
	println((&wrapped{"outer", &wrapped{"inner", ErrEOF}}).Error())
}
