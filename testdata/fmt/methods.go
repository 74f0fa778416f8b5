// Values with methods: Stringer, GoStringer, error, Formatter, which method
// wins for which verb, pointer versus value receivers, nil receivers, and
// methods that panic.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Both struct{ N int }

func (b Both) String() string { return fmt.Sprintf("Both<%d>", b.N) }
func (b Both) Error() string  { return fmt.Sprintf("both-error %d", b.N) }

type Go struct{ A, B int }

func (g Go) GoString() string { return fmt.Sprintf("mk(%d, %d)", g.A, g.B) }

type PtrStringer struct{ V int }

func (p *PtrStringer) String() string { return fmt.Sprintf("ptr-%d", p.V) }

type NilSafe struct{ name string }

func (n *NilSafe) String() string {
	if n == nil {
		return "nil-safe"
	}
	return n.name
}

type Boom struct{}

func (Boom) String() string { panic("boom") }

type NilBoom struct{ x int }

func (n *NilBoom) String() string { return strconv.Itoa(n.x) }

type ErrBoom struct{}

func (ErrBoom) Error() string { panic(errors.New("error exploded")) }

// Money implements Formatter: it sees the verb, the flags, width and precision.
type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s ", m.Cur)
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "Money{%d, %q}", m.Cents, m.Cur)
			return
		}
		fmt.Fprintf(f, "%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, " w=%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, " p=%d", p)
	}
	if f.Flag('-') {
		f.Write([]byte(" minus"))
	}
	if f.Flag(' ') {
		f.Write([]byte(" space"))
	}
	if f.Flag('0') {
		f.Write([]byte(" zero"))
	}
}

// FormatString is reconstructed from the State (fmt.FormatString).
type Echo struct{}

func (Echo) Format(f fmt.State, verb rune) { fmt.Fprint(f, fmt.FormatString(f, verb)) }

type Wrapper struct {
	C  Color
	T  Temp
	G  Go
	M  Money
	PS *PtrStringer
}

func main() {
	fmt.Println(Color(0), Color(1), Color(7), Temp(21.5))
	fmt.Printf("%v %s %d %x %q %5v|%-8s|%.2s\n", Color(1), Color(0), Color(1), Color(1), Color(0), Color(0), Color(1), Color(1))
	fmt.Printf("%v %+v %#v %T\n", Color(1), Color(1), Color(1), Color(1))
	fmt.Printf("%v %.3v %08v %s %x\n", Temp(-3), Temp(1), Temp(2), Temp(0.25), Temp(4))

	// Error takes precedence over String.
	fmt.Println(Both{1})
	fmt.Printf("%v %s %+v %#v %d\n", Both{2}, Both{3}, Both{4}, Both{5}, Both{6})
	var err error = Both{8}
	fmt.Println(err, []error{Both{9}, nil})

	// GoStringer is used by %#v only.
	fmt.Printf("%v %+v %#v %s\n", Go{1, 2}, Go{1, 2}, Go{1, 2}, Go{3, 4})
	fmt.Printf("%#v %#v\n", []Go{{5, 6}}, map[string]Go{"k": {7, 8}})

	// Pointer receivers: a value does not have the method, a pointer does.
	ps := &PtrStringer{4}
	fmt.Println(ps, *ps, []*PtrStringer{ps}, []PtrStringer{*ps})
	fmt.Printf("%v %s %+v %d\n", ps, ps, *ps, ps)

	// Nil receivers.
	var ns *NilSafe
	var nb *NilBoom
	var cs fmt.Stringer
	fmt.Println(ns, nb, cs)
	fmt.Printf("%v %s %d|%v|%+v\n", ns, nb, nb, cs, nb)

	// Methods that panic.
	fmt.Println(Boom{})
	fmt.Printf("%v|%s|%d|%#v\n", Boom{}, Boom{}, Boom{}, Boom{})
	fmt.Println(ErrBoom{})
	fmt.Printf("%v|%x\n", ErrBoom{}, ErrBoom{})

	// Formatter sees everything.
	m := Money{12345, "EUR"}
	fmt.Printf("%v|%+v|%#v|%s|%d|%x|%10.3v|%-v|% v|%06d\n", m, m, m, m, m, m, m, m, m, m)
	fmt.Println(m, []Money{{5, "USD"}, {199, "GBP"}})
	fmt.Print(m, "\n")
	fmt.Printf("%v\n", Wrapper{C: 1, T: 36.6, G: Go{1, 1}, M: m})
	fmt.Printf("%+v\n", Wrapper{C: 2, M: Money{1, "X"}})
	fmt.Printf("%#v\n", Wrapper{})
	for _, f := range []string{"%v", "%+v", "%#v", "%-10.3x", "% 08d", "%+#q", "%[1]s"} {
		fmt.Printf("%s -> %s\n", f, fmt.Sprintf(f, Echo{}))
	}
	fmt.Printf("%s %s\n", fmt.Sprintf("%*d", 3, Echo{}), fmt.Sprintf("%-*.*f", 7, 2, Echo{}))

	// Stringers nested in composites.
	fmt.Println([]Color{0, 1, 2}, map[Color]Temp{1: 10, 0: 20}, [2]fmt.Stringer{Color(1), Temp(2)})
	fmt.Printf("%d %v %s\n", []Color{0, 1}, struct{ C Color }{1}, []any{Color(0), Temp(1), 3})
}
