// Scanning (Sscan, Sscanln, Sscanf) and printing to writers: Fprint* to
// os.Stdout and os.Stderr, a strings.Builder, a bytes.Buffer, Append*.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	// Sscan: space-separated, newlines count as space.
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20\nthirty 4.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)

	// Sscanln stops at a newline.
	var x, y int
	n, err = fmt.Sscanln("1 2\n3", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanln("5\n6", &x, &y)
	fmt.Println(n, err, x)

	// Sscanf with verbs and literal text.
	var name string
	var age int
	var height float64
	n, err = fmt.Sscanf("name=bob age=42 h=1.85", "name=%s age=%d h=%f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)
	var h1, h2 int
	n, err = fmt.Sscanf("ff 0x10", "%x %v", &h1, &h2)
	fmt.Println(n, err, h1, h2)
	var r1, r2 rune
	var q string
	n, err = fmt.Sscanf(`ab "quoted str"`, "%c%c %q", &r1, &r2, &q)
	fmt.Println(n, err, string(r1), string(r2), q)
	var bv bool
	var u8 uint8
	n, err = fmt.Sscanf("true 255", "%t %d", &bv, &u8)
	fmt.Println(n, err, bv, u8)

	// Errors while scanning.
	n, err = fmt.Sscanf("12 abc", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("300", "%d", &u8)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x=1", "y=%d", &a)
	fmt.Println(n, err)

	// Fscan from a reader.
	var words []string
	rd := strings.NewReader("alpha beta  gamma\ndelta")
	for {
		var w string
		if _, err := fmt.Fscan(rd, &w); err != nil {
			fmt.Println("stop:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Println(len(words), words)

	// Writers.
	fmt.Fprintf(os.Stdout, "to stdout: %d %s\n", 1, "one")
	fmt.Fprintln(os.Stdout, "stdout", "line", 2)
	fmt.Fprint(os.Stdout, "stdout", "print", 3, "\n")
	fmt.Fprintf(os.Stderr, "to stderr: %q %v\n", "two", []int{2})
	fmt.Fprintln(os.Stderr, "stderr", "line")
	fmt.Fprint(os.Stderr, "stderr print ", 4, "\n")
	nw, err := fmt.Fprintf(os.Stdout, "%s|%5d|\n", "héllo", 7)
	fmt.Println("bytes written:", nw, err)

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d:%c]", i, 'a'+i)
	}
	fmt.Println(sb.String(), sb.Len())
	var buf bytes.Buffer
	fmt.Fprintln(&buf, "buffer", 1.5, true)
	fmt.Fprintf(&buf, "%08.3f", 3.14159)
	fmt.Printf("%q\n", buf.String())

	// Append, Appendf, Appendln.
	out := []byte("start:")
	out = fmt.Append(out, 1, "a", 2)
	out = fmt.Appendf(out, " %x-%X", 255, 255)
	out = fmt.Appendln(out, " end", true)
	fmt.Printf("%q\n", out)

	// Sprintf with a long result and padding beyond the small buffer.
	long := fmt.Sprintf("%200s|%-150d|", "r", 5)
	fmt.Println(len(long), strings.Count(long, " "), long[195:205])
}
