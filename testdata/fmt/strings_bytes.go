// Strings, byte slices, bools and runes: %s %q %#q %+q %x %X with spaces and
// #, %v, width and precision (which counts runes for strings).
package main

import "fmt"

func main() {
	strs := []string{"", "hello", "héllo, 世界", "tab\there", "quote\"back`tick", "\x00\x7f", "😀 emoji", "line\nbreak"}
	verbs := []string{"%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#X", "%10s", "%-10s|", "%.3s", "%8.2s", "%-8.2q|", "%.2x", "%010s", "%T"}
	for _, s := range strs {
		for _, v := range verbs {
			fmt.Printf("%s=[%s] ", v, fmt.Sprintf(v, s))
		}
		fmt.Println()
	}

	bs := [][]byte{nil, {}, []byte("abc"), {0, 1, 126, 127}, []byte("héllo")}
	for _, b := range bs {
		fmt.Printf("%s|%q|%x|% X|%v|%d|%#v|%T|%5s|%.2s|\n", b, b, b, b, b, b, b, b, b, b)
	}
	// Invalid UTF-8 only through verbs that escape it.
	bad := "\xfe\xff a\x80"
	fmt.Printf("%q %+q %x %X % x %v %d\n", bad, bad, bad, []byte(bad), bad, []byte(bad), []byte(bad))
	arr := [4]byte{'g', 'o', 0, 1}
	fmt.Printf("%s %x %v %q %d\n", arr, arr, arr, arr, arr)
	fmt.Printf("%x %X\n", []string{"ab", "cd"}, [2]string{"\xff", "z"})

	// Bools.
	for _, b := range []bool{true, false} {
		fmt.Printf("%t %v %5t|%-6t| %#v %T %q\n", b, b, b, b, b, b, b)
	}
	fmt.Println(true, false, []bool{true, false})

	// Runes in a []rune and a string of runes.
	rs := []rune("añ世")
	fmt.Printf("%v %c %q %U %x %s\n", rs, rs, rs, rs, rs, string(rs))

	// Named string and byte-slice types.
	type Name string
	type Blob []byte
	fmt.Printf("%v %s %q %x %T %#v\n", Name("ann"), Name("bob"), Name("c\"d"), Name("hi"), Name(""), Name("x"))
	fmt.Printf("%v %s %x %T %#v\n", Blob("ab"), Blob("cd"), Blob("ef"), Blob(nil), Blob("g"))

	// Sprint and Sprintln on strings: no spaces added between two strings by Sprint.
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, "d") + "|")
	fmt.Print("print", "without", "spaces", 1, 2, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Println("println", "adds", "spaces", 1, 2, true)
	fmt.Printf("%s|", fmt.Sprintln("ends", "with", "newline"))
	fmt.Println()
}
