// Tests for syntax errors: wording and positions must be exactly what gc
// (`go tool compile`, run at test time as the oracle) prints, several errors
// per file must be reported, and recovery must continue after each.

import { gcErrors, parseString } from './testutil.js';

const cases: [string, string][] = [
  ['composite literal missing comma', 'package p\nfunc f() {\n\tx := []int{1, 2\n\t}\n\t_ = x\n}\n'],
  ['statement outside function', 'package p\nx := 1\nfunc f() {}\nfoo()\n'],
  ['brace on next line', 'package p\nfunc f()\n{\n}\n'],
  ['missing package', 'func f() {}\n'],
  ['imports after decls', 'package p\nvar x = 1\nimport "fmt"\n'],
  ['import path must be a string', 'package p\nimport fmt\nimport 1\n'],
  ['if without condition', 'package p\nfunc f() {\n\tif {\n\t}\n\tif x := 1; {\n\t}\n}\n'],
  ['if with assignment as condition', 'package p\nfunc f() {\n\tif x = 1 {\n\t}\n\tif a := 0 {\n\t}\n\tif x == 1 { } else for {}\n}\n'],
  ['composite literal in if header', 'package p\ntype T struct{}\nfunc f(x T) {\n\tif x == T{} {\n\t}\n}\n'],
  ['for header errors', 'package p\nfunc f() {\n\tfor i := 0; i < 10; j := 1 {\n\t}\n\tfor var i = 0; ; {\n\t}\n}\n'],
  ['switch and select', 'package p\nfunc f() {\n\tswitch x {\n\tfoo\n\t}\n\tselect {\n\tcase 1\n\t}\n}\n'],
  ['missing statement after label', 'package p\nfunc f() {\n\tfor {\n\tL:\n\t}\nM:\n}\n'],
  ['go and defer', 'package p\nfunc f() {\n\tdefer (f())\n\tgo (f)()\n\tgo (f())\n}\n'],
  ['parameters', 'package p\nfunc f(a int, b)\nfunc g(a int, []int)\nfunc h(a ...int, b)\n'],
  ['type parameters', 'package p\ntype T[P] int\ntype U[P any, Q] int\nfunc f[]() {}\nfunc (T) m[P any]() {}\nvar _ = func[P any]() {}\n'],
  ['unexpected tokens', 'package p\nvar x = )\nvar y int = 1 +\nconst c = [\n'],
  ['missing closing brace', 'package p\nfunc f() {\n\tx := 1\n'],
  ['statement list errors', 'package p\nfunc f() {\n\tx := 1 y := 2\n\treturn 1 2\n\ta[1 2] = 3\n}\n'],
  ['struct and interface', 'package p\ntype S struct {\n\ta int b int\n\t(T)\n\t*(U)\n\t1\n}\ntype I interface {\n\tM() int N()\n\t1\n}\n'],
  ['slices', 'package p\nvar _ = s[1:2:]\nvar _ = s[::3]\nvar _ = s[]\nvar _ = s[1 2]\n'],
  ['channel types', 'package p\nvar _ <-<-chan int\ntype C chan<- <-chan int\nvar _ = <-chan<- int(nil)\n'],
  ['else errors', 'package p\nfunc f() {\n\tif true {\n\t} else return\n}\n'],
  ['var declaration in header', 'package p\nfunc f() {\n\tif var x = 1; x > 0 {\n\t}\n\tswitch var y = 1; y {\n\t}\n}\n'],
  ['method receivers', 'package p\nfunc () f() {}\nfunc (a, b T) g() {}\nfunc (a T) () {}\n'],
  ['const and var', 'package p\nconst x := 1\nvar y\nvar (\n\ta = 1 b = 2\n)\n'],
  ['keywords in wrong places', 'package p\nfunc f() {\n\tx := func\n\ty := range x\n\tvar z = if\n}\n'],
  ['unbalanced parens', 'package p\nfunc f() {\n\tg(1, 2\n\th(3]\n}\n'],
  ['type switch misuse', 'package p\nfunc f(x any) {\n\tswitch a, b := x.(type) {\n\t}\n\tswitch f() := x.(type) {\n\t}\n}\n'],
  ['variadic misuse', 'package p\nfunc h(x, y ...int)\nfunc g() (...int)\nfunc k(a ...int, b int)\nfunc (a ...T) n()\nfunc f[T ...any]() {}\nvar _ = func(a, b ...int) {}\ntype T int\n'],
  ['branches', 'package p\nfunc f(x int) {\n\tbreak\n\tcontinue\n\tfallthrough\nL:\n\tgoto M\n\tfor {\n\t\tbreak L\n\t}\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\tcase 2:\n\t\tif true {\n\t\t\tfallthrough\n\t\t}\n\t\tfallthrough\n\t}\n\tswitch any(x).(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\n}\n'],
  ['gotos and labels', 'package p\nfunc f(x int) {\n\tgoto N\n\ty := 1\n\t_ = y\nN:\n\tgoto O\n\t{\n\tO:\n\t}\n\t{\n\tP:\n\t}\n\tgoto P\n\tfor {\n\t\tcontinue Q\n\t}\nR:\n\tx++\n\tcontinue R\nN:\nU:\n\tfor {\n\t\tselect {\n\t\tdefault:\n\t\t\tbreak U\n\t\t}\n\t}\n}\nfunc g() {\n\tgoto Z\n}\n'],
  ['EOF in the middle', 'package p\nfunc f() {\n\tswitch x {\n\tcase 1:\n\t\tfor i := range'],
];

describe('syntax errors match gc', () => {
  test.each(cases)('%s', (_name, src) => {
    const want = gcErrors(src);
    expect(want).not.toBe(''); // each case is an error case for gc
    expect(parseString(src).errors).toBe(want);
  });
});

describe('recovery', () => {
  test('several errors in one file, each on its line', () => {
    const src = 'package p\nfunc f() {\n\tx := [1\n\ty := (2\n\tz := 3 +\n}\nfunc g() {\n\ta := }\n}\n';
    const r = parseString(src);
    expect(r.diags.length).toBeGreaterThanOrEqual(3);
    expect(r.errors).toBe(gcErrors(src));
  });
  test('declarations after an error are still parsed', () => {
    const r = parseString('package p\nfunc f() { x := }\nfunc g() int { return 1 }\ntype T struct{ a int }\n');
    expect(r.diags.length).toBe(1);
    expect(r.file.decls.map((d) => (d.kind === 'FuncDecl' ? d.name.name : d.kind))).toEqual(['f', 'g', 'GenDecl']);
  });
});
