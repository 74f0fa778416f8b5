// Compile errors are reported where //line and /*line*/ directives say, as gc
// reports them: a directive without a column gives positions without one.
package main

//line foo.go:10
func main() { x := 1 }

//line bar.go:5:3
func f() { y := 2 }

/*line baz.go:7:9*/ func g() { z := 3 }

//line :40
func h() { var w int }
