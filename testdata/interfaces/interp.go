package main

// A tiny expression language: tokenizer, parser to an interface-based AST,
// an evaluator with environments, and a pretty-printer.

type Value interface {
	String() string
}

type Int int
type Bool bool
type Func struct {
	params []string
	body   Expr
	env    *Env
}

func (i Int) String() string  { return itoa(int(i)) }
func (b Bool) String() string {
	if b {
		return "true"
	}
	return "false"
}
func (f *Func) String() string { return "<func/" + itoa(len(f.params)) + ">" }

type Env struct {
	vars   map[string]Value
	parent *Env
}

func (e *Env) Get(name string) (Value, bool) {
	for env := e; env != nil; env = env.parent {
		if v, ok := env.vars[name]; ok {
			return v, true
		}
	}
	return nil, false
}

type Expr interface {
	Eval(env *Env) (Value, error)
	Show() string
}

type Num struct{ V int }
type Var struct{ Name string }
type BinOp struct {
	Op   byte
	L, R Expr
}
type If struct{ Cond, Then, Else Expr }
type Let struct {
	Name  string
	Value Expr
	Body  Expr
}
type Lambda struct {
	Params []string
	Body   Expr
}
type Call struct {
	Fn   Expr
	Args []Expr
}

type EvalError struct{ Msg string }

func (e *EvalError) Error() string { return "eval error: " + e.Msg }

func (n Num) Eval(*Env) (Value, error) { return Int(n.V), nil }
func (n Num) Show() string             { return itoa(n.V) }

func (v Var) Eval(env *Env) (Value, error) {
	if x, ok := env.Get(v.Name); ok {
		return x, nil
	}
	return nil, &EvalError{"unbound " + v.Name}
}
func (v Var) Show() string { return v.Name }

func (b *BinOp) Eval(env *Env) (Value, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return nil, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return nil, err
	}
	li, ok1 := l.(Int)
	ri, ok2 := r.(Int)
	if !ok1 || !ok2 {
		if b.Op == '=' {
			return Bool(l == r), nil
		}
		return nil, &EvalError{"bad operands for " + string(b.Op) + ": " + l.String() + ", " + r.String()}
	}
	switch b.Op {
	case '+':
		return li + ri, nil
	case '-':
		return li - ri, nil
	case '*':
		return li * ri, nil
	case '/':
		if ri == 0 {
			return nil, &EvalError{"division by zero"}
		}
		return li / ri, nil
	case '<':
		return Bool(li < ri), nil
	case '=':
		return Bool(l == r), nil
	}
	return nil, &EvalError{"unknown op"}
}
func (b *BinOp) Show() string { return "(" + b.L.Show() + " " + string(b.Op) + " " + b.R.Show() + ")" }

func (i *If) Eval(env *Env) (Value, error) {
	c, err := i.Cond.Eval(env)
	if err != nil {
		return nil, err
	}
	if c == Bool(true) {
		return i.Then.Eval(env)
	}
	return i.Else.Eval(env)
}
func (i *If) Show() string { return "if " + i.Cond.Show() + " then " + i.Then.Show() + " else " + i.Else.Show() }

func (l *Let) Eval(env *Env) (Value, error) {
	inner := &Env{map[string]Value{}, env}
	v, err := l.Value.Eval(inner)
	if err != nil {
		return nil, err
	}
	inner.vars[l.Name] = v
	return l.Body.Eval(inner)
}
func (l *Let) Show() string { return "let " + l.Name + " = " + l.Value.Show() + " in " + l.Body.Show() }

func (l *Lambda) Eval(env *Env) (Value, error) { return &Func{l.Params, l.Body, env}, nil }
func (l *Lambda) Show() string {
	s := "fn("
	for i, p := range l.Params {
		if i > 0 {
			s += ","
		}
		s += p
	}
	return s + ") " + l.Body.Show()
}

func (c *Call) Eval(env *Env) (Value, error) {
	fv, err := c.Fn.Eval(env)
	if err != nil {
		return nil, err
	}
	f, ok := fv.(*Func)
	if !ok {
		return nil, &EvalError{"not a function: " + fv.String()}
	}
	if len(f.params) != len(c.Args) {
		return nil, &EvalError{"arity mismatch"}
	}
	callEnv := &Env{map[string]Value{}, f.env}
	for i, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return nil, err
		}
		callEnv.vars[f.params[i]] = v
	}
	return f.body.Eval(callEnv)
}
func (c *Call) Show() string {
	s := c.Fn.Show() + "("
	for i, a := range c.Args {
		if i > 0 {
			s += ", "
		}
		s += a.Show()
	}
	return s + ")"
}

// --- parser ---

type parser struct {
	toks []string
	pos  int
}

func tokenize(src string) []string {
	var toks []string
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			toks = append(toks, src[i:j])
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(src) && src[j] >= 'a' && src[j] <= 'z' {
				j++
			}
			toks = append(toks, src[i:j])
			i = j
		default:
			toks = append(toks, src[i:i+1])
			i++
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string {
	t := p.peek()
	p.pos++
	return t
}

func (p *parser) expr() Expr {
	switch p.peek() {
	case "let":
		p.next()
		name := p.next()
		p.next() // =
		v := p.expr()
		p.next() // in
		return &Let{name, v, p.expr()}
	case "if":
		p.next()
		c := p.expr()
		p.next() // then
		t := p.expr()
		p.next() // else
		return &If{c, t, p.expr()}
	case "fn":
		p.next()
		p.next() // (
		var params []string
		for p.peek() != ")" {
			params = append(params, p.next())
			if p.peek() == "," {
				p.next()
			}
		}
		p.next()
		return &Lambda{params, p.expr()}
	}
	return p.binary(0)
}

func prec(op string) int {
	switch op {
	case "=", "<":
		return 1
	case "+", "-":
		return 2
	case "*", "/":
		return 3
	}
	return 0
}

func (p *parser) binary(min int) Expr {
	l := p.postfix()
	for {
		op := p.peek()
		pr := prec(op)
		if pr == 0 || pr <= min {
			return l
		}
		p.next()
		r := p.binary(pr)
		l = &BinOp{op[0], l, r}
	}
}

func (p *parser) postfix() Expr {
	e := p.primary()
	for p.peek() == "(" {
		p.next()
		var args []Expr
		for p.peek() != ")" {
			args = append(args, p.expr())
			if p.peek() == "," {
				p.next()
			}
		}
		p.next()
		e = &Call{e, args}
	}
	return e
}

func (p *parser) primary() Expr {
	t := p.next()
	if t == "(" {
		e := p.expr()
		p.next()
		return e
	}
	if t[0] >= '0' && t[0] <= '9' {
		n := 0
		for i := 0; i < len(t); i++ {
			n = n*10 + int(t[i]-'0')
		}
		return Num{n}
	}
	return Var{t}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func run(src string) {
	p := &parser{toks: tokenize(src)}
	e := p.expr()
	println(e.Show())
	global := &Env{map[string]Value{"ten": Int(10), "yes": Bool(true)}, nil}
	v, err := e.Eval(global)
	if err != nil {
		println("  ->", err.Error())
		if ee, ok := err.(*EvalError); ok {
			println("  (message:", ee.Msg+")")
		}
		return
	}
	println("  =", v.String())
}

func main() {
	run("1 + 2 * 3")
	run("(1 + 2) * 3 - ten")
	run("let x = 5 in x * x")
	run("if 1 < 2 then 10 else 20")
	run("let sq = fn(n) n * n in sq(7) + sq(2)")
	run("let fact = fn(n) if n < 2 then 1 else n * fact(n - 1) in fact(10)")
	run("let fib = fn(n) if n < 2 then n else fib(n - 1) + fib(n - 2) in fib(20)")
	run("let add = fn(a, b) a + b in let inc = fn(x) add(x, 1) in inc(inc(ten))")
	run("let mk = fn(k) fn(x) x + k in mk(3)(4)")
	run("y + 1")
	run("10 / (5 - 5)")
	run("yes + 1")
	run("5(1)")
	run("yes = yes")
	run("(1 = 1) = (2 = 2)")
	run("fn(a) a")
}
