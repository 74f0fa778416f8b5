// This file implements the printing of a panic value as Go prints it after
// "panic: ": an error prints its Error(), a Stringer its String(), values of
// basic kinds print by value (named basic types as main.T(5), main.E("x")),
// anything else as "(TYPE) 0xADDR". defer.go's printpanics calls it.

package runtime

import "unsafe"

type stringer interface {
	String() string
}

// printpanicval prints a panic value (without the "panic: " prefix).
func printpanicval(v any) {
	if v == nil {
		printstring("panic called with nil argument")
		return
	}
	if e, ok := v.(error); ok {
		printpanicstr(e.Error())
		return
	}
	if s, ok := v.(stringer); ok {
		printpanicstr(s.String())
		return
	}
	ep := (*eface)(unsafe.Pointer(&v))
	t := ep.typ
	d := ep.data
	k := int(t.kind)
	basic := k >= kindBool && k <= kindComplex128 || k == kindString
	if !basic {
		printstring("(")
		printstring(t.name)
		printstring(") ")
		printpointer(d)
		return
	}
	named := t.flags&flagNamed != 0
	if named {
		printstring(t.name)
		if k == kindString {
			printstring("(\"")
		} else {
			printstring("(")
		}
	}
	printbasicat(k, d)
	if named {
		if k == kindString {
			printstring("\")")
		} else {
			printstring(")")
		}
	}
}

// printbasicat prints the value of basic kind k stored at d.
func printbasicat(k int, d unsafe.Pointer) {
	switch k {
	case kindBool:
		printbool(*(*bool)(d))
	case kindInt, kindInt64:
		printint(*(*int64)(d))
	case kindInt8:
		printint(int64(*(*int8)(d)))
	case kindInt16:
		printint(int64(*(*int16)(d)))
	case kindInt32:
		printint(int64(*(*int32)(d)))
	case kindUint, kindUint64:
		printuint(*(*uint64)(d))
	case kindUint8:
		printuint(uint64(*(*uint8)(d)))
	case kindUint16:
		printuint(uint64(*(*uint16)(d)))
	case kindUint32, kindUintptr:
		printuint(uint64(*(*uint32)(d)))
	case kindFloat32:
		printfloat32(*(*float32)(d))
	case kindFloat64:
		printfloat(*(*float64)(d))
	case kindComplex64:
		c := (*[2]float32)(d)
		printcomplex64(c[0], c[1])
	case kindComplex128:
		c := (*[2]float64)(d)
		printcomplex(c[0], c[1])
	case kindString:
		printpanicstr(*(*string)(d))
	}
}
