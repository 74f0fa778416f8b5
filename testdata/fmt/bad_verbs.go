// Printf argument errors and argument indexes: wrong types, missing and extra
// arguments, bad indexes, widths and precisions, unknown verbs, %!(NOVERB),
// explicit indexes [n] with * widths, and %% literals.
package main

import "fmt"

type T struct{ A int }

func main() {
	lines := []string{
		fmt.Sprintf("%d", "x"),
		fmt.Sprintf("%s", 42),
		fmt.Sprintf("%t", 1),
		fmt.Sprintf("%d", 1.5),
		fmt.Sprintf("%f", "s"),
		fmt.Sprintf("%c", "c"),
		fmt.Sprintf("%x", true),
		fmt.Sprintf("%d", T{1}),
		fmt.Sprintf("%s", []int{1}),
		fmt.Sprintf("%z", 3),
		fmt.Sprintf("%!", 3),
		fmt.Sprintf("%d"),
		fmt.Sprintf("%d %s", 1),
		fmt.Sprintf("%s %s %d", "a"),
		fmt.Sprintf("%d", 1, 2),
		fmt.Sprintf("no verbs", 1, "two", 3.0),
		fmt.Sprintf("%s", "a", []int{2}, nil),
		fmt.Sprintf("trailing %"),
		fmt.Sprintf("%-"),
		fmt.Sprintf("%[0]d", 1),
		fmt.Sprintf("%[3]d", 1, 2),
		fmt.Sprintf("%[x]d", 1),
		fmt.Sprintf("%[1", 1),
		fmt.Sprintf("%[2]d %[1]d", 10, 20),
		fmt.Sprintf("%[2]d %d %[1]d %d", 10, 20),
		fmt.Sprintf("%[1]d %[1]x %[1]o %[1]b %#[1]x", 42),
		fmt.Sprintf("%[3]*.[2]*[1]f", 12.0, 2, 6),
		fmt.Sprintf("%[1]*d", 5, 3),
		fmt.Sprintf("%*d", "w", 3),
		fmt.Sprintf("%.*d", "p", 3),
		fmt.Sprintf("%*d", 10000000, 3),
		fmt.Sprintf("%.*d", -1, 3),
		fmt.Sprintf("%*d|", -6, 3),
		fmt.Sprintf("%*d", 4),
		fmt.Sprintf("%.*s|%.*s", 2, "abcdef", 0, "xyz"),
		fmt.Sprintf("%d %d %#[1]x %#x", 16, 17),
		fmt.Sprintf("%.[2]d", 7),
		fmt.Sprintf("%[2]*[1]d|", 12, 5),
		fmt.Sprintf("100%%"),
		fmt.Sprintf("%5%|%-5%|"),
		fmt.Sprintf("%d%%", 50),
		fmt.Sprintf("%v %v", nil, []any{nil}),
		fmt.Sprintf("%d %s", nil, nil),
		fmt.Sprintf("%!d(string=x) is literal? %s", "no"),
		fmt.Sprintf("%w", "not an error"),
		fmt.Sprintf("%.3.4d", 1),
		fmt.Sprintf("%10.", 1.5),
		fmt.Sprintf("%+-#0 d", 5),
		fmt.Sprintf("%é", 1),
	}
	for i, l := range lines {
		fmt.Printf("%2d: %s\n", i, l)
	}

	// The same errors through Printf, Fprintf and Errorf.
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%q\n", 1, 2)
	fmt.Println(fmt.Errorf("%d", "bad"), fmt.Errorf("extra", 1))

	// Println and Sprint spacing rules with operands of every kind.
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"), fmt.Sprint(1, "a", 2), fmt.Sprint(1.5, true, nil, 'x'))
	fmt.Println(fmt.Sprint("a", "b"), fmt.Sprint([]int{1}, []int{2}), fmt.Sprint(T{1}, T{2}), fmt.Sprint(nil, nil))
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), fmt.Sprintln(nil), fmt.Sprint(""), fmt.Sprint("", 1, ""))
	fmt.Print(fmt.Sprintln("a", 1, "b", 2.5, nil))
}
