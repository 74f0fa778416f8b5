package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	name string
	data []string
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int {
	f.data = append(f.data, s)
	return len(s)
}

type ROFile struct{ content string }

func (r ROFile) Read() string { return r.content }

type Big struct {
	A, B, C, D int64
	S        string
	Arr      [40]int32
}

func main() {
	var r Reader = &File{name: "f"}
	if w, ok := r.(Writer); ok {
		println("writer", w.Write("hello"), w.Write("world"))
	}
	if rw, ok := r.(ReadWriter); ok {
		println("readwriter", rw.Read())
	}
	f, ok := r.(*File)
	println(ok, f.name, len(f.data))
	_, ok = r.(ROFile)
	println("ROFile?", ok)

	r = ROFile{"static"}
	_, ok = r.(Writer)
	println("writer?", ok)
	ro, ok := r.(ROFile)
	println(ok, ro.content)
	fp, ok := r.(*File)
	println(ok, fp == nil)

	var empty any
	_, ok = empty.(Reader)
	println("nil to Reader:", ok)
	_, ok = empty.(any)
	println("nil to any:", ok)
	s, ok := empty.(string)
	println("nil to string:", ok, len(s))

	empty = 3.5
	_, ok = empty.(any)
	println("float to any:", ok)
	n, ok := empty.(int)
	println("float to int:", ok, n)
	fl, ok := empty.(float64)
	println("float to float64:", ok, fl)

	var b Big
	b.A, b.D, b.S = 1, 4, "big"
	for i := range b.Arr {
		b.Arr[i] = int32(i * i)
	}
	empty = b
	b.A = 100
	got, ok := empty.(Big)
	println(ok, got.A, got.D, got.S, got.Arr[39])
	_, ok = empty.(*Big)
	println(ok)

	things := []any{1, "two", 3.0, []byte("four"), nil, ROFile{"five"}}
	sum := 0
	for _, t := range things {
		if i, ok := t.(int); ok {
			sum += i
		} else if s, ok := t.(string); ok {
			sum += len(s) * 10
		} else if bs, ok := t.([]byte); ok {
			sum += len(bs) * 100
		} else if r, ok := t.(Reader); ok {
			sum += len(r.Read()) * 1000
		}
	}
	println("sum", sum)
}
