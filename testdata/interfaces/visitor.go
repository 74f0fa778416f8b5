package main

type Node interface {
	Accept(v Visitor)
}

type Visitor interface {
	VisitLeaf(l *Leaf)
	VisitBranch(b *Branch)
}

type Leaf struct{ Value int }
type Branch struct {
	Name     string
	Children []Node
}

func (l *Leaf) Accept(v Visitor)   { v.VisitLeaf(l) }
func (b *Branch) Accept(v Visitor) { v.VisitBranch(b) }

type sumVisitor struct{ total int }

func (s *sumVisitor) VisitLeaf(l *Leaf) { s.total += l.Value }
func (s *sumVisitor) VisitBranch(b *Branch) {
	for _, c := range b.Children {
		c.Accept(s)
	}
}

type printVisitor struct {
	depth int
	out   []string
}

func (p *printVisitor) indent() string {
	s := ""
	for i := 0; i < p.depth; i++ {
		s += "  "
	}
	return s
}

func (p *printVisitor) VisitLeaf(l *Leaf) {
	p.out = append(p.out, p.indent()+"leaf "+itoa(l.Value))
}

func (p *printVisitor) VisitBranch(b *Branch) {
	p.out = append(p.out, p.indent()+"branch "+b.Name)
	p.depth++
	for _, c := range b.Children {
		c.Accept(p)
	}
	p.depth--
}

type depthVisitor struct {
	cur, max int
}

func (d *depthVisitor) VisitLeaf(*Leaf) {
	if d.cur+1 > d.max {
		d.max = d.cur + 1
	}
}

func (d *depthVisitor) VisitBranch(b *Branch) {
	d.cur++
	for _, c := range b.Children {
		c.Accept(d)
	}
	d.cur--
}

// funcVisitor adapts two closures to the Visitor interface.
type funcVisitor struct {
	leaf   func(*Leaf)
	branch func(*Branch)
}

func (f funcVisitor) VisitLeaf(l *Leaf) { f.leaf(l) }
func (f funcVisitor) VisitBranch(b *Branch) {
	f.branch(b)
	for _, c := range b.Children {
		c.Accept(f)
	}
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

func build(depth, width int, next *int) Node {
	if depth == 0 {
		*next++
		return &Leaf{*next}
	}
	b := &Branch{Name: "d" + itoa(depth)}
	for i := 0; i < width; i++ {
		b.Children = append(b.Children, build(depth-1, width, next))
	}
	return b
}

func main() {
	tree := &Branch{"root", []Node{
		&Leaf{1},
		&Branch{"left", []Node{&Leaf{2}, &Leaf{3}}},
		&Branch{"right", []Node{&Branch{"deep", []Node{&Leaf{4}}}, &Leaf{-5}}},
	}}
	sv := &sumVisitor{}
	tree.Accept(sv)
	println("sum", sv.total)
	pv := &printVisitor{}
	tree.Accept(pv)
	for _, line := range pv.out {
		println(line)
	}
	dv := &depthVisitor{}
	tree.Accept(dv)
	println("depth", dv.max)
	leaves, branches := 0, 0
	var v Visitor = funcVisitor{func(*Leaf) { leaves++ }, func(*Branch) { branches++ }}
	tree.Accept(v)
	println("leaves", leaves, "branches", branches)
	n := 0
	big := build(6, 3, &n)
	sv2 := &sumVisitor{}
	big.Accept(sv2)
	println("big sum", sv2.total, "leaves", n)
}
