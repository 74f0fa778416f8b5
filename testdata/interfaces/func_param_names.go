package main

// Func types that differ only in parameter and result names are identical:
// one type descriptor, so assertions and type switches match across them.

import "fmt"

func f() (ok bool)                { return true }
func g(a, b int) (sum int)        { return a + b }
func h(x int, rest ...string) int { return x + len(rest) }

func main() {
	var i any = f
	_, ok1 := i.(func() bool)
	_, ok2 := i.(func() (ok bool))
	_, ok3 := i.(func() (b bool))
	fmt.Println(ok1, ok2, ok3)
	for _, v := range []any{f, g, h} {
		switch fn := v.(type) {
		case func() bool:
			fmt.Println("func() bool", fn())
		case func(int, int) int:
			fmt.Println("func(int, int) int", fn(1, 2))
		case func(n int, s ...string) (r int):
			fmt.Println("func(int, ...string) int", fn(1, "a", "b"))
		}
		fmt.Printf("%T\n", v)
	}
	var p any = (*func(x int) (y int))(nil)
	_, ok := p.(*func(int) int)
	fmt.Println(ok)
}
