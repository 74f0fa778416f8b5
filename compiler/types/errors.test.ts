// This file checks the checker's error messages against what `go build`
// (go1.26, types2) prints for small erroneous programs. The expected output
// was recorded from real Go; the tests do not need Go at run time.

import { checkSource } from './testutil.js';

interface Case {
  name: string;
  src: string;
  want: string;
}

const cases: Case[] = [
  {
    name: "overflow_var",
    src: "package main\n\nfunc main() {\n\tvar x int8 = 300\n\t_ = x\n}\n",
    want: "overflow_var.go:4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)\n",
  },
  {
    name: "overflow_conv",
    src: "package main\n\nfunc main() {\n\t_ = byte(256)\n\tconst c = 256\n\t_ = byte(c)\n}\n",
    want: "overflow_conv.go:4:11: constant 256 overflows byte\noverflow_conv.go:6:11: constant 256 overflows byte\n",
  },
  {
    name: "truncated",
    src: "package main\n\nfunc main() {\n\tvar k int = 1.5\n\tvar i int\n\t_ = i + 1.5\n\t_ = k\n}\n",
    want: "truncated.go:4:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)\ntruncated.go:6:10: 1.5 (untyped float constant) truncated to int\n",
  },
  {
    name: "mismatched",
    src: "package main\n\ntype MyInt int\n\nfunc main() {\n\tvar i int\n\tvar m MyInt\n\t_ = i + m\n\t_ = i + \"a\"\n\tvar s string\n\t_ = s + 1\n\t_ = 1 + \"a\"\n}\n",
    want: "mismatched.go:8:6: invalid operation: i + m (mismatched types int and MyInt)\nmismatched.go:9:6: invalid operation: i + \"a\" (mismatched types int and untyped string)\nmismatched.go:11:6: invalid operation: s + 1 (mismatched types string and untyped int)\nmismatched.go:12:6: invalid operation: 1 + \"a\" (mismatched types untyped int and untyped string)\n",
  },
  {
    name: "unused",
    src: "package main\n\nfunc main() {\n\tx := 1\n\tvar y int\n\tz := 2\n\tz = 3\n}\n",
    want: "unused.go:4:2: declared and not used: x\nunused.go:5:6: declared and not used: y\nunused.go:6:2: declared and not used: z\n",
  },
  {
    name: "unused_import",
    src: "package main\n\nimport \"unsafe\"\n\nfunc main() {\n}\n",
    want: "unused_import.go:3:8: \"unsafe\" imported and not used\n",
  },
  {
    name: "undefined",
    src: "package main\n\nfunc main() {\n\t_ = foo\n\tbar()\n}\n",
    want: "undefined.go:4:6: undefined: foo\nundefined.go:5:2: undefined: bar\n",
  },
  {
    name: "missing_return",
    src: "package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc g() int {\n\tfor {\n\t}\n}\n\nfunc h(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tdefault:\n\t\tpanic(\"x\")\n\t}\n}\n\nfunc main() {\n\t_ = f(1) + g() + h(1)\n}\n",
    want: "missing_return.go:7:1: missing return\n",
  },
  {
    name: "assign_types",
    src: "package main\n\ntype S struct{ a int }\n\nfunc main() {\n\tvar s S\n\tvar i int\n\ti = s\n\tvar f float64\n\ti = f\n\tvar p *int = &f\n\t_, _ = i, p\n}\n",
    want: "assign_types.go:8:6: cannot use s (variable of struct type S) as int value in assignment\nassign_types.go:10:6: cannot use f (variable of type float64) as int value in assignment\nassign_types.go:11:15: cannot use &f (value of type *float64) as *int value in variable declaration\n",
  },
  {
    name: "selectors",
    src: "package main\n\ntype S struct{ a int }\n\nfunc (s *S) M() {}\n\nfunc main() {\n\tvar s S\n\t_ = s.b\n\ts.a()\n\tt := 10\n\t_ = t.x\n\tS{}.M()\n}\n",
    want: "selectors.go:9:8: s.b undefined (type S has no field or method b)\nselectors.go:10:2: invalid operation: cannot call s.a (variable of type int): int is not a function\nselectors.go:12:8: t.x undefined (type int has no field or method x)\nselectors.go:13:6: cannot call pointer method M on S\n",
  },
  {
    name: "call_args",
    src: "package main\n\nfunc f(a int, b string) {}\nfunc g() (int, int) { return 1, 2 }\n\nfunc main() {\n\tf(1)\n\tf(1, \"a\", 3)\n\tf(g())\n\tx := g()\n\tvar a, b, c = g()\n\t_, _, _, _ = x, a, b, c\n}\n",
    want: "call_args.go:7:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)\ncall_args.go:8:12: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)\ncall_args.go:9:4: cannot use g() (value of type int) as string value in argument to f\ncall_args.go:10:7: assignment mismatch: 1 variable but g returns 2 values\ncall_args.go:11:16: assignment mismatch: 3 variables but g returns 2 values\n",
  },
  {
    name: "returns",
    src: "package main\n\nfunc f() (int, string) {\n\treturn 1\n}\n\nfunc g() {\n\treturn 1\n}\n\nfunc h() int {\n\treturn\n}\n\nfunc main() {\n\tf()\n\tg()\n\th()\n}\n",
    want: "returns.go:4:9: not enough return values\n\thave (number)\n\twant (int, string)\nreturns.go:8:9: too many return values\n\thave (number)\n\twant ()\nreturns.go:12:2: not enough return values\n\thave ()\n\twant (int)\n",
  },
  {
    name: "div_zero",
    src: "package main\n\nfunc main() {\n\tx := 10\n\t_ = x / 0\n\t_ = 1.0 / 0\n\tconst c int8 = 100\n\t_ = c * 2\n}\n",
    want: "div_zero.go:5:10: invalid operation: division by zero\ndiv_zero.go:6:12: invalid operation: division by zero\ndiv_zero.go:8:6: c * 2 (constant 200 of type int8) overflows int8\n",
  },
  {
    name: "shifts",
    src: "package main\n\nfunc main() {\n\t_ = 1 << 1.5\n\t_ = 1.5 << 2\n\tvar f float64\n\t_ = f << 2\n\tvar s uint = 3\n\tvar g float64 = 1 << s\n\t_ = g\n\t_ = 1 << -1\n}\n",
    want: "shifts.go:4:11: 1.5 (untyped float constant) truncated to uint\nshifts.go:5:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer\nshifts.go:7:6: invalid operation: shifted operand f (variable of type float64) must be integer\nshifts.go:9:18: invalid operation: shifted operand 1 (type float64) must be integer\nshifts.go:11:11: invalid operation: negative shift count -1 (untyped int constant)\n",
  },
  {
    name: "unary",
    src: "package main\n\nfunc main() {\n\tvar i int\n\t_ = -true\n\t_ = !i\n\t_ = *i\n\t_ = &1\n\t_ = ^1.5\n}\n",
    want: "unary.go:5:7: invalid operation: operator - not defined on true (untyped bool constant)\nunary.go:6:7: invalid operation: operator ! not defined on i (variable of type int)\nunary.go:7:7: invalid operation: cannot indirect i (variable of type int)\nunary.go:8:7: invalid operation: cannot take address of 1 (untyped int constant)\nunary.go:9:7: invalid operation: operator ^ not defined on 1.5 (untyped float constant)\n",
  },
  {
    name: "compare",
    src: "package main\n\nfunc main() {\n\tvar sl []int\n\tvar i int\n\t_ = sl == sl\n\t_ = sl < sl\n\t_ = i < \"a\"\n\t_ = i == nil\n\tvar f func()\n\t_ = f == f\n\t_ = nil == nil\n}\n",
    want: "compare.go:6:6: invalid operation: sl == sl (slice can only be compared to nil)\ncompare.go:7:6: invalid operation: sl < sl (operator < not defined on slice)\ncompare.go:8:10: invalid operation: i < \"a\" (mismatched types int and untyped string)\ncompare.go:9:11: invalid operation: i == nil (mismatched types int and untyped nil)\ncompare.go:11:6: invalid operation: f == f (func can only be compared to nil)\ncompare.go:12:13: invalid operation: nil == nil (operator == not defined on untyped nil)\n",
  },
  {
    name: "branch",
    src: "package main\n\nfunc main() {\n\tbreak\n\tcontinue\n\tfor {\n\t\tfallthrough\n\t}\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n",
    want: "branch.go:4:2: break is not in a loop, switch, or select\nbranch.go:5:2: continue is not in a loop\nbranch.go:7:3: fallthrough statement out of place\nbranch.go:11:3: cannot fallthrough final case in switch\n",
  },
  {
    name: "labels",
    src: "package main\n\nfunc main() {\nL:\n\tfor {\n\t\tbreak M\n\t}\n\tgoto N\n\tx := 1\nN:\n\t_ = x\nU:\n\tprintln()\n}\n",
    want: "labels.go:4:1: label L defined and not used\nlabels.go:6:9: break label not defined: M\nlabels.go:8:7: goto N jumps over declaration of x at labels.go:9:4\nlabels.go:12:1: label U defined and not used\n",
  },
  {
    name: "redecl",
    src: "package main\n\nvar a int\nvar a string\n\nfunc f() {}\nfunc f() {}\n\nfunc main() {\n\tx := 1\n\tx := 2\n\tvar y int\n\tvar y int\n\t_, _ = x, y\n}\n",
    want: "redecl.go:4:5: a redeclared in this block\n\tredecl.go:3:5: other declaration of a\nredecl.go:7:6: f redeclared in this block\n\tredecl.go:6:6: other declaration of f\nredecl.go:11:4: no new variables on left side of :=\nredecl.go:13:6: y redeclared in this block\n\tredecl.go:12:6: other declaration of y\n",
  },
  {
    name: "nonbool",
    src: "package main\n\nfunc main() {\n\tif 1 {\n\t}\n\tfor \"x\" {\n\t}\n\tx := 1\n\tx, y := 2\n\t_, _ = x, y\n}\n",
    want: "nonbool.go:4:5: non-boolean condition in if statement\nnonbool.go:6:6: non-boolean condition in for statement\nnonbool.go:9:10: assignment mismatch: 2 variables but 1 value\n",
  },
  {
    name: "not_used",
    src: "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tx := 1\n\tx + 1\n\tf\n\tlen(\"abc\")\n\tint\n\t_ = x\n}\n",
    want: "not_used.go:7:2: x + 1 (value of type int) is not used\nnot_used.go:8:2: f (value of type func() int) is not used\nnot_used.go:9:2: len(\"abc\") (constant 3 of type int) is not used\nnot_used.go:10:2: int (type) is not an expression\n",
  },
  {
    name: "literals",
    src: "package main\n\ntype P struct{ x, y int }\n\nfunc main() {\n\t_ = P{1}\n\t_ = P{1, 2, 3}\n\t_ = P{x: 1, z: 2}\n\t_ = P{x: 1, 2}\n\t_ = [2]int{1, 2, 3}\n\t_ = []int{0: 1, 0: 2}\n\t_ = map[string]int{\"a\": 1, \"a\": 2}\n}\n",
    want: "literals.go:6:9: too few values in struct literal of type P\nliterals.go:7:14: too many values in struct literal of type P\nliterals.go:8:14: unknown field z in struct literal of type P\nliterals.go:9:14: mixture of field:value and value elements in struct literal\nliterals.go:10:19: index 2 is out of bounds (>= 2)\nliterals.go:11:18: duplicate index 0 in array or slice literal\nliterals.go:12:29: duplicate key \"a\" in map literal\n",
  },
  {
    name: "builtins",
    src: "package main\n\nfunc main() {\n\tvar i int\n\t_ = len(i)\n\t_ = append(i, 1)\n\t_ = make(int)\n\t_ = make([]int)\n\tcopy(i, i)\n\t_ = cap()\n\t_ = len(1, 2)\n\t_ = min(\"a\", 1)\n\tvar s []int\n\t_ = make([]int, 10, 5)\n\tappend(s, 1)\n}\n",
    want: "builtins.go:5:10: invalid argument: i (variable of type int) for built-in len\nbuiltins.go:6:13: invalid append: argument must be a slice; have i (variable of type int)\nbuiltins.go:7:11: invalid argument: cannot make int: type must be slice, map, or channel\nbuiltins.go:8:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1\nbuiltins.go:9:7: invalid copy: argument must be a slice; have i (variable of type int)\nbuiltins.go:10:6: invalid operation: not enough arguments for cap() (expected 1, found 0)\nbuiltins.go:11:6: invalid operation: too many arguments for len(1, 2) (expected 1, found 2)\nbuiltins.go:12:15: invalid argument: mismatched types untyped string (previous argument) and untyped int (type of 1)\nbuiltins.go:14:18: invalid argument: length and capacity swapped\nbuiltins.go:15:2: append(s, 1) (value of type []int) is not used\n",
  },
  {
    name: "index",
    src: "package main\n\nfunc main() {\n\tvar a [3]int\n\t_ = a[5]\n\t_ = a[-1]\n\ts := \"abc\"\n\t_ = s[1.5]\n\tvar i int\n\t_ = i[0]\n\t_ = a[2:1]\n\t_ = \"abc\"[1:2:3]\n}\n",
    want: "index.go:5:8: invalid argument: index 5 out of bounds [0:3]\nindex.go:6:8: invalid argument: index -1 (constant of type int) must not be negative\nindex.go:8:8: 1.5 (untyped float constant) truncated to int\nindex.go:10:7: cannot index i (variable of type int)\nindex.go:11:10: invalid slice indices: 1 < 2\nindex.go:12:16: invalid operation: 3-index slice of string\n",
  },
  {
    name: "conversions",
    src: "package main\n\nfunc main() {\n\tvar s string\n\t_ = int(s)\n\tvar f float64\n\t_ = string(f)\n\t_ = []int(s)\n\tvar p *int\n\t_ = uintptr(p)\n}\n",
    want: "conversions.go:5:10: cannot convert s (variable of type string) to type int\nconversions.go:7:13: cannot convert f (variable of type float64) to type string\nconversions.go:8:12: cannot convert s (variable of type string) to type []int\nconversions.go:10:14: cannot convert p (variable of type *int) to type uintptr\n",
  },
  {
    name: "consts",
    src: "package main\n\nfunc f() int { return 1 }\n\nconst c = f()\nconst d int = \"s\"\n\nvar v = iota\n\nfunc main() {\n\tconst e uint8 = 255 + 1\n\t_ = e\n}\n",
    want: "consts.go:5:11: f() (value of type int) is not constant\nconsts.go:6:15: cannot use \"s\" (untyped string constant) as int value in constant declaration\nconsts.go:8:9: cannot use iota outside constant declaration\nconsts.go:11:18: cannot use 255 + 1 (untyped int constant 256) as uint8 value in constant declaration (overflows)\n",
  },
  {
    name: "types",
    src: "package main\n\ntype T struct{ t T }\n\ntype A [2]A\n\nvar x [-1]int\n\nfunc main() {\n\tvar n = 3\n\tvar y [n]int\n\t_ = y\n}\n",
    want: "types.go:3:6: invalid recursive type: T refers to itself\ntypes.go:5:6: invalid recursive type: A refers to itself\ntypes.go:7:8: invalid array length -1 (untyped int constant)\ntypes.go:10:6: declared and not used: n\ntypes.go:11:9: invalid array length n\n",
  },
  {
    name: "methods",
    src: "package main\n\ntype T int\n\nfunc (t T) M() {}\nfunc (t T) M() {}\nfunc (int) N() {}\n\ntype P *T\n\nfunc (p P) Q() {}\n\nfunc main() {\n}\n",
    want: "methods.go:6:12: method T.M already declared at methods.go:5:12\nmethods.go:7:7: cannot define new methods on non-local type int\nmethods.go:11:9: invalid receiver type P (pointer or interface type)\n",
  },
  {
    name: "interfaces",
    src: "package main\n\ntype I interface{ M() }\ntype T struct{}\n\nfunc (t *T) M() {}\n\ntype U struct{}\n\nfunc main() {\n\tvar i I\n\tvar t T\n\ti = t\n\ti = U{}\n\tvar n int\n\t_ = n.(int)\n\t_ = i.(U)\n\t_ = i\n}\n",
    want: "interfaces.go:13:6: cannot use t (variable of struct type T) as I value in assignment: T does not implement I (method M has pointer receiver)\ninterfaces.go:14:6: cannot use U{} (value of struct type U) as I value in assignment: U does not implement I (missing method M)\ninterfaces.go:16:6: invalid operation: n (variable of type int) is not an interface\ninterfaces.go:17:6: impossible type assertion: i.(U)\n\tU does not implement I (missing method M)\n",
  },
  {
    name: "range_err",
    src: "package main\n\nfunc main() {\n\tvar f float64\n\tfor range f {\n\t}\n\tfor i, j := range 10 {\n\t\t_, _ = i, j\n\t}\n\tvar c chan<- int\n\tfor range c {\n\t}\n}\n",
    want: "range_err.go:5:12: cannot range over f (variable of type float64)\nrange_err.go:7:9: range over 10 (untyped int constant) permits only one iteration variable\nrange_err.go:11:12: cannot range over c (variable of type chan<- int): receive from send-only channel chan<- int\n",
  },
  {
    name: "switch_err",
    src: "package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1, 1:\n\tcase \"a\":\n\t}\n\tswitch {\n\tcase 1:\n\t}\n\tvar f func()\n\tswitch f {\n\t}\n\tswitch x {\n\tdefault:\n\tdefault:\n\t}\n}\n",
    want: "switch_err.go:6:10: duplicate case 1 (constant of type int) in expression switch\n\tswitch_err.go:6:7: previous case\nswitch_err.go:7:7: cannot convert \"a\" (untyped string constant) to type int\nswitch_err.go:10:7: cannot convert 1 (untyped int constant) to type bool\nswitch_err.go:17:2: multiple defaults (first at switch_err.go:16:2)\n",
  },
  {
    name: "assign_err",
    src: "package main\n\nfunc g() (int, int) { return 1, 2 }\n\nfunc main() {\n\tconst c = 1\n\tc = 2\n\tlen(\"a\") = 1\n\ta, b := 1\n\tvar x, y int = g(), 1\n\tx, y = 1\n\t_ = nil\n\tvar z = nil\n\t_, _, _, _ = a, b, x, y\n}\n",
    want: "assign_err.go:7:2: cannot assign to c (neither addressable nor a map index expression)\nassign_err.go:8:2: cannot assign to len(\"a\") (neither addressable nor a map index expression)\nassign_err.go:9:10: assignment mismatch: 2 variables but 1 value\nassign_err.go:10:17: multiple-value g() (value of type (int, int)) in single-value context\nassign_err.go:11:9: assignment mismatch: 2 variables but 1 value\nassign_err.go:12:6: use of untyped nil in assignment to _ identifier\nassign_err.go:13:6: declared and not used: z\nassign_err.go:13:10: use of untyped nil in variable declaration\n",
  },
  {
    name: "closure_unused",
    src: "package main\n\nfunc main() {\n\tx := 1\n\tf := func() {\n\t\ty := 2\n\t\tx = 3\n\t}\n\tf()\n}\n",
    want: "closure_unused.go:4:2: declared and not used: x\nclosure_unused.go:6:3: declared and not used: y\n",
  },
  {
    name: "typeswitch_unused",
    src: "package main\n\nfunc main() {\n\tvar i interface{} = 1\n\tswitch v := i.(type) {\n\tcase int:\n\t}\n\tswitch w := i.(type) {\n\tcase int, string:\n\t\t_ = w\n\t}\n}\n",
    want: "typeswitch_unused.go:5:9: v declared and not used\n",
  },
  {
    name: "typeswitch_err",
    src: "package main\n\ntype I interface{ M() }\ntype T struct{}\n\nfunc main() {\n\tvar i I\n\tswitch i.(type) {\n\tcase T:\n\tcase int:\n\t}\n\tx := 5\n\tswitch x.(type) {\n\t}\n}\n",
    want: "typeswitch_err.go:9:7: impossible type switch case: T\n\ti (variable of interface type I) cannot have dynamic type T (missing method M)\ntypeswitch_err.go:10:7: impossible type switch case: int\n\ti (variable of interface type I) cannot have dynamic type int (missing method M)\ntypeswitch_err.go:13:9: x (variable of type int) is not an interface\n",
  },
  {
    name: "go_defer",
    src: "package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tdefer f\n\tgo int(1)\n\tdefer len(\"a\")\n\tdefer recover()\n\tgo func() {}()\n}\n",
    want: "go_defer.go:6:8: expression in defer must be function call\ngo_defer.go:7:5: go requires function call, not conversion int(1) (constant 1 of type int)\ngo_defer.go:8:8: defer discards result of len(\"a\") (constant 1 of type int)\n",
  },
  {
    name: "untyped_misc",
    src: "package main\n\nfunc main() {\n\tvar f float64 = 1 << 3\n\tvar i = 1.0 << 3\n\tvar s uint = 2\n\tvar g = 1.0 << s\n\tvar b byte = 'a' + 300\n\tvar r rune = \"x\"\n\t_, _, _, _, _ = f, i, g, b, r\n}\n",
    want: "untyped_misc.go:7:10: invalid operation: shifted operand 1.0 (type float64) must be integer\nuntyped_misc.go:8:15: cannot use 'a' + 300 (untyped rune constant 397) as byte value in variable declaration (overflows)\nuntyped_misc.go:9:15: cannot use \"x\" (untyped string constant) as rune value in variable declaration\n",
  },
  {
    name: "string_conv",
    src: "package main\n\nfunc main() {\n\tvar i int = 65\n\ts := string(i)\n\tvar f float64\n\t_ = string(rune(f))\n\t_ = s\n\tvar bs []byte\n\t_ = bs + \"x\"\n}\n",
    want: "string_conv.go:10:6: invalid operation: bs + \"x\" (mismatched types []byte and untyped string)\n",
  },
  {
    name: "struct_cmp",
    src: "package main\n\ntype S struct{ a []int }\n\nfunc main() {\n\tvar x, y S\n\t_ = x == y\n\tm := map[S]int{}\n\t_ = m\n\tvar a, b [2][]int\n\t_ = a == b\n}\n",
    want: "struct_cmp.go:7:6: invalid operation: x == y (struct containing []int cannot be compared)\nstruct_cmp.go:8:11: invalid map key type S\nstruct_cmp.go:11:6: invalid operation: a == b ([2][]int cannot be compared)\n",
  },
  {
    name: "method_errors",
    src: "package main\n\ntype T struct{ x int }\n\nfunc (t T) x() {}\n\nfunc (t *T) M() {}\n\nfunc main() {\n\tT.M(T{})\n\tvar p **T\n\tp.M()\n}\n",
    want: "method_errors.go:5:12: field and method with the same name x\n\tmethod_errors.go:3:16: other declaration of x\nmethod_errors.go:10:4: invalid method expression T.M (needs pointer receiver (*T).M)\nmethod_errors.go:12:4: p.M undefined (type **T has no field or method M)\n",
  },
  {
    name: "func_misc",
    src: "package main\n\nfunc f(a int, b ...string) {}\n\nfunc main() {\n\tf()\n\tf(1, 2)\n\ts := []string{\"a\"}\n\tf(1, s)\n\tf(1, \"a\", s...)\n\tvar g func(int)\n\tg(1, 2)\n\tmain(1)\n}\n",
    want: "func_misc.go:6:2: not enough arguments in call to f\n\thave ()\n\twant (int, ...string)\nfunc_misc.go:7:7: cannot use 2 (untyped int constant) as string value in argument to f\nfunc_misc.go:9:7: cannot use s (variable of type []string) as string value in argument to f\nfunc_misc.go:10:12: too many arguments in call to f\n\thave (number, string, []string...)\n\twant (int, ...string)\nfunc_misc.go:12:7: too many arguments in call to g\n\thave (number, number)\n\twant (int)\nfunc_misc.go:13:7: too many arguments in call to main\n\thave (number)\n\twant ()\n",
  },
  {
    name: "assign_misc",
    src: "package main\n\nfunc main() {\n\tvar a [3]int\n\ta = [4]int{}\n\tvar s []int = a\n\tvar p *int = &a\n\tvar m map[string]int = nil\n\tm = map[int]int{}\n\t_, _ = s, p\n}\n",
    want: "assign_misc.go:5:6: cannot use [4]int{} (value of type [4]int) as [3]int value in assignment\nassign_misc.go:6:16: cannot use a (variable of type [3]int) as []int value in variable declaration\nassign_misc.go:7:15: cannot use &a (value of type *[3]int) as *int value in variable declaration\nassign_misc.go:8:6: declared and not used: m\nassign_misc.go:9:6: cannot use map[int]int{} (value of type map[int]int) as map[string]int value in assignment\n",
  },
  {
    name: "ptr_method_value",
    src: "package main\n\ntype T struct{}\n\nfunc (t *T) M() {}\n\nfunc getT() T { return T{} }\n\nfunc main() {\n\tgetT().M()\n\tf := getT().M\n\t_ = f\n\tT{}.M()\n}\n",
    want: "ptr_method_value.go:10:9: cannot call pointer method M on T\nptr_method_value.go:11:14: cannot call pointer method M on T\nptr_method_value.go:13:6: cannot call pointer method M on T\n",
  },
  {
    name: "untyped_const_misc",
    src: "package main\n\nconst c = 10\n\nfunc main() {\n\tvar x int8 = c * 20\n\tvar y = c / 0\n\tvar u uint = c - 11\n\t_, _, _ = x, y, u\n\t_ = 'a' * \"b\"\n}\n",
    want: "untyped_const_misc.go:6:15: cannot use c * 20 (untyped int constant 200) as int8 value in variable declaration (overflows)\nuntyped_const_misc.go:7:14: invalid operation: division by zero\nuntyped_const_misc.go:8:15: cannot use c - 11 (untyped int constant -1) as uint value in variable declaration (overflows)\nuntyped_const_misc.go:10:6: invalid operation: 'a' * \"b\" (mismatched types untyped rune and untyped string)\n",
  },
  {
    name: "return_count",
    src: "package main\n\nfunc f() (int, error) {\n\treturn nil, 1\n}\n\nfunc g() int {\n\treturn \"s\"\n}\n\nfunc main() {\n\tf()\n\tg()\n}\n",
    want: "return_count.go:4:9: cannot use nil as int value in return statement\nreturn_count.go:4:14: cannot use 1 (constant of type int) as error value in return statement: int does not implement error (missing method Error)\nreturn_count.go:8:9: cannot use \"s\" (untyped string constant) as int value in return statement\n",
  },
  {
    name: "if_init",
    src: "package main\n\nfunc main() {\n\tif x := 1; x {\n\t}\n\tfor i := 0; i; i++ {\n\t}\n\tvar b bool\n\tif b = true; b {\n\t}\n}\n",
    want: "if_init.go:4:13: non-boolean condition in if statement\nif_init.go:6:14: non-boolean condition in for statement\n",
  },
  {
    name: "range_misc",
    src: "package main\n\nfunc main() {\n\ts := []int{1}\n\tfor i, v, w := range s {\n\t}\n\tvar p *[]int\n\tfor range p {\n\t}\n\tfor i := range \"abc\" {\n\t\ti = \"x\"\n\t}\n\tm := map[string]int{}\n\tfor k, v := range m {\n\t\t_ = k + v\n\t}\n}\n",
    want: "range_misc.go:5:6: declared and not used: i\nrange_misc.go:5:9: declared and not used: v\nrange_misc.go:5:12: range clause permits at most two iteration variables\nrange_misc.go:8:12: cannot range over p (variable of type *[]int)\nrange_misc.go:10:6: declared and not used: i\nrange_misc.go:11:7: cannot use \"x\" (untyped string constant) as int value in assignment\nrange_misc.go:15:7: invalid operation: k + v (mismatched types string and int)\n",
  },
  {
    name: "inc_dec",
    src: "package main\n\nfunc main() {\n\ts := \"x\"\n\ts++\n\tvar b bool\n\tb--\n\tconst c = 1\n\tc++\n}\n",
    want: "inc_dec.go:5:2: invalid operation: s++ (non-numeric type string)\ninc_dec.go:7:2: invalid operation: b-- (non-numeric type bool)\ninc_dec.go:9:2: cannot assign to c (neither addressable nor a map index expression)\n",
  },
  {
    name: "new_make",
    src: "package main\n\nfunc main() {\n\tp := new(int)\n\t*p = \"s\"\n\tq := new(1)\n\t_ = q\n\ts := make([]int, -1)\n\tt := make([]int, 1.5)\n\tc := make(chan int, \"x\")\n\t_, _, _ = s, t, c\n}\n",
    want: "new_make.go:5:7: cannot use \"s\" (untyped string constant) as int value in assignment\nnew_make.go:8:19: invalid argument: index -1 (constant of type int) must not be negative\nnew_make.go:9:19: 1.5 (untyped float constant) truncated to int\nnew_make.go:10:22: cannot convert \"x\" (untyped string constant) to type int\n",
  },
  {
    name: "unused_multi",
    src: "package main\n\nfunc two() (int, int) { return 1, 2 }\n\nfunc main() {\n\ta, b := two()\n\tvar c, d = two()\n\t_ = a\n\t_ = c\n}\n",
    want: "unused_multi.go:6:5: declared and not used: b\nunused_multi.go:7:9: declared and not used: d\n",
  },
  {
    name: "dup_case",
    src: "package main\n\nfunc main() {\n\ts := \"x\"\n\tswitch s {\n\tcase \"a\", \"b\", \"a\":\n\t}\n\tvar i interface{}\n\tswitch i.(type) {\n\tcase int, int:\n\t}\n}\n",
    want: "dup_case.go:6:17: duplicate case \"a\" (constant of type string) in expression switch\n\tdup_case.go:6:7: previous case\ndup_case.go:10:12: duplicate case int in type switch\n\tdup_case.go:10:7: previous case\n",
  },
  {
    name: "init_cycle",
    src: "package main\n\nvar x = y\nvar y = x\n\nfunc f() int { return g() }\nfunc g() int { return z }\n\nvar z = f()\n\nvar self = self + 1\n\nfunc main() {\n}\n",
    want: "init_cycle.go:3:5: initialization cycle for x\n\tinit_cycle.go:3:5: x refers to y\n\tinit_cycle.go:4:5: y refers to x\ninit_cycle.go:9:5: initialization cycle for z\n\tinit_cycle.go:9:5: z refers to f\n\tinit_cycle.go:6:6: f refers to g\n\tinit_cycle.go:7:6: g refers to z\ninit_cycle.go:11:5: initialization cycle: self refers to itself\n",
  },
  {
    name: "alias_cycle",
    src: "package main\n\ntype A = B\ntype B = A\n\ntype C struct{ d D }\ntype D struct{ c C }\n\nfunc main() {\n}\n",
    want: "alias_cycle.go:3:6: invalid recursive type A\n\talias_cycle.go:3:6: A refers to B\n\talias_cycle.go:4:6: B refers to A\nalias_cycle.go:6:6: invalid recursive type C\n\talias_cycle.go:6:6: C refers to D\n\talias_cycle.go:7:6: D refers to C\n",
  },
  {
    name: "misc3",
    src: "package main\n\ntype T struct{ a, b int }\n\nfunc main() {\n\tvar arr [3]int\n\t_ = arr[1:5]\n\tvar s string = 'a'\n\t_ = s\n\tvar e error = 1\n\t_ = e\n\t_ = T{1, 2}.c\n\t_ = main\n\t_ = init\n}\n\nfunc init() {}\n",
    want: "misc3.go:7:12: invalid argument: index 5 out of bounds [0:4]\nmisc3.go:8:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration\nmisc3.go:10:16: cannot use 1 (constant of type int) as error value in variable declaration: int does not implement error (missing method Error)\nmisc3.go:12:14: T{…}.c undefined (type T has no field or method c)\nmisc3.go:14:6: undefined: init\n",
  },
  {
    name: "const_overflow_ops",
    src: "package main\n\nfunc main() {\n\tconst a int8 = -128\n\t_ = -a\n\tconst b uint8 = 0\n\t_ = b - 1\n\tvar x uint8 = 1\n\t_ = x + 256\n\t_ = x << 300\n\tconst huge = 1 << 600\n\t_ = huge\n}\n",
    want: "const_overflow_ops.go:5:6: -a (constant 128 of type int8) overflows int8\nconst_overflow_ops.go:7:6: b - 1 (constant -1 of type uint8) overflows uint8\nconst_overflow_ops.go:9:10: 256 (untyped int constant) overflows uint8\nconst_overflow_ops.go:11:17: constant shift overflow\n",
  },
  {
    name: "interface_misc",
    src: "package main\n\ntype Stringer interface{ String() string }\n\ntype T int\n\nfunc (t T) String() int { return 0 }\n\ntype U struct{ String string }\n\nfunc main() {\n\tvar s Stringer = T(1)\n\tvar u Stringer = U{}\n\tvar p *Stringer\n\tp.String()\n\t_, _ = s, u\n}\n",
    want: "interface_misc.go:12:19: cannot use T(1) (constant 1 of int type T) as Stringer value in variable declaration: T does not implement Stringer (wrong type for method String)\n\t\thave String() int\n\t\twant String() string\ninterface_misc.go:13:19: cannot use U{} (value of struct type U) as Stringer value in variable declaration: U does not implement Stringer (U.String is a field, not a method)\ninterface_misc.go:15:4: p.String undefined (type *Stringer is pointer to interface, not interface)\n",
  },
  {
    name: "blank_misc",
    src: "package main\n\nfunc main() {\n\t_ := 1\n\tvar _ = 2\n\tx := _\n\t_ = x\n}\n",
    want: "blank_misc.go:4:4: no new variables on left side of :=\nblank_misc.go:6:7: cannot use _ as value or type\n",
  },
  {
    name: "label_scope",
    src: "package main\n\nfunc main() {\n\tx := 1\n\t{\n\t\tx := 2\n\t\t_ = x\n\t}\n\tif x := 3; x > 0 {\n\t}\n\tvar y int\n\t{\n\t\ty = 5\n\t}\n}\n",
    want: "label_scope.go:4:2: declared and not used: x\nlabel_scope.go:11:6: declared and not used: y\n",
  },
  {
    name: "const_cycle",
    src: "package main\n\nconst A = 1 + B\nconst B = C - 1\nconst C = A + B + 1\n\nvar s uint = 2\n\nvar (\n\tu          = 1.0 << s\n\tu1         = 1.0<<s != 0\n\tv  float32 = 1 << s\n\tx int\n)\n\nfunc main() {\n\tx = (1 << s) << (1. << s)\n\tx = (1. << s) << (1 << s)\n\tx = (1.1 << s) << (1.1 << s)\n\tvar a [3]int\n\tswitch true {\n\tcase 1 == 1, 1 == 1:\n\t}\n\tcopy(a[:], 2)\n}\n",
    want: "const_cycle.go:3:7: initialization cycle for A\n\tconst_cycle.go:3:7: A refers to B\n\tconst_cycle.go:4:7: B refers to C\n\tconst_cycle.go:5:7: C refers to A\nconst_cycle.go:4:7: initialization cycle for B\n\tconst_cycle.go:4:7: B refers to C\n\tconst_cycle.go:5:7: C refers to A\n\tconst_cycle.go:3:7: A refers to B\nconst_cycle.go:10:15: invalid operation: shifted operand 1.0 (type float64) must be integer\nconst_cycle.go:11:15: invalid operation: shifted operand 1.0 (type float64) must be integer\nconst_cycle.go:12:15: invalid operation: shifted operand 1 (type float32) must be integer\nconst_cycle.go:18:6: invalid operation: shifted operand (1. << s) (untyped float value) must be integer\nconst_cycle.go:19:7: invalid operation: shifted operand 1.1 (untyped float constant) must be integer\nconst_cycle.go:24:13: invalid copy: argument must be a slice; have 2 (untyped int constant)\n",
  },
  {
    name: "complit_misc",
    src: "package main\n\ntype T struct {\n\ti    int\n\tnext *T\n}\n\nfunc main() {\n\t_ = &T{i: 0, next: {}}\n\t_ = [3]int{1, 2, 3}[:]\n\t_ = []T{{}}\n\t_ = []*T{{i: 1}, &T{}}\n\t_ = map[T]*T{{}: {}}\n}\n",
    want: "complit_misc.go:9:21: missing type in composite literal\ncomplit_misc.go:10:6: cannot slice unaddressable value [3]int{…} (value of type [3]int)\n",
  },
  {
    name: "init_order_ok",
    src: "package main\n\nvar (\n\ta = c + b\n\tb = f()\n\tc = f()\n\td = 3\n)\n\nfunc f() int {\n\td++\n\treturn d\n}\n\nfunc main() {\n\tprintln(a, b, c, d)\n}\n",
    want: "",
  },
  {
    name: "returns_commaok",
    src: "package main\n\nfunc f(m map[int]int, c chan int) (int, bool) {\n\tif len(m) > 0 {\n\t\treturn m[0]\n\t}\n\t<-c = 0, false\n\treturn <-c\n}\n\nfunc g() ([]int, []int) { return nil, nil }\nfunc h(x ...int)        {}\n\nfunc main() {\n\tf(nil, nil)\n\t_ = append(g()...)\n\th(g()...)\n\tvar x int\n\tselect {\n\tcase x:\n\t}\n}\n",
    want: "returns_commaok.go:5:10: not enough return values\n\thave (int)\n\twant (int, bool)\nreturns_commaok.go:7:8: assignment mismatch: 1 variable but 2 values\nreturns_commaok.go:8:9: not enough return values\n\thave (int)\n\twant (int, bool)\nreturns_commaok.go:16:6: cannot use ... with 2-valued g()\nreturns_commaok.go:17:2: cannot use ... with 2-valued g()\nreturns_commaok.go:18:6: declared and not used: x\nreturns_commaok.go:20:7: select case must be send or receive (possibly with assignment)\n",
  },
  {
    name: "infer_misc",
    src: "package main\n\nfunc f1[T any, C chan T | <-chan T](ch C) {}\n\nfunc f2[T any](_ []T, _ func(T)) {}\n\ntype Box[A any] struct{ value A }\n\nfunc Nest[A any](b Box[A], n int) any {\n\tif n == 0 {\n\t\treturn b\n\t}\n\treturn Nest(Box[Box[A]]{b}, n-1)\n}\n\nfunc main() {\n\tvar ch chan<- int\n\tf1(ch)\n\tf2([]string{}, func(f []byte) {})\n\tNest(Box[int]{0}, 10)\n}\n",
    want: "infer_misc.go:18:4: chan<- int does not satisfy chan int | <-chan int (chan<- int missing in chan int | <-chan int)\ninfer_misc.go:19:17: in call to f2, type func(f []byte) of func(f []byte) {} does not match inferred type func(string) for func(T)\n",
  },
  {
    name: "typeparam_builtins",
    src: "package main\n\nfunc mk[S []int | chan int]() { _ = make(S, 10) }\n\nfunc del[M map[string]int | map[int]int](m M) { delete(m, \"a\") }\n\nfunc shadow[int any](x int) { x = 0 }\n\nfunc main() {\n\tmk[[]int]()\n\tdel(map[string]int{})\n\tshadow(1)\n}\n",
    want: "typeparam_builtins.go:3:42: invalid argument: cannot make S: []int and chan int have different underlying types\ntypeparam_builtins.go:5:56: invalid argument: maps of m (variable of type M constrained by map[string]int | map[int]int) must have identical key types\ntypeparam_builtins.go:7:35: cannot use 0 (untyped int constant) as int /* with int declared at typeparam_builtins.go:7:13 */ value in assignment\n",
  },
  {
    name: "inst_cycle",
    src: "package main\n\ntype Box[A any] struct{ value A }\n\nfunc Nest[A any](b Box[A], n int) any {\n\tif n == 0 {\n\t\treturn b\n\t}\n\treturn Nest(Box[Box[A]]{b}, n-1)\n}\n\nfunc main() {\n\tNest(Box[int]{0}, 10)\n}\n",
    want: "inst_cycle.go:5:11: instantiation cycle:\n\tinst_cycle.go:9:13: A instantiated as Box[A]\n",
  },
];

describe('error messages match go build', () => {
  for (const c of cases) {
    test(c.name, () => {
      const r = checkSource(c.src, `${c.name}.go`);
      expect(r.errors).toBe(c.want);
    });
  }
});
