// Promoted methods of unnamed struct types and pointers to them reached through an interface:
// struct{ I }, *struct{ I }, struct{ *S1 }, and a struct embedding an interface.
package main

type S string
type S1 string
type I int
type I1 int
type T struct{ x int }
type T1 T

func (s S) val() int   { return 1 }
func (s *S1) val() int { return 2 }
func (i I) val() int   { return 3 }
func (i *I1) val() int { return 4 }
func (t T) val() int   { return 7 }
func (t *T1) val() int { return 8 }

type Val interface{ val() int }

func val(v Val) int { return v.val() }

func main() {
	var zs struct{ S }
	var zps struct{ *S1 }
	var zi struct{ I }
	var zpi struct{ *I1 }
	var zpt struct{ *T1 }
	var zt struct{ T }
	var zv struct{ Val }
	println(val(zs))
	println(val(zps))
	println(val(zi))
	println(val(zpi))
	println(val(zt))
	println(val(zpt))
	zv.Val = zi
	println(zv.val())
	println(val(zv))
	zv.Val = &zi
	println(val(zv))
	println(val(&zs), val(&zi), val(&zt), val(&zv))
}
