package main

// A tiny expression language: integer arithmetic, variables, let-bindings,
// comparison and print statements, separated by ';'.

const (
	tNum = iota
	tIdent
	tOp
	tLParen
	tRParen
	tSemi
	tEOF
)

type Token struct {
	kind int
	text string
	num  int
}

type Lexer struct {
	src string
	pos int
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) && (l.src[l.pos] == ' ' || l.src[l.pos] == '\n') {
		l.pos++
	}
	if l.pos >= len(l.src) {
		return Token{kind: tEOF}
	}
	c := l.src[l.pos]
	start := l.pos
	switch {
	case isDigit(c):
		n := 0
		for l.pos < len(l.src) && isDigit(l.src[l.pos]) {
			n = n*10 + int(l.src[l.pos]-'0')
			l.pos++
		}
		return Token{kind: tNum, text: l.src[start:l.pos], num: n}
	case isLetter(c):
		for l.pos < len(l.src) && (isLetter(l.src[l.pos]) || isDigit(l.src[l.pos])) {
			l.pos++
		}
		return Token{kind: tIdent, text: l.src[start:l.pos]}
	case c == '(':
		l.pos++
		return Token{kind: tLParen, text: "("}
	case c == ')':
		l.pos++
		return Token{kind: tRParen, text: ")"}
	case c == ';':
		l.pos++
		return Token{kind: tSemi, text: ";"}
	}
	l.pos++
	if l.pos < len(l.src) && (c == '=' || c == '<' || c == '>' || c == '!') && l.src[l.pos] == '=' {
		l.pos++
	}
	return Token{kind: tOp, text: l.src[start:l.pos]}
}

type Node struct {
	op          string
	val         int
	name        string
	left, right *Node
}

type Parser struct {
	toks []Token
	i    int
}

func (p *Parser) peek() Token { return p.toks[p.i] }
func (p *Parser) next() Token {
	t := p.toks[p.i]
	p.i++
	return t
}

func prec(op string) int {
	switch op {
	case "==", "!=", "<", "<=", ">", ">=":
		return 1
	case "+", "-":
		return 2
	case "*", "/", "%":
		return 3
	}
	return 0
}

func (p *Parser) primary() *Node {
	t := p.next()
	switch t.kind {
	case tNum:
		return &Node{op: "num", val: t.num}
	case tIdent:
		return &Node{op: "var", name: t.text}
	case tLParen:
		n := p.expr(1)
		p.next()
		return n
	case tOp:
		if t.text == "-" {
			return &Node{op: "neg", left: p.primary()}
		}
	}
	println("parse error at", t.text)
	return &Node{op: "num"}
}

func (p *Parser) expr(minPrec int) *Node {
	left := p.primary()
	for {
		t := p.peek()
		if t.kind != tOp || prec(t.text) < minPrec {
			return left
		}
		p.next()
		right := p.expr(prec(t.text) + 1)
		left = &Node{op: t.text, left: left, right: right}
	}
}

type Env struct {
	names []string
	vals  []int
}

func (e *Env) get(n string) int {
	for i := len(e.names) - 1; i >= 0; i-- {
		if e.names[i] == n {
			return e.vals[i]
		}
	}
	println("undefined:", n)
	return 0
}

func (e *Env) set(n string, v int) {
	e.names = append(e.names, n)
	e.vals = append(e.vals, v)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func eval(n *Node, env *Env) int {
	switch n.op {
	case "num":
		return n.val
	case "var":
		return env.get(n.name)
	case "neg":
		return -eval(n.left, env)
	}
	a, b := eval(n.left, env), eval(n.right, env)
	switch n.op {
	case "+":
		return a + b
	case "-":
		return a - b
	case "*":
		return a * b
	case "/":
		if b == 0 {
			println("division by zero")
			return 0
		}
		return a / b
	case "%":
		return a % b
	case "==":
		return b2i(a == b)
	case "!=":
		return b2i(a != b)
	case "<":
		return b2i(a < b)
	case "<=":
		return b2i(a <= b)
	case ">":
		return b2i(a > b)
	case ">=":
		return b2i(a >= b)
	}
	return 0
}

func show(n *Node) string {
	switch n.op {
	case "num":
		return itoa(n.val)
	case "var":
		return n.name
	case "neg":
		return "(-" + show(n.left) + ")"
	}
	return "(" + show(n.left) + " " + n.op + " " + show(n.right) + ")"
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

func run(src string) {
	lx := &Lexer{src: src}
	var toks []Token
	for {
		t := lx.Next()
		toks = append(toks, t)
		if t.kind == tEOF {
			break
		}
	}
	p := &Parser{toks: toks}
	env := &Env{}
	for p.peek().kind != tEOF {
		t := p.peek()
		if t.kind == tIdent && t.text == "let" {
			p.next()
			name := p.next().text
			p.next() // =
			n := p.expr(1)
			v := eval(n, env)
			env.set(name, v)
			println("let", name, "=", show(n), "=>", v)
		} else if t.kind == tIdent && t.text == "print" {
			p.next()
			n := p.expr(1)
			println(show(n), "=", eval(n, env))
		} else {
			n := p.expr(1)
			println("expr", show(n), "=", eval(n, env))
		}
		if p.peek().kind == tSemi {
			p.next()
		}
	}
}

func main() {
	run("1 + 2 * 3; (1 + 2) * 3; 10 - 4 - 3; 2 * -3")
	run(`let x = 7; let y = x * x - 1;
print y / 4; print y % 5; print x < y; print (x + y) * (x - y) == x*x - y*y;
let x = x + 100; print x; print -x + -(-3); print 7 / 0`)
	run("let n = 10; let f = n*(n+1)/2; print f; print f >= 55; print f != 55")
}
