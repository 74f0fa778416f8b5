// tree-walk: build a large random expression tree of structs behind an
// interface, then evaluate it repeatedly through dynamic calls, and walk it
// with a type switch to count the kinds of nodes.
// Written for gowasm's bench.
package main

type Expr interface {
	Eval(env *[4]int) int
	Size() int
}

type Lit struct{ v int }
type Var struct{ i int }
type Add struct{ l, r Expr }
type Mul struct{ l, r Expr }
type Neg struct{ e Expr }
type Cond struct{ c, t, f Expr }

func (e Lit) Eval(env *[4]int) int  { return e.v }
func (e Var) Eval(env *[4]int) int  { return env[e.i] }
func (e *Add) Eval(env *[4]int) int { return e.l.Eval(env) + e.r.Eval(env) }
func (e *Mul) Eval(env *[4]int) int { return (e.l.Eval(env) * e.r.Eval(env)) % 1000003 }
func (e *Neg) Eval(env *[4]int) int { return -e.e.Eval(env) }
func (e *Cond) Eval(env *[4]int) int {
	if e.c.Eval(env) > 0 {
		return e.t.Eval(env)
	}
	return e.f.Eval(env)
}

func (e Lit) Size() int   { return 1 }
func (e Var) Size() int   { return 1 }
func (e *Add) Size() int  { return 1 + e.l.Size() + e.r.Size() }
func (e *Mul) Size() int  { return 1 + e.l.Size() + e.r.Size() }
func (e *Neg) Size() int  { return 1 + e.e.Size() }
func (e *Cond) Size() int { return 1 + e.c.Size() + e.t.Size() + e.f.Size() }

const (
	depth  = 22  // bench:size quick=10
	rounds = 200 // bench:size quick=5
)

var seed uint32 = 12345

func rnd(n uint32) uint32 {
	seed = seed*1103515245 + 12345
	return (seed >> 8) % n
}

func gen(depth int) Expr {
	if depth == 0 || rnd(10) == 0 {
		if rnd(2) == 0 {
			return Lit{int(rnd(100)) - 50}
		}
		return Var{int(rnd(4))}
	}
	switch rnd(8) {
	case 0, 1, 2:
		return &Add{gen(depth - 1), gen(depth - 1)}
	case 3, 4:
		return &Mul{gen(depth - 1), gen(depth - 1)}
	case 5, 6:
		return &Neg{gen(depth - 1)}
	default:
		return &Cond{gen(depth - 1), gen(depth - 1), gen(depth - 1)}
	}
}

type counts struct{ lit, vr, add, mul, neg, cond int }

func walk(e Expr, c *counts) {
	switch e := e.(type) {
	case Lit:
		c.lit++
	case Var:
		c.vr++
	case *Add:
		c.add++
		walk(e.l, c)
		walk(e.r, c)
	case *Mul:
		c.mul++
		walk(e.l, c)
		walk(e.r, c)
	case *Neg:
		c.neg++
		walk(e.e, c)
	case *Cond:
		c.cond++
		walk(e.c, c)
		walk(e.t, c)
		walk(e.f, c)
	}
}

func main() {
	tree := gen(depth)
	println("nodes:", tree.Size())
	var c counts
	walk(tree, &c)
	println("lit", c.lit, "var", c.vr, "add", c.add, "mul", c.mul, "neg", c.neg, "cond", c.cond)
	sum := 0
	var env [4]int
	for round := 0; round < rounds; round++ {
		for i := range env {
			env[i] = round*7 + i*3 - 20
		}
		sum = (sum*31 + tree.Eval(&env)) % 1000000007
	}
	println("checksum", sum)
}
