package main

type Stack struct {
	data []float64
}

func (s *Stack) push(v float64) { s.data = append(s.data, v) }
func (s *Stack) pop() float64 {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

func parseNum(tok string) (float64, bool) {
	var v float64
	frac := 0.0
	neg := false
	i := 0
	if len(tok) > 1 && tok[0] == '-' {
		neg = true
		i = 1
	}
	seen := false
	for ; i < len(tok); i++ {
		c := tok[i]
		switch {
		case c >= '0' && c <= '9':
			seen = true
			if frac > 0 {
				v += float64(c-'0') * frac
				frac /= 10
			} else {
				v = v*10 + float64(c-'0')
			}
		case c == '.' && frac == 0:
			frac = 0.1
		default:
			return 0, false
		}
	}
	if neg {
		v = -v
	}
	return v, seen
}

func split(s string) []string {
	var out []string
	cur := ""
	for _, r := range s {
		if r == ' ' {
			if cur != "" {
				out = append(out, cur)
				cur = ""
			}
			continue
		}
		cur += string(r)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

func eval(expr string) float64 {
	var st Stack
	for _, tok := range split(expr) {
		if v, ok := parseNum(tok); ok {
			st.push(v)
			continue
		}
		b, a := st.pop(), st.pop()
		switch tok {
		case "+":
			st.push(a + b)
		case "-":
			st.push(a - b)
		case "*":
			st.push(a * b)
		case "/":
			st.push(a / b)
		}
	}
	return st.pop()
}

func main() {
	for _, e := range []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2.5 4 *",
		"1 3 /",
		"10 -2.25 *",
		"0.1 0.2 +",
		"1 0 /",
		"15 7 1 1 + - / 3 * 2 1 1 + + -",
	} {
		println(e, "=", eval(e))
	}
}
